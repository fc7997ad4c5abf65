/**
 * The published workbook prints as a reader would print it (issue 16 points 3 and 5): LibreOffice
 * converts it to PDF, and every page is A4 landscape, carries the header row (print titles) and
 * "第 N 页 共 M 页"; the summary fits on one page. The print titles, header and footer and the
 * document properties are read back from the workbook with exceljs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFiles, type PublishReport } from '../../src/index.js';
import { pdfPages, type PdfPage } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const HEADERS = ['序号', '事项编码', '事项名称', '权力类别', '实施部门', '设定依据', '下放方式', '承接批次', '承接日期'];

let dir: string;
let xlsx: string;
let report: PublishReport;
let pages: PdfPage[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-publish-print-'));
  xlsx = join(dir, 'published.xlsx');
  report = await publishFiles([join(ROOT, 'examples', 'jinan', 'depts')], xlsx, {
    catalogue: join(ROOT, 'examples', 'jinan', 'catalogue-2016.xlsx'), allowFindings: true, config: false,
  });
  // A profile of its own: a LibreOffice another test (or the user) runs does not take the job.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, xlsx], { stdio: 'pipe', timeout: 170_000 });
  pages = await pdfPages(join(dir, 'published.pdf'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the published .xlsx printed by LibreOffice', () => {
  it('prints on A4 landscape pages numbered "第 N 页 共 M 页", M the page count', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((p, k) => {
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
      expect(p.text, `page ${k + 1}`).toContain(`第${k + 1}页共${pages.length}页`);
      expect(p.text, `page ${k + 1}`).toContain('管委会行政权力清单');
    });
  });

  it('puts the summary on one page, and the header row on every page of the items', () => {
    expect(pages[0].text).toContain('汇总');
    expect(pages[0].text).toContain('合计');
    expect(pages[1].text).not.toContain('(汇总)');
    const items = pages.slice(1).filter((p) => !p.text.includes('未公布原因'));
    expect(items.length).toBeGreaterThan(5);
    for (const [k, p] of items.entries()) for (const h of HEADERS) expect(p.text, `items page ${k + 1}: ${h}`).toContain(h);
    // Every published item is printed: the codes of the first and the last.
    const all = items.map((p) => p.text).join('');
    expect(all).toContain(report.published[0].code);
    expect(all).toContain(report.published.at(-1)!.code);
    // The withheld items follow, under their own header.
    expect(pages.at(-1)!.text).toContain('未公布原因');
    for (const b of report.blocked) expect(pages.map((p) => p.text).join('')).toContain(b.code);
  });

  it('has print titles, page setup, header and footer and document properties in the workbook', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const [summary, items, withheld] = wb.worksheets;
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '管委会清单', '未公布事项']);
    expect(items.pageSetup.printTitlesRow).toBe('3:3');
    expect(items.getRow(3).getCell(2).value).toBe('事项编码');
    expect(summary.pageSetup.printTitlesRow).toBe('3:3');
    expect(withheld.pageSetup.printTitlesRow).toBe('2:2');
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 });
      expect(ws.headerFooter.oddFooter).toBe('&C第 &P 页 共 &N 页');
      expect(ws.headerFooter.oddHeader).toContain('管委会行政权力清单');
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
    expect(summary.pageSetup.fitToHeight).toBe(1);
    expect(items.pageSetup.fitToHeight).toBe(0);
    expect(wb.title).toBe('管委会行政权力清单');
    expect(wb.keywords).toBe(`sha256:${report.publication!.hash}`);
    expect(wb.created.toISOString().slice(0, 10)).toMatch(/^20\d\d-/u);
    // No empty column: every column of the item sheet holds a value below the header.
    for (let c = 1; c <= items.columnCount; c++) expect(items.getColumn(c).values.slice(4).some((v) => v !== null && v !== undefined && v !== ''), `column ${c}`).toBe(true);
  });
});
