/** validate(): read the lists and the catalogue, run every rule, apply levels, waivers and --fail-on. */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG, type Config, type FailOn } from '../config/types.js';
import { QingdanError, UsageError } from '../errors.js';
import type { PowerList } from '../model/types.js';
import { listInputs, readLists, type ReadFailure } from '../read/index.js';
import { departmentHint } from '../read/kind.js';
import type { ReadOptions } from '../read/options.js';
import { applyWaivers, BASELINE_NAME, loadBaseline, todayIso } from './baseline.js';
import { sortFindings, type Finding } from './finding.js';
import { RULES } from './registry.js';
import type { FileInfo, ValidateReport, Waiver } from './report.js';
import { checkReview, type Review } from './review.js';
import { reporter } from './rule.js';
import { reportFailure } from './rules/file-unreadable.js';
import { reportGitConflict } from './rules/unresolved-conflict.js';
import { departmentUnknown, noCatalogue, notAList, waiverIncomplete, type Notice } from './notice.js';
import { foldCached } from './rules/util.js';
import { applyLevels, summarise } from './summary.js';
import { inScope, scopeOf, type ScopeFilter } from './scope.js';

export interface ValidateOptions {
  /** The municipal catalogue (default: the configuration's, else a catalogue among the inputs). */
  catalogue?: string;
  /** The published zone list (default: the configuration's). Zone lists among the inputs count too. */
  zone?: string;
  /** A config file, a configuration object, or false for none (default: qingdan.config.yaml found upward from cwd). */
  config?: string | Config | false;
  /** A baseline file, or false for none (default: the configuration's, else qingdan.baseline.yaml in cwd if it exists). */
  baseline?: string | false;
  /** Lowest severity that fails the run (default: the configuration's, else error). */
  failOn?: FailOn;
  /** Folder to look for the configuration and baseline from (default: the working folder). */
  cwd?: string;
  /** Today as YYYY-MM-DD, for waiver expiry (default: the local date). */
  today?: string;
  /** Reading options (sheet, kind, size and row limits) for the input lists. */
  read?: ReadOptions;
  /** Receives the input lists and the catalogue as read, for a job that goes on with them (export --publish). */
  onRead?: (review: Review) => void;
  /** Only findings of these departments (--department); findings without a department are kept. */
  departments?: string[];
  /** The full review even when lists are named one by one (--all-departments); a folder input is one anyway. */
  allDepartments?: boolean;
  /** An earlier round's report (a --format json file, or the report object): marks findings new or open, lists the resolved ones. */
  since?: string | ValidateReport;
}

async function configOf(options: ValidateOptions): Promise<Config> {
  if (options.config === false) return DEFAULT_CONFIG;
  if (typeof options.config === 'object') return options.config;
  return loadConfig({ path: options.config, cwd: options.cwd });
}

/** Expands each input on its own, so one missing path is a failure, not the end of the run. */
async function expand(inputs: readonly string[]): Promise<{ paths: string[]; failures: ReadFailure[]; skipped: string[] }> {
  const paths: string[] = [];
  const failures: ReadFailure[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    try {
      const listed = await listInputs([input]);
      paths.push(...listed.files);
      skipped.push(...listed.skipped);
    } catch (err) {
      if (!(err instanceof QingdanError)) throw err;
      failures.push({ file: input, error: err });
    }
  }
  return { paths, failures, skipped };
}

async function readOne(path: string | undefined, opts: ReadOptions): Promise<{ list?: PowerList; failures: ReadFailure[] }> {
  if (!path) return { failures: [] };
  const { lists, failures } = await readLists([path], opts);
  return { list: lists[0], failures };
}

const info = (list: PowerList, role: FileInfo['role']): FileInfo => {
  const f: FileInfo = { path: list.file, kind: list.kind, rows: list.items.length, format: list.format, role };
  if (list.department) f.department = list.department;
  if (list.title) f.title = list.title;
  return f;
};

/**
 * A file's kind must fit its role (issue 13 point 3): the --catalogue file must not say or show it
 * is a delegation or zone list, and no input may be a catalogue when --catalogue gives one.
 */
