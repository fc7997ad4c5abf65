/** merge: department lists consolidated into one list; the same key in two lists is a conflict. */
import { itemKey, type Item, type Place, type PowerList } from '../model/types.js';
import { duplicateMarkText, placeText } from './mark.js';
import { catalogueOrder, compareByDepartment } from './order.js';
import { copyItem, countByDepartment, renumber, unionColumns, unionExtras } from './output.js';
import {
  CONFLICT_COLUMN, SOURCE_COLUMN, placeOf, type MergeConflict, type MergeOptions, type MergeResult,
} from './types.js';

/** Every row of every list, copied, with the list's default department and its 来源. */
function rowsOf(lists: readonly PowerList[], sourceColumn: boolean): Item[] {
  const rows: Item[] = [];
  for (const list of lists) {
    for (const it of list.items) {
      const row = copyItem(it);
      // A department's own file may name the department once for the whole file; the consolidated list needs it per row.
      if (!row.department && list.department) row.department = list.department;
      if (sourceColumn) (row.extra ??= {})[SOURCE_COLUMN] = placeText(placeOf(it));
      rows.push(row);
    }
  }
  return rows;
}

function duplicateConflict(first: Item, other: Item): MergeConflict {
  const c: MergeConflict = {
    kind: 'duplicate',
    code: first.code,
    field: 'department',
    ours: first.department ?? '',
    theirs: other.department ?? '',
    places: [placeOf(first), placeOf(other)],
  };
  if (first.subItem) c.subItem = first.subItem;
  return c;
}

/**
 * Consolidates lists (one per department) into one list, ordered by the catalogue when given,
 * else by department then code. A key in more than one row is a conflict naming every place:
 * by default none of those rows is kept; keep-ours keeps the first (in input order),
 * keep-theirs the last, mark the first with the others named in its 冲突 cell.
 */
export function merge(lists: readonly PowerList[], options: MergeOptions = {}): MergeResult {
  const strategy = options.conflicts ?? 'fail';
  const rows = rowsOf(lists, options.sourceColumn ?? true);
  const groups = new Map<string, Item[]>();
  for (const row of rows) {
    const g = groups.get(itemKey(row));
    if (g) g.push(row);
    else groups.set(itemKey(row), [row]);
  }

  const items: Item[] = [];
  const conflicts: MergeConflict[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      items.push(group[0]);
      continue;
    }
    const [first, ...others] = group;
    conflicts.push(...others.map((o) => duplicateConflict(first, o)));
    if (strategy === 'fail') continue;
    const kept = strategy === 'keep-theirs' ? group[group.length - 1] : first;
    if (strategy === 'mark') {
      const named = others.map((o) => ({ place: placeOf(o) as Place, department: o.department }));
      (kept.extra ??= {})[CONFLICT_COLUMN] = duplicateMarkText(named, options.lang);
    }
    items.push(kept);
  }
  items.sort(options.catalogue ? catalogueOrder(options.catalogue) : compareByDepartment);
  // The departments' own numbers mean nothing in the consolidated list: number it afresh.
  if (lists.some((l) => l.columns.some((c) => c.key === 'seq')) || rows.some((r) => r.seq)) renumber(items);

  const departments = new Set(items.map((it) => it.department ?? ''));
  const list: PowerList = {
    kind: lists[0]?.kind ?? 'delegation',
    file: options.output ?? 'merged',
    format: lists[0]?.format ?? 'yaml',
    columns: unionColumns(lists, items),
    items,
    skipped: [],
    findings: [],
  };
  const extras = unionExtras(lists, items, [SOURCE_COLUMN, CONFLICT_COLUMN]);
  if (extras) list.extraColumns = extras;
  if (departments.size === 1 && lists[0]?.department) list.department = lists[0].department;
  return {
    list,
    conflicts,
    deleted: [],
    byDepartment: countByDepartment(items),
    summary: { rows: rows.length, items: items.length, conflicts: conflicts.length, dropped: rows.length - items.length, deleted: 0 },
  };
}
