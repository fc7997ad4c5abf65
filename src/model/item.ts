/** Raw values → a typed item: text cleaned, enums in canonical spelling, dates and batches parsed. */
import { COLUMN_BY_KEY } from './columns.js';
import { VALUE_ALIASES } from './enums.js';
import { canonicalEnum, cleanText, digitsAt, isYmdShaped, parseBatch, parseDate } from './normalise.js';
import type { FieldKey, Item, Source } from './types.js';

/** The fields of plain text (string, text): kept as they are, without the work of the typed fields. */
const TEXT_KEYS: ReadonlySet<string> = new Set(Object.values(COLUMN_BY_KEY).filter((c) => c.type === 'string' || c.type === 'text').map((c) => c.key));

export type RawValue = string | number | boolean | Date | null | undefined;

/** Text of a raw value as written; numbers without exponent or float noise. */
export function rawText(v: RawValue, cleaned = false): string {
  if (v === null || v === undefined) return '';
  if (cleaned && typeof v === 'string') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return Math.abs(v) < 1e21 ? BigInt(v).toString() : String(v);
    return String(Number(v.toPrecision(15)));
  }
  return cleanText(String(v));
}

/** The canonical text of one field's value, or undefined when empty. */
export function normaliseField(key: FieldKey, v: RawValue, date1904 = false, cleaned = false): { value: string; raw?: string } | undefined {
  const text = rawText(v, cleaned);
  if (text === '') return undefined;
  const def = COLUMN_BY_KEY[key];
  switch (def.type) {
    case 'enum': {
      const c = canonicalEnum(text, def.values ?? [], VALUE_ALIASES[key]);
      return c === undefined || c === text ? { value: c ?? text } : { value: c, raw: text };
    }
    case 'date': {
      const d = typeof v === 'number' || v instanceof Date ? parseDate(v, date1904) : parseDate(text, date1904);
      return d === undefined || d === text ? { value: text } : { value: d, raw: text };
    }
    case 'batch': {
      const b = parseBatch(typeof v === 'number' ? v : text);
      const s = b === undefined ? text : String(b);
      return s === text ? { value: text } : { value: s, raw: text };
    }
    default:
      return { value: text };
  }
}

/** Builds an item from values by key; extra columns are kept by header. */
export function buildItem(
  values: ReadonlyMap<FieldKey, RawValue>,
  source: Source,
  extra?: Record<string, string>,
  date1904 = false,
  /** Text values are already cleaned (cleanText) by the caller. */
  cleaned = false,
): Item {
  return buildItemOf([...values.keys()], [...values.values()], values.size, source, extra, date1904, cleaned);
}

/**
 * buildItem of values given as two arrays, keys[i] → values[i] for i < count (each key once), in the
 * order the item takes them: a table row's reader fills the arrays without a Map per row.
 */
export function buildItemOf(
  keys: readonly FieldKey[],
  values: readonly RawValue[],
  count: number,
  source: Source,
  extra?: Record<string, string>,
  date1904 = false,
  cleaned = false,
): Item {
  const item: Item = { code: '', source };
  for (let i = 0; i < count; i++) setField(item, keys[i], values[i], date1904, cleaned);
  if (extra && Object.keys(extra).length > 0) item.extra = extra;
  return item;
}

/**
 * A cleaned, non-empty text that is already its field's canonical value, as normaliseField would
 * give it back, without a raw spelling: one of the enum's values (the enum's own string, as
 * canonicalEnum gives it, so that the one read can be collected), a date written YYYY-MM-DD
 * (parseDate gives it back, or cannot read it and keeps it), a batch of up to 15 digits without a
 * leading zero, any text of a plain text or integer field. Undefined for any other text.
 * (tests/model/item.test.ts checks it against normaliseField on random values.)
 */
export function canonicalAsIs(key: FieldKey, v: string): string | undefined {
  const def = COLUMN_BY_KEY[key];
  switch (def.type) {
    case 'enum': {
      const at = def.values === undefined ? -1 : def.values.indexOf(v);
      return at >= 0 ? def.values![at] : undefined;
    }
    case 'date':
      return isYmdShaped(v) ? v : undefined;
    case 'batch':
      return v.length > 0 && v.length <= 15 && v.charCodeAt(0) !== 48 && digitsAt(v, 0, v.length) >= 0 ? v : undefined;
    default:
      return v;
  }
}

function setField(item: Item, key: FieldKey, v: RawValue, date1904: boolean, cleaned: boolean): void {
  // Plain text (most fields) and values already in canonical form are kept as they are, without
  // the work (and the objects) of normaliseField.
  if (cleaned && typeof v === 'string') {
    if (v === '') return;
    const as = TEXT_KEYS.has(key) ? v : canonicalAsIs(key, v);
    if (as !== undefined) {
      item[key] = as;
      return;
    }
  }
  const n = normaliseField(key, v, date1904, cleaned);
  if (!n) return;
  item[key] = n.value;
  if (n.raw !== undefined) (item.raw ??= {})[key] = n.raw;
}
