/** The result objects of `qingdan sync`: the shape of cli-contract.md, "sync --format json". */
import type { DiffResult, FieldChange, RevisionBasis } from '../diff/types.js';

export interface SyncOptions {
  /** The previous catalogue: the result then also says what changed in the catalogue itself. */
  from?: import('../model/types.js').PowerList;
  /** Differences of form only count. */
  strict?: boolean;
  /** A correspondence table (调整对照表): merges, splits and recodes by authority (issue 18). */
  map?: import('../model/revision-map.js').RevisionMap;
}

/** A new catalogue item of one of the list's departments that the list lacks: it needs a decision. */
export interface DecideEntry {
  code: string;
  subItem?: string;
  department: string;
  name: string;
  category?: string;
  /** Issue 18: new in the catalogue (--from shows it added) or a gap (漏项: the list never had it). */
  why?: 'new' | 'gap';
}

/** An item the list carries that the catalogue now marks 已取消. */
export interface CancelEntry {
  code: string;
  subItem?: string;
  department: string;
  name?: string;
}

/** An item whose name, category, department or legal basis (or, recoded, code) differ: old is the list's, new the catalogue's. */
export interface UpdateEntry {
  code: string;
  subItem?: string;
  name?: string;
  fields: Record<string, FieldChange>;
}

/** An item of the list the catalogue does not have at all. */
export interface UnknownEntry {
  code: string;
  subItem?: string;
  name?: string;
}

// Catalogue revisions carried into the list (issue 18).
/** The list's item moves to its new code, keeping every decision and acceptance field. */
export interface RecodeEntry extends RevisionBasis {
  oldCode: string;
  newCode: string;
  subItem?: string;
  name?: string;
  /** The catalogue's other fields the list's copy differs in (old: the list's, new: the catalogue's). */
  fields?: Record<string, FieldChange>;
}

/** What one part of a merge or the item of a split held in the list. */
export interface PartValues {
  code: string;
  subItem?: string;
  decision?: string;
  status?: string;
}

/** The list's parts of a merge become one item: it takes their decision and status when they agree. */
export interface MergeEntry extends RevisionBasis {
  from: string[];
  into: string;
  name?: string;
  department?: string;
  /** The parts' decision and status, when they agree. */
  decision?: string;
  status?: string;
  /** False: the parts disagree and the merged item is to decide again (their values under parts). */
  agreed: boolean;
  parts: PartValues[];
}

/** The list's item split into several: each takes its decision and status, to be confirmed. */
export interface SplitActionEntry extends RevisionBasis {
  from: string;
  into: string[];
  name?: string;
  department?: string;
  decision?: string;
  status?: string;
  confirm: true;
}

export interface SyncResult {
  version: 1;
  catalogue?: { file: string; items: number };
  list?: { file: string; kind: string; items: number };
  decide: DecideEntry[];
  cancel: CancelEntry[];
  update: UpdateEntry[];
  unknown: UnknownEntry[];
  recode: RecodeEntry[];
  merge: MergeEntry[];
  split: SplitActionEntry[];
  summary: { decide: number; cancel: number; update: number; unknown: number; recode: number; merge: number; split: number };
  /** With --from: what changed in the catalogue itself (OLD → NEW). */
  catalogueChanges?: DiffResult;
}

/** True when the list has anything to do. */
export const needsWork = (r: SyncResult): boolean => r.decide.length + r.cancel.length + r.update.length + r.unknown.length + r.recode.length + r.merge.length + r.split.length > 0;
