/**
 * duplicate-code: the same code and sub-item twice in one list (any kind, the catalogue too), or in
 * two department delegation lists. The later occurrence is the finding; its details name the first.
 */
import { itemKey, type Item, type PowerList } from '../../model/types.js';
import { at, placeOf, type OtherPlace } from '../place.js';
import { defineRule } from '../rule.js';
import { itemDepartment } from './util.js';

export interface DuplicateCodeDetails { subItem?: string; across: boolean; other: OtherPlace }

export const duplicateCode = defineRule<DuplicateCodeDetails>()({
  id: 'duplicate-code',
  severity: 'error',
  description: 'the same code (and sub-item) twice in one list or in two departments\' lists',
  scope: 'catalogue',
  check: ({ lists, catalogue }, report) => {
    const across = new Map<string, { item: Item; list: PowerList }>();
    const all = catalogue ? [catalogue.list, ...lists] : lists;
    // Delegation lists still to come after each list: the keys of the last one (of a review of one
    // list, its only one) are looked up by no later list, and are not kept for that.
    let later = all.filter((l) => l.kind === 'delegation').length;
    for (const list of all) {
      if (list.kind === 'delegation') later--;
      const keep = later > 0;
      // The catalogue's first entry of each key is already indexed (first wins there too): its
      // duplicates are the entries that are not that first one, without a second map of the keys.
      const indexed = catalogue && list === catalogue.list && list.kind !== 'delegation' ? catalogue.byKey : undefined;
      const within = new Map<string, Item>();
      for (const item of list.items) {
        if (!item.code) continue;
        const key = itemKey(item);
        if (indexed) {
          const first = indexed.get(key);
          if (first !== undefined && first !== item) {
            report(at(item, 'code'), { ...(item.subItem ? { subItem: item.subItem } : {}), across: false, other: placeOf(first) });
          }
          continue;
        }
        const first = within.get(key);
        if (first) {
          report(at(item, 'code'), { ...(item.subItem ? { subItem: item.subItem } : {}), across: false, other: placeOf(first) });
          continue;
        }
        within.set(key, item);
        if (list.kind !== 'delegation') continue;
        const other = across.get(key);
        if (other && other.list !== list) {
          report(at(item, 'code'), {
            ...(item.subItem ? { subItem: item.subItem } : {}), across: true,
            other: placeOf(other.item, itemDepartment(other.item, other.list)),
          });
        } else if (!other && keep) across.set(key, { item, list });
      }
    }
  },
});
