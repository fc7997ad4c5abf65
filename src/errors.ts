/** Typed errors: jobs that cannot be done. Findings are not errors. */
import type { Place } from './model/types.js';

/** Keys of the error-message catalogue (report/text/errors.ts). */
export type ErrorCode =
  | 'file-not-found' | 'file-too-large' | 'not-a-file' | 'no-input' | 'unknown-format'
  | 'xls-legacy' | 'xlsx-encrypted' | 'xlsx-corrupt' | 'xlsx-not-zip' | 'xlsx-too-large' | 'zip-bomb'
  | 'ole-not-workbook' | 'workbook-too-large' | 'xlsx-shared-string' | 'field-too-large' | 'duplicate-column'
  | 'no-header' | 'no-sheet' | 'sheet-not-found'
  | 'csv-malformed' | 'csv-record-too-large' | 'encoding' | 'nul-byte' | 'empty-file'
  | 'yaml-syntax' | 'yaml-shape' | 'yaml-alias' | 'yaml-depth' | 'yaml-tag' | 'yaml-duplicate-key' | 'yaml-schema'
  | 'too-many-rows' | 'kind-unknown' | 'kind-role'
  | 'config-invalid' | 'config-not-found' | 'baseline-invalid' | 'since-invalid'
  | 'usage' | 'output-exists' | 'output-is-input' | 'output-format' | 'write-failed' | 'interrupted'
  | 'file-unreadable-os'
  // a correspondence table given with --map (read/map.ts; issue 18)
  | 'map-invalid';

/**
 * Keys of the reasons an error gives, in `args.reason` (report/text/error-reasons.ts): what a library
 * or the system said, in qingdan's own words in both languages. The library's text stays on the
 * error's `cause`, shown only with QINGDAN_DEBUG=1.
 */
export type Reason =
  // the zip container of an .xlsx (read/zip-guard.ts)
  | 'zip-no-end' | 'zip64-locator' | 'zip64-record' | 'zip-too-many-entries' | 'zip-directory-truncated'
  | 'zip-directory-damaged' | 'ole-directory-damaged' | 'ole-stream-truncated' | 'workbook-other' | 'zip64-sizes' | 'zip-method' | 'zip-stored-sizes' | 'zip-local-header'
  | 'zip-part-truncated' | 'zip-inflate'
  // the workbook inside it (read/xlsx.ts)
  | 'xlsx-missing-part' | 'xlsx-xml' | 'xlsx-entity' | 'xlsx-other'
  // YAML syntax (the yaml package's error code in `args.yaml`) and shape (read/yaml.ts)
  | 'yaml-syntax'
  | 'yaml-key-not-text' | 'yaml-not-single' | 'yaml-item-not-map' | 'yaml-kind-bad' | 'yaml-kind-missing'
  | 'yaml-top-empty' | 'yaml-top-list' | 'yaml-top-scalar' | 'yaml-no-items' | 'yaml-items-not-list'
  | 'yaml-no-items-line' | 'yaml-top-not-map'
  // JSON Schema checks of configuration and baseline files (config/yaml-schema.ts; ajv's keyword)
  | 'schema-required' | 'schema-additional' | 'schema-type' | 'schema-enum' | 'schema-const' | 'schema-pattern'
  | 'schema-format' | 'schema-length' | 'schema-items' | 'schema-range' | 'schema-other' | 'regex-invalid'
  // acceptance: of the configuration (config/acceptance.ts)
  | 'date-invalid' | 'acceptance-incomplete'
  // csv-parse (its error code in `args.csv`)
  | 'csv-parse'
  // the system (an errno code in `args.code`): reading and writing files
  | 'fs' | 'write-no-folder'
  // bad arguments
  | 'usage-diff-git' | 'usage-diff-two' | 'usage-sync-catalogue' | 'usage-status-input' | 'usage-export-input'
  | 'usage-export-output' | 'usage-merge-git' | 'usage-merge-base' | 'usage-merge-input' | 'usage-merge-output'
  | 'usage-merge-base-two' | 'usage-export-since' | 'usage-export-publish-kind' | 'usage-export-publish-gate' | 'usage-format' | 'usage-today'
  | 'usage-annotate-input' | 'usage-xlsx-output'
  | 'usage-publish-catalogue' | 'usage-publish-allow-findings'
  // a correspondence table given with --map (read/map.ts, diff/revisions.ts; issue 18)
  | 'map-columns' | 'map-code-empty' | 'map-kind' | 'map-date' | 'map-recode' | 'map-twice' | 'map-yaml' | 'map-code-unknown';

/** The reason of an error wrapping a system (fs) error: its errno code, and the error as the cause. */
export function fsReason(err: unknown): { reason: Reason; code: string } {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return { reason: 'fs', code: typeof code === 'string' ? code : 'EIO' };
}

/** An error's arguments; `reason`, when given, must be a key of the reasons catalogue. */
export type ErrorArgs = { reason?: Reason; [k: string]: unknown };

/** Base of qingdan's errors: a message key, its arguments, and where it happened. */
export class QingdanError extends Error {
  readonly exitCode: 1 | 2 = 2;
  constructor(
    readonly key: ErrorCode,
    readonly args: ErrorArgs = {},
    readonly where?: Place,
    options?: ErrorOptions,
  ) {
    super(`${key}${where?.file ? ` (${where.file})` : ''}`, options);
    this.name = new.target.name;
  }
}
/** An unreadable or malformed input file. */
export class InputError extends QingdanError {}
/** Bad arguments, or a refused output path. */
export class UsageError extends QingdanError {}
