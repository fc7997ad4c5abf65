/** Every command's formatters, for programs that render a result themselves (as markdown, SARIF, …). */
export { formatValidate, formatValidateChunks, VALIDATE_FORMATTERS, type ValidateFormat, type ValidateFormatOptions, type ValidateFormatter } from './validate/index.js';
export { formatDiff, DIFF_FORMATTERS, type DiffFormat, type DiffFormatOptions, type DiffFormatter } from './diff/index.js';
export { formatSync, SYNC_FORMATTERS, type SyncFormat, type SyncFormatter } from './sync/index.js';
export { formatStatus, formatWho, formatStatusHtml, STATUS_FORMATTERS, WHO_FORMATTERS, type StatusFormat, type FormatOptions as StatusFormatOptions } from './status/index.js';
export { formatMerge, MERGE_FORMATTERS, type MergeFormat, type MergeFormatOptions } from './merge/index.js';
export { loadFormatter, type FormatterLoaders } from './load.js';
