/** partial-delegation: 部分下放 is flagged for oversight, with what the department keeps (the note). */
import { effectiveDecision } from '../../model/decision.js';
import { DELEGATE, PARTIAL } from '../../model/enums.js';
import { hit } from '../details.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';

export const partialDelegation: ItemRule = {
  id: 'partial-delegation',
  severity: DEFAULT_SEVERITY['partial-delegation'],
  scope: 'item',
  kinds: ['delegation'],
  check: (item) =>
    effectiveDecision(item) === DELEGATE && item.scope === PARTIAL ? [hit('partial-delegation', item, 'scope', { kept: item.note ?? '' })] : [],
};
