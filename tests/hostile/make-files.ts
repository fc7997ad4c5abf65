/** Generates the hostile inputs at test time (nothing large is committed). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HostileCase {
  name: string;
  file: string;
  /** Extra CLI arguments (limits). */
  args?: string[];
  /** Exit code expected from `qingdan export FILE -o OUT`. */
  code: number;
  /** What the one-line message must say (zh-CN). */
  message: RegExp;
}

/** Writes every hostile file into dir and returns the cases. */
export function makeHostileFiles(dir: string): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  const cases: HostileCase[] = [];

  // YAML: a billion laughs — nine levels of nine aliases, used as an item's name.
  const lol = ['kind: catalogue', 'a0: &a0 "lol"'];
  for (let i = 1; i <= 9; i++) lol.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  lol.push('items:');
  for (let i = 0; i < 150; i++) lol.push(`  - {code: "C${i}", name: *a9}`);
  cases.push({ name: 'yaml billion laughs', file: put('laughs.yaml', lol.join('\n')), code: 2, message: /别名展开过多|YAML 结构/u });
  cases.push({ name: 'yaml nesting depth', file: put('deep.yaml', `kind: catalogue\nitems: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`), code: 2, message: /嵌套层数超过上限/u });
  cases.push({ name: 'yaml language tag', file: put('tag.yaml', 'kind: catalogue\nitems:\n  - code: !!python/object/apply:os.system ["echo pwned"]\n'), code: 2, message: /不支持的 YAML 标签/u });
  cases.push({ name: 'yaml duplicate key', file: put('dup.yaml', 'kind: catalogue\nitems:\n  - code: A1\n    name: 一\n    code: A2\n'), code: 2, message: /重复的键“code”（第 3 行和第 5 行）/u });
  cases.push({ name: 'yaml top-level list', file: put('toplist.yaml', '- code: A1\n  name: 一\n'), code: 2, message: /顶层|top level|YAML 结构不符合/u });
  cases.push({ name: 'yaml prototype keys', file: put('proto.yaml', 'kind: catalogue\n__proto__: x\nitems:\n  - code: A1\n    name: 一\n    category: 行政许可\n    department: 市民政局\n    legalBasis: 某法\n    __proto__: p\n    constructor: c\n'), code: 0, message: /^$/u });

  // CSV
  cases.push({ name: 'csv record too large', file: put('huge-field.csv', `事项编码,事项名称\nA1,"${'长'.repeat(1_200_000)}"\n`), code: 2, message: /长度超过上限/u });
  cases.push({ name: 'csv unbalanced quote', file: put('quote.csv', '事项编码,事项名称,权力类别\nA1,一,行政许可\nA2,"二,行政许可\nA3,三,行政许可\n'), code: 2, message: /第 3 行.*引号未闭合/u });
  cases.push({ name: 'csv NUL bytes', file: put('nul.csv', Buffer.concat([Buffer.from('事项编码,事项名称\nA1,'), Buffer.from([0, 0, 0]), Buffer.from('\n')])), code: 2, message: /空字符（第 \d+ 字节处）/u });
  cases.push({ name: 'csv empty file', file: put('empty.csv', ''), code: 2, message: /文件为空/u });
  cases.push({ name: 'csv undecodable', file: put('bad.csv', Buffer.concat([Buffer.from('事项编码,事项名称\nA1,'), Buffer.from([0xff, 0xfe, 0xff, 0x80]), Buffer.from('\n')])), code: 2, message: /无法解码文本（第 \d+ 字节处）/u });
  cases.push({ name: 'file size cap', file: put('big.csv', `事项编码,事项名称\n${'A1,名称\n'.repeat(2000)}`), args: ['--max-file-size', '1000'], code: 2, message: /超过上限 1000 字节/u });
  cases.push({ name: 'row cap', file: put('rows.csv', `事项编码,事项名称,权力类别,实施部门,设定依据\n${Array.from({ length: 50 }, (_, i) => `A${i},名称,行政许可,市民政局,某法`).join('\n')}\n`), args: ['--max-rows', '10'], code: 2, message: /行数超过上限 10/u });
  return cases;
}

const CATALOGUE_HEADER = '事项编码,事项名称,权力类别,实施部门,设定依据';

/** A catalogue CSV of `rows` items (generated at test time; about 100 bytes a row). */
export function bigCsv(rows: number, name = '事项'): string {
  const lines = [CATALOGUE_HEADER];
  for (let i = 0; i < rows; i++) {
    lines.push(`3701001${String(i).padStart(8, '0')},${name}${i}号：某某行政许可事项的名称,行政许可,市民政局,《某某管理条例》第${i % 90}条`);
  }
  return `${lines.join('\n')}\n`;
}

/** A small catalogue in the YAML form with these codes (names and fields given or made up). */
export function listYaml(codes: readonly string[], names: readonly string[] = []): string {
  const items = codes.map((code, k) => {
    const name = JSON.stringify(names[k] ?? `事项${code}`);
    return `  - { code: "${code}", name: ${name}, category: 行政许可, department: 市民政局, legalBasis: 某某条例 }`;
  });
  return `kind: catalogue\ntitle: 测试目录\nitems:\n${items.join('\n')}\n`;
}
