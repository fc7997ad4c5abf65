/** Findings are plain data: a rule id, a severity, a place and details; text is made only at output. */
import { COLUMN_BY_KEY } from '../model/columns.js';
import type { FieldKey, Item } from '../model/types.js';
import type { RuleId, Severity } from './rule-ids.js';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  code?: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  details: Record<string, unknown>;
  /**
   * The department the finding belongs to (the file's department, else the item's): part of a
   * waiver's fingerprint and of the per-department counts. Not a place.
   */
  department?: string;
}

/** A finding at an item's field: copies file, sheet, row and the header as written. */
export function at(
  rule: RuleId,
  severity: Severity,
  item: Item,
  key: FieldKey | undefined,
  details: Record<string, unknown> = {},
): Finding {
  const f: Finding = { rule, severity, code: item.code || undefined, file: item.source.file, row: item.source.row, details };
  if (item.source.sheet !== undefined) f.sheet = item.source.sheet;
  if (key) {
    // A field the row lacks: name it as the file names the others (a YAML file keyed in English says `reason`).
    f.column = item.source.headers[key] ?? (item.source.headers.code === 'code' ? key : COLUMN_BY_KEY[key].header);
    const line = item.source.lines?.[key];
    if (line !== undefined) f.row = line;
  }
  return f;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Compares text: equal strings (the common case: one file, one sheet) skip the locale comparison. */
// Code-point order: the same on every machine and ICU version, and no collator to load.
const cmp = (a: string | undefined, b: string | undefined): number => (a === b ? 0 : (a ?? '') < (b ?? '') ? -1 : 1);

/** Sorts findings by file, sheet, row, rule, code so output is the same from run to run. */
export function sortFindings(findings: Finding[]): Finding[] {
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
