/**
 * Review rounds (issue 15 point 4): `validate … --since PREVIOUS.json` compares this round's
 * findings with an earlier round's `--format json` report. A finding is matched by its fingerprint
 * (rule, code, sub-item, department, field), which survives rows moving, sheets being reordered and
 * the corrected list coming back in another folder. Each finding is marked `new` or `open`; the
 * earlier findings with no match are `resolved`.
 *
 * Waived findings are not work left, so they are not marked or counted: an earlier finding that is
 * waived now is neither resolved nor open (it is listed under waived, as before), and an earlier
 * waived finding that is active again (its waiver expired) is `open`, not `new`. Earlier findings
 * outside this run's scope (another department, when lists are named one by one) are not compared:
 * they are neither resolved nor open, and a notice counts them.
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { defaultHeaderIndex } from '../model/columns.js';
import { normaliseHeader } from '../model/normalise.js';
import { fsReason, InputError, UsageError } from '../errors.js';
import { compareText } from '../util/compare.js';
import { RULE_IDS, SEVERITIES } from '../vocab/rules.js';
import type { Finding } from './finding.js';
import type { Notice, RoundCounts, Rounds, ValidateReport } from './report.js';
import { inScope, type ScopeFilter } from './scope.js';
import { foldCached } from './rules/util.js';

/** What a fingerprint is made of: a finding of this run, or one read from an earlier report. */
export interface FingerprintInput {
  rule: string;
  code?: string;
  subItem?: string;
  department?: string;
  column?: string;
  file?: string;
  details?: unknown;
}

/** The field a column header names (its key: 事项编码, 权力编码 and `code` are one field), else the header normalised. */
function fieldOf(column: string | undefined): string {
  if (column === undefined) return '';
  const h = normaliseHeader(column);
  const keys = defaultHeaderIndex().get(h);
  return keys ? [...keys].sort().join('|') : `header:${h}`;
}

/**
 * A finding's identity across rounds: rule, code, sub-item, department (folded; without one, the
 * file's name without its folder) and field. Rows, sheets, folders and messages are not part of it.
 */
export function fingerprint(f: FingerprintInput): string {
  const details = (typeof f.details === 'object' && f.details !== null ? f.details : {}) as { subItem?: unknown };
  const subItem = f.subItem ?? (typeof details.subItem === 'string' ? details.subItem : '');
  const owner = f.department ? foldCached(f.department) : `file:${f.file === undefined ? '' : basename(f.file)}`;
  return [f.rule, f.code ?? '', subItem, owner, fieldOf(f.column)].join('\u001f');
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const RULES = new Set<string>(RULE_IDS);
const LEVELS = new Set<string>(SEVERITIES);
const TEXT_KEYS = ['code', 'subItem', 'file', 'sheet', 'column', 'department'] as const;

/** A finding of an earlier report as a Finding (message, round and waiver left behind), or undefined if it is not one. */
function findingFrom(v: unknown): Finding | undefined {
  if (!isObject(v) || typeof v.rule !== 'string' || !RULES.has(v.rule) || typeof v.severity !== 'string' || !LEVELS.has(v.severity)) return undefined;
  if (v.details !== undefined && !isObject(v.details)) return undefined;
  if (v.row !== undefined && typeof v.row !== 'number') return undefined;
  const f: Record<string, unknown> = { rule: v.rule, severity: v.severity };
  for (const k of TEXT_KEYS) {
    if (v[k] === undefined) continue;
    if (typeof v[k] !== 'string') return undefined;
    f[k] = v[k];
  }
  if (v.row !== undefined) f.row = v.row;
  f.details = v.details ?? {};
  return f as unknown as Finding;
}

/**
 * An earlier report from its JSON text: a UsageError `since-invalid` (exit 2) naming the file when
 * the text is not JSON, not a validate report, or holds a finding that is not one.
 */
export function parseSince(text: string, file: string): ValidateReport {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new UsageError('since-invalid', { what: 'json' }, { file }, { cause: err });
  }
  if (!isObject(doc) || doc.version !== 1 || !Array.isArray(doc.findings) || !Array.isArray(doc.waived) || !isObject(doc.summary) || !Array.isArray(doc.files)) {
    throw new UsageError('since-invalid', { what: 'report' }, { file });
  }
  const read = (xs: unknown[], list: 'findings' | 'waived'): Finding[] =>
    xs.map((x, i) => {
      const f = findingFrom(x);
      if (!f) throw new UsageError('since-invalid', { what: 'finding', list, index: i + 1 }, { file });
      return f;
    });
  const findings = read(doc.findings, 'findings');
  const waived = read(doc.waived, 'waived');
  return { ...(doc as unknown as ValidateReport), findings, waived: waived.map((f) => ({ ...f, waiver: { rule: f.rule, reason: '', acceptedBy: '', expires: '' } })) };
}

/** Reads an earlier round's report (--since). */
export async function loadSince(file: string): Promise<ValidateReport> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (err) {
    const why = fsReason(err);
    throw new InputError(why.code === 'ENOENT' ? 'file-not-found' : 'file-unreadable-os', why, { file }, { cause: err });
  }
  return parseSince(text, file);
}

const zero = (): RoundCounts => ({ resolved: 0, open: 0, new: 0 });

/** Takes the first finding of a fingerprint out of the pool; whether there was one. */
function take(pool: Map<string, Finding[]>, key: string): boolean {
  const xs = pool.get(key);
  if (!xs || xs.length === 0) return false;
  xs.shift();
  return true;
}

const pooled = (findings: readonly Finding[]): Map<string, Finding[]> => {
  const pool = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = fingerprint(f);
    const xs = pool.get(key);
    if (xs) xs.push(f);
    else pool.set(key, [f]);
  }
  return pool;
};

/**
 * Compares a report with an earlier one: marks each of its findings `new` or `open` (in place) and
 * returns the rounds and the notice of earlier findings outside the scope, if any. Two findings with
 * one fingerprint (an item listed three times) are matched one to one.
 */
export function compareRounds(report: ValidateReport, previous: ValidateReport, since: string, filter?: ScopeFilter): { rounds: Rounds; notice?: Notice } {
  const compared = previous.findings.filter((f) => !filter || inScope(f, filter));
  const outside = previous.findings.filter((f) => filter && !inScope(f, filter));
  const active = pooled(compared);
  const waived = pooled(previous.waived.filter((f) => !filter || inScope(f, filter)));
  for (const f of report.findings) {
    const key = fingerprint(f);
    f.round = take(active, key) || take(waived, key) ? 'open' : 'new';
  }
  // A finding waived now was not fixed: it takes its earlier self out of the resolved ones.
  for (const f of report.waived) take(active, fingerprint(f));
  const left = new Set([...active.values()].flat());
  const resolved = compared.filter((f) => left.has(f));

  const counts = zero();
  const byDepartment: Record<string, RoundCounts> = {};
  const add = (department: string | undefined, k: keyof RoundCounts): void => {
    counts[k]++;
    if (department) (byDepartment[department] ??= zero())[k]++;
  };
  for (const f of resolved) add(f.department, 'resolved');
  for (const f of report.findings) add(f.department, f.round === 'open' ? 'open' : 'new');
  const sorted = Object.fromEntries(Object.entries(byDepartment).sort(([a], [b]) => compareText(a, b)));
  const rounds: Rounds = { since, resolved, counts, byDepartment: sorted };
  if (outside.length === 0) return { rounds };
  const departments = new Set(outside.map((f) => (f.department ? foldCached(f.department) : '')));
  return { rounds, notice: { kind: 'since-not-compared', level: 'info', details: { findings: outside.length, departments: departments.size } } };
}
