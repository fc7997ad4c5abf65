/**
 * The canonical form every writer shares: which columns, in which order, and each item's values
 * with empties left out (cli-contract.md, "export to .json / .yaml").
 */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS, columnsFor, type ColumnDef } from '../model/columns.js';
import type { FieldKey, Item, PowerList } from '../model/types.js';

/** The columns of one output: contract columns in canonical order, then extra headers. */
export interface OutputColumns {
  fields: ColumnDef[];
  extra: string[];
}

/**
 * Contract columns of the list's kind that are required, were in the file, or hold a value in
 * some item, in canonical order; then the extra headers (given, else as read, else as found).
 */
export function outputColumns(list: PowerList, extraColumns?: readonly string[]): OutputColumns {
  const used = new Set<FieldKey>([...REQUIRED_COLUMNS[list.kind], ...list.columns.map((c) => c.key)]);
  const extra = new Set<string>(extraColumns ?? list.extraColumns ?? []);
  const all = columnsFor(list.kind);
  // Only the kind's columns are looked at, and only those not yet seen: this pass is over every item.
  let unseen = all.map((c) => c.key).filter((k) => !used.has(k));
  for (const item of list.items) {
    if (unseen.length > 0 && unseen.some((k) => item[k])) {
      for (const k of unseen) if (item[k]) used.add(k);
      unseen = unseen.filter((k) => !used.has(k));
    }
    if (!extraColumns && item.extra) for (const h in item.extra) extra.add(h);
  }
  const fields = all.filter((c) => used.has(c.key));
  return { fields, extra: [...extra] };
}

/** Integer-typed fields (seq, batch) written as numbers when the text is a plain integer. */
export function asNumber(key: FieldKey, text: string): number | undefined {
  const type = COLUMN_BY_KEY[key].type;
  if (type !== 'integer' && type !== 'batch') return undefined;
  if (!/^(0|[1-9]\d{0,14})$/u.test(text)) return undefined;
  return Number(text);
}

/** One item as ordered [key or header, text] pairs, empty values left out. */
export function itemEntries(item: Item, cols: OutputColumns): [string, string][] {
  const out: [string, string][] = [];
  for (const c of cols.fields) {
    const v = item[c.key];
    if (v !== undefined && v !== '') out.push([c.key, v]);
  }
  for (const h of cols.extra) {
    const v = item.extra?.[h];
    if (v !== undefined && v !== '' && !(h in COLUMN_BY_KEY)) out.push([h, v]);
  }
  return out;
}

/** One item as the canonical plain object (integers as numbers), for YAML and JSON. */
export function itemObject(item: Item, cols: OutputColumns): Record<string, string | number> {
  const obj: Record<string, string | number> = Object.create(null);
  for (const [k, v] of itemEntries(item, cols)) {
    const n = k in COLUMN_BY_KEY ? asNumber(k as FieldKey, v) : undefined;
    obj[k] = n ?? v;
  }
  return obj;
}

/** The top-level keys of the YAML/JSON form, before `items`. */
export function headObject(list: PowerList, title?: string): Record<string, string> {
  const head: Record<string, string> = { kind: list.kind };
  const t = title ?? list.title;
  if (t) head.title = t;
  if (list.department) head.department = list.department;
  if (list.version) head.version = list.version;
  return head;
}

/** Yields a list's items in groups, so writers emit bounded chunks. */
export function* groups<T>(items: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
