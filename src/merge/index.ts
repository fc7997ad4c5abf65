/** merge: consolidation of department lists, and three-way merges of edited copies. */
export { merge } from './consolidate.js';
export { merge3 } from './three-way.js';
export { mergeFiles, type MergeFilesOptions } from './files.js';
export { mergeReport, type MergeReport, type MergeReportConflict, type MergeReportInput } from './report.js';
export { CONFLICT_COLUMN, SOURCE_COLUMN } from './types.js';
export type {
  ConflictKind, ConflictStrategy, DepartmentCount, Merge3Options, MergeConflict, MergeField, MergeOptions, MergeResult, MergeSummary,
} from './types.js';
