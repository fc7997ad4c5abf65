/** The order of a consolidated list: the catalogue's when one is given, else department then code. */
import { itemKey, type Item, type PowerList } from '../model/types.js';
import { compareText } from '../util/compare.js';

const zh = new Intl.Collator('zh-CN');
const byText = compareText;

/** Department (as a Chinese reader sorts it), then code, then sub-item. */
export function compareByDepartment(a: Item, b: Item): number {
  return zh.compare(a.department ?? '', b.department ?? '') || byText(a.code, b.code) || byText(a.subItem ?? '', b.subItem ?? '');
}

/**
 * A comparator in catalogue order: an item's place is its key's row in the catalogue, else its
 * code's first row (a sub-item the catalogue lists only as a main item); items the catalogue
 * lacks come last, by department then code.
 */
export function catalogueOrder(catalogue: PowerList): (a: Item, b: Item) => number {
  const byKeyIndex = new Map<string, number>();
  const byCodeIndex = new Map<string, number>();
  catalogue.items.forEach((it, i) => {
    if (!byKeyIndex.has(itemKey(it))) byKeyIndex.set(itemKey(it), i);
    if (!byCodeIndex.has(it.code)) byCodeIndex.set(it.code, i);
  });
  const rank = (it: Item): number => byKeyIndex.get(itemKey(it)) ?? byCodeIndex.get(it.code) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => rank(a) - rank(b) || compareByDepartment(a, b);
}

/**
 * Where the items a merge adds go in ours's order: by the key of the item of ours just before each
 * (in `merged`'s order; '' for those before every item of ours), in the order they come.
 */
export function insertionsAfter(merged: readonly Item[], ours: ReadonlyMap<string, unknown>): Map<string, Item[]> {
  const after = new Map<string, Item[]>();
  let prev = '';
  for (const it of merged) {
    const k = itemKey(it);
    if (ours.has(k)) prev = k;
    else {
      const list = after.get(prev);
      if (list) list.push(it);
      else after.set(prev, [it]);
    }
  }
  return after;
}
