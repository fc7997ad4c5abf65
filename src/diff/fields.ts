/** Which fields a diff compares, how their values are read and folded, and their text as compared. */
import { COLUMN_BY_KEY, FIELD_KEYS, defaultHeaderIndex } from '../model/columns.js';
import { ACTIVE, PENDING } from '../model/enums.js';
import { foldName, foldText, normaliseHeader, normaliseValue } from '../model/normalise.js';
import type { FieldKey, Item } from '../model/types.js';
import type { DiffOptions, FieldName, ItemRecord } from './types.js';

/** Identity (code) and list-level (seq, version) fields are not compared unless asked for by --fields. */
const NOT_COMPARED_BY_DEFAULT = new Set<FieldName>(['seq', 'code', 'version']);
/** Long text that gets a word-level difference. */
export const LONG_TEXT = new Set<FieldName>(['legalBasis', 'note', 'reason']);
/** Fields compared as names: marks, width, spaces, punctuation and traditional characters folded. */
const NAME_LIKE = new Set<FieldName>(['name', 'subItem', 'department']);
/** Defaults of the data contract: an empty 事项状态 means 有效, an empty 承接状态 means 待承接. */
const DEFAULTS: Record<string, string> = { itemStatus: ACTIVE, status: PENDING };

/** A field named on the command line: an English key, a Chinese header, or an extra column's header. */
export function resolveFieldName(name: string): FieldName {
  if (name in COLUMN_BY_KEY) return name;
  const keys = defaultHeaderIndex().get(normaliseHeader(name));
  return keys && keys.length > 0 ? keys[0] : name;
}

/** The fields one diff compares. */
export interface FieldSelection {
  strict: boolean;
  /** Contract keys compared, in canonical order. */
  keys: readonly FieldKey[];
  /** Whether an extra column (by header) is compared. */
  extra: (header: string) => boolean;
  includes: (field: FieldName) => boolean;
}

export function fieldSelection(opts: DiffOptions = {}): FieldSelection {
  const only = opts.fields && opts.fields.length > 0 ? new Set(opts.fields.map(resolveFieldName)) : undefined;
  const ignored = new Set((opts.ignore ?? []).map(resolveFieldName));
  ignored.add('code');
  const includes = (f: FieldName): boolean =>
    !ignored.has(f) && (only ? only.has(f) : !NOT_COMPARED_BY_DEFAULT.has(f));
  return {
    strict: opts.strict === true,
    keys: FIELD_KEYS.filter(includes),
    extra: (h) => !(h in COLUMN_BY_KEY) && includes(h),
    includes,
  };
}

/** A field's text in an item ('' when empty). */
export function fieldValue(item: Item, field: FieldName): string {
  if (field in COLUMN_BY_KEY) return item[field as FieldKey] ?? '';
  return item.extra?.[field] ?? '';
}

/** The compared fields of two items: contract keys, then the extra headers either has, sorted. */
export function comparedFields(a: Item, b: Item, sel: FieldSelection): FieldName[] {
  const extras = new Set<string>();
  for (const it of [a, b]) for (const h of Object.keys(it.extra ?? {})) if (sel.extra(h)) extras.add(h);
  return [...sel.keys, ...[...extras].sort()];
}

/** A value as compared: as written when strict, else folded (names by foldName, other text by foldText). */
export function foldValue(field: FieldName, value: string, strict: boolean): string {
  if (strict) return value;
  const v = value === '' ? (DEFAULTS[field] ?? '') : value;
  return NAME_LIKE.has(field) ? foldName(v) : foldText(v);
}

/** The identity of an item in a diff: its code, plus its sub-item with width and spaces folded. */
export function diffKey(code: string, subItem: string | undefined): string {
  return subItem ? `${code}\u0000${normaliseValue(subItem)}` : code;
}

export const keyOf = (item: Pick<Item, 'code' | 'subItem'>): string => diffKey(item.code, item.subItem);

/**
 * The compared fields as written, as one JSON array: the contract keys in `sel.keys` order (''
 * when empty), then the compared extra columns as header, value pairs, sorted by header. Equal texts
 * mean equal items; unequal ones are compared field by field (and may still turn out equal in form
 * only). JSON, so no value can be mistaken for a separator.
 */
export function comparedText(item: Item, sel: FieldSelection): string {
  const keys = sel.keys;
  const values: string[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) values[i] = item[keys[i]] ?? '';
  if (item.extra) {
    for (const h of Object.keys(item.extra).sort()) {
      const v = item.extra[h];
      if (v !== '' && sel.extra(h)) values.push(h, v);
    }
  }
  return JSON.stringify(values);
}

/** The item's fields for the JSON (empties and seq left out). */
export function itemRecord(item: Item): ItemRecord {
  const rec: ItemRecord = {};
  for (const k of FIELD_KEYS) {
    const v = item[k];
    if (k !== 'seq' && v !== undefined && v !== '') rec[k] = v;
  }
  if (item.extra) {
    const extra: Record<string, string> = {};
    for (const [h, v] of Object.entries(item.extra)) if (v !== '') extra[h] = v;
    if (Object.keys(extra).length > 0) rec.extra = extra;
  }
  return rec;
}
