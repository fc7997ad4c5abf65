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
  | 'too-many-rows' | 'kind-unknown'
  | 'config-invalid' | 'config-not-found' | 'baseline-invalid'
  | 'usage' | 'output-exists' | 'output-is-input' | 'output-format' | 'write-failed' | 'interrupted';

/** Base of qingdan's errors: a message key, its arguments, and where it happened. */
export class QingdanError extends Error {
  readonly exitCode: 1 | 2 = 2;
  constructor(
    readonly key: ErrorCode,
    readonly args: Record<string, unknown> = {},
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
