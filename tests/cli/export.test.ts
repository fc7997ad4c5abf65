import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readList } from '../../src/read/index.js';
import { runInProcess } from '../helpers/cli.js';

async function qingdan(...args: string[]) {
  const { code, stdout } = await runInProcess(['export', ...args], { lang: 'en' });
  return { code, stdout };
}

const DEPT_A = `kind: delegation
title: 市教育局下放清单
department: 市教育局
items:
  - { code: "0002", name: 乙事项, category: 行政许可, decision: 下放, mode: 委托, scope: 全部下放, status: 已承接, batch: 2, acceptedOn: 2017-01-05, delegatorConfirmation: 函1, receiverConfirmation: 函2, legalReview: 通过 }
  - { code: "0001", name: 甲事项, category: 行政处罚, decision: 下放, mode: 直接下放, scope: 全部下放, status: 待承接 }
`;
const DEPT_B = `kind: delegation
department: 市民政局
items:
  - { code: "0100", name: "=HYPERLINK(\\"x\\")", category: 行政确认, decision: 下放, mode: 直接下放, scope: 全部下放, status: 已承接, batch: 1, acceptedOn: 2016-06-30, delegatorConfirmation: a, receiverConfirmation: b, legalReview: 通过 }
`;

const CATALOGUE = `kind: catalogue
items:
  - { code: "0001", name: 甲事项, category: 行政处罚, department: 市教育局, legalBasis: 《教育法》第七十五条, itemStatus: 有效 }
  - { code: "0002", name: 乙事项（目录名称）, category: 行政许可, department: 市教育局, legalBasis: 《教育法》第十四条, itemStatus: 有效 }
  - { code: "0100", name: 丙事项, category: 行政确认, department: 市民政局, legalBasis: 《民政条例》第三条, itemStatus: 有效 }
`;

