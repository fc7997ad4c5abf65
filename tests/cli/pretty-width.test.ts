/** Pretty output fits the terminal (issue 17 point 6): the jinan review at 80 and 120 columns, the status table at 80, a header with a line break. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../helpers/cli.js';

const REVIEW = ['validate', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx'];
const lines = (text: string): string[] => text.replace(/\n$/u, '').split('\n');
const dir = mkdtempSync(join(tmpdir(), 'qingdan-width-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pretty output of the jinan review fits the width', () => {
  it.each([80, 120])('at %i columns: no line wider, continuation lines indented, nothing lost or cut', async (width) => {
    const [narrow, wide] = await Promise.all([runInProcess(REVIEW, { width }), runInProcess(REVIEW, { width: 10_000 })]);
    expect(narrow.code).toBe(1);
    const out = lines(narrow.stdout);
    expect(out.filter((l) => stringWidth(l) > width)).toEqual([]);
    // The wide output has lines over the width (else this test would test nothing), the narrow one wraps them.
    expect(lines(wide.stdout).filter((l) => stringWidth(l) > width).length).toBeGreaterThan(20);
    expect(out.length).toBeGreaterThan(lines(wide.stdout).length);
    // Every line at column 0 starts a line of the wide output: continuation lines are indented.
    const starts = new Set(lines(wide.stdout).filter((l) => /^\S/u.test(l)).map((l) => l.split(/\s/u)[0]));
    for (const l of out.filter((x) => /^\S/u.test(x))) expect(starts, l).toContain(l.split(/\s/u)[0]);
    // Codes, dates and paths are never cut: each appears as often as in the wide output.
    for (const re of [/370100-[A-Z]{2}-\d{4}/gu, /\d{4}-\d{2}-\d{2}/gu, /examples\/jinan\/depts\/[^\s/]+?\.(?:xlsx|xls|csv|yaml)/gu]) {
      expect((narrow.stdout.match(re) ?? []).length).toBe((wide.stdout.match(re) ?? []).length);
    }
    // The findings are all there: the text without spaces is the same but for the tables' block form.
    const findings = (t: string): string => t.slice(0, t.indexOf('按规则统计')).replace(/\s+/gu, '');
    expect(findings(narrow.stdout)).toBe(findings(wide.stdout));
  });

  it('wraps at 80 in a pipe (no COLUMNS), and at COLUMNS when it is set', async () => {
    const piped = await runCli(REVIEW);
    expect(Math.max(...lines(piped.stdout).map((l) => stringWidth(l)))).toBeLessThanOrEqual(80);
    const set = await runCli(REVIEW, { env: { COLUMNS: '100' } });
    const widest = Math.max(...lines(set.stdout).map((l) => stringWidth(l)));
    expect(widest).toBeLessThanOrEqual(100);
    expect(widest).toBeGreaterThan(80);
  });
});

describe('the refused publication', () => {
  it('fits 80 columns, with every blocking finding still named', async () => {
    const args = ['export', 'examples/jinan/depts', '--publish', '--catalogue', 'examples/jinan/catalogue-2016.xlsx', '-o', join(dir, 'p.xlsx')];
    const [narrow, wide] = await Promise.all([runInProcess(args, { width: 80 }), runInProcess(args, { width: 10_000 })]);
    expect(narrow.code).toBe(1);
    expect(lines(narrow.stdout).filter((l) => stringWidth(l) > 80)).toEqual([]);
    expect(lines(wide.stdout).filter((l) => stringWidth(l) > 80).length).toBeGreaterThan(0);
    expect(narrow.stdout.replace(/\s+/gu, '')).toBe(wide.stdout.replace(/\s+/gu, ''));
  });
});

describe('the status table', () => {
  const STATUS = ['status', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx'];
  it('is a table where it fits and one block per department (label: value) at 80', async () => {
    const wide = await runInProcess(STATUS, { width: 200 });
    expect(lines(wide.stdout)[1]).toMatch(/^─+/u);
    const narrow = await runInProcess(STATUS, { width: 80 });
    expect(lines(narrow.stdout).filter((l) => stringWidth(l) > 80)).toEqual([]);
    expect(narrow.stdout).not.toContain('──');
    const block = narrow.stdout.split('\n\n').find((b) => b.startsWith('市财政局\n'));
    expect(block).toMatch(/^市财政局\n {2}目录: 50 {2}已列: 49 {2}下放: 47/u);
    expect(block).toMatch(/承接进度: [█░]+ +49%/u);
  });
});

describe('line breaks in headers and values', () => {
  it('are shown as ⏎, on the line of their finding', async () => {
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, '序号,事项编码,事项名称,权力类别,实施主体,下放意见,"下放\n范围",承接状态\n1,370100-XK-0001,食品经营许可,行政许可,市市场监管局,下放,"部分下放：保留\n重大事项",待承接\n');
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = await runInProcess(['validate', csv, '--lang', lang], { lang, width: 80 });
      const line = lines(r.stdout).find((l) => l.includes('2:下放⏎范围'));
      expect(line, r.stdout).toBeDefined();
      expect(r.stdout).toContain('保留⏎重大事项');
      expect(r.stdout).not.toMatch(/下放\n范围/u);
    }
  });
});
