/** Review rounds (issue 15 point 4): fingerprints, new / open / resolved, the jinan second round, bad --since files. */
import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import schema from '../../schemas/validate-report.schema.json' with { type: 'json' };
import { validate } from '../../src/check/run.js';
import { compareRounds, fingerprint, parseSince } from '../../src/check/rounds.js';
import type { ValidateReport } from '../../src/check/report.js';
import { formatValidate } from '../../src/report/formatters/validate/index.js';
import { runInProcess } from '../helpers/cli.js';

const F = 'tests/fixtures/validate';
const opts = { catalogue: `${F}/catalogue.yaml`, config: false as const, baseline: false as const };
const tmp = () => mkdtemp(join(tmpdir(), 'qingdan-rounds-'));
const key = (f: { rule: string; code?: string }) => `${f.rule} ${f.code ?? ''}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('fingerprint', () => {
  const base = { rule: 'name-mismatch', code: 'XK0001', department: '市市场监管局', column: '事项名称', file: 'round1/市市场监管局.xlsx', sheet: '清单', row: 12 };

  it('does not depend on row, sheet, folder or the header’s spelling', () => {
    const moved = { ...base, row: 40, sheet: 'Sheet2', file: 'round2/corrected/市市场监管局.xlsx', column: '职权名称' };
    expect(fingerprint(moved)).toBe(fingerprint(base));
    expect(fingerprint({ ...base, column: ' 事项\n名称 ' })).toBe(fingerprint(base));
    expect(fingerprint({ ...base, department: '市市场监管局 ' .trim() })).toBe(fingerprint(base));
  });

  it('tells apart rule, code, sub-item, department and field', () => {
    const others = [
      { ...base, rule: 'category-mismatch' }, { ...base, code: 'XK0002' }, { ...base, subItem: '建筑工程' },
      { ...base, department: '市教育局' }, { ...base, column: '权力类别' },
    ];
    for (const o of others) expect(fingerprint(o)).not.toBe(fingerprint(base));
    // A gap names its sub-item in details (an earlier report's finding may carry it only there).
    expect(fingerprint({ rule: 'gap', code: 'XK0101', department: '市规划局', details: { subItem: '建筑工程' } }))
      .toBe(fingerprint({ rule: 'gap', code: 'XK0101', department: '市规划局', subItem: '建筑工程' }));
  });

  it('uses the file’s name, not its folder, for a finding without a department', () => {
    expect(fingerprint({ rule: 'missing-column', file: 'a/list.csv', column: '事项编码' })).toBe(fingerprint({ rule: 'missing-column', file: 'b/c/list.csv', column: '事项编码' }));
    expect(fingerprint({ rule: 'missing-column', file: 'a/list.csv' })).not.toBe(fingerprint({ rule: 'missing-column', file: 'a/other.csv' }));
  });
});

/** A two-sheet workbook of 市市场监管局 (permits, penalties), in the given sheet and row order. */
async function marketWorkbook(path: string, order: 'as-sent' | 'moved'): Promise<void> {
  const header = ['事项编码', '事项名称', '权力类别', '下放意见', '不下放理由', '下放方式', '下放范围', '承接状态'];
  const permits = [
    ['XK0001', '食品经营许可', '行政许可', '下放', '', '直接下放', '全部下放', '待承接'],
    ['XK0002', '药品零售企业许可事项', '行政许可', '不下放', '', '', '', ''], // name-mismatch, missing-value
  ];
  const penalties = [['CF0001', '对无证经营的处罚', '行政检查', '下放', '', '直接下放', '全部下放', '待承接']]; // category-mismatch
  const wb = new ExcelJS.Workbook();
  const sheets: [string, string[][]][] = [['许可', permits], ['处罚', penalties]];
  for (const [name, rows] of order === 'as-sent' ? sheets : [...sheets].reverse()) {
    const ws = wb.addWorksheet(name);
    ws.addRow(['市市场监管局下放事项清单']);
    if (order === 'moved') ws.addRow(['（修改稿）']);
    ws.addRow(header);
    for (const r of order === 'as-sent' ? rows : [...rows].reverse()) ws.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

describe('rounds', () => {
  it('keeps findings open when rows move and sheets are reordered', async () => {
    const dir = await tmp();
    await marketWorkbook(join(dir, '市市场监管局.xlsx'), 'as-sent');
    const first = await validate([join(dir, '市市场监管局.xlsx')], opts);
    await marketWorkbook(join(dir, 'moved.xlsx'), 'moved');
    const again = await validate([join(dir, 'moved.xlsx')], { ...opts, since: first });
    // The same findings, at other rows and sheets.
    expect(again.findings.map((f) => `${f.sheet}:${f.row}`)).not.toEqual(first.findings.map((f) => `${f.sheet}:${f.row}`));
    expect(sorted(again.findings.map(key))).toEqual(sorted(first.findings.map(key)));
    expect(again.findings.length).toBeGreaterThan(3);
    expect(again.findings.every((f) => f.round === 'open')).toBe(true);
    expect(again.rounds?.counts).toEqual({ resolved: 0, open: again.findings.length, new: 0 });
    expect(again.rounds?.byDepartment).toEqual({ 市市场监管局: { resolved: 0, open: again.findings.length, new: 0 } });
  });

  it('matches findings of one fingerprint one to one (an item listed three times)', () => {
    const f = { rule: 'duplicate-code', severity: 'error', code: 'XK0001', department: '市市场监管局', column: '事项编码', details: {} } as const;
    const report = (n: number): ValidateReport => ({
      version: 1, files: [], waived: [], failed: false,
      findings: Array.from({ length: n }, (_, i) => ({ ...f, row: i + 2, details: { other: { file: 'x', row: 1 } } })) as ValidateReport['findings'],
      summary: { items: 0, errors: n, warnings: 0, infos: 0, waived: 0, byRule: {}, unreadable: 0, failOn: 'error', failing: n, byDepartment: {} },
    });
    const now = report(1);
    const { rounds } = compareRounds(now, report(2), 'r1.json');
    expect(rounds.counts).toEqual({ resolved: 1, open: 1, new: 0 });
    const more = report(3);
    expect(compareRounds(more, report(2), 'r1.json').rounds.counts).toEqual({ resolved: 0, open: 2, new: 1 });
    expect(more.findings.map((x) => x.round)).toEqual(['open', 'open', 'new']);
  });

  it('a finding waived now is neither resolved nor counted; one whose waiver ended is open, not new', async () => {
    const dir = await tmp();
    const first = await validate([`${F}/defects-market.yaml`], opts);
    const baseline = join(dir, 'b.yaml');
    await writeFile(baseline, 'version: 1\nwaivers:\n  - rule: gap\n    code: XK0002\n    department: 市市场监管局\n    reason: 市政府同意暂缓\n    acceptedBy: 编办\n    expires: 2999-12-31\n');
    const waived = await validate([`${F}/defects-market.yaml`], { ...opts, baseline, since: first });
    expect(waived.waived.map(key)).toEqual(['gap XK0002']);
    expect(waived.rounds?.resolved).toEqual([]);
    expect(waived.rounds?.counts).toEqual({ resolved: 0, open: first.findings.length - 1, new: 0 });
    const third = await validate([`${F}/defects-market.yaml`], { ...opts, since: waived });
    expect(third.findings.find((f) => f.rule === 'gap')?.round).toBe('open');
    expect(third.rounds?.counts.new).toBe(0);
  });
});

interface Change { rule: string; code: string }
interface DepartmentChanges { department: string; file: string; firstRound: string; resolved: Change[]; open?: Change[]; new: Change[] }

describe('the second round of the jinan example', () => {
  const J = 'examples/jinan';
  const changes = JSON.parse(readFileSync(`${J}/round2/changes.json`, 'utf8')) as DepartmentChanges[];
  const departments = changes.map((c) => c.department);
  let first: ValidateReport;
  let second: ValidateReport;
  let saved: string;

  beforeAll(async () => {
    const cat = { catalogue: `${J}/catalogue-2016.xlsx`, config: false as const, baseline: false as const };
    first = await validate([`${J}/depts`], cat);
    saved = join(await tmp(), 'round1.json');
    await writeFile(saved, await formatValidate(first, 'json', { lang: 'zh-CN', color: false }));
    second = await validate(changes.map((c) => `${J}/${c.file}`), { ...cat, since: saved });
  }, 120_000);

  it('counts resolved, open and new per department as the corrections say', () => {
    for (const c of changes) {
      const before = first.findings.filter((f) => f.department === c.department);
      const expected = { resolved: c.resolved.length, open: before.length - c.resolved.length, new: c.new.length };
      expect(second.rounds?.byDepartment[c.department], c.department).toEqual(expected);
      expect(sorted(second.rounds!.resolved.filter((f) => f.department === c.department).map(key)), c.department).toEqual(sorted(c.resolved.map(key)));
      expect(sorted(second.findings.filter((f) => f.department === c.department && f.round === 'new').map(key)), c.department).toEqual(sorted(c.new.map(key)));
      for (const o of c.open ?? []) expect(second.findings.find((f) => key(f) === key(o))?.round).toBe('open');
    }
    const sum = (k: 'resolved' | 'open' | 'new') => departments.reduce((n, d) => n + second.rounds!.byDepartment[d][k], 0);
    expect(second.rounds?.counts).toEqual({ resolved: sum('resolved'), open: sum('open'), new: sum('new') });
    expect(Object.keys(second.rounds!.byDepartment).sort()).toEqual([...departments].sort());
    expect(second.findings.length).toBe(sum('open') + sum('new'));
  });

  it('checks only the two departments and says how many earlier findings it did not compare', () => {
    expect(second.summary.scope).toEqual({ kind: 'files', departments });
    expect(new Set(second.findings.map((f) => f.department))).toEqual(new Set(departments));
    const outside = first.findings.filter((f) => !departments.includes(f.department ?? ''));
    const notice = second.notices?.find((n) => n.kind === 'since-not-compared');
    expect(notice?.details).toEqual({ findings: outside.length, departments: new Set(outside.map((f) => f.department)).size });
  });

  it('prints the rounds in every format, in both languages, and the JSON fits its schema', async () => {
    const doc = JSON.parse(await formatValidate(second, 'json', { lang: 'en', color: false }));
    const check = new Ajv({ strict: false }).compile(schema);
    expect(check(doc), JSON.stringify(check.errors)).toBe(true);
    expect(doc.rounds.counts).toEqual(second.rounds?.counts);
    expect(doc.findings.every((f: { round?: string }) => f.round === 'new' || f.round === 'open')).toBe(true);
    const c = second.rounds!.counts;
    const en = await formatValidate(second, 'pretty', { lang: 'en', color: false });
    expect(en).toContain(`compared with the earlier round (${saved})`);
    expect(en).toContain(`resolved findings (${c.resolved})`);
    expect(en).toMatch(/error +new +370100-CF-0805/u);
    const zh = await formatValidate(second, 'pretty', { lang: 'zh-CN', color: false });
    expect(zh).toContain(`已改正的问题（${c.resolved}）`);
    expect(zh).toMatch(/错误 +新增 +370100-CF-0805/u);
    const md = await formatValidate(second, 'markdown', { lang: 'en', color: false });
    expect(md).toContain(`${c.resolved} resolved, ${c.open} still open, ${c.new} new`);
    for (const d of departments) {
      const n = second.rounds!.byDepartment[d];
      expect(md).toContain(`| ${d} | ${n.resolved} | ${n.open} | ${n.new} |`);
    }
    const html = await formatValidate(second, 'html', { lang: 'zh-CN', color: false });
    expect(html).toContain(`<section id="rounds" data-resolved="${c.resolved}" data-open="${c.open}" data-new="${c.new}">`);
    expect((html.match(/<tr class="resolved /gu) ?? []).length).toBe(c.resolved);
    expect((html.match(/data-round="new"/gu) ?? []).length).toBe(c.new);
  });

  it('a round that resolves everything still fits a pull-request comment in markdown', async () => {
    const clean: ValidateReport = { ...second, findings: [], waived: [], rounds: undefined };
    clean.rounds = compareRounds(clean, first, 'round1.json').rounds;
    expect(clean.rounds.counts).toEqual({ resolved: first.findings.length, open: 0, new: 0 });
    for (const lang of ['zh-CN', 'en'] as const) {
      const md = await formatValidate(clean, 'markdown', { lang, color: false });
      expect(md.length).toBeLessThanOrEqual(65_536);
      expect(md).toContain(lang === 'en' ? 'more resolved findings not listed (all of them in --format json)' : '条已改正的问题未列出');
    }
  });

  it('the CLI reads the saved report with --since and prints the same counts', async () => {
    const run = await runInProcess(['validate', ...changes.map((x) => `${J}/${x.file}`), '--catalogue', `${J}/catalogue-2016.xlsx`, '--since', saved, '--format', 'json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).rounds.counts).toEqual(second.rounds?.counts);
  });
});

describe('--since that is not a report', () => {
  it('exits 2 naming the file, in both languages, before reading any list', async () => {
    const dir = await tmp();
    const notJson = join(dir, 'notes.json');
    await writeFile(notJson, '事项编码,事项名称\n');
    const list = join(dir, 'list.json');
    await writeFile(list, JSON.stringify({ kind: 'delegation', items: [] }));
    const badFinding = join(dir, 'bad.json');
    await writeFile(badFinding, JSON.stringify({ version: 1, files: [], findings: [{ rule: 'no-such-rule', severity: 'error' }], waived: [], summary: {} }));
    const args = (since: string, lang: string) => ['validate', `${F}/clean-market.yaml`, '--catalogue', `${F}/catalogue.yaml`, '--since', since, '--lang', lang];
    const cases: [string, string, string][] = [
      [notJson, '(not JSON)', '（不是 JSON）'],
      [list, '(no version: 1, files, findings, waived or summary)', '缺少 version: 1'],
      [badFinding, '(entry 1 of findings is not a finding)', 'findings 第 1 条不是有效的问题'],
    ];
    for (const [file, en, zh] of cases) {
      const e = await runInProcess(args(file, 'en'));
      expect(e.code, file).toBe(2);
      expect(e.stdout).toBe('');
      expect(e.stderr).toContain(file);
      expect(e.stderr).toContain(`the file given to --since is not a report of qingdan validate --format json ${en}`);
      const z = await runInProcess(args(file, 'zh-CN'));
      expect(z.code).toBe(2);
      expect(z.stderr).toContain('--since 给出的文件不是 qingdan validate --format json 的报告');
      expect(z.stderr).toContain(zh);
    }
    const missing = await runInProcess(args(join(dir, 'none.json'), 'en'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file not found');
  });

  it('parseSince keeps what a finding is made of and leaves its message behind', () => {
    const text = JSON.stringify({ version: 1, files: [], waived: [], summary: {}, findings: [{ rule: 'gap', severity: 'error', code: 'X', department: '市教育局', message: '…', round: 'new', details: { department: '市教育局' } }] });
    expect(parseSince(text, 'r.json').findings).toEqual([{ rule: 'gap', severity: 'error', code: 'X', department: '市教育局', details: { department: '市教育局' } }]);
  });
});
