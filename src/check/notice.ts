/**
 * Notices: what a run did not do, said once, as data (issue 13): a file in a folder that is not a
 * list, catalogue rules that did not run for lack of a catalogue, a waiver that waives nothing yet.
 * They are not findings of a list: no rule, no item, and they never fail the run.
 */
import type { Notice, Waiver } from './report.js';
import type { RuleId } from './rule-ids.js';

export type { Notice, NoticeKind } from './report.js';

/** The rules that need the catalogue: without one they do not run. */
export const CATALOGUE_RULES: readonly RuleId[] = ['unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item', 'gap'];

export const notAList = (file: string): Notice => ({ kind: 'not-a-list', level: 'info', file, details: {} });

/** The entry as the baseline has it, so the clerk can find it. */
export const waiverIncomplete = (w: Waiver): Notice => ({
  kind: 'waiver-incomplete', level: 'warning',
  details: { rule: w.rule, ...(w.code ? { code: w.code } : {}), ...(w.department ? { department: w.department } : {}), reason: w.reason },
});

export const noCatalogue = (): Notice => ({ kind: 'no-catalogue', level: 'warning', details: { rules: [...CATALOGUE_RULES] } });

/** A --department that names no department of the catalogue or of any list read. */
export const departmentUnknown = (department: string): Notice => ({ kind: 'department-unknown', level: 'warning', details: { department } });
