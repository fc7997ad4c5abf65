/** One item sheet of a workbook fit to publish: title, styled frozen header, widths, validations, typed cells. */
import type { Alignment, Borders, DataValidation, Fill, Font, Style, Worksheet } from 'exceljs';
import stringWidth from 'string-width';
import type { ColumnDef } from '../model/columns.js';
import { parseDate } from '../model/normalise.js';
import type { Item } from '../model/types.js';
import { asNumber, type OutputColumns } from './canonical.js';
import { isFormulaLike } from './neutralise.js';
import { quotedStyle, quoteFormulaLike } from './quote-prefix.js';

export const TITLE_FONT: Partial<Font> = { name: '宋体', size: 16, bold: true };
export const HEADER_FONT: Partial<Font> = { name: '宋体', size: 11, bold: true };
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
export const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
export const CENTER: Partial<Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };

/** Column types whose text is long: wrapped, and given a wider column. */
const LONG = new Set(['text']);
const DATE_FORMAT = 'yyyy-mm-dd';

/** Widths in Excel's units (about one Latin character; a CJK character counts two), from the header and a sample of values. */
/** A header row: bold on grey, bordered, centred (also the summary and appendix sheets'). */
export function addHeaderRow(ws: Worksheet, values: readonly (string | number)[], height?: number): void {
  const row = ws.addRow([...values]);
  if (height) row.height = height;
  row.eachCell((cell) => {
    cell.font = HEADER_FONT;
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = CENTER;
  });
  quoteFormulaLike(row);
  row.commit();
}

export function columnWidths(headers: readonly string[], sample: readonly (readonly string[])[], defs: readonly (ColumnDef | undefined)[]): number[] {
  return headers.map((h, i) => {
    const long = defs[i] !== undefined && LONG.has(defs[i]!.type);
    let w = stringWidth(h);
    for (const row of sample) {
      for (const line of (row[i] ?? '').split('\n')) w = Math.max(w, stringWidth(line));
    }
    return Math.min(Math.max(w + 2, 8), long ? 60 : 40);
  });
}

/** A cell's value: real dates for date columns, numbers for integer columns, text otherwise (never a formula). */
export function cellValue(def: ColumnDef | undefined, text: string): string | number | Date | null {
  if (text === '') return null;
  // Only a real date becomes a date cell: Date.UTC would roll an impossible 2016-06-31 over to
  // 2016-07-01, a value the file never held; such text stays text (issue 13 point 1).
  if (def?.type === 'date' && /^\d{4}-\d{2}-\d{2}$/u.test(text) && parseDate(text) === text) {
    const [y, m, d] = text.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (def) {
    const n = asNumber(def.key, text);
    if (n !== undefined) return n;
  }
  return text;
}

/** The text of each output column of an item. */
export function rowTexts(item: Item, cols: OutputColumns): string[] {
  return [...cols.fields.map((c) => item[c.key] ?? ''), ...cols.extra.map((h) => item.extra?.[h] ?? '')];
}

export interface SheetSpec {
  title: string;
  /** A second line under the title (the content hash of a publication). */
  subtitle?: string;
  cols: OutputColumns;
  items: readonly Item[];
}

/** Rows above the header of an item sheet. */
export const headerRowOf = (spec: Pick<SheetSpec, 'subtitle'>): number => (spec.subtitle ? 3 : 2);

/** Sets columns, title rows, header, validations and autofilter; writes and commits every item row. */
export function fillItemSheet(ws: Worksheet, spec: SheetSpec): void {
  // The streaming writer has dataValidations at run time; exceljs's types leave it out.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  const { cols, items } = spec;
  const defs: (ColumnDef | undefined)[] = [...cols.fields, ...cols.extra.map(() => undefined)];
  const headers = [...cols.fields.map((c) => c.header), ...cols.extra];
  const n = headers.length;
  const widths = columnWidths(headers, items.slice(0, 5000).map((i) => rowTexts(i, cols)), defs);
  // One style object per column, shared by all its cells: exceljs caches a style's id by object
  // identity, so sharing spares rendering a style for every cell (most of the writing time).
  const styles: Partial<Style>[] = defs.map((d) => ({
    alignment: { vertical: 'top', wrapText: d === undefined || LONG.has(d.type) || (d.type === 'string' && d.key !== 'code') },
    numFmt: d?.type === 'date' ? DATE_FORMAT : d?.type === 'integer' || d?.type === 'batch' ? '0' : '@',
    border: BORDER,
  }));
  ws.columns = defs.map((_, i) => ({ width: widths[i], style: styles[i] }));
  const headerRow = headerRowOf(spec);
  const last = headerRow + Math.max(items.length, 1);
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: last, column: n } };
  defs.forEach((d, i) => {
    if (!d?.values) return;
    const col = ws.getColumn(i + 1).letter;
    validations.add(`${col}${headerRow + 1}:${col}${last}`, {
      type: 'list', allowBlank: true, formulae: [`"${d.values.join(',')}"`],
      showErrorMessage: true, errorStyle: 'stop', error: d.values.join('、'),
    });
  });

  const title = ws.addRow([spec.title]);
  title.height = 30;
  title.getCell(1).font = TITLE_FONT;
  title.getCell(1).alignment = CENTER;
  if (n > 1) ws.mergeCells(1, 1, 1, n);
  quoteFormulaLike(title);
  title.commit();
  if (spec.subtitle) {
    const sub = ws.addRow([spec.subtitle]);
    sub.getCell(1).alignment = { horizontal: 'left', vertical: 'middle' };
    sub.getCell(1).numFmt = '@';
    if (n > 1) ws.mergeCells(2, 1, 2, n);
    quoteFormulaLike(sub);
    sub.commit();
  }
  addHeaderRow(ws, headers, 30);
  for (const item of items) {
    const texts = rowTexts(item, cols);
    const row = ws.addRow(texts.map((t, i) => cellValue(defs[i], t)));
    for (let i = 0; i < n; i++) row.getCell(i + 1).style = isFormulaLike(texts[i]) ? quotedStyle(styles[i]) : styles[i];
    row.commit();
  }
}
