/**
 * The annotated copy of a department's list (`validate --annotate DIR`, issue 15 point 2): onto the
 * list as received (an exceljs workbook the job has loaded or laid out), every cell a finding points
 * at is filled by severity and carries a note (批注) with the findings' messages and rule ids; a first
 * sheet 审核意见 lists every finding with a link to its cell, a legend and what could not be kept;
 * a sheet 漏项 holds the department's gaps with the catalogue's values under the list's own headers.
 */
import type { Cell, Workbook, Worksheet } from 'exceljs';
import type { Finding } from '../../check/finding.js';
import type { Severity } from '../../check/rule-ids.js';
import type { Lang } from '../../text/lang.js';
import { sheetName } from '../../write/xlsx.js';
import { stampZipBuffer } from '../../write/zip-stable.js';
import { ANNOTATE_TEXT as T, NOT_KEPT, NOTE_LINE, type NotKept } from '../text/annotate.js';
import { findingMessage } from '../text/rules.js';
import { SEVERITY_LABELS } from '../text/validate.js';
import { BOLD, cellLink, fitColumns, HEADER_FILL, LINK_FONT, SEVERITY_RANK, severityFill } from './common.js';
import { REVIEW_DATE } from './findings.js';
import { PUNCT } from '../../text/punct.js';

/** A cell of the copy: the sheet's name in the workbook, 1-based row and column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** One finding of the list, with the cell it marks (none: a finding about the file as a whole) and the item's name. */
export interface AnnotatedFinding {
  finding: Finding;
  cell?: CellRef;
  name?: string;
}

export interface GapSheet {
  /** The list's own headers, by column position (1-based index = position + 1; empty strings for columns without one). */
  headers: string[];
  /** One row per gap, the catalogue's values in the same positions. */
  rows: { finding: Finding; values: string[] }[];
}

export interface AnnotateSpec {
  lang: Lang;
  /** The file as the report names it (the review sheet's title). */
  file: string;
  findings: AnnotatedFinding[];
  gaps?: GapSheet;
  notKept: NotKept[];
}

/** The cell that shows a merged range's value: its top-left cell. */
const shown = (c: Cell): Cell => (c.isMerged && c.master ? c.master : c);

/** Fills and notes the cells of the findings (the most severe finding gives the fill; one note for all). */
function markCells(wb: Workbook, spec: AnnotateSpec): void {
  const byCell = new Map<string, { ws: Worksheet; cell: Cell; findings: Finding[] }>();
  for (const { finding, cell } of spec.findings) {
    if (!cell) continue;
    const ws = wb.getWorksheet(cell.sheet);
    if (!ws) continue;
    const c = shown(ws.getCell(cell.row, cell.col));
    const key = `${cell.sheet}\u0000${c.address}`;
    const at = byCell.get(key) ?? { ws, cell: c, findings: [] };
    at.findings.push(finding);
    byCell.set(key, at);
  }
  for (const { cell, findings } of byCell.values()) {
    const worst = findings.reduce<Severity>((s, f) => (SEVERITY_RANK[f.severity] < SEVERITY_RANK[s] ? f.severity : s), 'info');
    // A new style object: a workbook read from a file shares one style object between the cells of one format.
    cell.style = { ...cell.style, fill: severityFill(worst) };
    const lines = findings.map((f) => NOTE_LINE[spec.lang]({ severity: SEVERITY_LABELS[f.severity][spec.lang], rule: f.rule, message: findingMessage(f, spec.lang) }));
    const old = noteText(cell.note);
    cell.note = { texts: [{ text: [...(old ? [old, '——'] : []), ...lines].join('\n') }], margins: { insetmode: 'auto' } } as Cell['note'];
  }
}

