/**
 * unresolved-conflict: a row still carries merge-conflict marks. qingdan's merge (and its git merge
 * driver) writes a 冲突 column for a clerk to settle and then remove; a plain git merge of a CSV
 * leaves <<<<<<< ======= >>>>>>> lines, which a reader takes as rows. Either way the list is not
 * settled, so CI must not pass it.
 */
import { COLUMN_BY_KEY, FIELD_KEYS } from '../../model/columns.js';
import type { FieldKey, Item, PowerList } from '../../model/types.js';
import { CONFLICT_COLUMN } from '../../merge/types.js';
import type { ReadFailure } from '../../read/index.js';
import type { FindingPlace } from '../../vocab/rules.js';
import { at } from '../place.js';
import { defineRule, type Report } from '../rule.js';

/**
 * mark 'column': the row's 冲突 cell (its text, and the headers it names); 'git': a block of git
 * conflict markers, from its <<<<<<< row to its >>>>>>> row, with the fields the two sides differ in.
 */
export interface UnresolvedConflictDetails { mark: 'column' | 'git'; headers: string[]; text?: string; rows?: number[] }

/** A git conflict marker line: seven <, = or >, then a space (and a label) or nothing. */
const GIT_MARKER = /^(<{7}|={7}|>{7})(?:\s|$)/u;
type Marker = 'ours' | 'split' | 'end';
const MARKER_KIND: Record<string, Marker> = { '<': 'ours', '=': 'split', '>': 'end' };

/** The headers of the list's fields and extra columns that a 冲突 cell names (as "承接状态：…"). */
function headersIn(text: string, list: PowerList): string[] {
  const known = [...FIELD_KEYS.map((k) => COLUMN_BY_KEY[k].header), ...(list.extraColumns ?? [])];
  return known.filter((h) => h !== CONFLICT_COLUMN && new RegExp(`(^|[\\s了，,])${escape(h)}[：:]`, 'mu').test(text));
}
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function columnMark(item: Item, list: PowerList, report: Report<UnresolvedConflictDetails>): void {
  const text = item.extra?.[CONFLICT_COLUMN]?.trim();
  if (!text) return;
  const place = { ...at(item, undefined), column: CONFLICT_COLUMN };
  if (!place.department && list.department) place.department = list.department;
  report(place, { mark: 'column', headers: headersIn(text, list), text });
}

/** Whether a value may be a marker line: a text starting with < = or >. */
function mayMark(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const c = v.charCodeAt(0);
  return c === 60 || c === 61 || c === 62;
}

/**
 * Whether any of the item's values (or of its values as written) starts with < = or >: one walk of
 * the fields it has, instead of a look-up of every field of the contract (most rows have none).
 */
function anyMayMark(item: Item): boolean {
  const fields = item as unknown as Record<string, unknown>;
  for (const k in fields) if (mayMark(fields[k])) return true;
  const raw = item.raw as Record<string, unknown> | undefined;
  if (raw) for (const k in raw) if (mayMark(raw[k])) return true;
  return false;
}

/** The marker a row holds, when one of its cells is a git conflict marker line. */
export function markerOf(item: Item): Marker | undefined {
  if (!anyMayMark(item)) return undefined;
  const raw = item.raw;
  for (const k of FIELD_KEYS) {
    const v = raw?.[k] ?? item[k] ?? '';
    // A marker line starts with < = or >: other values are passed over without the expression.
    const c = v.charCodeAt(0);
    if (c !== 60 && c !== 61 && c !== 62) continue;
    const m = GIT_MARKER.exec(v);
    if (m) return MARKER_KIND[m[1][0]];
  }
  return undefined;
}

/** The headers of fields that differ between the two sides' rows of one code. */
function differing(ours: Item[], theirs: Item[], list: PowerList): string[] {
  const keys = new Set<FieldKey>();
  for (const o of ours) {
    const t = theirs.find((x) => x.code === o.code && (x.subItem ?? '') === (o.subItem ?? ''));
    for (const k of FIELD_KEYS) if (t ? (o[k] ?? '') !== (t[k] ?? '') : o[k]) keys.add(k);
  }
  for (const t of theirs) if (!ours.some((o) => o.code === t.code)) for (const k of FIELD_KEYS) if (t[k]) keys.add(k);
  const header = (k: FieldKey): string => list.columns.find((c) => c.key === k)?.header ?? COLUMN_BY_KEY[k].header;
  return FIELD_KEYS.filter((k) => keys.has(k) && k !== 'seq').map(header);
}

/** One finding per git conflict block, at its <<<<<<< row, naming the rows and fields in dispute. */
function gitMarks(list: PowerList, report: Report<UnresolvedConflictDetails>): void {
  let block: { start: Item; ours: Item[]; theirs: Item[]; side: 'ours' | 'theirs' } | undefined;
  const close = (end?: Item): void => {
    if (!block) return;
    const rows = [block.start.source.row, (end ?? block.start).source.row];
    const place = at(block.start, undefined);
    delete place.code;
    const code = block.ours[0]?.code ?? block.theirs[0]?.code;
    if (code) place.code = code;
    if (list.department) place.department = list.department;
    report(place, { mark: 'git', headers: differing(block.ours, block.theirs, list), rows });
    block = undefined;
  };
  for (const item of list.items) {
    const marker = markerOf(item);
    if (marker === 'ours') {
      close();
      block = { start: item, ours: [], theirs: [], side: 'ours' };
    } else if (marker === 'split' && block) block.side = 'theirs';
    else if (marker === 'end') {
      if (!block) block = { start: item, ours: [], theirs: [], side: 'theirs' };
      close(item);
    } else if (block) block[block.side].push(item);
  }
  close();
}

/**
 * A YAML file git left conflict markers in does not parse: the reader names the marker lines, and
 * the failure is this rule's finding (the file still counts as unreadable, so the run exits 2).
 */
export function reportGitConflict(failure: ReadFailure, report: Report<UnresolvedConflictDetails>): boolean {
  const rows = failure.error.args.conflictRows;
  if (!Array.isArray(rows) || rows.length === 0) return false;
  const place: FindingPlace = { file: failure.error.where?.file ?? failure.file, row: rows[0] as number };
  report(place, { mark: 'git', headers: [], rows: [rows[0] as number, rows[rows.length - 1] as number] });
  return true;
}

export const unresolvedConflict = defineRule<UnresolvedConflictDetails>()({
  id: 'unresolved-conflict',
  severity: 'error',
  description: 'a row still carries merge-conflict marks (a 冲突 column or git conflict markers); the list is not settled',
  scope: 'file',
  check: (list, _ctx, report) => {
    for (const item of list.items) columnMark(item, list, report);
    gitMarks(list, report);
  },
});
