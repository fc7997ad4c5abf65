import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { reportOf } from '../../src/check/run.js';
import { fields, fixture, readError, readFixture } from '../helpers/read.js';

async function tmpYaml(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingdan-yaml-'));
  const path = join(dir, 'list.yaml');
  await writeFile(path, text);
  return path;
}

describe('YAML reader', () => {
  it('reads Chinese keys into canonical fields, with each value\'s line', async () => {
    const list = await readFixture('yaml/chinese-keys.yaml');
    expect(list.kind).toBe('delegation');
    expect(list.department).toBe('市教育局');
    const [a, b] = list.items;
    expect(fields(a)).toMatchObject({
      code: '370100-XK-0101', mode: '委托', scope: '部分下放', status: '已承接', batch: '2',
      acceptedOn: '2016-12-31', department: '市教育局', legalReview: '通过',
    });
    expect(a.source.lines?.batch).toBe(14);
    expect(a.source.headers.batch).toBe('承接批次');
    expect(a.raw?.batch).toBe('第二批');
    expect(b.category).toBe('其他行政权力');
    expect(b.name).toBe('☆对民办学校违规招生的处罚');
    expect(b.source.row).toBe(19);
  });

  it('keeps an unquoted all-digit code as written and notes it with its line; check warns', async () => {
    const list = await readFixture('yaml/numeric-code.yaml');
    expect(list.items.map((i) => i.code)).toEqual(['0012', '0013']);
    expect(list.notes.map((n) => ({ note: n.note, row: n.row, column: n.column }))).toEqual([{ note: 'yaml-number', row: 3, column: 'code' }]);
    const findings = reportOf({ lists: [list] }).findings.filter((f) => f.rule === 'invalid-value');
    expect(findings.map((f) => ({ rule: f.rule, severity: f.severity, row: f.row, column: f.column }))).toEqual([
      { rule: 'invalid-value', severity: 'warning', row: 3, column: 'code' },
    ]);
  });

  it('keeps __proto__ and constructor keys as plain data', async () => {
    const path = await tmpYaml('kind: catalogue\nitems:\n  - code: A1\n    name: x\n    __proto__: {polluted: true}\n');
    await expect(readList(path)).rejects.toMatchObject({ key: 'yaml-shape' });
    const ok = await tmpYaml('kind: catalogue\nitems:\n  - code: A1\n    name: x\n    __proto__: p\n    constructor: c\n');
    const list = await readList(ok);
    expect(Object.entries(list.items[0].extra ?? {})).toEqual([['__proto__', 'p'], ['constructor', 'c']]);
    expect(Object.getPrototypeOf(list.items[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['yaml-syntax', 'kind: catalogue\nitems:\n  - code: "A1\n', undefined],
    ['yaml-duplicate-key', 'kind: catalogue\nitems:\n  - code: A1\n    name: x\n    code: A2\n', 5],
    ['yaml-tag', 'kind: catalogue\nitems:\n  - code: !!js/function "x"\n', 3],
    ['yaml-shape', '- code: A1\n', 1],
    ['yaml-shape', 'kind: catalogue\n', 1],
    ['yaml-shape', 'kind: list\nitems: []\n', 1],
    ['yaml-shape', 'kind: catalogue\nitems:\n  - code: [A1, A2]\n', 3],
    ['yaml-depth', `kind: catalogue\nitems: ${'['.repeat(100)}${']'.repeat(100)}\n`, 2],
  ])('refuses %s', async (key, text, row) => {
    const e = await readError(await tmpYaml(text));
    expect(e.key).toBe(key);
    if (row !== undefined) expect(e.row).toBe(row);
  });

  it('does not expand aliases beyond the cap (billion laughs)', async () => {
    const lol = ['kind: catalogue', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) lol.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    lol.push('items:');
    for (let i = 0; i < 200; i++) lol.push(`  - code: A${i}\n    name: *i`);
    const e = await readError(await tmpYaml(lol.join('\n')));
    expect(['yaml-alias', 'yaml-shape']).toContain(e.key);
  });

  it('reads a large list item by item with the same items and lines as a whole-document read', async () => {
    const lines = ['kind: delegation', 'title: 大清单', 'items:'];
    for (let i = 0; i < 300; i++) {
      lines.push(`  - code: "C${String(i).padStart(5, '0')}"`, `    name: 事项${i}`, '    category: 行政处罚', '    decision: 下放', '    legalBasis: |', `      《条例》第${i}条`, '      第二款');
    }
    const path = await tmpYaml(lines.join('\n') + '\n');
    const whole = await readList(path);
    const split = await readList(path, { limits: { yamlWhole: 100 } });
    expect(split.items.length).toBe(300);
    expect(split.title).toBe('大清单');
    expect(split.items).toEqual(whole.items);
    expect(split.items[299].source.row).toBe(3 + 299 * 7 + 1);
  });

  it('reports the line of an error inside a large list read item by item', async () => {
    const lines = ['kind: catalogue', 'items:'];
    for (let i = 0; i < 50; i++) lines.push(`  - code: C${i}`, `    name: n${i}`);
    lines.push('  - code: X', '    name: a', '    name: b');
    const e = await readError(await tmpYaml(lines.join('\n')), { limits: { yamlWhole: 10 } });
    expect(e).toMatchObject({ key: 'yaml-duplicate-key', row: 105 });
  });

  it('names the file in every error', async () => {
    const path = fixture('yaml/does-not-exist.yaml');
    expect((await readError(path)).key).toBe('file-not-found');
  });
});

describe('YAML that other programs write', () => {
  const LIST = 'kind: delegation\ntitle: 清单\nitems:\n  - code: "XK1"\n    name: 食品经营许可\n    category: 行政许可\n    department: 市场局\n    decision: 下放\n';
  async function tmpBytes(name: string, bytes: Buffer): Promise<string> {
    const p = join(await mkdtemp(join(tmpdir(), 'qingdan-yaml-')), name);
    await writeFile(p, bytes);
    return p;
  }
  const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

  it('UTF-16 LE and BE with a byte-order mark read like UTF-8', async () => {
    const want = (await readList(await tmpYaml(LIST))).items.map(fields);
    const le = await tmpBytes('le.yaml', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LIST, 'utf16le')]));
    const be = await tmpBytes('be.yaml', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(LIST)]));
    expect((await readList(le)).items.map(fields)).toEqual(want);
    expect((await readList(be)).items.map(fields)).toEqual(want);
    // Item by item (a file over the whole-document size) too.
    expect((await readList(be, { limits: { yamlWhole: 10 } })).items.map(fields)).toEqual(want);
  });

  it('an unknown top-level key holding a mapping is a warning naming it; aliases to its anchors read', async () => {
    const text = 'kind: delegation\nx-laws:\n  food: &food 《中华人民共和国食品安全法》第三十五条\n  dept: &dept 市场局\nitems:\n  - code: "XK1"\n    name: 食品经营许可\n    category: 行政许可\n    department: *dept\n    legalBasis: *food\n    decision: 下放\n';
    const list = await readList(await tmpYaml(text));
    expect(list.items.map((i) => [i.department, i.legalBasis])).toEqual([['市场局', '《中华人民共和国食品安全法》第三十五条']]);
    // A read note, which the check stage turns into an invalid-value warning naming the key.
    expect(list.notes.map((n) => [n.note, n.row, n.column])).toEqual([['yaml-unknown-key', 2, 'x-laws']]);
  });

  it('a value over the 1 MiB cap stops with an error naming the line, read whole or item by item, before the value is held', async () => {
    const big = 'x'.repeat(2 * 1024 * 1024);
    const text = `${LIST}  - code: "XK2"\n    name: ${big}\n`;
    const whole = await readError(await tmpYaml(text));
    expect([whole.key, whole.row]).toEqual(['field-too-large', 10]);
    const split = await readError(await tmpYaml(text), { limits: { yamlWhole: 10 } });
    expect([split.key, split.row]).toEqual(['field-too-large', 10]);
    // Over many short lines (a block scalar) too.
    const block = `${LIST}  - code: "XK2"\n    name: |\n${'      第三十五条第一款\n'.repeat(120_000)}`;
    expect((await readError(await tmpYaml(block))).key).toBe('field-too-large');
  });

  it('a 50 MiB value stops within seconds', async () => {
    const started = Date.now();
    const p = await tmpYaml(`${LIST}  - code: "XK2"\n    name: ${'y'.repeat(50 * 1024 * 1024)}\n`);
    const t0 = Date.now();
    const err = await readError(p);
    expect([err.key, err.row]).toEqual(['field-too-large', 10]);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(t0 - started).toBeLessThan(30_000);
  });
});
