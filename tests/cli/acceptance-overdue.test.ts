import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/check/baseline.js';
import { daysBetween } from '../../src/model/acceptance-plan.js';
import { runInProcess } from '../helpers/cli.js';

const FIX = 'tests/fixtures/takeback';
const LIST = `${FIX}/delegation-2024.yaml`;
const CONFIG = `${FIX}/qingdan.config.yaml`;
const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-overdue-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const qingdan = async (lang: 'zh-CN' | 'en', ...args: string[]) => runInProcess([...args, '--lang', lang], { lang });

describe('qingdan validate: acceptance-overdue', () => {
  it('warns of an item still 待承接 past its batch date, naming the date and the days (JSON, both languages)', async () => {
    const days = daysBetween('2016-09-30', todayIso());
    const r = await qingdan('en', 'validate', LIST, '--config', CONFIG, '--format', 'json');
    const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'acceptance-overdue');
    expect(f).toEqual([expect.objectContaining({ code: '370100-XK-0003', severity: 'warning', details: { due: '2016-09-30', days, basis: 'batch', batch: 2, status: '待承接', exercisedBy: '市市场监管局' } })]);
    expect(f[0].message).toBe(`still 待承接 past the planned date of batch 2, 2016-09-30: ${days} days overdue; still exercised by 市市场监管局`);
    const zh = (await qingdan('zh-CN', 'validate', LIST, '--config', CONFIG)).stdout;
    expect(zh).toContain(`逾期未承接（待承接）：第 2 批计划承接日期为 2016-09-30，已逾期 ${days} 天，目前仍由“市市场监管局”行使  acceptance-overdue`);
  });

  it('says nothing without acceptance: in the configuration', async () => {
    const r = await qingdan('en', 'validate', LIST, '--format', 'json');
    expect(JSON.parse(r.stdout).findings.map((x: { rule: string }) => x.rule)).not.toContain('acceptance-overdue');
  });

  it('refuses an impossible planned date with exit 2, naming the file, the line and the key', async () => {
    const bad = join(dir, 'qingdan.config.yaml');
    writeFileSync(bad, 'acceptance:\n  batches:\n    1: 2016-06-31\n');
    const en = await qingdan('en', 'validate', LIST, '--config', bad);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(bad);
    expect(en.stderr).toMatch(/3/u);
    expect(en.stderr).toContain('acceptance.batches.1: "2016-06-31" is not a real date');
    const zh = await qingdan('zh-CN', 'status', LIST, '--config', bad);
    expect([zh.code, zh.stderr.includes('acceptance.batches.1：“2016-06-31”不是有效日期')]).toEqual([2, true]);
  });
});

describe('--today', () => {
  it('counts overdue days from the day given, in validate and status --who alike', async () => {
    const r = await qingdan('en', 'validate', LIST, '--config', CONFIG, '--format', 'json', '--today', '2016-10-10');
    const f = JSON.parse(r.stdout).findings.filter((x: { rule: string }) => x.rule === 'acceptance-overdue');
    expect(f.map((x: { details: { days: number } }) => x.details.days)).toEqual([10]);
    expect((await qingdan('en', 'status', '--who', '370100-XK-0003', LIST, '--config', CONFIG, '--today', '2016-10-10')).stdout).toContain('overdue: planned for 2016-09-30, 10 days late');
    // The day before the planned date, nothing is overdue.
    const before = JSON.parse((await qingdan('en', 'status', LIST, '--config', CONFIG, '--format', 'json', '--today', '2016-09-29')).stdout);
    expect(before.totals.overdue).toBe(0);
  });

  it('refuses a date that does not exist, with exit 2 and nothing else printed', async () => {
    for (const [lang, text] of [['en', '--today must be a real date written YYYY-MM-DD'], ['zh-CN', '--today 应为真实的日期']] as const) {
      const r = await qingdan(lang, 'validate', LIST, '--today', '2016-02-30');
      expect([r.code, r.stdout, r.stderr.includes(text), r.stderr.includes('2016-02-30')]).toEqual([2, '', true, true]);
    }
  });
});

describe('qingdan status: overdue counts', () => {
  it('counts the overdue items per department with the configuration, and not without it', async () => {
    const r = JSON.parse((await qingdan('en', 'status', LIST, '--config', CONFIG, '--format', 'json')).stdout);
    expect([r.departments[0].overdue, r.totals.overdue]).toEqual([1, 1]);
    expect(JSON.parse((await qingdan('en', 'status', LIST, '--format', 'json')).stdout).totals.overdue).toBeUndefined();
    const zh = (await qingdan('zh-CN', 'status', LIST, '--config', CONFIG)).stdout.split('\n');
    expect(zh[0]).toContain('逾期未承接');
    expect(zh.find((l) => l.startsWith('合计'))?.trim().split(/\s{2,}/u).at(-3)).toBe('1');
  });

  it('--who names the planned date and the dashboard counts the overdue items', async () => {
    const days = daysBetween('2016-09-30', todayIso());
    expect((await qingdan('en', 'status', '--who', '370100-XK-0003', LIST, '--config', CONFIG)).stdout).toContain(`overdue: planned for 2016-09-30, ${days} days late`);
    const html = join(dir, 'dashboard.html');
    expect((await qingdan('zh-CN', 'status', LIST, '--config', CONFIG, '--html', html)).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<dt>逾期未承接</dt><dd data-total="overdue">1</dd>');
    expect(page).toContain(`待承接（逾期 ${days} 天）`);
  });
});
