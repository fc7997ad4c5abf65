/**
 * The rule vocabulary every layer may use (config, read, check, report): the rule ids of
 * cli-contract.md, severities, and the shape of a finding. It imports nothing, so nothing can
 * import it in a circle. The rules themselves (check/rules/) say what each id means.
 */

/**
 * Rule ids of cli-contract.md, in the contract's order (the order of SARIF rules and rule
 * listings). Written by scripts/gen-rules.mts from the rule modules (new ids are appended); the
 * compiler checks that check/rules/ has a rule for each id (check/registry.ts).
 */
export const RULE_IDS = [
  'file-unreadable', 'missing-column', 'missing-value', 'invalid-value', 'duplicate-code',
  'unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item',
  'gap', 'dispute', 'missing-confirmation', 'legal-review', 'partial-delegation',
  'pending-acceptance', 'zone-mismatch', 'unresolved-conflict', 'acceptance-overdue',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * Where a finding is, as the JSON contract has it (row 1-based, column the header as written),
 * and the department it belongs to: part of a waiver's fingerprint and of the per-department
 * counts, not a place.
 */
export interface FindingPlace {
  code?: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  department?: string;
}

/** Details every finding may carry besides its rule's own. */
export interface CommonDetails {
  /** The waiver that used to cover this finding expired on this date. */
  waiverExpired?: string;
}

/** A finding of one rule, with that rule's details: plain data, text is made only at output. */
export interface FindingOf<R extends RuleId, D> extends FindingPlace {
  rule: R;
  severity: Severity;
  details: D & CommonDetails;
  /** With --since: whether the finding was in the earlier round's report ('open') or not ('new'). */
  round?: 'new' | 'open';
}
