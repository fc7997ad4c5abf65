/** The result objects of `qingdan status`: the shapes of cli-contract.md, "status --format json". */
import type { DECISIONS, STATUSES } from '../model/enums.js';

export type Decision = (typeof DECISIONS)[number];
export type AcceptanceStatus = (typeof STATUSES)[number];

/** Counts of one department, or of all of them (totals). */
export interface StatusCounts {
  /** Active (有效) catalogue items; 0 when no catalogue was given. */
  catalogue: number;
  /** Items in the delegation lists. */
  listed: number;
  decision: Record<Decision, number>;
  /** Acceptance status of the delegated items (下放, or a dispute resolved as 下放). */
  status: Record<AcceptanceStatus, number>;
  /** Accepted items per batch number. */
  batches: Record<string, number>;
  disputes: { open: number; resolved: number };
  /** 部分下放 among the delegated items. */
  partial: number;
  /** Items taken back (收回, issue 18): counted under 不下放/暂不下放 too; exercised by the department again. */
  takenBack: number;
  /** Delegated items still 待承接 past their planned date; present only when the configuration plans dates (acceptance:). */
  overdue?: number;
}

export interface DepartmentStatus extends StatusCounts {
  department: string;
}

export interface StatusReport {
  version: 1;
  departments: DepartmentStatus[];
  totals: StatusCounts;
  /** The catalogue file the counts were taken against, or null when none was given. */
  catalogueFile: string | null;
  /** Rows whose code and sub-item an earlier row already has: counted once (validate names them as duplicate-code). */
  duplicates: number;
}

export type ExercisedBy = 'zone' | 'department';
export type WhyReason = 'accepted' | 'not-delegated' | 'withheld' | 'pending' | 'deferred' | 'disputed' | 'taken-back' | 'unknown';

/** Who exercises an item today, and why. */
export interface WhoAnswer {
  code: string;
  subItem?: string;
  name?: string;
  exercisedBy: ExercisedBy;
  department?: string;
  why: WhyReason;
  /** false when the code is in no delegation list and not in the catalogue either: nobody exercises it. */
  inCatalogue?: false;
  batch?: number;
  acceptedOn?: string;
  /** The written confirmations, when accepted. */
  confirmations?: { delegator?: string; receiver?: string };
  /** The document that took the item back (taken-back), where the list gives one. */
  document?: string;
  /** Still 待承接 past its planned date (with acceptance: in the configuration). */
  overdue?: { due: string; days: number };
  /** Where the deciding row is. */
  file?: string;
  row?: number;
}

export interface WhoReport {
  version: 1;
  who: WhoAnswer[];
}

/** One row of the dashboard's item table. */
export interface DashboardItem {
  code: string;
  subItem?: string;
  name: string;
  department: string;
  category: string;
  decision: string;
  status: string;
  /** Who exercises it, as --who says. */
  why: WhyReason;
  batch?: number;
  acceptedOn?: string;
  /** Days past its planned acceptance date, when still 待承接 (with acceptance: in the configuration). */
  overdueDays?: number;
}

/** Everything the HTML dashboard shows: the status report plus the items and their acceptance history. */
export interface Dashboard {
  report: StatusReport;
  title?: string;
  items: DashboardItem[];
  /** Accepted items per acceptance date, in date order, with the running total. */
  timeline: { date: string; accepted: number; cumulative: number }[];
  /** Listed items per category, most first. */
  categories: { category: string; listed: number; accepted: number }[];
}
