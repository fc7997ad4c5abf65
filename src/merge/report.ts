/** The merge report of cli-contract.md ("merge --format json"), built from a merge result. */
import type { Place } from '../model/types.js';
import type { ConflictKind, ConflictStrategy, DepartmentCount, MergeConflict, MergeResult, MergeSummary, MergedCopies } from './types.js';

export interface MergeReportInput {
  path: string;
  rows: number;
  /** Three-way: which copy the file is. */
  role?: 'base' | 'ours' | 'theirs';
  department?: string;
}

export interface MergeReportConflict {
  code: string;
  subItem?: string;
  kind: ConflictKind;
  /** The field's key, or for a column the contract does not name, its header as written. */
  field: string;
  base: string | null;
  ours: string | null;
  theirs: string | null;
  deletedBy?: 'ours' | 'theirs';
  places: Place[];
}

/** What `qingdan merge --format json` prints; the merged list itself goes to the output file. */
export interface MergeReport {
  version: 1;
  mode: 'consolidate' | 'three-way';
  strategy: ConflictStrategy;
  inputs: MergeReportInput[];
  /** written is false when conflicts remain and no strategy was chosen (nothing is written then). */
  output: { path: string; items: number; written: boolean };
  conflicts: MergeReportConflict[];
  deleted: { code: string; subItem?: string }[];
  /** Consolidation: rows copied whole under one key, merged into one item, with every place. */
  copies: MergedCopies[];
  departments: DepartmentCount[];
  summary: MergeSummary;
}

function reportConflict(c: MergeConflict): MergeReportConflict {
  const out: MergeReportConflict = {
    code: c.code,
    kind: c.kind,
    field: c.field.startsWith('extra:') ? c.field.slice(6) : c.field,
    base: c.base ?? null,
    ours: c.ours ?? null,
    theirs: c.theirs ?? null,
    places: c.places,
  };
  if (c.subItem) out.subItem = c.subItem;
  if (c.deletedBy) out.deletedBy = c.deletedBy;
  return out;
}

/** The report of a merge: inputs, output, every conflict with its places, and counts that add up. */
export function mergeReport(
  result: MergeResult,
  info: { mode: MergeReport['mode']; strategy: ConflictStrategy; inputs: MergeReportInput[]; output: string; written: boolean },
): MergeReport {
  return {
    version: 1,
    mode: info.mode,
    strategy: info.strategy,
    inputs: info.inputs,
    output: { path: info.output, items: result.summary.items, written: info.written },
    conflicts: result.conflicts.map(reportConflict),
    deleted: result.deleted,
    copies: result.copies,
    departments: result.byDepartment,
    summary: result.summary,
  };
}
