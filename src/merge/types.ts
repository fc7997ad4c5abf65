/** What merge and merge3 take and return: the merged list, the conflicts, and the counts that add up. */
import type { Lang } from '../text/lang.js';
import type { FieldKey, Item, Place, PowerList } from '../model/types.js';

/** How conflicts are settled: not at all (nothing is written), by one side, or marked in a 冲突 column. */
export type ConflictStrategy = 'fail' | 'keep-ours' | 'keep-theirs' | 'mark';

/**
 * Why an item is in conflict.
 * - duplicate: the same key in two department lists (consolidation);
 * - changed: the same field changed to different values on the two sides;
 * - deleted: deleted on one side, changed on the other;
 * - added: added on both sides with different values of a field.
 */
export type ConflictKind = 'duplicate' | 'changed' | 'deleted' | 'added';

/** A field of an item: a contract key, or an extra column by its header as written. */
export type MergeField = FieldKey | `extra:${string}`;

/** One conflict: one field of one item (a duplicate names the department of each row). */
export interface MergeConflict {
  kind: ConflictKind;
  code: string;
  subItem?: string;
  field: MergeField;
  base?: string;
  ours?: string;
  theirs?: string;
  /** For `deleted`: the side that deleted the item. */
  deletedBy?: 'ours' | 'theirs';
  /** Where the item is on each side (file and row, and sheet where known). */
  places: Place[];
}

/** Items per department in the output. */
export interface DepartmentCount {
  department: string;
  items: number;
}

export interface MergeSummary {
  /** Rows read (consolidation), or distinct keys over base, ours and theirs (three-way). */
  rows: number;
  /**
   * Distinct items of the merged list, a conflicting key counted once (the list written with the
   * conflicts marked or settled holds exactly these; under fail nothing is written).
   */
  items: number;
  conflicts: number;
  /**
   * Rows (or keys) not written as an item of their own: left out for a conflict, or (consolidation)
   * merged into the row they copy. rows = items + dropped (+ deleted for three-way).
   */
  dropped: number;
  /** Three-way: keys deleted cleanly (on one side unchanged on the other, or on both). */
  deleted: number;
  /** Consolidation: rows that were identical copies of another row with the same key, merged into it. */
  copies: number;
}

/** Rows with one key and the same values everywhere (a row copied whole), merged into one item. */
export interface MergedCopies {
  code: string;
  subItem?: string;
  /** Every place of the key: the row kept first, then its copies. */
  places: Place[];
}

export interface MergeResult {
  /** The merged list; complete only when there are no conflicts or a strategy settled them. */
  list: PowerList;
  conflicts: MergeConflict[];
  /** Keys deleted cleanly by a three-way merge (code and sub-item). */
  deleted: { code: string; subItem?: string }[];
  /** Consolidation: identical copies merged into one item, with all their places. */
  copies: MergedCopies[];
  byDepartment: DepartmentCount[];
  summary: MergeSummary;
}

interface CommonOptions {
  /** How to settle conflicts (default fail: the result's list holds only the items without conflict). */
  conflicts?: ConflictStrategy;
  /** The language of the 冲突 text written with `mark` (default zh-CN). */
  lang?: Lang;
  /** The file the merged list is for (its `file`); default "merged". */
  output?: string;
}

export interface MergeOptions extends CommonOptions {
  /** Order the output as the catalogue lists the items (else department, then code). */
  catalogue?: PowerList;
  /** Add a 来源 column (item.extra['来源']) naming each row's file and row (default true). */
  sourceColumn?: boolean;
}

export type Merge3Options = CommonOptions;

/** The header of the column that names where a consolidated row came from. */
export const SOURCE_COLUMN = '来源';
/** The header of the column that carries a marked conflict's values. */
export const CONFLICT_COLUMN = '冲突';

/** An item's place (file, sheet, row). */
export function placeOf(item: Item): Place {
  const p: Place = { file: item.source.file, row: item.source.row };
  if (item.source.sheet !== undefined) p.sheet = item.source.sheet;
  return p;
}
