/**
 * The --format names of each command. Kept apart from the formatters so that defining the CLI's
 * options loads no formatter: a command imports its formatters only when it runs.
 */
export const VALIDATE_FORMATS = ['pretty', 'json', 'github', 'junit', 'markdown', 'sarif', 'html'] as const;
/** validate's formats that are files, not text (the findings workbook): written with -o only. */
export const VALIDATE_FILE_FORMATS = ['xlsx'] as const;
export const DIFF_FORMATS = ['pretty', 'json', 'markdown', 'html'] as const;
export const SYNC_FORMATS = ['pretty', 'json', 'markdown', 'html'] as const;
export const STATUS_FORMATS = ['pretty', 'json', 'markdown'] as const;
export const MERGE_FORMATS = ['pretty', 'json', 'markdown'] as const;
export const EXPORT_FORMATS = ['pretty', 'json'] as const;
