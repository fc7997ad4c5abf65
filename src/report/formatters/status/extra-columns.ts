/**
 * The columns status shows only when they have something to say (issue 18): taken back (收回),
 * when any item is; overdue (逾期未承接), when the configuration plans acceptance dates.
 */
import type { StatusCounts, StatusReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { OVERDUE_TEXT } from '../../text/acceptance.js';
import { TAKEN_BACK_COLUMN } from '../../text/takeback.js';

export interface ExtraColumn {
  /** The JSON key (and the dashboard's data-total). */
  key: 'takenBack' | 'overdue';
  head: (lang: Lang) => string;
  value: (c: StatusCounts) => string;
}

const TAKEN_BACK: ExtraColumn = { key: 'takenBack', head: (lang) => TAKEN_BACK_COLUMN[lang], value: (c) => String(c.takenBack ?? 0) };
const OVERDUE: ExtraColumn = { key: 'overdue', head: (lang) => OVERDUE_TEXT[lang].column, value: (c) => String(c.overdue ?? 0) };

export function extraColumns(report: StatusReport): ExtraColumn[] {
  return [...((report.totals.takenBack ?? 0) > 0 ? [TAKEN_BACK] : []), ...(report.totals.overdue !== undefined ? [OVERDUE] : [])];
}
