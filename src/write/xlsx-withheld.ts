/** The 未公布事项 sheet of a publication (export --publish --allow-findings): every accepted item left out, with its reasons. */
import type { Workbook } from 'exceljs';
import { PUBLISH_LABELS as P } from '../text/publish.js';
import type { WithheldItem } from './publish.js';
import { quoteFormulaLike } from './quote-prefix.js';
import { BORDER, TITLE_FONT, addHeaderRow, columnWidths } from './xlsx-sheet.js';
import { printSetup } from './xlsx-print.js';

/** The columns of the sheet, as the published text names them (no reader takes them for a list header). */
export const WITHHELD_HEADERS = [P.withheldCode, P.withheldName, P.withheldUnit, P.withheldPlace, P.withheldReasons] as const;

/** One row of texts per withheld item, in the columns above. */
export function withheldRow(w: WithheldItem): string[] {
  return [w.code, [w.name, w.subItem].filter(Boolean).join(' / '), w.department ?? '', w.place, w.reasons];
}

export function writeWithheld(wb: Workbook, name: string, title: string, items: readonly WithheldItem[]): void {
  const sheetTitle = `${title}（${P.withheldSheet} ${items.length}）`;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }], ...printSetup(sheetTitle, 2, Number.POSITIVE_INFINITY) });
  const rows = items.map(withheldRow);
  const widths = columnWidths([...WITHHELD_HEADERS], rows, []);
  const wrap = { vertical: 'top' as const, wrapText: true };
  ws.columns = widths.map((w, i) => ({ width: i === 1 || i === 4 ? Math.min(w, 50) : w, style: { numFmt: '@', alignment: wrap } }));
  const head = ws.addRow([sheetTitle]);
  head.getCell(1).font = TITLE_FONT;
  head.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, WITHHELD_HEADERS.length);
  quoteFormulaLike(head);
  head.commit();
  addHeaderRow(ws, [...WITHHELD_HEADERS], 24);
  for (const r of rows) {
    const row = ws.addRow(r);
    row.eachCell((c) => {
      c.border = BORDER;
      c.alignment = wrap;
    });
    quoteFormulaLike(row);
    row.commit();
  }
  ws.commit();
}
