/** Running the rules over lists that are already read: file, item and whole-review scopes. */
import { CATEGORIES } from '../model/enums.js';
import type { PowerList } from '../model/types.js';
import type { Config } from '../config/types.js';
import { indexCatalogue, matchItem, type CatalogueMatch } from './catalogue-index.js';
import type { Finding } from './finding.js';
import { RULE_LIST } from './registry.js';
import { reporter, type CheckContext, type FileRule, type ItemRule, type Report, type ReviewRule, type Rule } from './rule.js';
import { Suggester } from './suggest.js';
import { todayIso } from './baseline.js';

/** Lists to review: the inputs, and the catalogue they are checked against. */
export interface Review {
  lists: readonly PowerList[];
  catalogue?: PowerList;
}

const placeKey = (f: Finding): string => `${f.rule}\u0000${f.file ?? ''}\u0000${f.sheet ?? ''}\u0000${f.row ?? ''}\u0000${f.column ?? ''}`;

const applies = (rule: Rule, list: PowerList): boolean => !rule.kinds || rule.kinds.includes(list.kind);

/** Every finding of the rules that are on, before levels, waivers and sorting. */
export function checkReview(review: Review, config: Config, today: string = todayIso()): Finding[] {
  const on = RULE_LIST.filter((r) => config.rules[r.id] !== 'off');
  const noteRules = on.filter((r) => r.fromNote);
  const fileRules = on.filter((r): r is FileRule => r.scope === 'file');
  const itemRules = on.filter((r): r is ItemRule => r.scope === 'item');
  const reviewRules = on.filter((r): r is ReviewRule => r.scope === 'catalogue');
  const catalogue = review.catalogue ? indexCatalogue(review.catalogue) : undefined;
  const ctx: CheckContext = {
    config,
    catalogue,
    categories: [...CATEGORIES, ...config.extraCategories],
    suggester: catalogue ? new Suggester(catalogue) : undefined,
    today,
  };
  // Each list's matches by the item's position (an array per list, not a Map keyed by item).
  const matches = new Map<PowerList, (CatalogueMatch | undefined)[]>();
  const out: Finding[] = [];
  // Every rule reports into the list being checked (mine), then the review's (out).
  let into: Finding[] = out;
  const reports = new Map<Rule, Report<unknown>>(on.map((r) => [r, reporter(r, (f) => void into.push(f as Finding))]));
  const report = (r: Rule): Report<unknown> => reports.get(r)!;
  const all = review.catalogue ? [review.catalogue, ...review.lists] : review.lists;
  for (const list of all) {
    const mine: Finding[] = [];
    into = mine;
    for (const rule of fileRules) if (applies(rule, list)) rule.check(list, ctx, report(rule));
    const rules = itemRules.filter((r) => applies(r, list)).map((r) => [r, report(r)] as const);
    for (const [rule, r] of rules) rule.checkList?.(list, ctx, r);
    const against = catalogue && list !== review.catalogue && list.kind !== 'catalogue' ? catalogue : undefined;
    const ictx = { ...ctx, list, match: undefined as CatalogueMatch | undefined };
    const items = list.items;
    const matched: (CatalogueMatch | undefined)[] | undefined = against ? new Array(items.length) : undefined;
    if (matched) matches.set(list, matched);
    const checks = rules.map(([rule]) => rule);
    const itemReports = rules.map(([, r]) => r);
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (matched && item.code) {
        ictx.match = matchItem(against!, item);
        matched[i] = ictx.match;
      } else ictx.match = undefined;
      for (let k = 0; k < checks.length; k++) checks[k].check(item, ictx, itemReports[k]);
    }
    // The reader's notes (e.g. a code written as a number), as their rules' findings, unless a rule said the same.
    const noted: Finding[] = [];
    into = noted;
    for (const note of list.notes) for (const rule of noteRules) rule.fromNote!(note, report(rule));
    // (The places the rules found are keyed only when there are notes to weigh against them.)
    if (noted.length > 0) {
      const said = new Set(mine.map(placeKey));
      for (const f of noted) if (!said.has(placeKey(f))) out.push(f);
    }
    // One at a time: a spread of a list's findings (out.push(...mine)) overflows the stack when
    // there are some hundred thousand of them.
    for (let i = 0; i < mine.length; i++) out.push(mine[i]);
  }
  into = out;
  const rctx = { ...ctx, lists: review.lists.filter((l) => l !== review.catalogue), matches };
  for (const rule of reviewRules) rule.check(rctx, report(rule));
  // The file's department wins over the row's: waivers are keyed by the department that submitted the file.
  const departments = new Map<string, string>();
  for (const list of review.lists) if (list.department) departments.set(list.file, list.department);
  for (const f of out) {
    const d = f.file !== undefined ? departments.get(f.file) : undefined;
    if (d && f.rule !== 'gap') f.department = d;
  }
  return out;
}
