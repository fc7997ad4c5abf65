/** merge3: two edited copies of one list merged against their common base, keyed by code and sub-item. */
import type { Item, Place, PowerList } from '../model/types.js';
import { mergeValue } from './field-merge.js';
import { fieldsOf, getField, sameItem, sameValue, setField } from './fields.js';
import { byKey, interleave, sameKeys } from './keyed.js';
import { markText } from './mark.js';
import { copyItem, countByDepartment, isNumbered, renumber, unionColumns, unionExtras } from './output.js';
import {
  CONFLICT_COLUMN, placeOf, type ConflictStrategy, type Merge3Options, type MergeConflict, type MergeResult,
} from './types.js';

interface KeyOutcome {
  item?: Item;
  conflicts: MergeConflict[];
}

function places(...items: (Item | undefined)[]): Place[] {
  return items.filter((it): it is Item => it !== undefined).map(placeOf);
}

function conflictOf(kind: MergeConflict['kind'], key: Item, field: MergeConflict['field'], b?: Item, o?: Item, t?: Item): MergeConflict {
  const c: MergeConflict = { kind, code: key.code, field, places: places(b, o, t) };
  if (key.subItem) c.subItem = key.subItem;
  if (b) c.base = getField(b, field);
  if (o) c.ours = getField(o, field);
  if (t) c.theirs = getField(t, field);
  return c;
}

/** The smaller of two sequence numbers (a fixed choice, the same whichever side is ours). */
function smallerSeq(a: string, b: string): string {
  const [x, y] = [Number(a), Number(b)];
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x < y ? a : b;
  return a < b ? a : b;
}

/** Both sides have the item: field by field; a conflicting field takes the side the strategy names. */
function mergeBoth(b: Item | undefined, o: Item, t: Item, strategy: ConflictStrategy): KeyOutcome {
  const item = copyItem(o);
  const conflicts: MergeConflict[] = [];
  const takeTheirs = strategy === 'keep-theirs';
  for (const f of fieldsOf([b, o, t])) {
    const [bv, ov, tv] = [getField(b, f), getField(o, f), getField(t, f)];
    const r = mergeValue(f, bv, ov, tv);
    if ('value' in r) {
      setField(item, f, r.value);
      if (!f.startsWith('extra:') && item.raw) {
        const k = f as keyof typeof item.raw;
        const raw = r.value === ov ? o.raw?.[k] : t.raw?.[k];
        if (raw === undefined) delete item.raw[k];
        else item.raw[k] = raw;
      }
      continue;
    }
    conflicts.push(conflictOf(b ? 'changed' : 'added', o, f, b, o, t));
    setField(item, f, takeTheirs ? tv : ov);
  }
  // Numbers are not data (seq is ignored for identity): two renumberings never conflict.
  const seq = mergeValue('seq', b?.seq ?? '', o.seq ?? '', t.seq ?? '');
  setField(item, 'seq', 'value' in seq ? seq.value : smallerSeq(o.seq ?? '', t.seq ?? ''));
  return { item, conflicts };
}

/** One side deleted the item: clean when the other left it unchanged, else a conflict per changed field. */
function mergeDeleted(b: Item, kept: Item, keptSide: 'ours' | 'theirs', strategy: ConflictStrategy): KeyOutcome {
  if (sameItem(b, kept)) return { conflicts: [] };
  const deletedBy = keptSide === 'ours' ? 'theirs' : 'ours';
  const conflicts = fieldsOf([b, kept])
    .filter((f) => !sameValue(f, getField(b, f), getField(kept, f)))
    .map((f) => {
      const c = keptSide === 'ours' ? conflictOf('deleted', b, f, b, kept, undefined) : conflictOf('deleted', b, f, b, undefined, kept);
      c.deletedBy = deletedBy;
      return c;
    });
  // Only keep-<the side that deleted> settles it as a deletion; mark keeps the changed item to show.
  return { item: strategy === `keep-${deletedBy}` ? undefined : copyItem(kept), conflicts };
}

function mergeKey(b: Item | undefined, o: Item | undefined, t: Item | undefined, strategy: ConflictStrategy): KeyOutcome {
  if (o && t) return mergeBoth(b, o, t, strategy);
  if (o) return b ? mergeDeleted(b, o, 'ours', strategy) : { item: copyItem(o), conflicts: [] };
  if (t) return b ? mergeDeleted(b, t, 'theirs', strategy) : { item: copyItem(t), conflicts: [] };
  return { conflicts: [] };
}

/** The keys in output order: ours's, unless ours kept the base's and theirs changed it (then merge3(B, B, X) is X). */
function keyOrder(B: Map<string, Item>, O: Map<string, Item>, T: Map<string, Item>): string[] {
  const oursFirst = !sameKeys(O, B) || sameKeys(T, B);
  const [primary, secondary] = oursFirst ? [O, T] : [T, O];
  const keys = interleave([...primary.keys()], [...secondary.keys()]);
  for (const k of B.keys()) if (!O.has(k) && !T.has(k)) keys.push(k);
  return keys;
}

/** The merged list: ours's title and kind, the columns of all three, the merged items. */
function mergedList(base: PowerList, ours: PowerList, theirs: PowerList, items: Item[], output?: string): PowerList {
  const lists = [ours, theirs, base];
  const list: PowerList = {
    ...ours,
    file: output ?? ours.file,
    columns: unionColumns(lists, items),
    extraColumns: unionExtras(lists, items, [CONFLICT_COLUMN]),
    items,
    skipped: [],
    notes: [],
  };
  if (!list.extraColumns) delete list.extraColumns;
  return list;
}

/**
 * Merges two edited copies of a list against their base: a change on one side only is taken,
 * changes to different fields are both kept, the same field changed to different values (or an
 * item deleted on one side and changed on the other) is a conflict. Values are compared in
 * normalised form, so a difference of form only is never a conflict.
 */
export function merge3(base: PowerList, ours: PowerList, theirs: PowerList, options: Merge3Options = {}): MergeResult {
  const strategy = options.conflicts ?? 'fail';
  const [B, O, T] = [byKey(base.items), byKey(ours.items), byKey(theirs.items)];
  const keys = keyOrder(B, O, T);
  const items: Item[] = [];
  const conflicts: MergeConflict[] = [];
  const deleted: MergeResult['deleted'] = [];
  let dropped = 0;
  for (const k of keys) {
    const [b, o, t] = [B.get(k), O.get(k), T.get(k)];
    const r = mergeKey(b, o, t, strategy);
    conflicts.push(...r.conflicts);
    if (r.conflicts.length && strategy === 'fail') dropped++;
    else if (r.item) {
      if (r.conflicts.length && strategy === 'mark') (r.item.extra ??= {})[CONFLICT_COLUMN] = markText(r.conflicts, options.lang);
      items.push(r.item);
    } else {
      const gone = (b ?? o ?? t)!;
      deleted.push(gone.subItem ? { code: gone.code, subItem: gone.subItem } : { code: gone.code });
    }
  }
  if (isNumbered(ours) && isNumbered(theirs)) renumber(items);
  return {
    list: mergedList(base, ours, theirs, items, options.output),
    conflicts,
    deleted,
    copies: [],
    byDepartment: countByDepartment(items),
    summary: { rows: keys.length, items: items.length, conflicts: conflicts.length, dropped, deleted: deleted.length, copies: 0 },
  };
}
