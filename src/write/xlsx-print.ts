/**
 * Print setup of every sheet qingdan writes (issue 16 point 3): A4 landscape, fit to the page
 * width, the header row repeated on every page (print titles), the title in the page header and
 * "第 N 页 共 M 页" in the footer. A short sheet (the summary) fits on one page when it can.
 */
import type { PageSetup, HeaderFooter } from 'exceljs';
import { PUBLISH_LABELS } from '../text/publish.js';

/** Rows a landscape A4 page holds at a readable size: a sheet this short is fit to one page. */
export const ONE_PAGE_ROWS = 60;

/** Header and footer text escape: & starts a code in Excel's header language. */
const hfText = (text: string): string => text.replace(/&/gu, '&&').replace(/[\r\n]+/gu, ' ').slice(0, 200);

/** The page setup and header/footer of a sheet whose header row is `headerRow` (1-based). */
export function printSetup(title: string, headerRow: number, rows: number): { pageSetup: Partial<PageSetup>; headerFooter: Partial<HeaderFooter> } {
  const onePage = rows <= ONE_PAGE_ROWS;
  return {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: onePage ? 1 : 0,
      printTitlesRow: `${headerRow}:${headerRow}`, horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddHeader: `&C&"宋体,Bold"&12${hfText(title)}`, oddFooter: `&C${PUBLISH_LABELS.footer}` },
  };
}
