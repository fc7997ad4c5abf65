/** Small helpers the rules share. */
import { foldName } from '../../model/normalise.js';
import type { FieldKey, Item, PowerList } from '../../model/types.js';

/** A value that is present and not blank. */
export const filled = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/** Whether a list has header columns at all: the YAML/JSON form has none (each item names its keys). */
export const hasHeader = (list: PowerList): boolean => list.columns.length > 0;

const present = new WeakMap<PowerList, ReadonlySet<FieldKey>>();
/** Whether the list has a column for a key (always, for the YAML form, which has no header). */
export function hasColumn(list: PowerList, key: FieldKey): boolean {
  if (!hasHeader(list)) return true;
  let keys = present.get(list);
  if (!keys) {
    keys = new Set(list.columns.map((c) => c.key));
    present.set(list, keys);
  }
  return keys.has(key);
}

/** The department an item belongs to: its own value, else its file's. */
export const itemDepartment = (item: Item, list?: PowerList): string => item.department || list?.department || '';

const folded = new Map<string, string>();
/** foldName, remembered for values that repeat (departments); bounded so a huge run cannot grow it forever. */
export function foldCached(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = foldName(text);
    if (folded.size > 50_000) folded.clear();
    folded.set(text, f);
  }
  return f;
}

/** The value as the file wrote it (before normalisation), for messages. */
export const asWritten = (item: Item, key: FieldKey): string => item.raw?.[key] ?? item[key] ?? '';

/** A YYYY-MM-DD text that is a real calendar day (2016-06-31 is not). */
export function isIsoDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** A positive batch number as digits. */
export const isBatch = (v: string): boolean => /^[1-9]\d*$/u.test(v);
