/** The merge report as Markdown (for a pull request comment or a CI summary). */
import type { MergeReport } from '../../../merge/report.js';
import type { Lang } from '../../../text/lang.js';
import { conflictHeader, conflictRows, copyRows, inputRows, label, outcomeLine } from './cells.js';

const cell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\r?\n/gu, '<br>');
const table = (head: string[], rows: string[][]): string =>
  [head, head.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');

/** Renders the report as Markdown tables. */
export function formatMergeMarkdown(report: MergeReport, { lang }: { lang: Lang }): string {
  const out: string[] = [`## ${label('title', lang)}`, ''];
  out.push(table([label('inputs', lang), label('rows', lang)], inputRows(report, lang)), '');
  if (report.mode === 'consolidate') {
    const rows = report.departments.map((d) => [d.department || label('none', lang), String(d.items)]);
    rows.push([`**${label('total', lang)}**`, `**${report.summary.items}**`]);
    out.push(table([label('department', lang), label('items', lang)], rows), '');
  }
  if (report.copies.length) {
    out.push(`### ${label('copies', lang)}: ${report.copies.length}`, '');
    out.push(table([label('code', lang), label('places', lang)], copyRows(report, lang)), '');
  }
  if (report.conflicts.length) {
    out.push(`### ${label('conflicts', lang)}: ${report.conflicts.length}`, '');
    out.push(table(conflictHeader(lang), conflictRows(report, lang)), '');
  }
  out.push(outcomeLine(report, lang));
  return out.join('\n') + '\n';
}
