/**
 * `qingdan ui` in chromium: the clerk picks the jinan catalogue and the departments' folder, reads
 * the summary, filters the findings, downloads what the CLI writes, and runs a second round; every
 * figure is compared with the CLI's for the same files. Screenshots go to tests/.artifacts/ui, or to docs/ui/ for the README with QINGDAN_SHOTS=1.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import type { StatusReport } from '../../src/status/types.js';
import { startUi, type UiServer } from '../../src/ui/server.js';
import { launchBrowser } from '../helpers/browser.js';
import { ROOT, runInProcess } from '../helpers/cli.js';

const JINAN = join(ROOT, 'examples', 'jinan');
const DEPTS = join(JINAN, 'depts');
const CATALOGUE = join(JINAN, 'catalogue-2016.xlsx');
// The README's screenshots are refreshed only on request (QINGDAN_SHOTS=1), so a test run leaves the work tree as it was.
const SHOTS = process.env.QINGDAN_SHOTS === '1' ? join(ROOT, 'docs', 'ui') : join(import.meta.dirname, '..', '.artifacts', 'ui');

interface JsonFinding { rule: string; severity: string; code?: string; department?: string }
interface JsonReport { findings: JsonFinding[]; summary: { errors: number; warnings: number; infos: number; items: number; byDepartment: Record<string, { errors: number; warnings: number; infos: number; byRule: Record<string, number> }> } }

/** What the CLI prints for the same files, with the paths as the page names them (relative to examples/jinan). */
async function cli(argv: string[]): Promise<string> {
  const r = await runInProcess(argv, { lang: 'zh-CN' });
  expect(r.code, r.stderr).toBeLessThan(2);
  return r.stdout.split('examples/jinan/').join('');
}

let server: UiServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
let cliJsonText: string;
let cliJson: JsonReport;
let cliStatus: StatusReport;
let downloads: string;
const outside: string[] = [];
const consoleErrors: string[] = [];

const texts = (selector: string): Promise<string[]> => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ''));
const shownRows = (): Promise<{ rule: string; severity: string; code: string; department: string }[]> =>
  page.$$eval('#finding-table tbody tr[data-rule]', (rows) => rows.map((r) => ({
    rule: r.getAttribute('data-rule') ?? '', severity: r.getAttribute('data-severity') ?? '', code: r.getAttribute('data-code') ?? '', department: r.getAttribute('data-department') ?? '',
  })));