function checkRoles(catalogue: PowerList | undefined, inputs: readonly PowerList[]): void {
  const by = (l: PowerList): 'kind' | 'columns' => (l.format === 'yaml' ? 'kind' : 'columns');
  if (catalogue?.looksLike && catalogue.looksLike !== 'catalogue') {
    throw new UsageError('kind-role', { role: 'catalogue', looksLike: catalogue.looksLike, expected: 'catalogue', by: by(catalogue) }, { file: catalogue.file });
  }
  const extra = inputs.find((l) => l.kind === 'catalogue');
  if (extra) throw new UsageError('kind-role', { role: 'input', looksLike: 'catalogue', expected: 'list', by: by(extra) }, { file: extra.file });
}

/** Reads every input (files and folders), the catalogue and the zone list, and checks them all. */
export async function validate(inputs: readonly string[], options: ValidateOptions = {}): Promise<ValidateReport> {
  const config = await configOf(options);
  const cwd = options.cwd ?? '.';
  const failOn = options.failOn ?? config.failOn ?? 'error';
  const baselinePath = options.baseline === false ? undefined : options.baseline ?? config.baseline ?? resolve(cwd, BASELINE_NAME);
  const waivers: Waiver[] = baselinePath ? await loadBaseline(baselinePath, options.baseline !== undefined) : [];
  // A --since that is not a report stops the run before any list is read.
  const previous = typeof options.since === 'string' ? await (await import('./rounds.js')).loadSince(options.since) : options.since;

  const readOpts: ReadOptions = { ...options.read, headerAliases: { ...config.headerAliases, ...options.read?.headerAliases } };
  const cataloguePath = options.catalogue ?? config.catalogue;
  const zonePath = options.zone ?? config.zone;
  const skip = new Set([cataloguePath, zonePath].filter((p): p is string => p !== undefined).map((p) => resolve(cwd, p)));

  const expanded = await expand(inputs);
  const paths = expanded.paths.filter((p) => !skip.has(resolve(cwd, p)));
  const read = await readLists(paths, readOpts);
  // --sheet and --kind name the inputs' sheet and kind, not the catalogue's or the zone list's.
  const cat = await readOne(cataloguePath, { ...readOpts, kind: 'catalogue', sheet: undefined });
  const zone = await readOne(zonePath, { ...readOpts, kind: 'zone', sheet: undefined });
  const failures = [...expanded.failures, ...read.failures, ...cat.failures, ...zone.failures];

  checkRoles(cat.list, cataloguePath ? read.lists : []);
  // Without --catalogue or a configured one, a catalogue among the inputs is the reference.
  const catalogue = cat.list ?? (cataloguePath ? undefined : read.lists.find((l) => l.kind === 'catalogue'));
  const lists = [...read.lists.filter((l) => l !== catalogue), ...(zone.list ? [zone.list] : [])];
  const files: FileInfo[] = [
    ...read.lists.map((l) => info(l, l === catalogue ? 'catalogue' : 'input')),
    ...(cat.list ? [info(cat.list, 'catalogue')] : []),
    ...(zone.list ? [info(zone.list, 'zone')] : []),
  ];
  const items = [...read.lists, ...(zone.list ? [zone.list] : [])].reduce((n, l) => n + l.items.length, 0);
  const notices = expanded.skipped.map(notAList);
  options.onRead?.({ lists: read.lists.filter((l) => l !== catalogue), catalogue });
  const scope = scopeOf({
    lists: read.lists.filter((l) => l !== catalogue), folder: await anyFolder(inputs), allDepartments: options.allDepartments,
    departments: options.departments, unread: read.failures.map((f) => f.file),
  });
  notices.push(...unknownDepartments(scope, catalogue, lists));
  const report = reportOf({ lists, catalogue }, config, { failures, waivers, failOn, today: options.today ?? todayIso(), files, items, notices, scope });
  if (previous) await withRounds(report, previous, typeof options.since === 'string' ? options.since : '', scope);
  if (catalogue) report.catalogue = catalogue.file;
  if (waivers.length > 0 && baselinePath) report.baseline = baselinePath;
  if (config.file) report.config = config.file;
  if (config.docsUrl !== undefined) report.docsUrl = config.docsUrl;
  return report;
}

