import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const schema = (name: string) => new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')));
const statusSchema = schema('status-report');
const diffSchema = schema('diff-report');

const FIX = 'tests/fixtures/takeback';
const D23 = `${FIX}/delegation-2023.yaml`;
const D24 = `${FIX}/delegation-2024.yaml`;
const Z23 = `${FIX}/zone-2023.yaml`;
const Z24 = `${FIX}/zone-2024.yaml`;

const qingdan = async (lang: 'zh-CN' | 'en', ...args: string[]) => runInProcess([...args, '--lang', lang], { lang });

describe('qingdan diff: taken back (收回)', () => {
  it('lists the item under takenBack with both places and the document, and nowhere else (JSON)', async () => {
    const { code, stdout } = await qingdan('en', 'diff', D23, D24, '--format', 'json');
    expect(code).toBe(1);
    const d = JSON.parse(stdout);
    expect(d.takenBack).toEqual([expect.objectContaining({
      code: '370100-XK-0001', name: '食品经营许可', department: '市市场监管局',
      old: expect.objectContaining({ file: D23, status: '已承接', batch: '1', acceptedOn: '2016-06-30' }),
      new: expect.objectContaining({ file: D24, decision: '不下放' }),
      document: '济高管发〔2024〕11号',
    })]);
    expect(d.summary).toMatchObject({ takenBack: 1, changed: 0, regressions: 0, removed: 0 });
    expect([d.changed, d.regressions]).toEqual([[], []]);
    expect(diffSchema(d), JSON.stringify(diffSchema.errors)).toBe(true);
  });

  it('an item gone from the zone list is taken back, not removed', async () => {
    const d = JSON.parse((await qingdan('en', 'diff', Z23, Z24, '--format', 'json')).stdout);
    expect([d.removed, d.regressions, d.takenBack.map((t: { code: string; new?: unknown }) => [t.code, t.new])]).toEqual([[], [], [['370100-XK-0001', undefined]]]);
  });

  it('shows its own section in pretty, markdown and html, in both languages', async () => {
    const zh = (await qingdan('zh-CN', 'diff', D23, D24)).stdout;
    expect(zh).toContain('，收回 1');
    expect(zh).toMatch(/\n收回 1\n {2}↩ 370100-XK-0001 食品经营许可 · 市市场监管局: 已承接（第 1 批，2016-06-30） → 不下放；文号：济高管发〔2024〕11号\n/u);
    const en = (await qingdan('en', 'diff', Z23, Z24)).stdout;
    expect(en).toContain('1 taken back');
    expect(en).toMatch(/\nTaken back 1\n {2}↩ 370100-XK-0001 食品经营许可 · 市市场监管局: 已承接 \(batch 1, 2016-06-30\) → gone from the zone list\n/u);
    const md = (await qingdan('en', 'diff', D23, D24, '--format', 'markdown')).stdout;
    expect(md).toContain('| ↩️ Taken back | `370100-XK-0001` | 食品经营许可 | status / decision | 已承接 (batch 1, 2016-06-30) | 不下放 (document: 济高管发〔2024〕11号) |');
    const mdZh = (await qingdan('zh-CN', 'diff', D23, D24, '--format', 'markdown')).stdout;
    expect(mdZh).toContain('| ↩️ 收回 | `370100-XK-0001` | 食品经营许可 | 承接状态 / 下放意见 | 已承接（第 1 批，2016-06-30） | 不下放（文号：济高管发〔2024〕11号） |');
    const html = (await qingdan('zh-CN', 'diff', D23, D24, '--format', 'html')).stdout;
    expect(html).toMatch(/<section id="taken-back"><h2>收回 1<\/h2>.*济高管发〔2024〕11号/su);
  });
});

describe('qingdan status --who: taken back', () => {
  it('says taken-back with the document, exercised by the department (JSON)', async () => {
    const a = JSON.parse((await qingdan('en', 'status', '--who', '370100-XK-0001', D24, '--format', 'json')).stdout);
    expect(a).toMatchObject({ code: '370100-XK-0001', exercisedBy: 'department', why: 'taken-back', department: '市市场监管局', document: '济高管发〔2024〕11号' });
    expect(statusSchema(a), JSON.stringify(statusSchema.errors)).toBe(true);
    const overdue = JSON.parse((await qingdan('en', 'status', '--who', '370100-XK-0003', D24, '--config', `${FIX}/qingdan.config.yaml`, '--format', 'json')).stdout);
    expect([overdue.overdue?.due, statusSchema(overdue)]).toEqual(['2016-09-30', true]);
    const before = JSON.parse((await qingdan('en', 'status', '--who', '370100-XK-0001', D23, '--format', 'json')).stdout);
    expect(before).toMatchObject({ exercisedBy: 'zone', why: 'accepted' });
  });

  it('says so in both languages, and status counts the item under 收回', async () => {
    expect((await qingdan('zh-CN', 'status', '--who', '370100-XK-0001', D24)).stdout).toContain('370100-XK-0001 食品经营许可：由市市场监管局行使（已收回，由市级部门重新行使）\n  文号：济高管发〔2024〕11号\n');
    expect((await qingdan('en', 'status', '--who', '370100-XK-0001', D24)).stdout).toContain('exercised by 市市场监管局 — taken back (收回): exercised by the municipal department again\n  document: 济高管发〔2024〕11号\n');
    const table = (await qingdan('en', 'status', D24)).stdout.split('\n');
    expect(table[0]).toMatch(/Taken back/u);
    const r = JSON.parse((await qingdan('en', 'status', D24, '--format', 'json')).stdout);
    expect([r.totals.takenBack, r.totals.decision['不下放']]).toEqual([1, 1]);
    expect(statusSchema(r), JSON.stringify(statusSchema.errors)).toBe(true);
  });
});
