/**
 * The merged CSV list as an edit of ours's text: rows keep their order, untouched rows (and title,
 * header and footnote rows) keep their bytes, changed rows have only their changed cells rewritten,
 * rows added on one side are inserted where that side had them. Undefined when ours is not plain
 * UTF-8 text whose rows this can map to items (then the list is written afresh).
 */
import { insertionsAfter } from './order.js';
import { parse } from 'csv-parse/sync';
import { itemKey, type FieldKey, type Item, type PowerList } from '../model/types.js';
import { fieldsOf, getField } from './fields.js';
import type { MergeField } from './types.js';

interface RawRecord {
  record: string[];
  raw: string;
}

const DELIMITERS = [',', ';', '\t', '|'] as const;

function delimiterOf(firstLine: string): string {
  let best: string = ',';
  let most = -1;
  for (const d of DELIMITERS) {
    const n = firstLine.split(d).length - 1;
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

function cellText(value: string, delimiter: string): string {
  return /["\r\n]/u.test(value) || value.includes(delimiter) || value !== value.trim() ? `"${value.replace(/"/gu, '""')}"` : value;
}

const ending = (raw: string): string => /\r\n$/u.exec(raw)?.[0] ?? /[\r\n]$/u.exec(raw)?.[0] ?? '';

/** The merged list as ours's CSV text edited, or undefined when ours is not in a form this edits. */
export function editedCsv(oursText: string, ours: PowerList, merged: PowerList): string | undefined {
  if (oursText.includes('\uFFFD') || ours.items.length === 0) return undefined;
  const bom = oursText.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = oursText.slice(bom.length);
  const delimiter = delimiterOf(text.slice(0, text.search(/[\r\n]|$/u)));
  let records: RawRecord[];
  const recordDelimiter = text.includes('\r\n') ? '\r\n' : text.includes('\n') ? '\n' : '\r';
  try {
    records = parse(text, { raw: true, relax_column_count: true, relax_quotes: true, delimiter, record_delimiter: recordDelimiter }) as unknown as RawRecord[];
  } catch {
    return undefined;
  }
  // csv-parse's raw text keeps only the first character of a two-character record delimiter: take
  // each record's text from the file itself, its delimiter included.
  let pos = 0;
  for (const r of records) {
    const body = r.raw.replace(/[\r\n]+$/u, '');
    if (!text.startsWith(body, pos)) return undefined;
    const start = pos;
    pos += body.length;
    if (text.startsWith(recordDelimiter, pos)) pos += recordDelimiter.length;
    r.raw = text.slice(start, pos);
  }
  if (pos !== text.length) return undefined;
  // Each item's record (rows are 1-based records), checked by its code.
  const recordOf = new Map<string, number>();
  for (const it of ours.items) {
    const i = it.source.row - 1;
    if (!records[i]?.record.includes(it.code)) return undefined;
    recordOf.set(itemKey(it), i);
  }
  if (recordOf.size !== ours.items.length) return undefined;
  const first = Math.min(...recordOf.values());
  const headers = ours.items[0].source.headers;
  const header = records.slice(0, first).reverse().find((r) => headers.code !== undefined && r.record.includes(headers.code));
  if (!header) return undefined;
  const columnOf = (f: MergeField): number => header.record.indexOf(f.startsWith('extra:') ? f.slice(6) : headers[f as FieldKey] ?? '\u0000');
  const eol = ending(records[first].raw) || '\n';
  const ourItems = new Map(ours.items.map((it) => [itemKey(it), it]));

  const rowOf = (cells: readonly string[], end: string): string => cells.map((c) => cellText(c, delimiter)).join(delimiter) + end;
  const edited = (rec: RawRecord, before: Item, now: Item): string | undefined => {
    const fields = [...fieldsOf([before, now]), 'seq' as const];
    const changed = fields.filter((f) => getField(before, f) !== getField(now, f));
    if (changed.length === 0) return rec.raw;
    const cells = [...rec.record];
    for (const f of changed) {
      const i = columnOf(f);
      if (i < 0) return undefined;
      while (cells.length <= i) cells.push('');
      cells[i] = getField(now, f);
    }
    return rowOf(cells, ending(rec.raw) || eol);
  };
  const added = (it: Item): string | undefined => {
    const cells = header.record.map(() => '');
    for (const f of [...fieldsOf([it]), 'seq' as const, 'code' as const, 'subItem' as const]) {
      const v = getField(it, f);
      if (v === '') continue;
      const i = columnOf(f);
      if (i < 0) return undefined;
      cells[i] = v;
    }
    return rowOf(cells, eol);
  };

  // New items go after the item of ours that comes before them in the merged order.
  const after = insertionsAfter(merged.items, ourItems);
  const mergedBy = new Map(merged.items.map((it) => [itemKey(it), it]));
  const itemAt = new Map([...recordOf].map(([k, i]) => [i, k]));
  const out: string[] = [bom];
  const push = (s: string | undefined): boolean => (s === undefined ? false : (out.push(s), true));
  for (const [i, rec] of records.entries()) {
    if (i === first) for (const it of after.get('') ?? []) if (!push(added(it))) return undefined;
    const k = itemAt.get(i);
    if (k === undefined) {
      out.push(rec.raw);
      continue;
    }
    const now = mergedBy.get(k);
    if (now && !push(edited(rec, ourItems.get(k)!, now))) return undefined;
    for (const it of after.get(k) ?? []) if (!push(added(it))) return undefined;
  }
  // The merged order must be ours's order with the new items in place (else write it afresh).
  const order = merged.items.map(itemKey);
  const written = [...records.keys()].flatMap((i) => {
    const k = itemAt.get(i);
    return [...(i === first ? (after.get('') ?? []).map(itemKey) : []), ...(k !== undefined && mergedBy.has(k) ? [k] : []), ...(k !== undefined ? (after.get(k) ?? []).map(itemKey) : [])];
  });
  if (written.join('\u0002') !== order.join('\u0002')) return undefined;
  return out.join('');
}
