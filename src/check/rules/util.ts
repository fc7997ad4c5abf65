/** Small helpers the rules share. */
import { digitsAt, foldName, isYmdShaped } from '../../model/normalise.js';
import type { FieldKey, Item, PowerList } from '../../model/types.js';

/**
 * A value that is present and not blank. Its first character decides most values without trim():
 * printable ASCII other than the space, or a character above U+3000 other than the BOM, is no white
 * space to trim() (tests/check/rules/util.test.ts holds it to trim() on random text).
 */
export const filled = (v: string | undefined): v is string => {
  if (v === undefined || v === '') return false;
  const c = v.charCodeAt(0);
  if ((c > 32 && c < 127) || (c > 0x3000 && c !== 0xfeff)) return true;
  return v.trim() !== '';
};

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
  // A character scan (every dated row passes here), not an expression and a Date per value.
  if (!isYmdShaped(v)) return false;
  const y = digitsAt(v, 0, 4);
  const m = digitsAt(v, 5, 7);
  const d = digitsAt(v, 8, 10);
  // (Years before 100 were never valid here: Date.UTC reads 0–99 as 1900–1999.)
  if (y < 100 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** A positive batch number as digits. */
export const isBatch = (v: string): boolean => /^[1-9]\d*$/u.test(v);
