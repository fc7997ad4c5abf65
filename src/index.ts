/** The public API of qingdan: the same objects the CLI prints as JSON. */
export type * from './model/types.js';
export type { Finding } from './check/finding.js';
export type { RuleId, Severity } from './check/rule-ids.js';
export { QingdanError, InputError, UsageError } from './errors.js';
export { readList, readLists, expandInputs } from './read/index.js';
export type { ReadOptions } from './read/options.js';
export { status, whoExercises, dashboard } from './status/index.js';
export type { StatusOptions, StatusReport, StatusCounts, DepartmentStatus, WhoAnswer, WhoReport, Dashboard } from './status/index.js';
export { merge, merge3, mergeFiles, mergeReport, CONFLICT_COLUMN, SOURCE_COLUMN } from './merge/index.js';
export type { MergeOptions, Merge3Options, MergeResult, MergeConflict, MergeSummary, MergeField, ConflictKind, ConflictStrategy, DepartmentCount, MergeFilesOptions, MergeReport, MergeReportConflict, MergeReportInput } from './merge/index.js';
export { validate, reportOf } from './check/run.js';
export type { ValidateOptions, ReportOptions } from './check/run.js';
export { exitCodeOf } from './check/report.js';
export type { ValidateReport, FileInfo, Summary, Counts, Waiver, WaivedFinding } from './check/report.js';
export { loadConfig } from './config/load.js';
export type { Config } from './config/types.js';