beforeAll(async () => {
  cliJsonText = await cli(['validate', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx', '--format', 'json']);
  cliJson = JSON.parse(cliJsonText);
  cliStatus = JSON.parse(await cli(['status', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx', '--format', 'json']));
  downloads = mkdtempSync(join(tmpdir(), 'qingdan-ui-downloads-'));
  server = await startUi();
  base = `http://127.0.0.1:${server.port}`;
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, locale: 'zh-CN' });
  page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith(`${base}/`)) outside.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready=true]');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe('qingdan ui in chromium', () => {
  it('refuses a request without the session token (403)', async () => {
    const status = (path: string, headers: Record<string, string> = {}): Promise<number> =>
      new Promise((resolve, reject) => {
        request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        }).on('error', reject).end();
      });
    expect(await status('/')).toBe(403);
    expect(await status('/?t=wrong')).toBe(403);
    expect(await status('/api/state')).toBe(403);
    expect(await status('/app.js')).toBe(403);
    expect(await status('/api/download/json')).toBe(403);
    // A DNS-rebound name with the right token is refused too.
    expect(await status(`/?t=${server.token}`, { Host: `evil.example:${server.port}` })).toBe(403);
    expect(await status(`/?t=${server.token}`)).toBe(200);
  });

  it('shows the upload screen in Chinese', async () => {
    expect(await page.textContent('h1')).toBe('下放清单审核');
    await page.screenshot({ path: join(SHOTS, 'upload.png') });
  });

  it('takes files dropped on a zone', async () => {
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['事项编码\n'], '市甲局.csv', { type: 'text/csv' }));
      dt.items.add(new File(['事项编码\n'], '市乙局.csv', { type: 'text/csv' }));
      document.getElementById('drop-lists')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => document.getElementById('chosen-lists')!.textContent!.includes('市乙局.csv'));
    expect(await page.textContent('#chosen-lists')).toContain('已选 2 个文件');
    await page.click('#clear');
    expect(await page.textContent('#chosen-lists')).toBe('尚未选择');
  });

  it('reviews the jinan example and shows the same counts per department as validate --format json', async () => {
    await page.setInputFiles('#pick-catalogue', CATALOGUE);
    await page.setInputFiles('#pick-folder', DEPTS);
    expect(await page.textContent('#chosen-lists')).toContain(`已选 ${readdirSync(DEPTS).length} 个文件`);
    await page.click('#run');
    await page.waitForSelector('#screen-summary:not([hidden])', { timeout: 120_000 });
    const s = cliJson.summary;
    expect(await page.textContent('#totals')).toContain(`错误 ${s.errors}`);
    expect(await page.textContent('#totals')).toContain(`警告 ${s.warnings}`);
    expect(await page.textContent('#totals')).toContain(`${s.items} 项事项`);
    const rows = await page.$$eval('#departments tbody tr', (trs) => trs.map((tr) => {
      const col = (k: string): string => tr.querySelector(`[data-col=${k}]`)?.textContent ?? '';
      return [tr.getAttribute('data-department') ?? '', { errors: Number(col('errors')), warnings: Number(col('warnings')), infos: Number(col('infos')), gaps: Number(col('gaps')) }] as const;
    }));
    const expected = Object.entries(s.byDepartment).map(([d, c]) => [d, { errors: c.errors, warnings: c.warnings, infos: c.infos, gaps: c.byRule.gap ?? 0 }] as const);
    expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(expected));
    // Departments without a list are named (the gap finding that counts their catalogue items).
    const notSubmitted = cliJson.findings.filter((f) => f.rule === 'gap' && (f as { details?: { items?: number } }).details?.items !== undefined).map((f) => f.department);
    expect(notSubmitted.length).toBeGreaterThan(0);
    for (const d of notSubmitted) expect(await page.textContent(`#departments tbody tr[data-department="${d}"] [data-col=notSubmitted]`)).toMatch(/未提交/u);
    await page.screenshot({ path: join(SHOTS, 'summary.png'), fullPage: false });
  });

  it('filters the findings by department, rule and severity and searches by code', async () => {
    await page.click('[data-tab=findings]');
    const count = async (): Promise<number> => Number(/显示 (\d+)/u.exec((await page.textContent('#f-count')) ?? '')?.[1]);
    expect(await count()).toBe(cliJson.findings.length);
    await page.selectOption('#f-sev', 'error');
    expect(await count()).toBe(cliJson.summary.errors);
    expect(new Set((await shownRows()).map((r) => r.severity))).toEqual(new Set(['error']));
    await page.selectOption('#f-rule', 'gap');
    const gaps = cliJson.findings.filter((f) => f.rule === 'gap');
    expect(await count()).toBe(gaps.length);
    await page.selectOption('#f-rule', '');
    await page.selectOption('#f-sev', '');
    const dept = Object.keys(cliJson.summary.byDepartment).find((d) => cliJson.findings.filter((f) => f.department === d).length > 3)!;
    await page.selectOption('#f-dept', dept);
    expect(await count()).toBe(cliJson.findings.filter((f) => f.department === dept).length);
    expect(new Set((await shownRows()).map((r) => r.department))).toEqual(new Set([dept]));
    await page.selectOption('#f-dept', '');
    const code = cliJson.findings.find((f) => f.rule === 'unknown-code' && f.code)!.code!;
    await page.fill('#f-search', code);
    const found = await shownRows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.code)).toContain(code);
    // Each finding has its place and its rule's explanation.
    const place = await page.textContent('#finding-table tbody tr[data-rule] td.place');
    expect(place).toMatch(/depts\/.+第 \d+ 行/u);
    await page.click('#finding-table tbody tr[data-rule] details summary');
    expect((await page.textContent('#finding-table tbody tr[data-rule] details p'))!.length).toBeGreaterThan(20);
    await page.fill('#f-search', '');
    await page.selectOption('#f-sev', 'error');
    await page.screenshot({ path: join(SHOTS, 'findings.png') });
    await page.selectOption('#f-sev', '');
  });

  it('shows the staged-acceptance figures of status --format json', async () => {
    await page.click('[data-tab=status]');
    const t = cliStatus.totals;
    const cards = Object.fromEntries(await page.$$eval('#status-totals [data-key]', (els) => els.map((e) => [e.getAttribute('data-key'), Number(e.querySelector('dd')?.textContent)])));
    expect(cards).toEqual({
      catalogue: t.catalogue, listed: t.listed, delegated: t.decision['下放'], notDelegated: t.decision['不下放'], withheld: t.decision['暂不下放'],
      accepted: t.status['已承接'], pending: t.status['待承接'], deferred: t.status['暂缓承接'], disputes: t.disputes.open, partial: t.partial,
    });
    expect((await texts('#status-departments tbody tr td:first-child')).length).toBe(cliStatus.departments.length);
    await page.screenshot({ path: join(SHOTS, 'status.png') });
  });

  it('downloads the JSON report, the HTML report, the dashboard and the publishable list, each as the CLI writes it', async () => {
    await page.click('[data-tab=downloads]');
    await page.screenshot({ path: join(SHOTS, 'downloads.png') });
    const save = async (id: string): Promise<string> => {
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download=${id}]`)]);
      const path = join(downloads, d.suggestedFilename());
      await d.saveAs(path);
      return path;
    };
    const json = readFileSync(await save('json'), 'utf8');
    expect(JSON.parse(json)).toEqual(cliJson);
    expect(json).toBe(cliJsonText);

    const dashboard = await save('dashboard');
    const report = await save('html');
    for (const file of [dashboard, report]) {
      const p = await context.newPage();
      const problems: string[] = [];
      p.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      p.on('pageerror', (e) => problems.push(e.message));
      await p.goto(pathToFileURL(file).href);
      expect(problems).toEqual([]);
      if (file === dashboard) expect(await p.textContent('[data-total=listed]')).toBe(String(cliStatus.totals.listed));
      else expect(await p.textContent('body')).toContain(String(cliJson.summary.errors));
      await p.close();
    }

    const published = await readList(await save('publish'));
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-ui-publish-'));
    const r = await runInProcess(['export', '--publish', 'examples/jinan/depts', '-o', join(dir, 'p.xlsx')], { lang: 'zh-CN' });
    expect(r.code).toBe(0);
    expect(published.items.length).toBe((await readList(join(dir, 'p.xlsx'))).items.length);
    expect(readFileSync(join(downloads, 'qingdan-publish.xlsx'))).toEqual(readFileSync(join(dir, 'p.xlsx')));
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a second round: resolved, still open and new against the first', async () => {
    await page.click('[data-tab=upload]');
    expect(await page.textContent('#keep-label')).toContain('catalogue-2016.xlsx');
    // One department's list left out: its findings are resolved, and its catalogue items become a new gap.
    const files = readdirSync(DEPTS).filter((f) => f !== '市教育局.xlsx').map((f) => join(DEPTS, f));
    await page.setInputFiles('#pick-lists', files);
    await page.click('#run');
    await page.waitForSelector('#screen-rounds:not([hidden])', { timeout: 120_000 });
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-ui-round2-'));
    const { cpSync } = await import('node:fs');
    for (const f of files) cpSync(f, join(dir, f.split('/').pop()!));
    const second = JSON.parse((await runInProcess(['validate', dir, '--catalogue', CATALOGUE, '--format', 'json'])).stdout) as JsonReport;
    rmSync(dir, { recursive: true, force: true });
    const counts = Object.fromEntries(await page.$$eval('#round-counts [data-key]', (els) => els.map((e) => [e.getAttribute('data-key'), Number(e.querySelector('dd')?.textContent)])));
    expect(counts.open + counts.new).toBe(second.findings.length);
    expect(counts.open + counts.resolved).toBe(cliJson.findings.length);
    expect(counts.resolved).toBeGreaterThan(0);
    expect(counts.new).toBeGreaterThan(0);
    expect(await page.$$eval('#new-table tbody tr[data-rule]', (r) => r.length)).toBe(counts.new);
    const gone = cliJson.findings.filter((f) => f.department === '市教育局' && f.rule !== 'gap');
    expect(await page.$$eval('#resolved-table tbody tr[data-department="市教育局"]', (r) => r.length)).toBeGreaterThanOrEqual(Math.min(gone.length, 1));
    await page.screenshot({ path: join(SHOTS, 'rounds.png') });
  });

  it('switches to English', async () => {
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('List review');
    await page.click('[data-tab=summary]');
    expect(await page.textContent('#totals')).toContain('Round 2');
    await page.click('#lang');
  });

  it('sent no request beyond 127.0.0.1 and logged no console error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
