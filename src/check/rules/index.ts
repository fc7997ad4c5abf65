/** One module per rule or close family; this file only gathers them for the registry. */
export { fileUnreadable } from './file-unreadable.js';
export { missingColumn } from './missing-column.js';
export { missingValue } from './missing-value.js';
export { invalidValue } from './invalid-value.js';
export { duplicateCode } from './duplicate-code.js';
export { unknownCode, nameMismatch, categoryMismatch, departmentMismatch, cancelledItem } from './catalogue-match.js';
export { gap } from './gap.js';
export { dispute } from './dispute.js';
export { missingConfirmation, legalReview, pendingAcceptance } from './acceptance.js';
export { partialDelegation } from './partial-delegation.js';
export { zoneMismatch } from './zone-mismatch.js';
export { unresolvedConflict } from './unresolved-conflict.js';
