/** `diff --map` and `sync --map` on the command line (issue 18): the kinds in every format, a bad table is exit 2. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-rev-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};
const OLD = write('old.yaml', `kind: catalogue
items:
  - { code: A1, name: 食品生产许可, category: 行政许可, department: 市市场监管局 }
  - { code: A2, name: 食品添加剂生产许可, category: 行政许可, department: 市市场监管局 }
  - { code: B1, name: 药品经营许可, category: 行政许可, department: 市市场监管局 }
`);
const NEW = write('new.yaml', `kind: catalogue
items:
  - { code: M1, name: 食品生产经营许可, category: 行政许可, department: 市市场监管局 }
  - { code: S1, name: 药品批发许可, category: 行政许可, department: 市市场监管局 }
  - { code: S2, name: 药品零售许可, category: 行政许可, department: 市市场监管局 }
`);
const MAP = write('map.csv', '原事项编码,新事项编码,调整类型,文号,生效日期\nA1,M1,合并,济政发〔2017〕12号,2017-07-01\nA2,M1,合并,济政发〔2017〕12号,2017-07-01\nB1,S1,拆分,,\nB1,S2,拆分,,\n');
const LIST = write('dl.yaml', `kind: delegation
items:
  - { code: A1, name: 食品生产许可, category: 行政许可, department: 市市场监管局, decision: 下放, status: 已承接 }
  - { code: A2, name: 食品添加剂生产许可, category: 行政许可, department: 市市场监管局, decision: 下放, status: 已承接 }
  - { code: B1, name: 药品经营许可, category: 行政许可, department: 市市场监管局, decision: 不下放, reason: 涉及全市统筹 }
`);

describe('--map', () => {
  it('diff names the merge and the split in json, pretty, markdown and html, in both languages', async () => {
    const json = JSON.parse((await runInProcess(['diff', OLD, NEW, '--map', MAP, '--format', 'json'])).stdout);
    expect(json.merged.map((m: { from: string[]; into: string; source: string; document: string }) => [m.from, m.into, m.source, m.document])).toEqual([[['A1', 'A2'], 'M1', 'map', '济政发〔2017〕12号']]);
    expect(json.split.map((s: { from: string; into: string[] }) => [s.from, s.into])).toEqual([['B1', ['S1', 'S2']]]);
    expect([json.added, json.removed]).toEqual([[], []]);
    const zh = await runInProcess(['diff', OLD, NEW, '--map', MAP], { lang: 'zh-CN' });
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/合并 1\n {2}⇉ A1、A2 → M1 食品生产经营许可/u);
    expect(zh.stdout).toContain('对照表，济政发〔2017〕12号，生效 2017-07-01');
    const en = await runInProcess(['diff', OLD, NEW, '--map', MAP, '--lang', 'en'], { lang: 'en' });
    expect(en.stdout).toMatch(/Split 1\n {2}⇶ B1 → S1, S2/u);
    expect(en.stdout).toContain('correspondence table');
    expect((await runInProcess(['diff', OLD, NEW, '--map', MAP, '--format', 'markdown'], { lang: 'zh-CN' })).stdout).toMatch(/\| 合并 \| `M1` \|/u);
    expect((await runInProcess(['diff', OLD, NEW, '--map', MAP, '--format', 'html'], { lang: 'zh-CN' })).stdout).toMatch(/<h2>拆分 1<\/h2>/u);
  });

  it('sync carries the decisions and --write writes them in place', async () => {
    const out = join(dir, 'out.yaml');
    const r = await runInProcess(['sync', '--catalogue', NEW, LIST, '--map', MAP, '--format', 'json', '--write', out]);
    const json = JSON.parse(r.stdout);
    expect(json.summary).toMatchObject({ merge: 1, split: 1, decide: 0, unknown: 0 });
    expect(json.merge[0]).toMatchObject({ agreed: true, decision: '下放', status: '已承接' });
    const again = await runInProcess(['export', out, '-o', join(dir, 'again.yaml')]);
    expect(again.code).toBe(0);
    const pretty = await runInProcess(['sync', '--catalogue', NEW, LIST, '--map', MAP], { lang: 'zh-CN' });
    expect(pretty.stdout).toContain('拆分（沿用原决定，请确认） 1');
  });

  it('a bad table is exit 2 naming its file, row and column, and nothing is written', async () => {
    const bad = write('bad.csv', '原事项编码,新事项编码,调整类型\nA1,M1,合井\n');
    const r = await runInProcess(['diff', OLD, NEW, '--map', bad], { lang: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.csv');
    expect(r.stderr).toMatch(/第 ?2 ?行|2/u);
    expect(r.stderr).toContain('调整类型');
    expect(r.stderr).toContain('合井');
    const unknown = write('unknown.csv', '原事项编码,新事项编码\nZ9,M1\n');
    const u = await runInProcess(['sync', '--catalogue', NEW, LIST, '--from', OLD, '--map', unknown, '--write', join(dir, 'never.yaml')], { lang: 'en' });
    expect(u.code).toBe(2);
    expect(u.stderr).toContain('Z9');
    expect(u.stderr).not.toMatch(/at .*\.ts:\d+/u);
  });
});
