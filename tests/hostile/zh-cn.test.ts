/**
 * No English reaches a zh-CN user (issue 12, point 3): every error path of the hostile suites, and
 * the common ones (a missing file, a folder given as a file, an output folder that cannot be
 * written, bad YAML, bad configuration and baseline, bad arguments), run in zh-CN; what qingdan
 * prints holds no English sentence fragment. File names, codes, rule ids, option names and a few
 * names of formats and programs may appear. Run in-process, so the sources are what is tested.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { QingdanError } from '../../src/errors.js';
import { readList } from '../../src/read/index.js';
import { errorMessage } from '../../src/report/messages.js';
import { BIN, ROOT } from '../helpers/cli.js';
import { englishFragments } from '../helpers/english.js';
import { catalogueRows, SAMPLE_ROWS, workbook, zip } from './containers.js';
import { listYaml, makeHostileFiles } from './make-files.js';

interface Case {
  name: string;
  args: (d: string) => string[];
  /** The exit code (2 unless given). */
  code?: number;
}

let dir: string;
let hostile: { name: string; file: string; args?: string[]; code: number }[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-zh-'));
  const put = (name: string, text: string | Buffer): void => writeFileSync(join(dir, name), text);
  hostile = makeHostileFiles(join(dir, 'in')).filter((c) => c.code === 2);
  put('ok.yaml', listYaml(['A1', 'A2']));
  put('quote.csv', '事项编码,事项名称,权力类别\nA1,一,行政许可\nA2,"二,行政许可\n');
  put('fields.csv', '事项编码,事项名称,权力类别\nA1,一,行政许可\nA2,"二"x,行政许可\n');
  put('sheet.xlsx', workbook({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c></row' }));
  put('no-workbook.xlsx', zip([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: '_rels/.rels', data: '<Relationships/>' }]));
  // YAML syntax
  put('unclosed.yaml', 'kind: catalogue\nitems:\n  - code: "A1\n    name: 一\n');
  put('indent.yaml', 'kind: catalogue\nitems:\n  - code: A1\n   name: 一\n');
  put('tab.yaml', 'kind: catalogue\nitems:\n\t- code: A1\n');
  put('flow.yaml', 'kind: catalogue\nitems: [ {code: A1, name: 一\n');
  put('two-docs.yaml', 'kind: catalogue\nitems: []\n---\nkind: catalogue\n');
  // YAML shape
  put('item-list.yaml', 'kind: catalogue\nitems:\n  - code: A1\n    name: [一, 二]\n');
  put('item-map.yaml', 'kind: catalogue\nitems:\n  - code: A1\n    name: {a: 1}\n');
  put('item-scalar.yaml', 'kind: catalogue\nitems:\n  - A1\n');
  put('top-scalar.yaml', 'just text\n');
  put('no-items.yaml', 'kind: catalogue\ntitle: 目录\n');
  put('items-map.yaml', 'kind: catalogue\nitems:\n  code: A1\n');
  put('bad-kind.yaml', 'kind: something\nitems: []\n');
  put('no-kind.yaml', 'title: 目录\nitems:\n  - code: A1\n    name: 一\n');
  put('key-map.yaml', 'kind: catalogue\nitems:\n  - ? [a, b]\n    : x\n');
  // configuration and baseline
  put('config-syntax.yaml', 'rules:\n  gap: [off\n');
  put('config-key.yaml', 'unknownKey: 1\n');
  put('config-type.yaml', 'extraCategories: 5\n');
  put('config-enum.yaml', 'failOn: sometimes\n');
  put('config-rule.yaml', 'rules:\n  gap: loud\n');
  put('config-pattern.yaml', 'codePattern: "[A-"\n');
  put('baseline-syntax.yaml', 'waivers:\n  - rule: gap\n    code: [A1\n');
  put('baseline-shape.yaml', 'waivers:\n  - rule: no-such-rule\n');
  put('baseline-type.yaml', 'waivers: 3\n');
  put('baseline-missing.yaml', 'something: else\n');
  mkdirSync(join(dir, 'folder.yaml'));
  mkdirSync(join(dir, 'empty-dir'));
  put('plain-file', 'x');
  put('existing.json', '{}');
  put('b.yaml', listYaml(['B1']));
  put('list.yaml', 'kind: delegation\ndepartment: 市民政局\nitems:\n  - { code: "A1", name: 事项A1, category: 行政许可, decision: 不下放, reason: 无 }\n');
});

const ok = (d: string): string => join(d, 'ok.yaml');
const out = (d: string, name: string): string => join(d, 'out', name);

const CASES: Case[] = [
  // files that cannot be read
  { name: 'a missing file', args: (d) => ['export', join(d, '缺失.csv'), '-o', out(d, 'a.json')] },
  { name: 'a missing file (validate)', args: (d) => ['validate', join(d, '缺失.yaml')] },
  { name: 'a missing catalogue', args: (d) => ['validate', ok(d), '--catalogue', join(d, '缺失.xlsx')] },
  { name: 'a folder given as the catalogue', args: (d) => ['validate', ok(d), '--catalogue', join(d, 'folder.yaml')] },
  { name: 'a folder with no lists', args: (d) => ['export', join(d, 'empty-dir'), '-o', out(d, 'b.json')] },
  { name: 'a folder given as the baseline', args: (d) => ['validate', ok(d), '--baseline', join(d, 'folder.yaml')] },
  { name: 'a folder given as the configuration', args: (d) => ['validate', ok(d), '--config', join(d, 'folder.yaml')] },
  { name: 'a file under a path that is not a folder', args: (d) => ['export', join(d, 'plain-file', 'x.csv'), '-o', out(d, 'a2.json')] },
  { name: 'diff: a folder as the old file', args: (d) => ['diff', join(d, 'folder.yaml'), ok(d)] },
  { name: 'csv: an unclosed quote', args: (d) => ['export', join(d, 'quote.csv'), '-o', out(d, 'c.json')] },
  { name: 'csv: text after a closing quote', args: (d) => ['export', join(d, 'fields.csv'), '-o', out(d, 'c2.json')] },
  { name: 'csv: unreadable file in validate (pretty)', args: (d) => ['validate', join(d, 'quote.csv'), join(d, '缺失.csv')] },
  { name: 'xlsx: a broken sheet', args: (d) => ['export', join(d, 'sheet.xlsx'), '-o', out(d, 'd.json')] },
  { name: 'xlsx: no workbook part', args: (d) => ['export', join(d, 'no-workbook.xlsx'), '-o', out(d, 'd2.json')] },
  // YAML
  ...['unclosed', 'indent', 'tab', 'flow', 'two-docs'].map((n): Case => ({ name: `yaml syntax: ${n}`, args: (d) => ['export', join(d, `${n}.yaml`), '-o', out(d, `${n}.json`)] })),
  ...['item-list', 'item-map', 'item-scalar', 'top-scalar', 'no-items', 'items-map', 'bad-kind', 'no-kind', 'key-map'].map((n): Case => ({
    name: `yaml shape: ${n}`,
    args: (d) => ['export', join(d, `${n}.yaml`), '-o', out(d, `${n}.json`)],
  })),
  // outputs
  { name: 'an output folder that does not exist', args: (d) => ['export', ok(d), '-o', join(d, 'nowhere', 'deeper', 'x.json')] },
  { name: 'an output folder that is a file', args: (d) => ['export', ok(d), '-o', join(d, 'plain-file', 'x.json')] },
  { name: 'an output that is a folder', args: (d) => ['export', ok(d), '-o', join(d, 'folder.yaml'), '--force'] },
  { name: 'an output on a read-only file system', args: () => ['export', ok(dir), '-o', '/proc/qingdan-x.json'] },
  { name: 'an output format qingdan does not write', args: (d) => ['export', ok(d), '-o', out(d, 'x.txt')] },
  { name: 'an output that is the input', args: (d) => ['export', ok(d), '-o', ok(d), '--force'] },
  { name: 'init under a path that is a file', args: (d) => ['init', join(d, 'plain-file', 'sub')] },
  { name: 'an existing output without --force', args: (d) => ['export', ok(d), '-o', join(d, 'existing.json')] },
  { name: 'merge -o one of its inputs', args: (d) => ['merge', ok(d), join(d, 'b.yaml'), '-o', join(d, 'b.yaml'), '--force'] },
  { name: 'sync --write the list it reads', args: (d) => ['sync', '--catalogue', ok(d), join(d, 'list.yaml'), '--write', join(d, 'list.yaml'), '--format', 'json'] },
  { name: 'validate --write-baseline into a missing folder', args: (d) => ['validate', ok(d), '--write-baseline', join(d, 'nowhere', 'b.yaml')], code: 2 },
  // configuration
  ...['syntax', 'key', 'type', 'enum', 'rule', 'pattern'].map((n): Case => ({ name: `config: ${n}`, args: (d) => ['validate', ok(d), '--config', join(d, `config-${n}.yaml`)] })),
  { name: 'config: missing', args: (d) => ['validate', ok(d), '--config', join(d, '缺失.config.yaml')] },
  // baseline
  ...['syntax', 'shape', 'type', 'missing'].map((n): Case => ({ name: `baseline: ${n}`, args: (d) => ['validate', ok(d), '--baseline', join(d, `baseline-${n}.yaml`)] })),
  { name: 'baseline: not found', args: (d) => ['validate', ok(d), '--baseline', join(d, '缺失.baseline.yaml')] },
  // arguments
  { name: 'args: unknown command', args: () => ['frobnicate'] },
  { name: 'args: unknown option', args: (d) => ['validate', ok(d), '--frobnicate'] },
  { name: 'args: a bad choice', args: (d) => ['validate', ok(d), '--format', 'pdf'] },
  { name: 'args: a bad limit', args: (d) => ['export', ok(d), '-o', out(d, 'l.json'), '--max-rows', 'abc'] },
  { name: 'args: a missing option value', args: (d) => ['validate', ok(d), '--catalogue'] },
  { name: 'args: no input', args: () => ['validate'] },
  { name: 'args: too many arguments', args: (d) => ['diff', ok(d), ok(d), ok(d)] },
  { name: 'args: diff with one file', args: (d) => ['diff', ok(d)] },
  { name: 'args: export without -o', args: (d) => ['export', ok(d)] },
  { name: 'args: export with no input', args: (d) => ['export', '-o', out(d, 'e.json')] },
  { name: 'args: sync without --catalogue', args: (d) => ['sync', ok(d)] },
  { name: 'args: status with no input', args: () => ['status'] },
  { name: 'args: merge without -o', args: (d) => ['merge', ok(d), ok(d)] },
  { name: 'args: merge --base with one input', args: (d) => ['merge', '--base', ok(d), ok(d), '-o', out(d, 'm.yaml')] },
];

/** Runs the CLI in this process in zh-CN; the exit code and everything it printed. */
async function runZh(args: string[]): Promise<{ code: number; text: string }> {
  let text = '';
  const ctx = { lang: 'zh-CN' as const, color: false, tty: false, code: 0, out: (t: string) => void (text += t), err: (t: string) => void (text += t), exit: (c: number) => void (ctx.code = Math.max(ctx.code, c)) };
  const debug = process.env.QINGDAN_DEBUG;
  delete process.env.QINGDAN_DEBUG;
  try {
    const code = await run(args, ctx);
    return { code, text };
  } finally {
    if (debug !== undefined) process.env.QINGDAN_DEBUG = debug;
  }
}

describe('the fragment finder', () => {
  it('finds English words in a row, and lets file names, codes, options and format names through', () => {
    expect(englishFragments('qingdan: a.xlsx: Excel 文件已损坏或不完整：no end of central directory (truncated?)')).toEqual(['no end of central directory']);
    expect(englishFragments('YAML 结构不符合清单格式：item: expected a single value, got a list')).toEqual(['expected a single value', 'got a list']);
    expect(englishFragments('qingdan: /tmp/x/out.json: 写入失败：ENOENT：目录不存在（--force）')).toEqual([]);
    expect(englishFragments('错误：选项 --max-rows <n> 的值“abc def”无效；用 libreoffice xlsx 转换 missing-value')).toEqual([]);
    expect(englishFragments("error: option '--max-rows <n>' argument 'abc' is invalid. 应为大于 0 的整数")).toEqual(['is invalid']);
  });
});

describe('zh-CN: no English sentence fragment on any error path', () => {
  it.each(CASES)('$name', async (c) => {
    const r = await runZh(c.args(dir));
    expect(r.code, r.text).toBe(c.code ?? 2);
    expect(r.text.trim(), 'says nothing').not.toBe('');
    expect(englishFragments(r.text, [dir]), r.text).toEqual([]);
  });

  it('for every refused hostile file (export, validate)', async () => {
    const bad: string[] = [];
    for (const h of hostile) {
      for (const args of [['export', h.file, '-o', join(dir, 'out', 'h.json'), ...(h.args ?? [])], ['validate', h.file, ...(h.args ?? [])]]) {
        const r = await runZh(args);
        if (r.code !== 2) bad.push(`${h.name}: exit ${r.code}: ${r.text}`);
        const found = englishFragments(r.text, [dir]);
        if (found.length > 0) bad.push(`${h.name} (${args[0]}): ${found.join(' | ')}\n  ${r.text.trim()}`);
      }
    }
    expect(bad).toEqual([]);
  }, 60_000);
});

describe('zh-CN: what the system refuses (no permission), as a real process', () => {
  // Root reads and writes anything: run the built CLI as nobody then, which the permissions stop.
  const asRoot = process.getuid?.() === 0;
  const cli = (args: string[]): { code: number | null; text: string } => {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1', QINGDAN_DEBUG: undefined },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    return { code: r.status, text: `${r.stdout}${r.stderr}` };
  };
  let d: string;
  beforeAll(() => {
    d = mkdtempSync(join(tmpdir(), 'qingdan-perm-'));
    chmodSync(d, 0o755);
    writeFileSync(join(d, 'ok.yaml'), listYaml(['A1']));
    chmodSync(join(d, 'ok.yaml'), 0o644);
    copyFileSync(join(d, 'ok.yaml'), join(d, 'secret.yaml'));
    chmodSync(join(d, 'secret.yaml'), 0o600);
    mkdirSync(join(d, 'locked'));
    chmodSync(join(d, 'locked'), 0o555);
  });
  afterAll(() => chmodSync(join(d, 'locked'), 0o755));

  it.each([
    ['an input without read permission', (): string[] => ['export', join(d, 'secret.yaml'), '-o', join(d, 'x.json')], /secret\.yaml: 没有访问权限（EACCES）/u],
    ['an input without read permission (validate)', (): string[] => ['validate', join(d, 'secret.yaml')], /无法读取此文件：没有访问权限（EACCES）/u],
    ['an output folder without write permission', (): string[] => ['export', join(d, 'ok.yaml'), '-o', join(d, 'locked', 'x.json')], /x\.json: 写入失败：没有访问权限（EACCES）/u],
  ])('%s', (_name, args, says) => {
    const r = cli(args());
    expect(r.code, r.text).toBe(2);
    expect(r.text).toMatch(says);
    expect(englishFragments(r.text, [d])).toEqual([]);
  });
});

describe('QINGDAN_DEBUG=1 adds what the library said, on a second line', () => {
  it('YAML syntax: the line in Chinese, then yaml\'s own words', async () => {
    process.env.QINGDAN_DEBUG = '1';
    try {
      let text = '';
      const ctx = { lang: 'zh-CN' as const, color: false, tty: false, code: 0, out: () => undefined, err: (t: string) => void (text += t), exit: () => undefined };
      expect(await run(['export', join(dir, 'unclosed.yaml'), '-o', out(dir, 'dbg.json')], ctx)).toBe(2);
      const [first, second] = text.split('\n');
      expect(first).toMatch(/YAML 语法错误：缺少必需的字符/u);
      expect(englishFragments(first, [dir])).toEqual([]);
      expect(second).toMatch(/^ {2}原始信息：Missing closing "quote/u);
    } finally {
      delete process.env.QINGDAN_DEBUG;
    }
  });
});

describe('zh-CN: the messages of damaged files (the fuzz suite\'s mutations)', () => {
  const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
  const seeds: [string, Buffer][] = [
    ['.xlsx', workbook({ sheetData: catalogueRows(SAMPLE_ROWS) })],
    ['.yaml', Buffer.from(`${listYaml(['A1', 'A2'])}  - code: A3\n    name: 三\n`)],
    ['.csv', Buffer.from('事项编码,事项名称,权力类别\nA1,"一,二",行政许可\nA2,二,行政许可\n')],
  ];
  let n = 0;
  it.each(seeds)('%s', async (ext, src) => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-zh-fuzz-'));
    const op = fc.record({ at: fc.nat({ max: src.length - 1 }), byte: fc.integer({ min: 0, max: 255 }), drop: fc.boolean() });
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 6 }), fc.nat({ max: src.length }), async (ops, cut) => {
      let b = Buffer.from(src);
      for (const o of ops) b = o.drop ? Buffer.concat([b.subarray(0, o.at), b.subarray(o.at + 1)]) : (b[Math.min(o.at, b.length - 1)] = o.byte, b);
      if (cut % 3 === 0) b = b.subarray(0, cut); // truncated now and then
      const path = join(d, `f${n++}${ext}`);
      writeFileSync(path, b);
      try {
        await readList(path);
      } catch (err) {
        if (!(err instanceof QingdanError)) throw err;
        const text = errorMessage(err, 'zh-CN');
        expect(englishFragments(text, [d]), text).toEqual([]);
      }
    }), { numRuns: RUNS * 2 });
  }, 60_000);
});
