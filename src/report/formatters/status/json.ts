/** `status --format json`: the contract's status shape, as is. */
import type { StatusReport, WhoReport } from '../../../status/types.js';

export const formatStatusJson = (report: StatusReport): string => `${JSON.stringify(report, null, 2)}\n`;

export const formatWhoJson = (report: WhoReport): string => `${JSON.stringify(report, null, 2)}\n`;
