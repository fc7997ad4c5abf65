/**
 * missing-value: a required value is empty, including the data contract's conditional requirements:
 * a reason when the decision is 不下放/暂不下放; mode and scope when it is 下放; a note saying what is
 * kept when the scope is 部分下放; batch and date when the status is 已承接.
 * Not here, by design: the two written confirmations of an accepted item (missing-confirmation)
 * and its legal review (legal-review), so each defect is reported once, by the rule that names it.
 * A required column that is absent altogether is one missing-column, not a finding per row.
 */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { ACCEPTED, DECISIONS, DELEGATE, PARTIAL } from '../../model/enums.js';
import type { FieldKey, Item } from '../../model/types.js';
import { hit, type Requirement, type RuleDetails } from '../details.js';
import type { Finding } from '../finding.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';
import { filled, hasColumn } from './util.js';

const NOT_DELEGATED: readonly string[] = DECISIONS.filter((d) => d !== DELEGATE);

function conditions(item: Item): [FieldKey, Requirement][] {
  const out: [FieldKey, Requirement][] = [];
  if (item.decision !== undefined && NOT_DELEGATED.includes(item.decision)) out.push(['reason', 'not-delegated']);
  if (item.decision === DELEGATE) out.push(['mode', 'delegated'], ['scope', 'delegated']);
  if (item.decision === DELEGATE && item.scope === PARTIAL) out.push(['note', 'partial']);
  if (item.status === ACCEPTED) out.push(['batch', 'accepted'], ['acceptedOn', 'accepted']);
  return out;
}

export const missingValue: ItemRule = {
  id: 'missing-value',
  severity: DEFAULT_SEVERITY['missing-value'],
  scope: 'item',
  check: (item, { list }) => {
    const out: Finding[] = [];
    const report = (field: FieldKey, when: Requirement): void => {
      const header = item.source.headers[field] ?? COLUMN_BY_KEY[field].header;
      const details: RuleDetails['missing-value'] = { field, header, when };
      if (when === 'not-delegated' || when === 'delegated') details.decision = item.decision;
      if (when === 'partial') details.scope = item.scope;
      if (when === 'accepted') details.status = item.status;
      out.push(hit('missing-value', item, field, details));
    };
    for (const field of REQUIRED_COLUMNS[list.kind]) {
      if (hasColumn(list, field) && !filled(item[field])) report(field, 'always');
    }
    if (list.kind === 'delegation') {
      for (const [field, when] of conditions(item)) if (!filled(item[field])) report(field, when);
    }
    return out;
  },
};
