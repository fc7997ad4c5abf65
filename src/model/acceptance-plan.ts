/**
 * The planned acceptance dates of the configuration (issue 18 point 4): a planned date per batch
 * (`batches: { 1: 2016-06-30 }`), or a deadline in days from the delegation date
 * (`delegatedOn: 2016-06-30, withinDays: 90`), or both (the batch's date first). An item still
 * 待承接 after its date is overdue: acceptance-overdue in validate, the overdue counts of status.
 */
import { effectiveDecision } from './decision.js';
import { DELEGATE, PENDING } from './enums.js';
import { parseBatch } from './normalise.js';
import type { Item } from './types.js';

/** `acceptance:` of qingdan.config.yaml, checked (every date a real YYYY-MM-DD). */
export interface AcceptancePlan {
  /** The date the department's decisions delegated the items (with withinDays). */
  delegatedOn?: string;
  /** Days after delegatedOn by which every delegated item is to be accepted. */
  withinDays?: number;
  /** Planned acceptance date per batch number (承接批次). */
  batches?: Readonly<Record<string, string>>;
}

/** Where an item's planned date comes from. */
export type DueBasis = 'batch' | 'deadline';

export interface Due {
  due: string;
  basis: DueBasis;
  /** The item's planned batch, when the date is that batch's. */
  batch?: number;
}

export interface Overdue extends Due {
  /** Whole days from the planned date to today. */
  days: number;
}

const DAY = 86_400_000;
const utc = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/** YYYY-MM-DD plus n days. */
export function addDays(iso: string, n: number): string {
  return new Date(utc(iso) + n * DAY).toISOString().slice(0, 10);
}

/** Days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** The item's planned acceptance date: its batch's date, else the deadline; undefined when the plan gives none. */
export function dueOf(item: Pick<Item, 'batch'>, plan: AcceptancePlan): Due | undefined {
  const batch = item.batch ? parseBatch(item.batch) : undefined;
  const byBatch = batch !== undefined ? plan.batches?.[String(batch)] : undefined;
  if (byBatch) return { due: byBatch, basis: 'batch', batch };
  if (plan.delegatedOn !== undefined && plan.withinDays !== undefined) return { due: addDays(plan.delegatedOn, plan.withinDays), basis: 'deadline' };
  return undefined;
}

/**
 * Overdue: delegated (下放, or a dispute resolved as 下放), still 待承接 (or no status: 待承接 is the
 * default), and today is after the planned date. 暂缓承接 is a decision to wait, never overdue.
 */
export function overdueOf(item: Item, plan: AcceptancePlan | undefined, today: string): Overdue | undefined {
  if (!plan || effectiveDecision(item) !== DELEGATE || (item.status || PENDING) !== PENDING) return undefined;
  const due = dueOf(item, plan);
  if (!due || today <= due.due) return undefined;
  return { ...due, days: daysBetween(due.due, today) };
}
