/**
 * missing-value: a required value is empty, including the data contract's conditional requirements:
 * a reason when the decision is 不下放/暂不下放; mode and scope when it is 下放; a note saying what is
 * kept when the scope is 部分下放; batch and date when the status is 已承接.
 * Not here, by design: the two written confirmations of an accepted item (missing-confirmation)
 * and its legal review (legal-review), so each defect is reported once, by the rule that names it.
 * A required column that is absent altogether is one missing-column, not a finding per row.
 * A list with no item at all (a header-only sheet, `items: []`) is one finding for the file
 * (when 'empty-list'), so a department's empty submission is said plainly and not only through its gaps.
 */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { ACCEPTED, DECISIONS, DELEGATE, PARTIAL } from '../../model/enums.js';
import type { FieldKey, Item, PowerList } from '../../model/types.js';
import { at, listPlace } from '../place.js';
import { defineRule, type Report } from '../rule.js';
import { filled, hasColumn } from './util.js';

/** Why a value is required; 'empty-list' is a list that holds no item at all (a header and nothing under it). */
export type Requirement = 'always' | 'not-delegated' | 'delegated' | 'accepted' | 'partial' | 'empty-list';

export interface MissingValueDetails { field: FieldKey; header: string; when: Requirement; decision?: string; scope?: string; status?: string }

const NOT_DELEGATED: readonly string[] = DECISIONS.filter((d) => d !== DELEGATE);

// The conditions as constant pairs: the check runs on every row, and makes no array of them per row.
type Condition = readonly (readonly [FieldKey, Requirement])[];
const IF_NOT_DELEGATED: Condition = [['reason', 'not-delegated']];
const IF_DELEGATED: Condition = [['mode', 'delegated'], ['scope', 'delegated']];
const IF_PARTIAL: Condition = [['note', 'partial']];
const IF_ACCEPTED: Condition = [['batch', 'accepted'], ['acceptedOn', 'accepted']];

/** Reports each field of a condition that the item leaves empty. */
function each(item: Item, condition: Condition, report: Report<MissingValueDetails>): void {
  for (const [field, when] of condition) if (!filled(item[field])) empty(item, field, when, report);
}

/** The required fields of a list's kind that it has a column for, once per list (not a lookup per field per row). */
const requiredOf = new WeakMap<PowerList, readonly FieldKey[]>();
function required(list: PowerList): readonly FieldKey[] {
  let fields = requiredOf.get(list);
  if (!fields) {
    fields = REQUIRED_COLUMNS[list.kind].filter((field) => hasColumn(list, field));
    requiredOf.set(list, fields);
  }
  return fields;
}

function empty(item: Item, field: FieldKey, when: Requirement, report: Report<MissingValueDetails>): void {
  const header = item.source.headers[field] ?? COLUMN_BY_KEY[field].header;
  const details: MissingValueDetails = { field, header, when };
  if (when === 'not-delegated' || when === 'delegated') details.decision = item.decision;
  if (when === 'partial') details.scope = item.scope;
  if (when === 'accepted') details.status = item.status;
  report(at(item, field), details);
}

export const missingValue = defineRule<MissingValueDetails>()({
  id: 'missing-value',
  severity: 'error',
  description: "a required value is empty, including the contract's conditions: a reason when not delegated, mode and scope when delegated, batch and date when accepted",
  scope: 'item',
  checkList: (list, _ctx, report) => {
    if (list.items.length === 0) report(listPlace(list), { field: 'code', header: COLUMN_BY_KEY.code.header, when: 'empty-list' });
  },
  check: (item, { list }, report) => {
    const fields = required(list);
    for (let i = 0; i < fields.length; i++) if (!filled(item[fields[i]])) empty(item, fields[i], 'always', report);
    if (list.kind === 'delegation') {
      // In the contract's order: a reason when not delegated, mode and scope when delegated, what is kept
      // when partly delegated, batch and date when accepted.
      if (item.decision !== undefined && NOT_DELEGATED.includes(item.decision)) each(item, IF_NOT_DELEGATED, report);
      if (item.decision === DELEGATE) each(item, IF_DELEGATED, report);
      if (item.decision === DELEGATE && item.scope === PARTIAL) each(item, IF_PARTIAL, report);
      if (item.status === ACCEPTED) each(item, IF_ACCEPTED, report);
    }
  },
});
