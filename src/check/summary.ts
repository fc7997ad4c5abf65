/** Severity levels, --fail-on and the summary counts of a report. */
import type { Config, FailOn } from '../config/types.js';
import type { Finding } from './finding.js';
import type { Counts, Summary, WaivedFinding } from './report.js';
import type { Severity } from './rule-ids.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Applies the configured levels: drops findings of rules turned off, sets the severity of the rest. */
export function applyLevels(findings: Finding[], rules: Config['rules']): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const level = rules[f.rule];
    if (level === 'off') continue;
    // A settled dispute stays info: the configured level is the level of open ones.
    if (level && !(f.rule === 'dispute' && f.details.open === false)) f.severity = level;
    out.push(f);
  }
  return out;
}

/** Whether a finding counts against --fail-on. */
export const fails = (f: Finding, failOn: FailOn): boolean => failOn !== 'never' && RANK[f.severity] <= RANK[failOn];

const emptyCounts = (): Counts => ({ errors: 0, warnings: 0, infos: 0, byRule: {} });

function count(c: Counts, f: Finding): void {
  if (f.severity === 'error') c.errors++;
  else if (f.severity === 'warning') c.warnings++;
  else c.infos++;
  c.byRule[f.rule] = (c.byRule[f.rule] ?? 0) + 1;
}

/** The summary of the contract (items, errors, warnings, infos, waived, byRule) and its additions. */
export function summarise(findings: readonly Finding[], waived: readonly WaivedFinding[], items: number, unreadable: number, failOn: FailOn): Summary {
  const total = emptyCounts();
  const byDepartment: Record<string, Counts> = {};
  let failing = 0;
  for (const f of findings) {
    count(total, f);
    if (f.department) count((byDepartment[f.department] ??= emptyCounts()), f);
    if (fails(f, failOn)) failing++;
  }
  return {
    items, errors: total.errors, warnings: total.warnings, infos: total.infos, waived: waived.length,
    byRule: total.byRule, unreadable, failOn, failing, byDepartment,
  };
}
