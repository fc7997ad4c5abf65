/** Running the rules over lists that are already read: file, item and whole-review scopes. */
import { CATEGORIES } from '../model/enums.js';
import type { Item, PowerList } from '../model/types.js';
import type { Config } from '../config/types.js';
import { indexCatalogue, matchItem, type CatalogueMatch } from './catalogue-index.js';
import type { Finding } from './finding.js';
import { RULES } from './registry.js';
import type { CheckContext, FileRule, ItemRule, ReviewRule, Rule } from './rule.js';
import { Suggester } from './suggest.js';

/** Lists to review: the inputs, and the catalogue they are checked against. */
export interface Review {
  lists: readonly PowerList[];
  catalogue?: PowerList;
}

const placeKey = (f: Finding): string => `${f.rule}\u0000${f.file ?? ''}\u0000${f.sheet ?? ''}\u0000${f.row ?? ''}\u0000${f.column ?? ''}`;

const applies = (rule: Rule, list: PowerList): boolean => !rule.kinds || rule.kinds.includes(list.kind);

/** Every finding of the rules that are on, before levels, waivers and sorting. */
export function checkReview(review: Review, config: Config): Finding[] {
  const on = (Object.values(RULES) as Rule[]).filter((r) => config.rules[r.id] !== 'off');
  const fileRules = on.filter((r): r is FileRule => r.scope === 'file');
  const itemRules = on.filter((r): r is ItemRule => r.scope === 'item');
  const reviewRules = on.filter((r): r is ReviewRule => r.scope === 'catalogue');
  const catalogue = review.catalogue ? indexCatalogue(review.catalogue) : undefined;
  const ctx: CheckContext = {
    config,
    catalogue,
    categories: [...CATEGORIES, ...config.extraCategories],
    suggester: catalogue ? new Suggester(catalogue) : undefined,
  };
  const matches = new Map<Item, CatalogueMatch>();
  const out: Finding[] = [];
  const all = review.catalogue ? [review.catalogue, ...review.lists] : review.lists;
  for (const list of all) {
    const mine: Finding[] = [];
    for (const rule of fileRules) if (applies(rule, list)) mine.push(...rule.check(list, ctx));
    const rules = itemRules.filter((r) => applies(r, list));
    const against = catalogue && list !== review.catalogue && list.kind !== 'catalogue' ? catalogue : undefined;
    const ictx = { ...ctx, list, match: undefined as CatalogueMatch | undefined };
    for (const item of list.items) {
      if (against && item.code) {
        ictx.match = matchItem(against, item);
        matches.set(item, ictx.match);
      } else ictx.match = undefined;
      for (const rule of rules) {
        mine.push(...rule.check(item, ictx));
      }
    }
    // The reader's own findings (e.g. a code written as a number), unless a rule said the same.
    const said = new Set(mine.map(placeKey));
    for (const f of list.findings) if (!said.has(placeKey(f)) && config.rules[f.rule] !== 'off') out.push(f);
    out.push(...mine);
  }
  const rctx = { ...ctx, lists: review.lists.filter((l) => l !== review.catalogue), matches };
  for (const rule of reviewRules) out.push(...rule.check(rctx));
  // The file's department wins over the row's: waivers are keyed by the department that submitted the file.
  const departments = new Map<string, string>();
  for (const list of review.lists) if (list.department) departments.set(list.file, list.department);
  for (const f of out) {
    const d = f.file !== undefined ? departments.get(f.file) : undefined;
    if (d && f.rule !== 'gap') f.department = d;
  }
  return out;
}
