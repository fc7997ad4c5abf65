/**
 * file-unreadable: an input that cannot be read as what it claims to be. The readers throw; run.ts
 * turns each failure into this finding (with the error's place) and goes on with the other files.
 */
import type { ReadFailure } from '../../read/index.js';
import type { Finding } from '../finding.js';
import { gitConflictOf } from './unresolved-conflict.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { FileRule } from '../rule.js';

export const fileUnreadable: FileRule = {
  id: 'file-unreadable',
  severity: DEFAULT_SEVERITY['file-unreadable'],
  scope: 'file',
  // A list that was read is readable: nothing to check. Failures come from unreadable() below.
  check: () => [],
};

/** The finding for a file that could not be read. */
export function unreadable(failure: ReadFailure): Finding {
  const conflict = gitConflictOf(failure);
  if (conflict) return conflict;
  const where = failure.error.where ?? {};
  const f: Finding = {
    rule: 'file-unreadable',
    severity: DEFAULT_SEVERITY['file-unreadable'],
    file: where.file ?? failure.file,
    details: { error: failure.error.key, args: failure.error.args },
  };
  if (where.sheet !== undefined) f.sheet = where.sheet;
  if (where.row !== undefined) f.row = where.row;
  if (where.column !== undefined) f.column = where.column;
  return f;
}
