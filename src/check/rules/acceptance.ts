/**
 * The acceptance rules of the reform: missing-confirmation and legal-review for accepted (已承接)
 * items, and pending-acceptance for delegated items the zone has not yet accepted.
 */
import { COLUMN_BY_KEY } from '../../model/columns.js';
import { effectiveDecision } from '../../model/decision.js';
import { ACCEPTED, DELEGATE, PASSED, PENDING } from '../../model/enums.js';
import type { FieldKey } from '../../model/types.js';
import { hit } from '../details.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';
import { departmentOf, filled } from './util.js';

const CONFIRMATIONS: readonly FieldKey[] = ['delegatorConfirmation', 'receiverConfirmation'];

/** One finding per accepted item lacking either confirmation; details list which are missing. */
export const missingConfirmation: ItemRule = {
  id: 'missing-confirmation',
  severity: DEFAULT_SEVERITY['missing-confirmation'],
  scope: 'item',
  kinds: ['delegation'],
  check: (item) => {
    if (item.status !== ACCEPTED) return [];
    const fields = CONFIRMATIONS.filter((k) => !filled(item[k]));
    if (fields.length === 0) return [];
    const headers = fields.map((k) => item.source.headers[k] ?? COLUMN_BY_KEY[k].header);
    return [hit('missing-confirmation', item, fields[0], { fields, headers })];
  },
};

/** Accepted while the legal review is not 通过 (empty included). */
export const legalReview: ItemRule = {
  id: 'legal-review',
  severity: DEFAULT_SEVERITY['legal-review'],
  scope: 'item',
  kinds: ['delegation'],
  check: (item) =>
    item.status === ACCEPTED && item.legalReview !== PASSED
      ? [hit('legal-review', item, 'legalReview', { value: item.legalReview ?? '' })]
      : [],
};

/**
 * Delegated (in effect: 下放, or a dispute 协调结果 settled as 下放) but not accepted (待承接, 暂缓承接
 * or empty): the department still exercises it. status counts the same items as 待承接/暂缓承接.
 */
export const pendingAcceptance: ItemRule = {
  id: 'pending-acceptance',
  severity: DEFAULT_SEVERITY['pending-acceptance'],
  scope: 'item',
  kinds: ['delegation'],
  check: (item, { list }) =>
    effectiveDecision(item) === DELEGATE && item.status !== ACCEPTED
      ? [hit('pending-acceptance', item, 'status', { status: item.status || PENDING, exercisedBy: departmentOf(item, list) })]
      : [],
};
