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
import { hit } from '../details.js';
import type { Finding } from '../finding.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { FileRule } from '../rule.js';

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

function columnMark(item: Item, list: PowerList): Finding[] {
  const text = item.extra?.[CONFLICT_COLUMN]?.trim();
  if (!text) return [];
  const f = hit('unresolved-conflict', item, undefined, { mark: 'column', headers: headersIn(text, list), text });
  f.column = CONFLICT_COLUMN;
  return f.department || !list.department ? [f] : [{ ...f, department: list.department }];
}

/** The marker a row holds, when one of its cells is a git conflict marker line. */
function markerOf(item: Item): Marker | undefined {
  for (const k of FIELD_KEYS) {
    const m = GIT_MARKER.exec(item.raw?.[k] ?? item[k] ?? '');
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
function gitMarks(list: PowerList): Finding[] {
  const out: Finding[] = [];
  let block: { start: Item; ours: Item[]; theirs: Item[]; side: 'ours' | 'theirs' } | undefined;
  const close = (end?: Item): void => {
    if (!block) return;
    const rows = [block.start.source.row, (end ?? block.start).source.row];
    const f = hit('unresolved-conflict', block.start, undefined, { mark: 'git', headers: differing(block.ours, block.theirs, list), rows });
    delete f.code;
    const code = block.ours[0]?.code ?? block.theirs[0]?.code;
    if (code) f.code = code;
    if (list.department) f.department = list.department;
    out.push(f);
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
  return out;
}

/**
 * A YAML file git left conflict markers in does not parse: the reader names the marker lines, and
 * the failure is this rule's finding (the file still counts as unreadable, so the run exits 2).
 */
export function gitConflictOf(failure: ReadFailure): Finding | undefined {
  const rows = failure.error.args.conflictRows;
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  const f: Finding = {
    rule: 'unresolved-conflict', severity: DEFAULT_SEVERITY['unresolved-conflict'], file: failure.error.where?.file ?? failure.file,
    row: rows[0] as number, details: { mark: 'git', headers: [], rows: [rows[0], rows[rows.length - 1]] },
  };
  return f;
}

export const unresolvedConflict: FileRule = {
  id: 'unresolved-conflict',
  severity: DEFAULT_SEVERITY['unresolved-conflict'],
  scope: 'file',
  check: (list) => [...list.items.flatMap((it) => columnMark(it, list)), ...gitMarks(list)],
};
