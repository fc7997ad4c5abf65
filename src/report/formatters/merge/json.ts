/** The merge report as the JSON of cli-contract.md ("merge --format json"). */
import type { MergeReport } from '../../../merge/report.js';

/** The report, as the contract shapes it, on one line per key (two-space indent). */
export function formatMergeJson(report: MergeReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
