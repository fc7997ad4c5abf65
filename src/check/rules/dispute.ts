/**
 * dispute: the department does not delegate (不下放/暂不下放) but the zone insists (坚持承接).
 * It is open until 协调结果 says 下放 or 不下放 (待协调 or empty: still open). An open dispute is a
 * warning; a settled one stays on record as info, so that --fail-on warning can pass once all are settled.
 */
import { DELEGATE, INSIST, NOT_DELEGATE, WITHHOLD } from '../../model/enums.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';

export interface DisputeDetails { decision: string; acceptance: string; resolution?: string; open: boolean }

export const dispute = defineRule<DisputeDetails>()({
  id: 'dispute',
  severity: 'warning',
  description: 'the department does not delegate but the zone insists (坚持承接); open until 协调结果 says 下放 or 不下放',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, _ctx, report) => {
    if ((item.decision !== NOT_DELEGATE && item.decision !== WITHHOLD) || item.acceptance !== INSIST) return;
    const open = item.resolution !== DELEGATE && item.resolution !== NOT_DELEGATE;
    const details: DisputeDetails = { decision: item.decision, acceptance: item.acceptance, open };
    if (item.resolution) details.resolution = item.resolution;
    // The place is the zone's insistence (承接意见); whether it is resolved is in details.open.
    // A settled dispute is info, kept for the record: it must not keep --fail-on warning from passing.
    report(at(item, 'acceptance'), details, open ? undefined : 'info');
  },
});
