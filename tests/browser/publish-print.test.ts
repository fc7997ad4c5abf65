/**
 * The published HTML printed by Chromium (issue 16 points 4 and 5): A4 landscape pages, the table's
 * header row on every page, page numbers in the footer; on screen, the table of contents and the
 * offline search work, and codes and dates never break mid-token.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishFiles, type PublishReport } from '../../src/index.js';
import { launchBrowser, openPage, type PageProblems } from '../helpers/browser.js';
import { pdfPages, type PdfPage } from '../helpers/pdf.js';

const ROOT = join(import.meta.dirname, '..', '..');
const HEADERS = ['序号', '事项编码', '事项名称', '权力类别', '实施部门', '设定依据', '下放方式', '承接批次', '承接日期'];

let dir: string;
let html: string;
let report: PublishReport;
let browser: Browser;
let page: Page;
let problems: PageProblems;
let pages: PdfPage[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-publish-html-'));
  html = join(dir, 'published.html');
  report = await publishFiles([join(ROOT, 'examples', 'jinan', 'depts')], html, {
    catalogue: join(ROOT, 'examples', 'jinan', 'catalogue-2016.xlsx'), allowFindings: true, config: false,
  });
  expect(readFileSync(html, 'utf8')).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\/|@import|url\(/iu);
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser, pathToFileURL(html).href));
  const pdf = join(dir, 'published.pdf');
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  pages = await pdfPages(pdf);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the published HTML in chromium', () => {
  it('opens without errors or requests', () => {
    expect(problems).toEqual({ console: [], errors: [], requests: [] });
  });

  it('prints on A4 landscape pages, each with the header row and "第 N 页 共 M 页"', () => {
    expect(pages.length).toBeGreaterThan(10);
    pages.forEach((p, k) => {
      expect([Math.round(p.width), Math.round(p.height)], `page ${k + 1}`).toEqual([842, 595]);
      expect(p.text, `page ${k + 1}`).toContain(`第${k + 1}页共${pages.length}页`);
    });
    // Every page from the first row of the table to its last has the header row; the table of contents comes first.
    const first = pages.findIndex((p) => p.text.includes(report.published[0].code));
    const last = pages.findIndex((p) => p.text.includes(report.published.at(-1)!.code));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(last).toBeGreaterThan(first);
    for (let k = first; k <= last; k++) for (const h of HEADERS) expect(pages[k].text, `page ${k + 1}: ${h}`).toContain(h);
    expect(pages.at(-1)!.text).toContain('未公布原因');
  });

  it('never breaks a code or a date mid-token', async () => {
    const broken = await page.$$eval('td.nw', (tds) => tds.filter((td) => td.textContent !== '' && td.getClientRects().length > 0 && (td as HTMLElement).offsetHeight > 0)
      .filter((td) => { const r = document.createRange(); r.selectNodeContents(td); return r.getClientRects().length > 1; }).map((td) => td.textContent));
    expect(broken).toEqual([]);
    expect(await page.$$eval('#items tbody tr:not(.dept)', (r) => r.length)).toBe(report.published.length);
  });

  it('has a table of contents by department whose links lead to the rows, and a search that works offline', async () => {
    const toc = await page.$$eval('nav.toc a[href^="#d"]', (as) => as.map((a) => [a.textContent, document.querySelector(a.getAttribute('href')!)?.textContent]));
    const departments = [...new Set(report.published.map((p) => p.department))];
    expect(toc.map(([d]) => d)).toEqual(departments);
    for (const [d, target] of toc) expect(target).toBe(d);
    const code = report.published[5].code;
    await page.fill('#q', code);
    const shown = await page.$$eval('#items tbody tr:not(.dept)', (rows) => rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.children[1].textContent));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((c) => c === code || c!.startsWith(code))).toBe(true);
    expect(await page.textContent('#shown')).toBe(String(shown.length));
    await page.fill('#q', '');
    expect(await page.textContent('#shown')).toBe(String(report.published.length));
  });
});
