/** partial-delegation: 部分下放 is flagged for oversight, with what the department keeps (the note). */
import { effectiveDecision } from '../../model/decision.js';
import { DELEGATE, PARTIAL } from '../../model/enums.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';

export interface PartialDelegationDetails { kept: string }

export const partialDelegation = defineRule<PartialDelegationDetails>()({
  id: 'partial-delegation',
  severity: 'warning',
  description: '部分下放: flagged for oversight, with what is kept',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, _ctx, report) => {
    if (effectiveDecision(item) === DELEGATE && item.scope === PARTIAL) report(at(item, 'scope'), { kept: item.note ?? '' });
  },
});
