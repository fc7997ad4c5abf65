/**
 * Findings are plain data: a rule id, a severity, a place and details; text is made only at output.
 * A Finding is a union keyed on `rule`: a finding whose details do not fit its rule does not compile.
 */
import type { FindingOf, RuleId, Severity } from '../vocab/rules.js';
import type { RuleDetails } from './details.js';

export type { FindingPlace } from '../vocab/rules.js';

/** A finding of any rule, each with its own rule's details. */
export type Finding = { [K in RuleId]: FindingOf<K, RuleDetails[K]> }[RuleId];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Compares text: equal strings (the common case: one file, one sheet) skip the locale comparison. */
// Code-point order: the same on every machine and ICU version, and no collator to load.
const cmp = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1);

/** Sorts findings by file, sheet, row, rule, code so output is the same from run to run. */
export function sortFindings<F extends Finding>(findings: F[]): F[] {
  return findings.sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      cmp(a.sheet, b.sheet) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      cmp(a.rule, b.rule) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.code, b.code) ||
      cmp(a.column, b.column),
  );
}
