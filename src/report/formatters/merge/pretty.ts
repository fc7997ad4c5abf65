/** The merge report for a terminal: inputs, items per department, conflicts, and what was written. */
import type { MergeReport } from '../../../merge/report.js';
import type { Lang } from '../../../text/lang.js';
import { renderTable } from '../../table.js';
import { palette } from '../pretty.js';
import { conflictHeader, conflictRows, copyRows, inputRows, label, outcomeLine } from './cells.js';

/** Renders the report as aligned tables (CJK text measured by display width). */
export function formatMergePretty(report: MergeReport, { lang, color, width }: { lang: Lang; color: boolean; width?: number }): string {
  const p = palette(color);
  const out: string[] = [p.heading(label('title', lang)), ''];
  out.push(renderTable([[label('inputs', lang), label('rows', lang)].map(p.bold), ...inputRows(report, lang)], ['left', 'right'], width));
  if (report.mode === 'consolidate') {
    const rows = report.departments.map((d) => [d.department || label('none', lang), String(d.items)]);
    rows.push([p.bold(label('total', lang)), p.bold(String(report.summary.items))]);
    out.push(renderTable([[label('department', lang), label('items', lang)].map(p.bold), ...rows], ['left', 'right'], width));
  }
  if (report.copies.length) {
    out.push(p.warning(`${label('copies', lang)}: ${report.copies.length}`));
    out.push(renderTable([[label('code', lang), label('places', lang)].map(p.bold), ...copyRows(report, lang)], [], width));
  }
  if (report.conflicts.length) {
    out.push(p.error(`${label('conflicts', lang)}: ${report.conflicts.length}`));
    // A legal basis may span lines; a table row must not.
    const rows = conflictRows(report, lang).map((r) => r.map((c) => c.replace(/\r?\n/gu, ' ↵ ')));
    out.push(renderTable([conflictHeader(lang).map(p.bold), ...rows], [], width));
  }
  const line = outcomeLine(report, lang);
  out.push(report.output.written && !report.conflicts.length ? p.ok(line) : p.warning(line));
  return out.join('\n') + '\n';
}
