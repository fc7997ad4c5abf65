/** Rule ids of cli-contract.md, copied exactly. */
export const RULE_IDS = [
  'file-unreadable', 'missing-column', 'missing-value', 'invalid-value', 'duplicate-code',
  'unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item',
  'gap', 'dispute', 'missing-confirmation', 'legal-review', 'partial-delegation',
  'pending-acceptance', 'zone-mismatch', 'unresolved-conflict',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** Default severity of each rule, as the contract's table gives it. */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = {
  'file-unreadable': 'error',
  'missing-column': 'error',
  'missing-value': 'error',
  'invalid-value': 'error',
  'duplicate-code': 'error',
  'unknown-code': 'error',
  'name-mismatch': 'warning',
  'category-mismatch': 'error',
  'department-mismatch': 'error',
  'cancelled-item': 'error',
  gap: 'error',
  dispute: 'warning',
  'missing-confirmation': 'error',
  'legal-review': 'error',
  'partial-delegation': 'warning',
  'pending-acceptance': 'info',
  'zone-mismatch': 'error',
  'unresolved-conflict': 'error',
};

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
