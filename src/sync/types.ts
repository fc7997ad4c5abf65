/** The result objects of `qingdan sync`: the shape of cli-contract.md, "sync --format json". */
import type { DiffResult, FieldChange } from '../diff/types.js';

export interface SyncOptions {
  /** The previous catalogue: the result then also says what changed in the catalogue itself. */
  from?: import('../model/types.js').PowerList;
  /** Differences of form only count. */
  strict?: boolean;
}

/** A new catalogue item of one of the list's departments that the list lacks: it needs a decision. */
export interface DecideEntry {
  code: string;
  subItem?: string;
  department: string;
  name: string;
  category?: string;
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

export interface SyncResult {
  version: 1;
  catalogue?: { file: string; items: number };
  list?: { file: string; kind: string; items: number };
  decide: DecideEntry[];
  cancel: CancelEntry[];
  update: UpdateEntry[];
  unknown: UnknownEntry[];
  summary: { decide: number; cancel: number; update: number; unknown: number };
  /** With --from: what changed in the catalogue itself (OLD → NEW). */
  catalogueChanges?: DiffResult;
}

/** True when the list has anything to do. */
export const needsWork = (r: SyncResult): boolean => r.decide.length + r.cancel.length + r.update.length + r.unknown.length > 0;
