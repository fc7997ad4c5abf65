/** The delegation items as status sees them: one per item key, with department, effective decision and reason. */
import { effectiveDecision, isDisputed, isResolved } from '../model/decision.js';
import { ACCEPTED, CANCELLED, DEFERRED, DELEGATE, NOT_DELEGATE, PARTIAL, PENDING, WITHHOLD } from '../model/enums.js';
import { itemKey, type Item, type PowerList } from '../model/types.js';
import { overdueOf, type AcceptancePlan, type Overdue } from '../model/acceptance-plan.js';
import { takenBackOf, type TakenBack } from '../model/taken-back.js';
import type { WhyReason } from './types.js';

/** The catalogue's items by key and by code. */
export interface CatalogueIndex {
  file: string | null;
  byKey: Map<string, Item>;
  byCode: Map<string, Item[]>;
  /** Active (not 已取消) items. */
  active: Item[];
}

/** Indexes the catalogue lists (several catalogue files are read as one). */
export function indexCatalogue(catalogues: readonly PowerList[]): CatalogueIndex {
  const index: CatalogueIndex = { file: catalogues[0]?.file ?? null, byKey: new Map(), byCode: new Map(), active: [] };
  for (const list of catalogues) {
    for (const item of list.items) {
      const key = itemKey(item);
      if (index.byKey.has(key)) continue;
      const withDept = item.department || !list.department ? item : { ...item, department: list.department };
      index.byKey.set(key, withDept);
      index.byCode.set(item.code, [...(index.byCode.get(item.code) ?? []), withDept]);
      if (item.itemStatus !== CANCELLED) index.active.push(withDept);
    }
  }
  return index;
}

/** A delegation item with what status derives from it. */
export interface Entry {
  item: Item;
  department: string;
  category: string;
  name: string;
  /** The decision once a dispute's resolution is taken into account. */
  effective: string;
  /** Acceptance status, 待承接 when empty. */
  status: string;
  dispute?: 'open' | 'resolved';
  partial: boolean;
  why: WhyReason;
  /** Taken back (收回, issue 18): not delegated, with 收回 in 不下放理由 or 备注. */
  takenBack?: TakenBack;
  /** Still 待承接 past its planned date (with a plan). */
  overdue?: Overdue;
}

/** What the configuration adds to the picture: planned acceptance dates, and today for them. */
export interface EntryOptions {
  acceptance?: AcceptancePlan;
  /** YYYY-MM-DD. */
  today?: string;
}

/** Open while 协调结果 is neither 下放 nor 不下放 (the dispute rule of cli-contract.md). */
function disputeOf(item: Item): Entry['dispute'] {
  if (!isDisputed(item)) return undefined;
  return isResolved(item) ? 'resolved' : 'open';
}

/** The reason, in the order of issue 7: accepted, open dispute, 不下放, 暂不下放, 暂缓承接, pending. */
function reasonOf(effective: string, status: string, dispute: Entry['dispute'], takenBack: boolean): WhyReason {
  // A row that says 收回 is taken back even where the clerk left 已承接 standing (issue 18).
  if (takenBack) return 'taken-back';
  if (status === ACCEPTED) return 'accepted';
  if (dispute === 'open') return 'disputed';
  if (effective === NOT_DELEGATE) return 'not-delegated';
  if (effective === WITHHOLD) return 'withheld';
  if (status === DEFERRED) return 'deferred';
  if (effective === DELEGATE) return 'pending';
  return 'unknown';
}

/**
 * Builds one entry per item key of the delegation lists (the first occurrence wins; duplicates are
 * validate's); `stats.duplicates` counts the rows left out so, for the report to say so.
 */
export function collectEntries(lists: readonly PowerList[], catalogue: CatalogueIndex, stats?: { duplicates: number }, options: EntryOptions = {}): Entry[] {
  const seen = new Set<string>();
  const out: Entry[] = [];
  for (const list of lists) {
    if (list.kind !== 'delegation') continue;
    for (const item of list.items) {
      const key = itemKey(item);
      if (seen.has(key)) {
        if (stats) stats.duplicates++;
        continue;
      }
      seen.add(key);
      const cat = catalogue.byKey.get(key) ?? catalogue.byCode.get(item.code)?.[0];
      const dispute = disputeOf(item);
      const effective = effectiveDecision(item);
      const status = item.status || PENDING;
      const takenBack = takenBackOf(item);
      const overdue = options.acceptance && options.today ? overdueOf(item, options.acceptance, options.today) : undefined;
      out.push({
        item,
        department: item.department || list.department || cat?.department || '',
        category: item.category || cat?.category || '',
        name: item.name || cat?.name || '',
        effective,
        status,
        dispute,
        partial: effective === DELEGATE && item.scope === PARTIAL,
        why: reasonOf(effective, status, dispute, takenBack !== undefined),
        ...(takenBack ? { takenBack } : {}),
        ...(overdue ? { overdue } : {}),
      });
    }
  }
  return out;
}

/** Sorts department names the way a Chinese reader expects (pinyin order), the unnamed last. */
export function compareDepartments(a: string, b: string): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.localeCompare(b, 'zh-CN');
}
