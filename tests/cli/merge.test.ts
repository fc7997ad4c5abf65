import { Ajv } from 'ajv';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { runCli, runInProcess } from '../helpers/cli.js';
import schema from '../../schemas/merge-report.schema.json' with { type: 'json' };

const FIX = join(import.meta.dirname, '..', 'fixtures', 'merge');
const validateReport = new Ajv({ strict: false }).compile(schema);

async function qingdan(args: string[], lang: 'zh-CN' | 'en' = 'zh-CN') {
  const { code, stdout } = await runInProcess(args, { lang });
  return { code, stdout };
}

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'qingdan-merge-cli-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('qingdan merge (consolidation)', () => {
  it('reports the cross-department duplicate with both places, exits 1 and writes nothing with --conflicts fail', async () => {
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', join(FIX, 'depts'), '-o', out, '--conflicts', 'fail', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.conflicts).toHaveLength(1);
    expect(report.conflicts[0]).toMatchObject({ kind: 'duplicate', code: '370100-XK-0101', field: 'department', ours: '市人社局', theirs: '市教育局' });
    expect(report.conflicts[0].places.map((p: { file: string; row: number }) => [p.file.split('/').pop(), p.row])).toEqual([
      ['市人社局.csv', 3],
      ['市教育局.yaml', 11],
    ]);
    // the conflicting pair is one distinct item: rows = items + dropped
    expect(report.summary).toEqual({ rows: 5, items: 4, conflicts: 1, dropped: 1, deleted: 0, copies: 0 });
    expect(report.output).toEqual({ path: out, items: 4, written: false });
    expect(report.inputs.map((i: { rows: number }) => i.rows)).toEqual([2, 2, 1]);
  });

  it('by default writes the merged list with the conflict marked, exits 1, and counts each item once', async () => {
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', join(FIX, 'depts'), '-o', out, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.strategy).toBe('mark');
    expect(report.output).toEqual({ path: out, items: 4, written: true });
    expect(report.summary).toMatchObject({ rows: 5, items: 4, dropped: 1 });
    const merged = await readList(out);
    expect(merged.items).toHaveLength(4);
    expect(merged.items.filter((i) => i.extra?.['冲突']).map((i) => i.code)).toEqual(['370100-XK-0101']);
  });

  it('with --conflicts mark writes every item, with 来源 and 冲突, in department (pinyin) then code order', async () => {
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', join(FIX, 'depts'), '-o', out, '--conflicts', 'mark', '--format', 'json']);
    expect(r.code).toBe(1);
    const merged = await readList(out);
    // 教育 jiàoyù < 民政 mínzhèng < 人社 rénshè
    expect(merged.items.map((i) => [i.seq, i.code, i.department])).toEqual([
      ['1', '370100-XK-0102', '市教育局'],
      ['2', '370100-XK-0201', '市民政局'],
      ['3', '370100-XK-0101', '市人社局'],
      ['4', '370100-XK-0301', '市人社局'],
    ]);
    expect(merged.items[2].extra?.['来源']).toMatch(/市人社局\.csv:3$/u);
    expect(merged.items[2].extra?.['冲突']).toMatch(/^同一事项另见 .*市教育局\.yaml:11（市教育局），实施部门：不一致$/u);
    expect(merged.items[3]).toMatchObject({ scope: '部分下放', note: '保留市级监督检查' });
    expect(JSON.parse(r.stdout).departments).toEqual([
      { department: '市教育局', items: 1 }, { department: '市民政局', items: 1 }, { department: '市人社局', items: 2 },
    ]);
  });

  it('without a conflict writes the list and exits 0; CSV output carries a 来源 column', async () => {
    const out = join(dir, 'merged.csv');
    const r = await qingdan(['merge', join(FIX, 'depts', '市教育局.yaml'), join(FIX, 'depts', '市民政局.yaml'), '-o', out]);
    expect(r.code).toBe(0);
    const header = readFileSync(out, 'utf8').replace(/^\uFEFF/u, '').split(/\r?\n/u)[0];
    expect(header.split(',')).toContain('来源');
    const merged = await readList(out);
    expect(merged.items.map((i) => i.code)).toEqual(['370100-XK-0101', '370100-XK-0102', '370100-XK-0201']);
    expect(r.stdout).toContain('合计');
  });

  it('orders by the catalogue with --catalogue', async () => {
    const cat = join(dir, 'catalogue.yaml');
    writeFileSync(cat, [
      'kind: catalogue', 'items:',
      ...['0201', '0102', '0101'].map((c) => `  - { code: "370100-XK-${c}", name: 事项${c}, category: 行政许可, department: 某局, legalBasis: 某法 }`),
    ].join('\n') + '\n');
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', join(FIX, 'depts', '市教育局.yaml'), join(FIX, 'depts', '市民政局.yaml'), '-o', out, '--catalogue', cat]);
    expect(r.code).toBe(0);
    expect((await readList(out)).items.map((i) => i.code)).toEqual(['370100-XK-0201', '370100-XK-0102', '370100-XK-0101']);
  });

  it('refuses an existing output without --force (exit 2), and an input as output', async () => {
    const out = join(dir, 'merged.yaml');
    writeFileSync(out, 'old');
    expect((await qingdan(['merge', join(FIX, 'depts', '市民政局.yaml'), '-o', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect((await qingdan(['merge', join(FIX, 'depts', '市民政局.yaml'), '-o', out, '--force'])).code).toBe(0);
    const input = join(dir, 'in.yaml');
    copyFileSync(join(FIX, 'depts', '市民政局.yaml'), input);
    expect((await qingdan(['merge', input, '-o', input])).code).toBe(2);
  });

  it('needs -o (exit 2)', async () => {
    expect((await qingdan(['merge', join(FIX, 'depts')])).code).toBe(2);
  });
});

describe('qingdan merge --base (three-way)', () => {
  const tw = (f: string) => join(FIX, 'three-way', f);

  it('as a git driver names the file by %P, not by git\'s temporary files', async () => {
    // git hands the driver extension-less temporary copies: %O %A %B, then the path in the repository.
    const [o, a, b] = ['.merge_file_o', '.merge_file_a', '.merge_file_b'].map((n) => join(dir, n));
    copyFileSync(tw('base.yaml'), o);
    writeFileSync(a, 'kind: delegation\nitems:\n  - code: "A1"\n    name: 一\n    code: "A2"\n');
    copyFileSync(tw('theirs.yaml'), b);
    const r = await runCli(['merge', '--git', o, a, b, 'lists/市教育局.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^qingdan: lists\/市教育局\.yaml \(ours\)，第 5 行: 重复的键“code”/u);
    expect(r.stderr).not.toContain('.merge_file_a');
  });

  it('keeps both sides’ changes and theirs’ new item, exit 0', async () => {
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', '--base', tw('base.yaml'), tw('ours.yaml'), tw('theirs.yaml'), '-o', out, '--format', 'json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.inputs.map((i: { role: string }) => i.role)).toEqual(['base', 'ours', 'theirs']);
    const merged = await readList(out);
    expect(merged.title).toBe('市级下放高新区管委会行政权力清单');
    expect(merged.items.map((i) => [i.code, i.status ?? '', i.batch ?? '', i.note ?? ''])).toEqual([
      ['370100-XK-0001', '已承接', '1', '含网络食品经营'],
      ['370100-XK-0002', '暂缓承接', '', ''],
      ['370100-CF-0003', '', '', ''],
      ['370100-QR-0004', '', '', ''],
    ]);
  });

  it('lists a conflict with base, ours and theirs, exits 1 and writes nothing with --conflicts fail', async () => {
    const out = join(dir, 'merged.yaml');
    const r = await qingdan(['merge', '--base', tw('base.yaml'), tw('ours-conflict.yaml'), tw('theirs.yaml'), '-o', out, '--conflicts', 'fail', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    const report = JSON.parse(r.stdout);
    expect(report.conflicts.map((c: Record<string, unknown>) => [c.code, c.field, c.base, c.ours, c.theirs])).toEqual([
      ['370100-XK-0002', 'status', '待承接', '已承接', '暂缓承接'],
    ]);
    expect(report.output.written).toBe(false);
  });

  it('settles the conflict with keep-theirs (exit 0), or marks it (exit 1)', async () => {
    const out = join(dir, 'theirs.yaml');
    const r = await qingdan(['merge', '--base', tw('base.yaml'), tw('ours-conflict.yaml'), tw('theirs.yaml'), '-o', out, '--conflicts', 'keep-theirs']);
    expect(r.code).toBe(0);
    expect((await readList(out)).items[1].status).toBe('暂缓承接');
    const marked = join(dir, 'marked.csv');
    const m = await qingdan(['merge', '--base', tw('base.yaml'), tw('ours-conflict.yaml'), tw('theirs.yaml'), '-o', marked, '--conflicts', 'mark']);
    expect(m.code).toBe(1);
    const item = (await readList(marked)).items[1];
    expect(item.status).toBe('已承接');
    expect(item.extra?.['冲突']).toBe('承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”');
  });

  it('prints the conflict table in pretty and markdown form, in English too', async () => {
    const args = ['merge', '--base', tw('base.yaml'), tw('ours-conflict.yaml'), tw('theirs.yaml'), '-o', join(dir, 'x.yaml'), '--conflicts', 'fail'];
    const pretty = await qingdan([...args, '--format', 'pretty', '--lang', 'en'], 'en');
    expect(pretty.stdout).toMatch(/370100-XK-0002\s+承接状态\s+待承接\s+已承接\s+暂缓承接/u);
    expect(pretty.stdout).toContain('was not written');
    const md = await qingdan([...args, '--format', 'markdown']);
    expect(md.stdout).toContain('| 370100-XK-0002 | 承接状态 | 待承接 | 已承接 | 暂缓承接 |');
  });

  it('needs exactly two files after --base (exit 2)', async () => {
    expect((await qingdan(['merge', '--base', tw('base.yaml'), tw('ours.yaml'), '-o', join(dir, 'x.yaml')])).code).toBe(2);
  });
});