let dir: string;
let cat: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-export-cli-'));
  writeFileSync(join(dir, 'a.yaml'), DEPT_A);
  writeFileSync(join(dir, 'b.yaml'), DEPT_B);
  cat = join(dir, 'catalogue.yaml');
  writeFileSync(cat, CATALOGUE);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('qingdan export', () => {
  it('joins several inputs into one list of the first one\'s kind', async () => {
    const out = join(dir, 'all.yaml');
    const r = await qingdan(join(dir, 'a.yaml'), join(dir, 'b.yaml'), '-o', out);
    expect(r.code).toBe(0);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(doc.kind).toBe('delegation');
    expect(doc.items.map((i: { code: string }) => i.code)).toEqual(['0002', '0001', '0100']);
    expect(doc.items[2].department).toBe('市民政局');
    expect(r.stdout).toContain('wrote 3 items');
  });

  it('refuses an existing output without --force and writes it with --force', async () => {
    const out = join(dir, 'x.csv');
    writeFileSync(out, 'old');
    expect((await qingdan(join(dir, 'a.yaml'), '-o', out)).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await qingdan(join(dir, 'a.yaml'), '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFF事项编码,')).toBe(true);
  });

  it('never overwrites an input, even with --force', async () => {
    const input = join(dir, 'a.yaml');
    expect((await qingdan(input, '-o', input, '--force')).code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(DEPT_A);
    expect((await qingdan(dir, '-o', join(dir, 'b.yaml'), '--force')).code).toBe(2);
    expect(readFileSync(join(dir, 'b.yaml'), 'utf8')).toBe(DEPT_B);
  });

  it('exits 2 and writes nothing on bad input or an unknown output format', async () => {
    writeFileSync(join(dir, 'bad.yaml'), 'kind: delegation\nitems: [\n');
    expect((await qingdan(join(dir, 'a.yaml'), join(dir, 'bad.yaml'), '-o', join(dir, 'o.json'))).code).toBe(2);
    expect((await qingdan(join(dir, 'a.yaml'), '-o', join(dir, 'o.txt'))).code).toBe(2);
    expect((await qingdan(join(dir, 'missing.yaml'), '-o', join(dir, 'o.json'))).code).toBe(2);
    expect((await qingdan(join(dir, 'a.yaml'))).code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml', 'bad.yaml', 'catalogue.yaml']);
  });

  it('--publish writes accepted items sorted by department then code, the same bytes every time', async () => {
    const one = join(dir, 'p1.xlsx');
    const two = join(dir, 'p2.xlsx');
    const r = await qingdan(join(dir, 'b.yaml'), join(dir, 'a.yaml'), '-o', one, '--publish', '--catalogue', cat);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/content hash sha256:[0-9a-f]{64}/u);
    await qingdan(join(dir, 'b.yaml'), join(dir, 'a.yaml'), '-o', two, '--publish', '--catalogue', cat);
    expect(readFileSync(one).equals(readFileSync(two))).toBe(true);
    const yaml = join(dir, 'p.yaml');
    await qingdan(join(dir, 'b.yaml'), join(dir, 'a.yaml'), '-o', yaml, '--publish', '--catalogue', cat);
    const doc = parse(readFileSync(yaml, 'utf8'));
    expect(doc.kind).toBe('zone');
    expect(doc.items.map((i: { department: string; code: string }) => [i.department, i.code])).toEqual([['市教育局', '0002'], ['市民政局', '0100']]);
    // The catalogue's text, not the department's: the formula-like name typed in b.yaml is not published.
    expect(doc.items.map((i: { name: string; legalBasis: string }) => [i.name, i.legalBasis])).toEqual([['乙事项（目录名称）', '《教育法》第十四条'], ['丙事项', '《民政条例》第三条']]);
  });

  it('--publish --since states what changed since the previous publication', async () => {
    const prev = join(dir, 'prev.yaml');
    await qingdan(join(dir, 'a.yaml'), '-o', prev, '--publish', '--catalogue', cat);
    const r = await qingdan(join(dir, 'a.yaml'), join(dir, 'b.yaml'), '-o', join(dir, 'next.md'), '--publish', '--since', prev, '--catalogue', cat);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 added, 0 removed, 0 changed');
    expect(readFileSync(join(dir, 'next.md'), 'utf8')).toContain('新增 0100');
    expect((await qingdan(join(dir, 'a.yaml'), '-o', join(dir, 'n.yaml'), '--since', prev)).code).toBe(2);
  });

  it('writes GB18030 CSV that reads back the same, formula-like text included', async () => {
    const out = join(dir, 'gb.csv');
    expect((await qingdan(join(dir, 'b.yaml'), '-o', out, '--encoding', 'gb18030')).code).toBe(0);
    expect(readFileSync(out).includes(Buffer.from('事项编码'))).toBe(false);
    const back = await readList(out);
    expect(back.items[0].name).toBe('=HYPERLINK("x")');
    expect(back.items[0].code).toBe('0100');
  });

  it('refuses to publish a catalogue', async () => {
    writeFileSync(join(dir, 'cat.yaml'), 'kind: catalogue\nitems:\n  - { code: "1", name: a, category: 行政许可, department: d, legalBasis: x }\n');
    expect((await qingdan(join(dir, 'cat.yaml'), '-o', join(dir, 'c.xlsx'), '--publish')).code).toBe(2);
    expect((await qingdan(join(dir, 'cat.yaml'), '-o', join(dir, 'c.xlsx'), '--publish', '--catalogue', cat)).code).toBe(2);
    expect(existsSync(join(dir, 'c.xlsx'))).toBe(false);
  });

  it('--publish needs the catalogue, and --allow-findings needs --publish (exit 2, nothing written)', async () => {
    const r = await runInProcess(['export', join(dir, 'a.yaml'), '-o', join(dir, 'p.xlsx'), '--publish'], { lang: 'en' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--publish needs the catalogue');
    expect((await qingdan(join(dir, 'a.yaml'), '-o', join(dir, 'p.xlsx'), '--allow-findings')).code).toBe(2);
    expect(existsSync(join(dir, 'p.xlsx'))).toBe(false);
  });
});
