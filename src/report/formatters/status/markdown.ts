/** `status --format markdown`: the department table and the batches, for a report or a pull request. */
import type { StatusReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { DUPLICATES_NOTE, st } from '../../text/status.js';
import { acceptedShare, batchLine, countCells, departmentLabel, headerCells, percent } from './cells.js';
import { extraColumns } from './extra-columns.js';

/** Pipes and line breaks would break a Markdown table cell. */
const cell = (s: string): string => s.replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

export function formatStatusMarkdown(report: StatusReport, { lang }: { lang: Lang }): string {
  const hasCatalogue = report.catalogueFile !== null;
  const extra = extraColumns(report);
  const head = [...headerCells(lang, extra), st('progress', lang)];
  const row = (label: string, c: StatusReport['totals']): string[] => [label, ...countCells(c, hasCatalogue, extra), percent(acceptedShare(c))];
  const rows = [
    ...report.departments.map((d) => row(cell(departmentLabel(d.department, lang)), d)),
    row(`**${st('total', lang)}**`, report.totals),
  ];
  const lines = [
    `## ${st('title', lang)}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    `${st('batches', lang)}: ${batchLine(report.totals.batches, lang)}`,
  ];
  if (report.duplicates) lines.push('', `> ${DUPLICATES_NOTE[lang]({ n: report.duplicates })}`);
  if (!hasCatalogue) lines.push('', `> ${st('noCatalogue', lang)}`);
  return lines.join('\n') + '\n';
}
