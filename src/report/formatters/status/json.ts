/** `status --format json`: the contract's status shape, as is. */
import type { StatusReport, WhoReport } from '../../../status/types.js';

export const formatStatusJson = (report: StatusReport): string => `${JSON.stringify(report, null, 2)}\n`;

/**
 * `status --who --format json`: the contract's object per code. One answer prints as that object
 * (so `jq .exercisedBy` works); several print as an array of them, in the order asked.
 */
export const formatWhoJson = (report: WhoReport): string =>
  `${JSON.stringify(report.who.length === 1 ? report.who[0] : report.who, null, 2)}\n`;
