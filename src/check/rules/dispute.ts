/**
 * dispute: the department does not delegate (不下放/暂不下放) but the zone insists (坚持承接).
 * It is open until 协调结果 says 下放 or 不下放 (待协调 or empty: still open). An open dispute is a
 * warning; a settled one stays on record as info, so that --fail-on warning can pass once all are settled.
 */
import { DELEGATE, INSIST, NOT_DELEGATE, WITHHOLD } from '../../model/enums.js';
import { hit } from '../details.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';

export const dispute: ItemRule = {
  id: 'dispute',
  severity: DEFAULT_SEVERITY.dispute,
  scope: 'item',
  kinds: ['delegation'],
  check: (item) => {
    if ((item.decision !== NOT_DELEGATE && item.decision !== WITHHOLD) || item.acceptance !== INSIST) return [];
    const open = item.resolution !== DELEGATE && item.resolution !== NOT_DELEGATE;
    const details: { decision: string; acceptance: string; resolution?: string; open: boolean } = {
      decision: item.decision, acceptance: item.acceptance, open,
    };
    if (item.resolution) details.resolution = item.resolution;
    // The place is the zone's insistence (承接意见); whether it is resolved is in details.open.
    const f = hit('dispute', item, 'acceptance', details);
    if (!open) f.severity = 'info';
    return [f];
  },
};
