import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusReport } from '../../src/status/types.js';
import { launchBrowser, openPage, type PageProblems } from '../helpers/browser.js';
import { runInProcess } from '../helpers/cli.js';

const FIX = join(import.meta.dirname, '..', 'status', 'fixtures');
const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');
const HOSTILE = '</script><img src=x onerror=alert(1)>危险名称';

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runInProcess(argv, { lang: 'zh-CN' });
  return { code, out: stdout, err: stderr };
}

let browser: Browser;
let page: Page;
let problems: PageProblems;
let json: StatusReport;

const visibleCodes = (p: Page): Promise<string[]> =>
  p.$$eval('#items tbody tr', (rows) => rows.filter((r) => !(r as HTMLElement).hidden && (r as HTMLElement).offsetParent !== null).map((r) => r.getAttribute('data-code') ?? ''));

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-dashboard-'));
  const html = join(dir, 'report.html');
  const inputs = [join(FIX, 'depts'), '--catalogue', join(FIX, 'catalogue.yaml')];
  const made = await cli(['status', ...inputs, '--html', html, '--format', 'json']);
  expect(made.code, made.err).toBe(0);
  json = JSON.parse(made.out);
  // The page must carry nothing that would fetch: no http(s) URL, no external font or script.
  expect(readFileSync(html, 'utf8')).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\/|@import|url\(/iu);
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser, pathToFileURL(html).href));
});

afterAll(async () => {
  await browser?.close();
});

describe('status dashboard in chromium', () => {
  it('opens without console errors, page errors or requests', () => {
    expect(problems).toEqual({ console: [], errors: [], requests: [] });
  });

  it('shows the same totals as status --format json', async () => {
    const shown = await page.$$eval('[data-total]', (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-total'), e.textContent])));
    const t = json.totals;
    expect(shown).toEqual({
      catalogue: String(t.catalogue),
      listed: String(t.listed),
      delegated: String(t.decision['下放']),
      notDelegated: String(t.decision['不下放']),
      withheld: String(t.decision['暂不下放']),
      accepted: String(t.status['已承接']),
      pending: String(t.status['待承接']),
      deferred: String(t.status['暂缓承接']),
      partial: String(t.partial),
      disputesOpen: String(t.disputes.open),
      disputesResolved: String(t.disputes.resolved),
      progress: '60%',
    });
    expect(t.listed).toBe(7);
    expect(await page.$$eval('#items tbody tr', (r) => r.length)).toBe(t.listed);
  });

  it('has one row and one bar per department, matching the JSON', async () => {
    const rows = await page.$$eval('#departments tbody tr[data-department]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-department'), ...Array.from(tr.querySelectorAll('td')).slice(1, 3).map((td) => td.textContent)]));
    expect(rows).toEqual(json.departments.map((d) => [d.department, String(d.catalogue), String(d.listed)]));
    const accepted = await page.$$eval('#chart-departments rect.seg-accepted title', (ts) => ts.map((t) => t.textContent));
    expect(accepted).toEqual(json.departments.filter((d) => d.status['已承接'] > 0).map((d) => `${d.department} · 已承接: ${d.status['已承接']}`));
    expect(await page.$$eval('#chart-batches rect.batch', (r) => r.length)).toBe(Object.keys(json.totals.batches).length);
    expect(await page.$$eval('#chart-dates circle.point', (c) => c.length)).toBe(3);
    expect(await page.$$eval('#chart-categories rect.cat', (r) => r.length)).toBe(3);
  });

  it('shows a name with </script> and <img onerror> as text', async () => {
    expect(await page.$$eval('img', (i) => i.length)).toBe(0);
    const name = await page.$eval('#items tr[data-code="370100-XK-0005"] td:nth-child(2)', (td) => td.textContent);
    expect(name).toBe(HOSTILE);
  });

  it('search shows only the item whose code is typed', async () => {
    await page.fill('#search', '370100-JC-0004');
    expect(await visibleCodes(page)).toEqual(['370100-JC-0004']);
    expect(await page.textContent('#count')).toBe('1');
    await page.fill('#search', '教育');
    expect(await visibleCodes(page)).toEqual(['370100-XK-0101', '370100-XK-0102']);
    await page.fill('#search', '');
    expect(await visibleCodes(page)).toHaveLength(7);
  });

  it('sorts by a column when its header is clicked, and back when clicked again', async () => {
    const codes = async (): Promise<string[]> => page.$$eval('#items tbody tr', (rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
    const sorted = (await codes()).slice().sort();
    await page.click('#items th[data-key="code"]');
    expect(await codes()).toEqual(sorted);
    expect(await page.getAttribute('#items th[data-key="code"]', 'aria-sort')).toBe('ascending');
    await page.click('#items th[data-key="code"]');
    expect(await codes()).toEqual([...sorted].reverse());
    await page.click('#items th[data-key="batch"]');
    const batches = await page.$$eval('#items tbody tr td:nth-child(8)', (tds) => tds.map((td) => td.textContent));
    expect(batches).toEqual(['1', '1', '2', '', '', '', '']);
  });

  it('is printable: the search box is hidden in print, and a screenshot is saved', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('#search')).toBe(false);
    expect(await page.isVisible('#items')).toBe(true);
    await page.pdf({ path: join(ARTIFACTS, 'dashboard.pdf') });
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual({ console: [], errors: [], requests: [] });
  });
});
