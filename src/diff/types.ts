/** The result objects of `qingdan diff`: the shape of cli-contract.md, "diff --format json". */
import type { ItemFields } from '../model/types.js';

/** A field's name: a contract key (name, legalBasis, …) or the header of an extra column as written. */
export type FieldName = string;

export interface DiffOptions {
  /** Compare only these fields. */
  fields?: readonly FieldName[];
  /** Leave these fields out of the comparison. */
  ignore?: readonly FieldName[];
  /** Differences of form (width, spaces, line breaks, traditional/simplified) count as differences. */
  strict?: boolean;
  /** Pair a removed and an added item with the same name, department and category as recoded (default true). */
  pairing?: boolean;
}

/** Where an item is in its file (row 1-based as the spreadsheet shows it). */
export interface DiffPlace {
  file: string;
  sheet?: string;
  row: number;
}

/** One piece of a word-level difference of a long text. */
export interface WordPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

export interface FieldChange {
  old: string;
  new: string;
  /** Word-level difference, for long text fields (legalBasis, note, reason). */
  words?: WordPart[];
}

/** The fields of an item as the JSON shows them: contract keys, then extra headers; empties left out. */
export type ItemRecord = ItemFields & { extra?: Record<string, string> };

export interface AddedEntry {
  code: string;
  subItem?: string;
  item: ItemRecord;
  place?: DiffPlace;
}

export type RemovedEntry = AddedEntry;

export interface ChangedEntry {
  code: string;
  subItem?: string;
  /** Set when the item was recoded: its code in the old version. */
  oldCode?: string;
  name?: string;
  fields: Record<FieldName, FieldChange>;
  places?: { old?: DiffPlace; new?: DiffPlace };
}

export interface CancelledEntry {
  code: string;
  subItem?: string;
  name?: string;
  /** The item's other field changes: the kinds are disjoint, so an item listed here is not also under changed. */
  fields?: Record<FieldName, FieldChange>;
}

export interface RecodedEntry {
  oldCode: string;
  newCode: string;
  subItem?: string;
  name?: string;
  /** The item's other field changes: the kinds are disjoint, so an item listed here is not also under changed. */
  fields?: Record<FieldName, FieldChange>;
}

export interface TransferredEntry {
  code: string;
  subItem?: string;
  name?: string;
  from: string;
  to: string;
  /** The item's other field changes: the kinds are disjoint, so an item listed here is not also under changed. */
  fields?: Record<FieldName, FieldChange>;
}

/** One side of a taken-back item: where it is, and what the row says of the hand-over. */
export interface TakenBackSide extends DiffPlace {
  /** 承接状态: 已承接 on the old side (every item of a zone list counts as accepted). */
  status?: string;
  /** 下放意见 (the effective one: a dispute's 协调结果 once settled). */
  decision?: string;
  batch?: string;
  acceptedOn?: string;
}

/**
 * Taken back (收回, issue 18): accepted (已承接) in the old version, and in the new one not delegated
 * (不下放/暂不下放) or gone from the zone list. Such an item is under no other kind and has no regression.
 */
export interface TakenBackEntry {
  code: string;
  subItem?: string;
  name?: string;
  department?: string;
  old: TakenBackSide;
  /** Absent when the item is gone from the zone list. */
  new?: TakenBackSide;
  /** The document that took it back (a 收回文号 column, or the 文号 in 不下放理由/备注 of the new row). */
  document?: string;
  /** Every field change of the item, as under changed (decision and status included). */
  fields?: Record<FieldName, FieldChange>;
}

/** Steps back in the hand-over (issue 5): an accepted item that loses its acceptance or has its record rewritten. */
export type RegressionKind =
  | 'accepted-to-pending'
  | 'accepted-to-deferred'
  | 'accepted-removed'
  | 'batch-rewritten'
  | 'accepted-on-rewritten'
  | 'decision-withdrawn';

export interface RegressionEntry {
  code: string;
  subItem?: string;
  name?: string;
  what: RegressionKind;
  old: string;
  new: string;
}

export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  cancelled: number;
  recoded: number;
  transferred: number;
  regressions: number;
  /** Always set by diff (optional for the patches sync builds, which never take an item back). */
  takenBack?: number;
  unchanged: number;
}

/** What changed between two versions of a list, keyed by code and sub-item. */
export interface DiffResult {
  version: 1;
  key: 'code';
  old?: { file: string; kind: string; items: number };
  new?: { file: string; kind: string; items: number };
  added: AddedEntry[];
  removed: RemovedEntry[];
  changed: ChangedEntry[];
  cancelled: CancelledEntry[];
  recoded: RecodedEntry[];
  transferred: TransferredEntry[];
  regressions: RegressionEntry[];
  /** Always set by diff (optional for the patches sync builds, which never take an item back). */
  takenBack?: TakenBackEntry[];
  summary: DiffSummary;
}

/** True when the result holds any difference (exit 1). */
export function hasDifferences(d: DiffResult): boolean {
  return d.added.length + d.removed.length + d.changed.length + d.cancelled.length + d.recoded.length + d.transferred.length + d.regressions.length + (d.takenBack?.length ?? 0) > 0;
}
