/** What the review workbooks share: severity fills, header styles, widths that fit, cell addresses, links. */
import type { Fill, Font, Worksheet } from 'exceljs';
import stringWidth from 'string-width';
import type { Severity } from '../../check/rule-ids.js';

/** Cell fills by severity: light red, light yellow, light blue (Excel's "bad", "neutral", and a note blue). */
export const SEVERITY_ARGB: Record<Severity, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
export const severityFill = (s: Severity): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: SEVERITY_ARGB[s] } });
export const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
export const BOLD: Partial<Font> = { bold: true };
export const LINK_FONT: Partial<Font> = { color: { argb: 'FF0563C1' }, underline: true };
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A 1-based column number as the spreadsheet names it: 1 → A, 28 → AB. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * A link to a cell: `#'Sheet'!$C$7` in this workbook, `file#'Sheet'!$C$7` in another. Absolute
 * references: exceljs writes a target of the form Sheet!C7 with a `location` as well, which
 * LibreOffice then reads twice.
 */
export function cellLink(sheet: string, row: number, col: number, file = ''): string {
  return `${file}#'${sheet.replace(/'/gu, "''")}'!$${columnLetter(col)}$${row}`;
}

/** Sets column widths that fit the text of the rows (a CJK character counts two), between min and max. */
export function fitColumns(ws: Worksheet, rows: readonly (readonly unknown[])[], max: readonly number[] = []): void {
  const widths: number[] = [];
  for (const r of rows) {
    r.forEach((v, i) => {
      const text = v === undefined || v === null ? '' : String(v);
      for (const line of text.split('\n')) widths[i] = Math.max(widths[i] ?? 0, stringWidth(line));
    });
  }
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = Math.min(Math.max(w + 2, 6), max[i] ?? 60);
  });
}
