import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';
import { launchBrowser, openPage, type PageProblems } from '../helpers/browser.js';

const FIX = join(import.meta.dirname, '..', 'status', 'fixtures');
const ARTIFACTS = join(import.meta.dirname, '..', '.artifacts');
const ARGS = ['validate', join(FIX, 'depts'), '--catalogue', join(FIX, 'catalogue.yaml'), '--fail-on', 'never'];

async function cli(argv: string[]): Promise<string> {
  const { code, stdout } = await runInProcess(argv, { lang: 'zh-CN' });
  expect(code).toBe(0);
  return stdout;
}

let browser: Browser;
let page: Page;
let problems: PageProblems;
let findings: { rule: string; severity: string; code?: string }[];

const visible = (p: Page): Promise<string[]> =>
  p.$$eval('.finding', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => `${r.getAttribute('data-rule')} ${r.getAttribute('data-code') ?? ''}`));

beforeAll(async () => {
  findings = JSON.parse(await cli([...ARGS, '--format', 'json'])).findings;
  const file = join(mkdtempSync(join(tmpdir(), 'qingdan-validate-')), 'review.html');
  writeFileSync(file, await cli([...ARGS, '--format', 'html']));
  browser = await launchBrowser();
  ({ page, problems } = await openPage(browser, pathToFileURL(file).href));
});

afterAll(async () => {
  await browser?.close();
});

describe('validate --format html in chromium', () => {
  it('opens without console errors, page errors or requests, one row per finding', async () => {
    expect(problems).toEqual({ console: [], errors: [], requests: [] });
    expect(findings.length).toBeGreaterThan(2);
    expect((await visible(page)).sort()).toEqual(findings.map((f) => `${f.rule} ${f.code ?? ''}`).sort());
  });

  it('filters by a typed code', async () => {
    const target = findings.find((f) => f.rule === 'gap')!;
    await page.fill('#filter', target.code!);
    expect(await visible(page)).toEqual([`gap ${target.code}`]);
    await page.fill('#filter', '');
    expect(await visible(page)).toHaveLength(findings.length);
  });

  it('filters by severity', async () => {
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    await page.uncheck('#show-error');
    await page.uncheck('#show-info');
    const rows = await page.$$eval('.finding', (r) => r.filter((x) => (x as HTMLElement).offsetParent !== null).map((x) => x.getAttribute('data-severity')));
    expect(rows).toEqual(Array(warnings).fill('warning'));
    await page.check('#show-error');
    await page.check('#show-info');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'validate-report.png'), fullPage: true });
    expect(problems).toEqual({ console: [], errors: [], requests: [] });
  });
});
