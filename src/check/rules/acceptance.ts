/**
 * The acceptance rules of the reform: missing-confirmation and legal-review for accepted (已承接)
 * items, and pending-acceptance for delegated items the zone has not yet accepted.
 */
import { COLUMN_BY_KEY } from '../../model/columns.js';
import { effectiveDecision } from '../../model/decision.js';
import { ACCEPTED, DELEGATE, PASSED, PENDING } from '../../model/enums.js';
import type { FieldKey } from '../../model/types.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';
import { itemDepartment, filled } from './util.js';

const CONFIRMATIONS: readonly FieldKey[] = ['delegatorConfirmation', 'receiverConfirmation'];

export interface MissingConfirmationDetails { fields: FieldKey[]; headers: string[] }
export interface LegalReviewDetails { value: string }
export interface PendingAcceptanceDetails { status: string; exercisedBy: string }

/** One finding per accepted item lacking either confirmation; details list which are missing. */
export const missingConfirmation = defineRule<MissingConfirmationDetails>()({
  id: 'missing-confirmation',
  severity: 'error',
  description: 'accepted (已承接) without both written confirmations',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, _ctx, report) => {
    if (item.status !== ACCEPTED) return;
    const fields = CONFIRMATIONS.filter((k) => !filled(item[k]));
    if (fields.length === 0) return;
    const headers = fields.map((k) => item.source.headers[k] ?? COLUMN_BY_KEY[k].header);
    report(at(item, fields[0]), { fields, headers });
  },
});

/** Accepted while the legal review is not 通过 (empty included). */
export const legalReview = defineRule<LegalReviewDetails>()({
  id: 'legal-review',
  severity: 'error',
  description: 'accepted while 合法性审查 is not 通过',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, _ctx, report) => {
    if (item.status === ACCEPTED && item.legalReview !== PASSED) report(at(item, 'legalReview'), { value: item.legalReview ?? '' });
  },
});

/**
 * Decided 下放 but not accepted (待承接, 暂缓承接 or empty): the department still exercises it.
 * A disputed row (不下放/暂不下放 with 坚持承接) is never pending, even once 协调结果 says 下放:
 * the dispute rule reports it, and the department is to update its decision.
 */
export const pendingAcceptance = defineRule<PendingAcceptanceDetails>()({
  id: 'pending-acceptance',
  severity: 'info',
  description: 'delegated but not yet accepted: the municipal department still exercises it',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, { list }, report) => {
    if (effectiveDecision(item) === DELEGATE && item.status !== ACCEPTED) {
      report(at(item, 'status'), { status: item.status || PENDING, exercisedBy: itemDepartment(item, list) });
    }
  },
});
