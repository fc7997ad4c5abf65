/**
 * Issue 13 points 2 and 3: every input file is accounted for, and a file's kind fits its role.
 * Asserted on data (exit codes, notice kinds, rule ids), and on the notice's words in both languages.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/main.js';
import { VALIDATE_FORMATS } from '../../src/report/formats.js';

const F = 'tests/fixtures/validate';
const CAT = ['--catalogue', `${F}/catalogue.yaml`];

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  try {
    const ctx = { lang: argv.includes('en') ? ('en' as const) : ('zh-CN' as const), color: false, tty: false, code: 0, width: 1000,
      out: (t: string) => void (out += t), err: (t: string) => void (err += t), exit: (c: number) => void (ctx.code = Math.max(ctx.code, c)) };
    return { code: await run(argv, ctx), out, err };
  } finally {
    spy.mockRestore();
  }
}

/** A folder with a department's list, a legacy .xls of another department, a JSON list, a note and the files never read. */
async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingdan-inputs-'));
  await copyFile(`${F}/clean-market.yaml`, join(dir, '市市场监管局.yaml'));
  // A damaged legacy workbook (cut short): a list that cannot be read.
  await writeFile(join(dir, '市教育局.xls'), (await readFile('tests/fixtures/xlsx/legacy.xls')).subarray(0, 1024));
  await writeFile(join(dir, '说明.txt'), '请于五月底前报送\n');
  // JSON beside the lists that is not in the list form (a saved report) is not a list either.
  await writeFile(join(dir, '报告.json'), '[{ "rule": "gap", "department": "市教育局" }]\n');
  await writeFile(join(dir, '~$市市场监管局.xlsx'), 'lock');
  await writeFile(join(dir, '.DS_Store'), 'x');
  return dir;
}

describe('validate: every input file is accounted for', () => {
  it('reads .json lists in a folder, reports the rest as skipped, and a damaged .xls as unreadable, not missing', async () => {
    const dir = await folder();
    await writeFile(join(dir, '市民政局.json'), JSON.stringify({ kind: 'delegation', department: '市民政局', items: [{ code: 'MZ0001', name: '社会团体成立登记', category: '行政许可', decision: '不下放', reason: '全市统一' }] }));
    const r = await cli(['validate', dir, ...CAT, '--format', 'json']);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.out);
    expect(doc.files.map((f: { path: string; kind: string; role: string }) => [f.path.replace(dir, 'D'), f.kind, f.role])).toEqual([
      ['D/市市场监管局.yaml', 'delegation', 'input'], ['D/市民政局.json', 'delegation', 'input'], [`${F}/catalogue.yaml`, 'catalogue', 'catalogue'],
    ]);
    expect(doc.notices.map((n: { kind: string; file?: string }) => [n.kind, n.file?.replace(dir, 'D')])).toEqual([['not-a-list', 'D/报告.json'], ['not-a-list', 'D/说明.txt']]);
    const unreadable = doc.findings.filter((f: { rule: string }) => f.rule === 'file-unreadable');
    expect(unreadable.map((f: { file: string; details: { error: string } }) => [f.file.replace(dir, 'D'), f.details.error])).toEqual([['D/市教育局.xls', 'xlsx-corrupt']]);
    // 市教育局 sent a list that could not be read: no "sent no list" gap for it.
    expect(doc.findings.filter((f: { rule: string; department?: string; row?: number }) => f.rule === 'gap' && f.department === '市教育局' && f.row === undefined)).toEqual([]);
  });

  it('says “skipped: not a list” in every format and language', async () => {
    const dir = await folder();
    for (const format of VALIDATE_FORMATS) {
      const zh = await cli(['validate', dir, ...CAT, '--format', format]);
      expect(zh.out, format).toContain('已跳过：不是清单文件');
      // SARIF names the file by its URI.
      expect(zh.out, format).toContain(format === 'sarif' ? encodeURIComponent('说明.txt') : '说明.txt');
      const en = await cli(['validate', dir, ...CAT, '--format', format, '--lang', 'en']);
      expect(en.out, format).toContain('skipped: not a list');
    }
  });

  it('without a catalogue, says once in every format which rules did not run', async () => {
    for (const format of VALIDATE_FORMATS) {
      const zh = await cli(['validate', `${F}/clean-market.yaml`, '--format', format]);
      expect(zh.out.split('以下规则未运行').length - 1, format).toBe(1);
      expect(zh.out, format).toContain('unknown-code');
      const en = await cli(['validate', `${F}/clean-market.yaml`, '--format', format, '--lang', 'en']);
      expect(en.out.split('these rules did not run').length - 1, format).toBe(1);
    }
    const withCat = await cli(['validate', `${F}/clean-market.yaml`, ...CAT, '--format', 'json']);
    expect(JSON.parse(withCat.out).notices).toEqual([]);
  });
});

describe('validate: a file’s kind fits its role', () => {
  it('--catalogue given a delegation list (by kind:) is exit 2, saying what it looks like', async () => {
    const r = await cli(['validate', `${F}/defects-market.yaml`, '--catalogue', `${F}/clean-market.yaml`, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain('looks like a delegation list (by its kind:); expected a catalogue');
    const zh = await cli(['validate', `${F}/defects-market.yaml`, '--catalogue', `${F}/clean-market.yaml`]);
    expect(zh.err).toContain('按其 kind:看是下放清单，此处应为目录');
  });

  it('--catalogue given a department CSV or a zone workbook (by columns) is exit 2', async () => {
    const csv = await cli(['validate', `${F}/clean-market.yaml`, '--catalogue', 'examples/jinan/depts/市司法局.csv', '--lang', 'en']);
    expect([csv.code, /looks like a delegation list \(by its columns\)/u.test(csv.err)]).toEqual([2, true]);
    const zone = await cli(['validate', `${F}/clean-market.yaml`, '--catalogue', 'examples/jinan/zone-2016.xlsx', '--lang', 'en']);
    expect([zone.code, /looks like a zone list \(by its columns\)/u.test(zone.err)]).toEqual([2, true]);
  });

  it('a catalogue among the lists while --catalogue is given is exit 2', async () => {
    const r = await cli(['validate', `${F}/clean-market.yaml`, 'examples/small/catalogue.yaml', ...CAT, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('looks like a catalogue (by its kind:); expected a delegation or zone list');
  });
});

describe('validate: what was read, per run', () => {
  it('pretty says which files it read as what kind, with item counts, and what it skipped', async () => {
    const dir = await folder();
    const en = await cli(['validate', dir, ...CAT, '--lang', 'en', '--format', 'pretty']);
    expect(en.out).toContain('read: 1 catalogue (8 items), 1 delegation list (3 items), 1 unreadable, 2 skipped');
    const zh = await cli(['validate', dir, ...CAT, '--format', 'pretty']);
    expect(zh.out).toContain('已读取：目录 1 个（8 项），下放清单 1 个（3 项），无法读取 1 个，跳过 2 个');
  });
});
