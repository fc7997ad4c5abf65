/** Rule ids of cli-contract.md, copied exactly. */
export const RULE_IDS = [
  'file-unreadable', 'missing-column', 'missing-value', 'invalid-value', 'duplicate-code',
  'unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item',
  'gap', 'dispute', 'missing-confirmation', 'legal-review', 'partial-delegation',
  'pending-acceptance', 'zone-mismatch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';
