/** What the validate formatters show of review rounds (--since) and of the scope: per-department counts and marks. */
import type { Finding } from '../../../check/finding.js';
import type { RoundCounts, Rounds } from '../../../check/report.js';
import type { Lang } from '../../../text/lang.js';
import { ROUND_LABELS, ROUND_TEXT, SCOPE_LINE } from '../../text/rounds.js';
import { VALIDATE_TEXT as T } from '../../text/validate.js';
import { cmp, type ReportInput } from './common.js';

export { ROUND_LABELS, ROUND_TEXT };

/** The scope line ("范围：…" / "scope: …"), or undefined for a report without one. */
export function scopeLine(report: ReportInput, lang: Lang): string | undefined {
  const scope = report.summary.scope;
  return scope ? SCOPE_LINE[lang](scope) : undefined;
}

/** A finding's round mark in the chosen language ("新增" / "new", "未改正" / "open"), or ''. */
export function roundMark(f: Finding, lang: Lang): string {
  return f.round ? ROUND_LABELS[f.round][lang] : '';
}

/** One row per department: name, resolved, open, new; most open and new first, then by name. */
export function roundRows(rounds: Rounds): { department: string; counts: RoundCounts }[] {
  return Object.entries(rounds.byDepartment)
    .map(([department, counts]) => ({ department, counts }))
    .sort((a, b) => b.counts.open + b.counts.new - (a.counts.open + a.counts.new) || b.counts.resolved - a.counts.resolved || cmp(a.department, b.department));
}

/** The table's head: department, resolved, open, new. */
export const roundHead = (lang: Lang): string[] => [T.department[lang], ROUND_LABELS.resolved[lang], ROUND_LABELS.open[lang], ROUND_LABELS.new[lang]];

/** The table's cells of one row of counts. */
export const roundCells = (c: RoundCounts): string[] => [String(c.resolved), String(c.open), String(c.new)];
