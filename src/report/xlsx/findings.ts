/**
 * The findings workbook for the office (`validate --format xlsx -o FILE`, issue 15 point 3): a sheet
 * 汇总 (per department: errors, warnings, notices, by rule, totals; resolved/open/new with --since)
 * and one sheet per department with its findings, each row linking to the file, sheet and cell.
 * Autofilter, frozen header row, widths that fit, A4 landscape with the header row on every page.
 * Deterministic: no clock, the zip's entry times stamped (write/zip-stable.ts): same report, same bytes.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Finding } from '../../check/finding.js';
import type { RoundCounts, ValidateReport } from '../../check/report.js';
import { RULE_IDS, type RuleId } from '../../check/rule-ids.js';
import type { Lang } from '../../text/lang.js';
import { compareText } from '../../util/compare.js';
import { sheetName } from '../../write/xlsx.js';
import { stampZipBuffer } from '../../write/zip-stable.js';
import { ANNOTATE_TEXT as T } from '../text/annotate.js';
import { findingMessage } from '../text/rules.js';
import { RULE_TITLES, SEVERITY_LABELS } from '../text/validate.js';
import { BOLD, fitColumns, HEADER_FILL, LINK_FONT, severityFill } from './common.js';

/** The moment stamped on the review workbooks: fixed, never the clock. */
export const REVIEW_DATE = new Date('2000-01-01T00:00:00Z');

export interface FindingsWorkbookOptions {
  lang: Lang;
  /**
   * The link of a finding's row: `file#'Sheet'!$C$7`, relative to where the workbook is written
   * (the job knows the cells; default: the file as the report names it, its sheet and row, column A).
   */
  link?: (f: Finding) => string | undefined;
}

const NONE = '\u0000';

function defaultLink(f: Finding): string | undefined {
  if (!f.file) return undefined;
  if (f.sheet === undefined || f.row === undefined) return f.file;
  return `${f.file}#'${f.sheet.replace(/'/gu, "''")}'!$A$${f.row}`;
}

function headerRow(ws: Worksheet, values: readonly (string | number)[]): void {
  const row = ws.addRow([...values]);
  row.eachCell((c) => {
    c.font = BOLD;
    c.fill = HEADER_FILL;
    c.alignment = { vertical: 'middle', wrapText: true };
  });
}

/** Frozen header row, autofilter over the table, A4 landscape, fit to one page wide, header row on every page. */
function tableSheet(wb: Workbook, name: string, columns: number, rows: number): Worksheet {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0, topLeftCell: 'A2', activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rows + 1, 1), column: columns } };
  return ws;
}

