/** Every rule of the contract, by id: a rule without an entry, or a misspelled id, fails to compile. */
import type { RuleId } from './rule-ids.js';
import type { Rule } from './rule.js';
import * as r from './rules/index.js';

export const RULES: Readonly<Record<RuleId, Rule>> = {
  'file-unreadable': r.fileUnreadable,
  'missing-column': r.missingColumn,
  'missing-value': r.missingValue,
  'invalid-value': r.invalidValue,
  'duplicate-code': r.duplicateCode,
  'unknown-code': r.unknownCode,
  'name-mismatch': r.nameMismatch,
  'category-mismatch': r.categoryMismatch,
  'department-mismatch': r.departmentMismatch,
  'cancelled-item': r.cancelledItem,
  gap: r.gap,
  dispute: r.dispute,
  'missing-confirmation': r.missingConfirmation,
  'legal-review': r.legalReview,
  'partial-delegation': r.partialDelegation,
  'pending-acceptance': r.pendingAcceptance,
  'zone-mismatch': r.zoneMismatch,
  'unresolved-conflict': r.unresolvedConflict,
};