export interface ReportOptions {
  failures?: readonly ReadFailure[];
  waivers?: readonly Waiver[];
  failOn?: FailOn;
  today?: string;
  /** Files to list (default: every list of the review). */
  files?: FileInfo[];
  /** Items counted in the summary (default: those of the review's lists). */
  items?: number;
  /** Notices of the reading (files skipped); the report adds its own. */
  notices?: readonly Notice[];
  /** The departments the findings are about (default: every finding; check/scope.ts). */
  scope?: ScopeFilter;
}

/** Whether an input is a folder (a missing one is the read's failure, not a folder). */
async function anyFolder(inputs: readonly string[]): Promise<boolean> {
  for (const input of inputs) if (await stat(input).then((s) => s.isDirectory(), () => false)) return true;
  return false;
}

/** A --department that names no department of the catalogue or the lists would silently keep nothing: a notice says so. */
function unknownDepartments(filter: ScopeFilter, catalogue: PowerList | undefined, lists: readonly PowerList[]): Notice[] {
  if (filter.scope.kind !== 'departments') return [];
  const known = new Set<string>();
  for (const l of [...(catalogue ? [catalogue] : []), ...lists]) {
    if (l.department) known.add(foldCached(l.department));
    for (const item of l.items) if (item.department) known.add(foldCached(item.department));
  }
  return filter.scope.departments.filter((d) => !known.has(foldCached(d))).map(departmentUnknown);
}

/** Compares the report with an earlier round's (--since): marks, resolved findings, and a notice for what was not compared. */
async function withRounds(report: ValidateReport, previous: ValidateReport, since: string, scope: ScopeFilter): Promise<void> {
  const { compareRounds } = await import('./rounds.js');
  const { rounds, notice } = compareRounds(report, previous, since, scope);
  report.rounds = rounds;
  if (notice) (report.notices ??= []).push(notice);
}

/**
 * A department whose list could not be read did send one: its file-unreadable finding says so, and
 * a "sent no list" gap would be a second, wrong finding (issue 13 point 2). The department is the
 * one the file's name gives.
 */
function withoutUnreadGaps(findings: Finding[], failures: readonly ReadFailure[]): Finding[] {
  const unread = new Set(failures.map((f) => departmentHint(basename(f.file))).filter((d): d is string => d !== undefined).map(foldCached));
  if (unread.size === 0) return findings;
  return findings.filter((f) => !(f.rule === 'gap' && f.row === undefined && f.department !== undefined && unread.has(foldCached(f.department))));
}

/** Checks lists already read (in memory) and builds the report: the core of validate. */
export function reportOf(review: Review, config: Config = DEFAULT_CONFIG, opts: ReportOptions = {}): ValidateReport {
  const failures = opts.failures ?? [];
  const failOn = opts.failOn ?? config.failOn ?? 'error';
  const unreadable: Finding[] = [];
  const report = reporter(RULES['file-unreadable'], (f) => void unreadable.push(f));
  const conflict = reporter(RULES['unresolved-conflict'], (f) => void unreadable.push(f));
  // A YAML file git left conflict markers in does not parse: that failure is the conflict's finding.
  for (const failure of failures) if (!reportGitConflict(failure, conflict)) reportFailure(failure, report);
  const checked = withoutUnreadGaps(checkReview(review, config, opts.today ?? todayIso()), failures);
  const scoped = opts.scope ? checked.filter((f) => inScope(f, opts.scope!)) : checked;
  const found = applyLevels([...unreadable, ...scoped], config.rules);
  const { findings, waived, incomplete } = applyWaivers(found, opts.waivers ?? [], opts.today ?? todayIso());
  const notices: Notice[] = [...(opts.notices ?? [])];
  if (!review.catalogue) notices.push(noCatalogue());
  for (const w of incomplete) notices.push(waiverIncomplete(w));
  sortFindings(findings);
  sortFindings(waived);
  const files = opts.files ?? [
    ...(review.catalogue ? [info(review.catalogue, 'catalogue')] : []),
    ...review.lists.map((l) => info(l, 'input')),
  ];
  const items = opts.items ?? review.lists.reduce((n, l) => n + l.items.length, 0);
  return {
    version: 1,
    files,
    findings,
    waived,
    notices,
    summary: { ...summarise(findings, waived, items, failures.length, failOn), ...(opts.scope ? { scope: opts.scope.scope } : {}) },
    failed: failures.length > 0,
  };
}
