/**
 * acceptance-overdue (issue 18 point 4): a delegated item still 待承接 after its planned acceptance
 * date (the configuration's `acceptance:`: a date per batch, or days from the delegation date).
 * Without `acceptance:` in the configuration the rule says nothing.
 */
import { overdueOf, type DueBasis } from '../../model/acceptance-plan.js';
import { PENDING } from '../../model/enums.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';
import { itemDepartment } from './util.js';

export interface AcceptanceOverdueDetails {
  /** The planned date (YYYY-MM-DD). */
  due: string;
  /** Whole days from the planned date to today. */
  days: number;
  /** Where the date comes from: the item's batch, or the deadline after the delegation date. */
  basis: DueBasis;
  /** The planned batch (承接批次), when the date is that batch's. */
  batch?: number;
  status: string;
  /** Who still exercises the item. */
  exercisedBy: string;
}

export const acceptanceOverdue = defineRule<AcceptanceOverdueDetails>()({
  id: 'acceptance-overdue',
  severity: 'warning',
  description: 'an item still 待承接 past its planned date (config: per batch, or days from a delegation date)',
  scope: 'item',
  kinds: ['delegation'],
  check: (item, { config, list, today }, report) => {
    const late = overdueOf(item, config.acceptance, today);
    if (!late) return;
    const details: AcceptanceOverdueDetails = { due: late.due, days: late.days, basis: late.basis, status: item.status || PENDING, exercisedBy: itemDepartment(item, list) };
    if (late.batch !== undefined) details.batch = late.batch;
    report(at(item, 'status'), details);
  },
});
