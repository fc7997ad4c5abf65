/**
 * Errors that help (issue 8, part 3): a message in zh-CN and in en that names the file (and the
 * sheet, row and column where known), one line, no stack trace unless QINGDAN_DEBUG=1; a bug is
 * exit 70 with a one-line apology naming the version. Through the built CLI.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/cli.js';
import { workbook } from './containers.js';
import { listYaml } from './make-files.js';

const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const PLANT = pathToFileURL(join(import.meta.dirname, 'crash.mjs')).href;
const STACK = /\n\s+at /u;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-errors-'));
  const put = (name: string, text: string | Buffer): void => writeFileSync(join(dir, name), text);
  put('quote.csv', '事项编码,事项名称,权力类别\nA1,一,行政许可\nA2,"二,行政许可\nA3,三,行政许可\n');
  put('dup.yaml', 'kind: catalogue\nitems:\n  - code: A1\n    name: 一\n    code: A2\n');
  put('sheet.xlsx', workbook({ sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c></row' }));
  put('ok.yaml', listYaml(['A1', 'A2']));
});

interface Bad {
  name: string;
  args: (d: string) => string[];
  /** What the zh-CN and the en line must say: the place, then what is wrong. */
  zh: RegExp;
  en: RegExp;
}

const BAD: Bad[] = [
  { name: 'csv: an unclosed quote, with its row', args: (d) => ['export', join(d, 'quote.csv'), '-o', join(d, 'o1.json')], zh: /quote\.csv，第 3 行: CSV 格式错误/u, en: /quote\.csv, row 3: malformed CSV/u },
  { name: 'yaml: a duplicate key, with both lines', args: (d) => ['export', join(d, 'dup.yaml'), '-o', join(d, 'o2.json')], zh: /dup\.yaml，第 5 行: 重复的键“code”（第 3 行和第 5 行）/u, en: /dup\.yaml, row 5: duplicate key "code" \(lines 3 and 5\)/u },
  { name: 'xlsx: a broken sheet, with its name', args: (d) => ['export', join(d, 'sheet.xlsx'), '-o', join(d, 'o3.json')], zh: /sheet\.xlsx，工作表“目录”: Excel 文件已损坏或不完整/u, en: /sheet\.xlsx, sheet "目录": the Excel file is damaged or truncated/u },
  { name: 'a file that does not exist', args: (d) => ['export', join(d, '缺失.csv'), '-o', join(d, 'o4.json')], zh: /缺失\.csv: 文件不存在/u, en: /缺失\.csv: file not found/u },
  { name: 'an output format qingdan does not write', args: (d) => ['export', join(d, 'ok.yaml'), '-o', join(d, 'o5.txt')], zh: /o5\.txt: 不支持的输出格式“\.txt”/u, en: /o5\.txt: unsupported output format "\.txt"/u },
  { name: 'an existing output', args: (d) => ['export', join(d, 'ok.yaml'), '-o', join(d, 'ok.yaml'), '--force'], zh: /ok\.yaml: 输出文件就是输入文件/u, en: /ok\.yaml: the output is one of the inputs/u },
];

describe('bad input: one line in each language, naming the place, no stack', () => {
  it.each(BAD)('$name', async (c) => {
    const before = readdirSync(dir).sort();
    const [zh, en] = await Promise.all([runCli(c.args(dir)), runCli([...c.args(dir), '--lang', 'en'])]);
    for (const r of [zh, en]) {
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(zh.stderr).toMatch(c.zh);
    expect(en.stderr).toMatch(c.en);
    // The English line has no Chinese of its own: what is Chinese in it is the file's data.
    expect(en.stderr.replace(/[“”]/gu, '"')).not.toMatch(/[，：（）]/u);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('validate reports an unreadable file as a finding naming it, in both languages (exit 2)', async () => {
    const args = ['validate', join(dir, '缺失.csv'), join(dir, 'quote.csv'), '--format', 'json'];
    const [zh, en] = await Promise.all([runCli(args), runCli([...args, '--lang', 'en'])]);
    const findings = (r: { stdout: string }): { rule: string; file: string; row?: number; message: string }[] => JSON.parse(r.stdout).findings;
    for (const r of [zh, en]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(STACK);
      expect(findings(r).map((f) => [f.rule, f.file.replace(/^.*\//u, ''), f.row])).toEqual([['file-unreadable', 'quote.csv', 3], ['file-unreadable', '缺失.csv', undefined]]);
    }
    // Findings are sorted by file in code-point order (the same on every machine).
    expect(findings(zh).map((f) => f.message)).toEqual([expect.stringMatching(/没有闭合引号/u), expect.stringMatching(/文件不存在/u)]);
    expect(findings(en).map((f) => f.message)).toEqual([expect.stringMatching(/never closed/u), expect.stringMatching(/file not found/u)]);
  });

  it('the stack only with QINGDAN_DEBUG=1', async () => {
    const r = await runCli(BAD[2].args(dir), { env: { QINGDAN_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(BAD[2].zh);
    expect(r.stderr).toMatch(STACK);
  });

  it('a bad limit is a usage error naming the option, not a limit switched off', async () => {
    for (const value of ['abc', '-1', '0', '1e3x']) {
      const out = join(dir, 'limit.json');
      const r = await runCli(['export', join(dir, 'ok.yaml'), '-o', out, '--max-rows', value, '--lang', 'en']);
      expect(r.code, value).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`--max-rows <n>' argument '${value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}' is invalid\\. expected a whole number above 0`, 'u'));
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe('an internal error (a bug)', () => {
  const env = (where: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ NODE_OPTIONS: `--import=${PLANT}`, QINGDAN_PLANT_BUG: where, ...extra });

  it('is exit 70 with a one-line apology naming the version, in both languages, and nothing written', async () => {
    const out = join(dir, 'bug.json');
    const args = ['export', join(dir, 'ok.yaml'), '-o', out];
    const [zh, en] = await Promise.all([runCli(args, { env: env('read') }), runCli([...args, '--lang', 'en'], { env: env('read') })]);
    for (const r of [zh, en]) {
      expect(r.code, r.stderr).toBe(70);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`qingdan ${VERSION}`);
    }
    expect(zh.stderr).toMatch(/内部错误（qingdan 的缺陷，抱歉）.*请报告此问题；设置 QINGDAN_DEBUG=1 可查看堆栈/u);
    expect(en.stderr).toMatch(/internal error \(a bug in qingdan, sorry\).*Please report it; set QINGDAN_DEBUG=1 to see the stack/u);
    expect(existsSync(out)).toBe(false);
  });

  it('shows the stack under QINGDAN_DEBUG=1', async () => {
    const r = await runCli(['export', join(dir, 'ok.yaml'), '-o', join(dir, 'bug2.json')], { env: env('read', { QINGDAN_DEBUG: '1' }) });
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(/planted bug in normalisation\n/u);
    expect(r.stderr).toMatch(STACK);
  });

  it('in the middle of a write is still a bug (not "could not write"), and leaves the old output as it was', async () => {
    const d = join(dir, 'bug-write');
    mkdirSync(d);
    const out = join(d, 'out.json');
    writeFileSync(out, '{"old":true}');
    const r = await runCli(['export', join(dir, 'ok.yaml'), '-o', out, '--force'], { env: env('write') });
    expect(r.code, r.stderr).toBe(70);
    expect(r.stderr).toContain('planted bug in the writer');
    expect(r.stderr).not.toMatch(/写入失败/u);
    expect(readFileSync(out, 'utf8')).toBe('{"old":true}');
    expect(readdirSync(d)).toEqual(['out.json']);
  });
});
