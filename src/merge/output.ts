/** Building the merged list: its columns, its sequence numbers and its per-department counts. */
import { COLUMN_BY_KEY, FIELD_KEYS } from '../model/columns.js';
import type { ColumnInfo, FieldKey, Item, PowerList } from '../model/types.js';
import type { DepartmentCount } from './types.js';

const ORDER = new Map<FieldKey, number>(FIELD_KEYS.map((k, i) => [k, i]));

/** The columns of the inputs together (the first header seen for each key), in contract order. */
export function unionColumns(lists: readonly PowerList[], items: readonly Item[]): ColumnInfo[] {
  const seen = new Map<FieldKey, string>();
  for (const l of lists) for (const c of l.columns) if (!seen.has(c.key)) seen.set(c.key, c.header);
  // A field a merged item carries is a column even when no input declared it (a YAML list has no header row).
  for (const it of items) {
    for (const k of FIELD_KEYS) if (it[k] !== undefined && it[k] !== '' && !seen.has(k)) seen.set(k, COLUMN_BY_KEY[k].header);
  }
  return [...seen].sort((a, b) => ORDER.get(a[0])! - ORDER.get(b[0])!).map(([key, header]) => ({ key, header }));
}

/** Extra headers of the inputs together, in order of appearance, then `own` (来源, 冲突) when used. */
export function unionExtras(lists: readonly PowerList[], items: readonly Item[], own: readonly string[]): string[] | undefined {
  const seen = new Set<string>();
  for (const l of lists) for (const h of l.extraColumns ?? []) if (!own.includes(h)) seen.add(h);
  for (const it of items) for (const h of Object.keys(it.extra ?? {})) if (!own.includes(h)) seen.add(h);
  for (const h of own) if (items.some((it) => it.extra?.[h] !== undefined)) seen.add(h);
  return seen.size ? [...seen] : undefined;
}

/** Whether a list is numbered 1, 2, 3 … in its order (so a merged list should be numbered afresh). */
export function isNumbered(list: PowerList): boolean {
  return list.items.length > 0 && list.items.every((it, i) => it.seq === String(i + 1));
}

/** Numbers the items 1, 2, 3 … in their order. */
export function renumber(items: Item[]): void {
  items.forEach((it, i) => (it.seq = String(i + 1)));
}

/** Items per department (departments in order of first appearance), for the summary. */
export function countByDepartment(items: readonly Item[]): DepartmentCount[] {
  const counts = new Map<string, number>();
  for (const it of items) counts.set(it.department ?? '', (counts.get(it.department ?? '') ?? 0) + 1);
  return [...counts].map(([department, n]) => ({ department, items: n }));
}

/** A shallow copy of an item that can be changed without touching the input. */
export function copyItem(item: Item): Item {
  const c: Item = { ...item, source: item.source };
  if (item.extra) c.extra = { ...item.extra };
  if (item.raw) c.raw = { ...item.raw };
  return c;
}
