/** `status` as a terminal table: one row per department with a progress bar, CJK text aligned by display width. */
import stringWidth from 'string-width';
import type { StatusReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { bar, renderTable, type Align } from '../../table.js';
import { DUPLICATES_NOTE, st } from '../../text/status.js';
import { palette } from '../pretty.js';
import { acceptedShare, batchLine, countCells, departmentLabel, headerCells, percent } from './cells.js';
import { extraColumns } from './extra-columns.js';
import { PUNCT } from '../../../text/punct.js';

export interface PrettyOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width in columns; the progress bars shrink to fit (default 100). */
  width?: number;
}

const MIN_BAR = 5;
const MAX_BAR = 20;

/** Renders the status report as an aligned table, totals last, then the accepted items per batch. */
export function formatStatusPretty(report: StatusReport, opts: PrettyOptions): string {
  const { lang, color, width = 100 } = opts;
  const p = palette(color);
  const hasCatalogue = report.catalogueFile !== null;
  const rows = [
    ...report.departments.map((d) => ({ label: departmentLabel(d.department, lang), c: d })),
    { label: st('total', lang), c: report.totals },
  ];
  const extra = extraColumns(report);
  const plain = [headerCells(lang, extra), ...rows.map((r) => [r.label, ...countCells(r.c, hasCatalogue, extra)])];
  // Width of the table without the progress column, to size the bars to the terminal.
  const used = stringWidth(renderTable(plain).split('\n')[0] ?? '') + 2;
  const pctWidth = 5;
  const barWidth = Math.max(MIN_BAR, Math.min(MAX_BAR, width - used - pctWidth - 1));
  const progress = (f: number | undefined): string => `${p.ok(bar(f ?? 0, barWidth))} ${percent(f).padStart(4)}`;
  const table: string[][] = [
    [...plain[0], st('progress', lang)].map((h) => p.bold(h)),
    ...rows.map((r, i) => {
      const cells = [...plain[i + 1], progress(acceptedShare(r.c))];
      return i === rows.length - 1 ? cells.map((x) => p.bold(x)) : cells;
    }),
  ];
  // The progress column is right-aligned too, so every line of the table ends at the same column.
  const align: Align[] = ['left', ...Array<Align>(11 + extra.length).fill('right')];
  const lines = [renderTable(table, align, opts.width).trimEnd()];
  lines.push('', `${st('batches', lang)}${PUNCT[lang].colon}${batchLine(report.totals.batches, lang)}`);
  if (report.duplicates) lines.push(p.warning(DUPLICATES_NOTE[lang]({ n: report.duplicates })));
  if (!hasCatalogue) lines.push(p.dim(st('noCatalogue', lang)));
  if (report.totals.listed === 0) lines.push(p.warning(st('nothing', lang)));
  return lines.join('\n') + '\n';
}
