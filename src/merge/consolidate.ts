/** merge: department lists consolidated into one list; the same key in two differing rows is a conflict. */
import { groupBy } from '../model/group.js';
import { itemKey, type Item, type PowerList } from '../model/types.js';
import { fieldHeader, fieldsOf, getField, sameItem, sameValue } from './fields.js';
import { duplicateMarkText, placeText } from './mark.js';
import { catalogueOrder, compareByDepartment } from './order.js';
import { copyItem, countByDepartment, renumber, unionColumns, unionExtras } from './output.js';
import {
  CONFLICT_COLUMN, SOURCE_COLUMN, placeOf, type MergeConflict, type MergeOptions, type MergeResult, type MergedCopies,
} from './types.js';

/** Every row of every list, copied, with the list's default department. */
function rowsOf(lists: readonly PowerList[]): Item[] {
  const rows: Item[] = [];
  for (const list of lists) {
    for (const it of list.items) {
      const row = copyItem(it);
      // A department's own file may name the department once for the whole file; the consolidated list needs it per row.
      if (!row.department && list.department) row.department = list.department;
      rows.push(row);
    }
  }
  return rows;
}

/**
 * The conflict of a row that differs from the first row of its key: one per row, not per field
 * (what matters is that two lists hold the key); it names the department when that differs,
 * else the first field that does.
 */
function duplicateConflict(first: Item, other: Item): MergeConflict {
  const differs = fieldsOf([first, other]).filter((f) => !sameValue(f, getField(first, f), getField(other, f)));
  const field = differs.includes('department') ? 'department' : differs[0];
  const c: MergeConflict = {
    kind: 'duplicate',
    code: first.code,
    field,
    ours: getField(first, field),
    theirs: getField(other, field),
    places: [placeOf(first), placeOf(other)],
  };
  if (first.subItem) c.subItem = first.subItem;
  return c;
}

interface GroupOutcome {
  kept?: Item;
  conflicts: MergeConflict[];
  copies?: MergedCopies;
}

/**
 * Rows of one key. Copies of the first row (the same values in every field, compared in
 * normalised form) merge into it and are named; a row that differs is a conflict with the first.
 */
function settleGroup(group: Item[], options: MergeOptions): GroupOutcome {
  const [first, ...others] = group;
  const differing = others.filter((o) => !sameItem(first, o));
  const conflicts = differing.map((o) => duplicateConflict(first, o));
  const copyRows = others.filter((o) => !differing.includes(o));
  const copies: MergedCopies | undefined = copyRows.length ? { code: first.code, places: [first, ...copyRows].map(placeOf) } : undefined;
  if (copies && first.subItem) copies.subItem = first.subItem;
  const strategy = options.conflicts ?? 'fail';
  if (conflicts.length === 0) return { kept: first, conflicts, copies };
  if (strategy === 'fail') return { conflicts, copies };
  const kept = strategy === 'keep-theirs' ? group[group.length - 1] : first;
  if (strategy === 'mark') {
    const marks = differing.map((o, i) => ({ place: placeOf(o), department: o.department, header: conflicts[i].field ? fieldHeader(conflicts[i].field) : undefined }));
    (kept.extra ??= {})[CONFLICT_COLUMN] = duplicateMarkText(marks, options.lang);
  }
  return { kept, conflicts, copies };
}

/**
 * Consolidates lists (one per department) into one list, ordered by the catalogue when given,
 * else by department then code; each item's 来源 names the rows it came from. Rows with one key
 * and the same values merge into one item (named in `copies`); rows with one key that differ
 * are a conflict naming both places: by default (fail) none of them is kept in the list, though
 * the summary still counts the key as one item; keep-ours keeps the
 * first (in input order), keep-theirs the last, mark the first with the others in its 冲突 cell.
 */
export function merge(lists: readonly PowerList[], options: MergeOptions = {}): MergeResult {
  const rows = rowsOf(lists);
  const groups = groupBy(rows, itemKey);
  const items: Item[] = [];
  const conflicts: MergeConflict[] = [];
  const copies: MergedCopies[] = [];
  for (const group of groups.values()) {
    const r = settleGroup(group, options);
    conflicts.push(...r.conflicts);
    if (r.copies) copies.push(r.copies);
    if (!r.kept) continue;
    if (options.sourceColumn ?? true) {
      const places = r.kept === group[0] && r.copies ? r.copies.places : [placeOf(r.kept)];
      (r.kept.extra ??= {})[SOURCE_COLUMN] = places.map(placeText).join('; ');
    }
    items.push(r.kept);
  }
  items.sort(options.catalogue ? catalogueOrder(options.catalogue) : compareByDepartment);
  // The departments' own numbers mean nothing in the consolidated list: number it afresh.
  if (lists.some((l) => l.columns.some((c) => c.key === 'seq')) || rows.some((r) => r.seq)) renumber(items);
  const copyCount = copies.reduce((n, c) => n + c.places.length - 1, 0);
  return {
    list: consolidatedList(lists, items, options.output),
    conflicts,
    deleted: [],
    copies,
    byDepartment: countByDepartment(items),
    // Distinct items: a conflicting key is one item (kept, or left out under fail), so rows = items + dropped counts each pair once.
    summary: { rows: rows.length, items: groups.size, conflicts: conflicts.length, dropped: rows.length - groups.size, deleted: 0, copies: copyCount },
  };
}

function consolidatedList(lists: readonly PowerList[], items: Item[], output?: string): PowerList {
  const list: PowerList = {
    kind: lists[0]?.kind ?? 'delegation',
    file: output ?? 'merged',
    format: lists[0]?.format ?? 'yaml',
    columns: unionColumns(lists, items),
    items,
    skipped: [],
    notes: [],
  };
  const extras = unionExtras(lists, items, [SOURCE_COLUMN, CONFLICT_COLUMN]);
  if (extras) list.extraColumns = extras;
  const departments = new Set(items.map((it) => it.department ?? ''));
  if (departments.size === 1 && lists[0]?.department) list.department = lists[0].department;
  return list;
}
