/**
 * gap (漏项): an active catalogue item of a department that submitted a delegation list, found in no
 * delegation list. A catalogue department that submitted nothing is one finding with the number of
 * items it owns, so 47 missing files do not drown the review in thousands of lines.
 * The place is the catalogue's row (for a whole department: the catalogue file).
 */
import type { Item } from '../../model/types.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';
import { itemDepartment, foldCached, hasColumn } from './util.js';

/** One catalogue item missing (name), or a whole department that submitted nothing (items). */
export interface GapDetails { department: string; name?: string; subItem?: string; items?: number }

export const gap = defineRule<GapDetails>()({
  id: 'gap',
  severity: 'error',
  description: 'an active catalogue item is in no list (漏项); a department that sent nothing is one finding',
  scope: 'catalogue',
  check: ({ lists, catalogue, matches }, report) => {
    const delegation = lists.filter((l) => l.kind === 'delegation');
    if (!catalogue || delegation.length === 0) return;
    const covered = new Set<Item>();
    const submitted = new Set<string>();
    // A list without a code column covers nothing: its department's gaps would all be bogus, and
    // its missing-column finding says that gap was not run for it.
    const blind = new Set<string>();
    for (const list of delegation) {
      const seen = hasColumn(list, 'code') ? submitted : blind;
      if (list.department) seen.add(foldCached(list.department));
      const matched = matches.get(list);
      const items = list.items;
      for (let i = 0; i < items.length; i++) {
        const d = itemDepartment(items[i], list);
        if (d) seen.add(foldCached(d));
        const covers = matched?.[i]?.covers;
        if (covers) for (let c = 0; c < covers.length; c++) covered.add(covers[c]);
      }
    }
    for (const [folded, { department, items }] of catalogue.byDepartment) {
      if (blind.has(folded) && !submitted.has(folded)) continue;
      if (!submitted.has(folded)) {
        // About a department, not a row: the place is the catalogue file alone.
        report({ file: catalogue.list.file, department }, { department, items: items.length });
        continue;
      }
      for (const e of items) {
        if (covered.has(e)) continue;
        const details: GapDetails = { department };
        if (e.name) details.name = e.name;
        if (e.subItem) details.subItem = e.subItem;
        report({ ...at(e, 'code'), department }, details);
      }
    }
  },
});
