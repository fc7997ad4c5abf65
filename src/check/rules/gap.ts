/**
 * gap (漏项): an active catalogue item of a department that submitted a delegation list, found in no
 * delegation list. A catalogue department that submitted nothing is one finding with the number of
 * items it owns, so 47 missing files do not drown the review in thousands of lines.
 * The place is the catalogue's row (for a whole department: the catalogue file).
 */
import { hit } from '../details.js';
import type { Finding } from '../finding.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { Item } from '../../model/types.js';
import type { ReviewRule } from '../rule.js';
import { departmentOf, foldCached, hasColumn } from './util.js';

export const gap: ReviewRule = {
  id: 'gap',
  severity: DEFAULT_SEVERITY.gap,
  scope: 'catalogue',
  check: ({ lists, catalogue, matches }) => {
    const delegation = lists.filter((l) => l.kind === 'delegation');
    if (!catalogue || delegation.length === 0) return [];
    const covered = new Set<Item>();
    const submitted = new Set<string>();
    // A list without a code column covers nothing: its department's gaps would all be bogus, and
    // its missing-column finding says that gap was not run for it.
    const blind = new Set<string>();
    for (const list of delegation) {
      const seen = hasColumn(list, 'code') ? submitted : blind;
      if (list.department) seen.add(foldCached(list.department));
      for (const item of list.items) {
        const d = departmentOf(item, list);
        if (d) seen.add(foldCached(d));
        for (const e of matches.get(item)?.covers ?? []) covered.add(e);
      }
    }
    const out: Finding[] = [];
    for (const [folded, { department, items }] of catalogue.byDepartment) {
      if (blind.has(folded) && !submitted.has(folded)) continue;
      if (!submitted.has(folded)) {
        // About a department, not a row: the place is the catalogue file alone.
        const f: Finding = { rule: 'gap', severity: DEFAULT_SEVERITY.gap, file: catalogue.list.file, department, details: { department, items: items.length } };
        out.push(f);
        continue;
      }
      for (const e of items) {
        if (covered.has(e)) continue;
        const details: { department: string; name?: string; subItem?: string } = { department };
        if (e.name) details.name = e.name;
        if (e.subItem) details.subItem = e.subItem;
        const f = hit('gap', e, 'code', details);
        f.department = department;
        out.push(f);
      }
    }
    return out;
  },
};
