/** The result of validate: what the json format prints (with messages added) and every formatter reads. */
import type { FailOn } from '../config/types.js';
import type { Format, Kind } from '../model/types.js';
import type { Finding } from './finding.js';
import type { RuleId } from './rule-ids.js';

/** A file that was read: as an input list, as the catalogue, or as the published zone list. */
export interface FileInfo {
  path: string;
  kind: Kind;
  /** Items read (rows that are items; titles, headings and footnotes are not counted). */
  rows: number;
  format: Format;
  role: 'input' | 'catalogue' | 'zone';
  department?: string;
  title?: string;
}

/** What a run did not do, said once (see notice.ts): not a finding, never fails the run. */
export type NoticeKind = 'not-a-list' | 'no-catalogue' | 'waiver-incomplete' | 'department-unknown' | 'since-not-compared';

export interface Notice {
  kind: NoticeKind;
  level: 'warning' | 'info';
  file?: string;
  details: Record<string, unknown>;
}

/** An accepted finding, as the baseline lists it. */
export interface Waiver {
  rule: RuleId;
  code?: string;
  department?: string;
  reason: string;
  acceptedBy: string;
  /** YYYY-MM-DD; the waiver holds through this day. */
  expires: string;
}

export type WaivedFinding = Finding & {
  waiver: Waiver;
};

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  byRule: Partial<Record<RuleId, number>>;
}

export interface Summary extends Counts {
  /** Items of the lists checked (the reference catalogue given by --catalogue or the config is not counted). */
  items: number;
  waived: number;
  /** Files that could not be read (the run exits 2). */
  unreadable: number;
  failOn: FailOn;
  /** Findings at or above failOn (waived ones are not counted). */
  failing: number;
  /** Counts per department (findings without a department are not counted here). */
  byDepartment: Record<string, Counts>;
  /** Which departments the run's findings are about (check/scope.ts; docs/cli-contract-extensions.md). */
  scope?: ReviewScope;
}

/**
 * The scope of a review: `files` (lists named one by one: the departments they cover), `all` (a
 * folder or --all-departments), `departments` (--department NAME…, within either of the others).
 */
export type ReviewScope =
  | { kind: 'all' }
  | { kind: 'files'; departments: string[] }
  | { kind: 'departments'; departments: string[]; within: 'files' | 'all' };

/** Resolved, still open and new findings of a review round (check/rounds.ts). */
export interface RoundCounts {
  resolved: number;
  open: number;
  new: number;
}

/** The comparison with an earlier round's report (--since). */
export interface Rounds {
  /** The earlier report, as given (a path, or '' for a report object). */
  since: string;
  /** The earlier round's findings (within this run's scope) that are gone. */
  resolved: Finding[];
  counts: RoundCounts;
  /** Per department (findings without a department are counted in `counts` only). */
  byDepartment: Record<string, RoundCounts>;
}

export interface ValidateReport {
  version: 1;
  files: FileInfo[];
  findings: Finding[];
  waived: WaivedFinding[];
  /** What the run did not do, said once: files skipped, rules not run, waivers without a reason. */
  notices?: Notice[];
  summary: Summary;
  /** Some input could not be read: the job was not fully done (exit 2), the rest was checked. */
  failed: boolean;
  /** The catalogue checked against, if any. */
  catalogue?: string;
  /** The baseline applied, if any. */
  baseline?: string;
  /** The configuration file in force, if any. */
  config?: string;
  /** Where the configuration says the rule pages are published (its docsUrl), if it does; not part of the JSON output. */
  docsUrl?: string;
  /** With --since: what changed against the earlier round (each finding also carries `round`). */
  rounds?: Rounds;
}

/** The exit code of the contract: 2 when an input could not be read, 1 when findings fail, else 0. */
export function exitCodeOf(report: ValidateReport): 0 | 1 | 2 {
  if (report.failed) return 2;
  return report.summary.failing > 0 ? 1 : 0;
}