function noteText(note: Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** The 审核意见 sheet, placed first. */
function reviewSheet(wb: Workbook, spec: AnnotateSpec, name: string, gapsName: string | undefined, gapRow: Map<Finding, number>): void {
  const { lang } = spec;
  const t = (k: keyof typeof T): string => T[k][lang];
  const ws = wb.addWorksheet(name);
  // First among the sheets, and the one that opens.
  (ws as unknown as { orderNo: number }).orderNo = -1;
  const title = ws.addRow([`${t('reviewTitle')}：${spec.file}`]);
  title.getCell(1).font = { bold: true, size: 14 };
  const legend = ws.addRow([t('legend'), SEVERITY_LABELS.error[lang], SEVERITY_LABELS.warning[lang], SEVERITY_LABELS.info[lang]]);
  legend.getCell(1).font = BOLD;
  (['error', 'warning', 'info'] as const).forEach((s, i) => (legend.getCell(i + 2).fill = severityFill(s)));
  const kept = ws.addRow([t('notKept'), spec.notKept.length ? spec.notKept.map((k) => NOT_KEPT[k][lang]).join(PUNCT[lang].semicolon) : t('allKept')]);
  kept.getCell(1).font = BOLD;
  ws.addRow([]);
  const heads = [t('severity'), t('rule'), t('sheet'), t('row'), t('column'), t('code'), t('name'), t('message'), t('goTo')];
  const head = ws.addRow(heads);
  head.eachCell((c) => {
    c.font = BOLD;
    c.fill = HEADER_FILL;
  });
  const headAt = head.number;
  const texts: unknown[][] = [heads];
  for (const { finding: f, cell, name } of spec.findings) {
    const values = [SEVERITY_LABELS[f.severity][lang], f.rule, f.sheet ?? '', f.row ?? '', f.column ?? '', f.code ?? '', name ?? '', findingMessage(f, lang)];
    const row = ws.addRow(values);
    row.getCell(1).fill = severityFill(f.severity);
    row.getCell(8).alignment = { wrapText: true, vertical: 'top' };
    const g = gapRow.get(f);
    const target = cell ? cellLink(cell.sheet, cell.row, cell.col) : g !== undefined && gapsName ? cellLink(gapsName, g, 1) : undefined;
    if (target) {
      row.getCell(9).value = { text: cell ? `${t('goTo')} ${cell.sheet}!${ws.getCell(cell.row, cell.col).address}` : `${t('goTo')} ${gapsName}`, hyperlink: target };
      row.getCell(9).font = LINK_FONT;
    }
    texts.push(values);
  }
  if (spec.findings.length === 0) ws.addRow([t('noFindings')]);
  fitColumns(ws, texts, [8, 22, 16, 6, 18, 22, 30, 80, 24]);
  ws.getColumn(1).width = Math.max(ws.getColumn(1).width ?? 0, 12);
  ws.views = [{ state: 'frozen', ySplit: headAt, xSplit: 0, topLeftCell: `A${headAt + 1}`, activeCell: `A${headAt + 1}` }];
  ws.autoFilter = { from: { row: headAt, column: 1 }, to: { row: headAt + Math.max(spec.findings.length, 1), column: heads.length } };
  ws.pageSetup = { ...ws.pageSetup, paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headAt}:${headAt}` };
}

/** The 漏项 sheet: a line that says what it is, the list's headers, then one catalogue item a row. */
function gapsSheet(wb: Workbook, spec: AnnotateSpec, name: string, gaps: GapSheet, gapRow: Map<Finding, number>): void {
  const t = (k: keyof typeof T): string => T[k][spec.lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2, xSplit: 0, topLeftCell: 'A3', activeCell: 'A3' }] });
  const width = Math.max(gaps.headers.length, 1);
  ws.addRow([t('gapsNote')]);
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).getCell(1).alignment = { wrapText: true, vertical: 'top' };
  ws.getRow(1).height = 36;
  const head = ws.addRow(gaps.headers);
  head.eachCell((c) => {
    c.font = BOLD;
    c.fill = HEADER_FILL;
  });
  for (const { finding, values } of gaps.rows) {
    const row = ws.addRow(values);
    gapRow.set(finding, row.number);
  }
  fitColumns(ws, [gaps.headers, ...gaps.rows.map((r) => r.values)], []);
}

/** Adds the review (and gaps) sheets to `wb` and marks its cells; returns the workbook's bytes. */
export async function annotateWorkbook(wb: Workbook, spec: AnnotateSpec): Promise<Buffer> {
  const taken = new Set(wb.worksheets.map((w) => w.name.toLowerCase()));
  const name = sheetName(T.reviewSheet[spec.lang], taken);
  const gapsName = spec.gaps && spec.gaps.rows.length > 0 ? sheetName(T.gapsSheet[spec.lang], taken) : undefined;
  markCells(wb, spec);
  const gapRow = new Map<Finding, number>();
  // The gaps sheet first, so the review sheet knows each gap's row.
  if (gapsName) gapsSheet(wb, spec, gapsName, spec.gaps!, gapRow);
  reviewSheet(wb, spec, name, gapsName, gapRow);
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
  wb.created ??= REVIEW_DATE;
  wb.modified = REVIEW_DATE;
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  return stampZipBuffer(buf, REVIEW_DATE);
}