/** The findings workbook as the bytes of an .xlsx. */
export async function findingsWorkbook(report: ValidateReport, opts: FindingsWorkbookOptions): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const { lang } = opts;
  const link = opts.link ?? defaultLink;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'qingdan';
  wb.lastModifiedBy = 'qingdan';
  wb.created = REVIEW_DATE;
  wb.modified = REVIEW_DATE;
  const t = (k: keyof typeof T): string => T[k][lang];
  const taken = new Set<string>();
  const rounds = report.rounds;

  // Departments as the summary counts them (a finding's own department), code-point order; then the findings without one.
  const findingsOf = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const key = f.department ?? NONE;
    const list = findingsOf.get(key) ?? [];
    list.push(f);
    findingsOf.set(key, list);
  }
  const resolvedOf = new Map<string, Finding[]>();
  for (const f of rounds?.resolved ?? []) {
    const key = f.department ?? NONE;
    const list = resolvedOf.get(key) ?? [];
    list.push(f);
    resolvedOf.set(key, list);
  }
  const departments = [...new Set([...Object.keys(report.summary.byDepartment), ...Object.keys(rounds?.byDepartment ?? {}), ...resolvedOf.keys(), ...findingsOf.keys()])]
    .filter((d) => d !== NONE)
    .sort(compareText);
  if (findingsOf.has(NONE) || resolvedOf.has(NONE)) departments.push(NONE);
  const label = (d: string): string => (d === NONE ? t('noDepartment') : d);

  // 汇总
  const rules: RuleId[] = RULE_IDS.filter((r) => (report.summary.byRule[r] ?? 0) > 0);
  const roundHeads = rounds ? [t('resolved'), t('open'), t('new')] : [];
  const heads = [t('department'), t('errors'), t('warnings'), t('infos'), t('total'), ...roundHeads, ...rules.map((r) => `${RULE_TITLES[r][lang]}\n${r}`)];
  const summaryRows: (string | number)[][] = [];
  const roundCells = (c: RoundCounts | undefined): number[] => (rounds ? [c?.resolved ?? 0, c?.open ?? 0, c?.new ?? 0] : []);
  for (const d of departments) {
    const fs = findingsOf.get(d) ?? [];
    const c = { error: 0, warning: 0, info: 0 };
    const byRule = new Map<RuleId, number>();
    for (const f of fs) {
      c[f.severity]++;
      byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
    }
    const rc = d === NONE ? undefined : rounds?.byDepartment[d];
    summaryRows.push([label(d), c.error, c.warning, c.info, fs.length, ...roundCells(rc), ...rules.map((r) => byRule.get(r) ?? 0)]);
  }
  const s = report.summary;
  const totals = [t('total'), s.errors, s.warnings, s.infos, s.errors + s.warnings + s.infos, ...roundCells(rounds?.counts), ...rules.map((r) => s.byRule[r] ?? 0)];
  const sum = tableSheet(wb, sheetName(t('summarySheet'), taken), heads.length, summaryRows.length);
  headerRow(sum, heads);
  sum.getRow(1).height = 32;
  const sheetOf = new Map<string, string>();
  for (const d of departments) sheetOf.set(d, sheetName(label(d), taken));
  summaryRows.forEach((r, i) => {
    const row = sum.addRow(r);
    // The department's name links to its sheet.
    row.getCell(1).value = { text: String(r[0]), hyperlink: `#'${sheetOf.get(departments[i])!.replace(/'/gu, "''")}'!$A$1` };
    row.getCell(1).font = LINK_FONT;
  });
  const total = sum.addRow(totals);
  total.eachCell((c) => (c.font = BOLD));
  fitColumns(sum, [heads.map((h) => h.split('\n')[0]), ...summaryRows, totals], [40]);
  if (rounds) {
    sum.addRow([]);
    sum.addRow([`${t('since')}: ${rounds.since}`]);
  }

  // One sheet per department.
  const cols = [t('severity'), t('rule'), t('file'), t('sheet'), t('row'), t('column'), t('code'), t('message'), ...(rounds ? [t('round')] : []), t('goTo')];
  for (const d of departments) {
    const fs = findingsOf.get(d) ?? [];
    const gone = resolvedOf.get(d) ?? [];
    const ws = tableSheet(wb, sheetOf.get(d)!, cols.length, fs.length + gone.length);
    headerRow(ws, cols);
    const texts: (string | number)[][] = [cols];
    const add = (f: Finding, round: string | undefined): void => {
      const values: (string | number)[] = [
        SEVERITY_LABELS[f.severity][lang], f.rule, f.file ?? '', f.sheet ?? '', f.row ?? '', f.column ?? '', f.code ?? '', findingMessage(f, lang),
        ...(rounds ? [round ?? ''] : []),
      ];
      const row = ws.addRow(values);
      row.getCell(1).fill = severityFill(f.severity);
      row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
      const target = round === t('resolved') ? undefined : link(f);
      const at = row.getCell(values.length + 1);
      if (target) {
        at.value = { text: t('goTo'), hyperlink: target };
        at.font = LINK_FONT;
      }
      texts.push([...values, t('goTo')]);
    };
    for (const f of fs) add(f, f.round === 'new' ? t('roundNew') : f.round === 'open' ? t('roundOpen') : undefined);
    for (const f of gone) add(f, t('resolved'));
    fitColumns(ws, texts, [8, 22, 40, 20, 6, 20, 24, 80, 10, 8]);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return stampZipBuffer(buf, REVIEW_DATE);
}
