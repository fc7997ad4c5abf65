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
import type { FieldKey, Item } from '../../model/types.js';
import { at, listPlace } from '../place.js';
import { defineRule } from '../rule.js';
import { filled, hasColumn } from './util.js';

/** Why a value is required; 'empty-list' is a list that holds no item at all (a header and nothing under it). */
export type Requirement = 'always' | 'not-delegated' | 'delegated' | 'accepted' | 'partial' | 'empty-list';

export interface MissingValueDetails { field: FieldKey; header: string; when: Requirement; decision?: string; scope?: string; status?: string }

const NOT_DELEGATED: readonly string[] = DECISIONS.filter((d) => d !== DELEGATE);

function conditions(item: Item): [FieldKey, Requirement][] {
  const out: [FieldKey, Requirement][] = [];
  if (item.decision !== undefined && NOT_DELEGATED.includes(item.decision)) out.push(['reason', 'not-delegated']);
  if (item.decision === DELEGATE) out.push(['mode', 'delegated'], ['scope', 'delegated']);
  if (item.decision === DELEGATE && item.scope === PARTIAL) out.push(['note', 'partial']);
  if (item.status === ACCEPTED) out.push(['batch', 'accepted'], ['acceptedOn', 'accepted']);
  return out;
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
    const empty = (field: FieldKey, when: Requirement): void => {
      const header = item.source.headers[field] ?? COLUMN_BY_KEY[field].header;
      const details: MissingValueDetails = { field, header, when };
      if (when === 'not-delegated' || when === 'delegated') details.decision = item.decision;
      if (when === 'partial') details.scope = item.scope;
      if (when === 'accepted') details.status = item.status;
      report(at(item, field), details);
    };
    for (const field of REQUIRED_COLUMNS[list.kind]) {
      if (hasColumn(list, field) && !filled(item[field])) empty(field, 'always');
    }
    if (list.kind === 'delegation') {
      for (const [field, when] of conditions(item)) if (!filled(item[field])) empty(field, when);
    }
  },
});
