/** The catalogue, indexed once per run: by item key, by code, by folded name, by department. */
import { CANCELLED } from '../model/enums.js';
import { foldName } from '../model/normalise.js';
import { itemKey, type Item, type PowerList } from '../model/types.js';
import { foldCached } from './rules/util.js';

export interface CatalogueIndex {
  list: PowerList;
  byKey: Map<string, Item>;
  /** Every entry of a code: the main item and its sub-items, in file order. */
  byCode: Map<string, Item[]>;
  /** Entries by the folded form of their name (for suggestions; built on first use). */
  byFoldedName: () => Map<string, Item[]>;
  /** Active entries per folded department name, and the department as the catalogue spells it. */
  byDepartment: Map<string, { department: string; items: Item[] }>;
  /** Unique codes in file order (for nearest-code suggestions). */
  codes: string[];
}

/**
 * How a list item relates to the catalogue: `found` (entry is the catalogue's item), `unknown-code`
 * (no such code), or `unknown-sub` (the code exists, the sub-item does not).
 */
export interface CatalogueMatch {
  status: 'found' | 'unknown-code' | 'unknown-sub';
  entry?: Item;
  /** Catalogue entries the item covers (for gaps): the matched sub-item, or every entry of a code listed without sub-item. */
  covers: readonly Item[];
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Builds the catalogue's lookup maps (first entry wins for a duplicated key). */
export function indexCatalogue(list: PowerList): CatalogueIndex {
  let folded: Map<string, Item[]> | undefined;
  // Folding every name costs time only a run with unknown codes needs.
  const byFoldedName = (): Map<string, Item[]> => {
    if (!folded) {
      folded = new Map();
      for (const item of index.byKey.values()) if (item.name) push(folded, foldName(item.name), item);
    }
    return folded;
  };
  const index: CatalogueIndex = { list, byKey: new Map(), byCode: new Map(), byFoldedName, byDepartment: new Map(), codes: [] };
  for (const item of list.items) {
    if (!item.code) continue;
    const key = itemKey(item);
    if (index.byKey.has(key)) continue;
    index.byKey.set(key, item);
    // One look-up of the code and of the department per entry (their lists are made on the first).
    const entries = index.byCode.get(item.code);
    if (entries) entries.push(item);
    else {
      index.codes.push(item.code);
      index.byCode.set(item.code, [item]);
    }
    if (item.itemStatus !== CANCELLED && item.department) {
      const d = foldCached(item.department);
      const entry = index.byDepartment.get(d);
      if (entry) entry.items.push(item);
      else index.byDepartment.set(d, { department: item.department, items: [item] });
    }
  }
  return index;
}

/** Finds a list item in the catalogue: by code and sub-item, the sub-item compared in folded form. */
export function matchItem(index: CatalogueIndex, item: Item): CatalogueMatch {
  const exact = index.byKey.get(itemKey(item));
  if (exact) return { status: 'found', entry: exact, covers: item.subItem ? [exact] : index.byCode.get(item.code) ?? [exact] };
  const entries = index.byCode.get(item.code);
  if (!entries) return { status: 'unknown-code', covers: [] };
  if (!item.subItem) return { status: 'found', entry: entries[0], covers: entries };
  const folded = foldName(item.subItem);
  const sub = entries.find((e) => e.subItem !== undefined && e.subItem !== '' && foldName(e.subItem) === folded);
  if (sub) return { status: 'found', entry: sub, covers: [sub] };
  // A catalogue without sub-items for this code: the list splits the item finer; it is the main item.
  if (entries.every((e) => !e.subItem)) return { status: 'found', entry: entries[0], covers: entries };
  return { status: 'unknown-sub', covers: [] };
}
