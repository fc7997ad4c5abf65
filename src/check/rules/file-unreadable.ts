/**
 * file-unreadable: an input that cannot be read as what it claims to be. The readers throw; the
 * check stage reports each failure through this rule (with the error's place) and goes on with
 * the other files. There is nothing to check in a list that was read.
 */
import type { ErrorCode } from '../../errors.js';
import type { ReadFailure } from '../../read/index.js';
import type { FindingPlace } from '../../vocab/rules.js';
import { defineRule, type Report } from '../rule.js';

export interface FileUnreadableDetails { error: ErrorCode; args: Record<string, unknown> }

export const fileUnreadable = defineRule<FileUnreadableDetails>()({
  id: 'file-unreadable',
  severity: 'error',
  description: 'a file cannot be read as what it claims to be; the others are still checked, and the run exits 2',
  scope: 'read',
});

/** Reports a file that could not be read, at the error's place (else the file named). */
export function reportFailure(failure: ReadFailure, report: Report<FileUnreadableDetails>): void {
  const where = failure.error.where ?? {};
  const place: FindingPlace = { file: where.file ?? failure.file };
  if (where.sheet !== undefined) place.sheet = where.sheet;
  if (where.row !== undefined) place.row = where.row;
  if (where.column !== undefined) place.column = where.column;
  report(place, { error: failure.error.key, args: failure.error.args });
}
