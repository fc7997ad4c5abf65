/** The fields merge compares, how it reads and sets them, and their comparison form. */
import { COLUMN_BY_KEY, FIELD_KEYS } from '../model/columns.js';
import { foldName, foldText } from '../model/normalise.js';
import type { FieldKey, Item } from '../model/types.js';
import type { MergeField } from './types.js';

// seq is "ignored for identity" (data contract) and is renumbered on output, so two sides that
// inserted rows do not conflict on every number below the insertion; code and subItem are the key.
const SKIP = new Set<FieldKey>(['seq', 'code', 'subItem']);
const MERGED_KEYS: readonly FieldKey[] = FIELD_KEYS.filter((k) => !SKIP.has(k));
const NAME_LIKE = new Set<FieldKey>(['name', 'department']);

/** The fields present on any of the items, contract keys first (in contract order), then extras. */
export function fieldsOf(items: readonly (Item | undefined)[]): MergeField[] {
  const out: MergeField[] = MERGED_KEYS.filter((k) => items.some((it) => it?.[k] !== undefined && it[k] !== ''));
  const extras = new Set<string>();
  // 来源 and 冲突 of an earlier merge are data like any other here (a marked conflict is overwritten).
  for (const it of items) for (const h of Object.keys(it?.extra ?? {})) extras.add(h);
  for (const h of extras) out.push(`extra:${h}`);
  return out;
}

/** A field's text on an item ('' when absent). */
export function getField(item: Item | undefined, field: MergeField): string {
  if (!item) return '';
  if (field.startsWith('extra:')) return item.extra?.[field.slice(6)] ?? '';
  return item[field as FieldKey] ?? '';
}

/** Sets (or, with '', removes) a field's text on an item. */
export function setField(item: Item, field: MergeField, value: string): void {
  if (field.startsWith('extra:')) {
    const h = field.slice(6);
    if (value === '') {
      if (item.extra) delete item.extra[h];
    } else (item.extra ??= {})[h] = value;
    return;
  }
  const key = field as FieldKey;
  if (value === '') delete item[key];
  else (item as unknown as Record<string, string>)[key] = value;
}

/** The comparison form of a field's text: names folded like names, other text by width and spaces. */
export function comparable(field: MergeField, value: string): string {
  if (value === '') return '';
  return NAME_LIKE.has(field as FieldKey) ? foldName(value) : foldText(value);
}

/** Whether two texts of a field differ only in form (width, spaces, traditional characters, name marks). */
export function sameValue(field: MergeField, a: string, b: string): boolean {
  return a === b || comparable(field, a) === comparable(field, b);
}

/** Whether two items hold the same values in every merged field. */
export function sameItem(a: Item, b: Item): boolean {
  return fieldsOf([a, b]).every((f) => sameValue(f, getField(a, f), getField(b, f)));
}

/** The header a field is written under (the canonical header, or the extra header as written). */
export function fieldHeader(field: MergeField): string {
  return field.startsWith('extra:') ? field.slice(6) : COLUMN_BY_KEY[field as FieldKey].header;
}
