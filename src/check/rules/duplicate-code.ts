/**
 * duplicate-code: the same code and sub-item twice in one list (any kind, the catalogue too), or in
 * two department delegation lists. The later occurrence is the finding; its details name the first.
 */
import { itemKey, type Item, type PowerList } from '../../model/types.js';
import { hit, placeOf } from '../details.js';
import type { Finding } from '../finding.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ReviewRule } from '../rule.js';
import { departmentOf } from './util.js';

export const duplicateCode: ReviewRule = {
  id: 'duplicate-code',
  severity: DEFAULT_SEVERITY['duplicate-code'],
  scope: 'catalogue',
  check: ({ lists, catalogue }) => {
    const out: Finding[] = [];
    const across = new Map<string, { item: Item; list: PowerList }>();
    const all = catalogue ? [catalogue.list, ...lists] : lists;
    for (const list of all) {
      const within = new Map<string, Item>();
      for (const item of list.items) {
        if (!item.code) continue;
        const key = itemKey(item);
        const first = within.get(key);
        if (first) {
          out.push(hit('duplicate-code', item, 'code', { ...(item.subItem ? { subItem: item.subItem } : {}), across: false, other: placeOf(first) }));
          continue;
        }
        within.set(key, item);
        if (list.kind !== 'delegation') continue;
        const other = across.get(key);
        if (other && other.list !== list) {
          out.push(hit('duplicate-code', item, 'code', {
            ...(item.subItem ? { subItem: item.subItem } : {}), across: true,
            other: placeOf(other.item, departmentOf(other.item, other.list)),
          }));
        } else if (!other) across.set(key, { item, list });
      }
    }
    return out;
  },
};
