import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../src/read/csv.js';
import { fixture, readError, readFixture } from '../helpers/read.js';

const SAME_CONTENT = ['gbk-crlf.csv', 'utf8-bom.csv', 'utf8-lf.csv', 'utf16le-bom-tab.txt', 'semicolon.csv', 'lone-cr.csv'];

describe('CSV reader', () => {
  it.each(SAME_CONTENT)('%s reads as the same three items', async (name) => {
    const list = await readFixture(`csv/${name}`);
    expect(list.kind).toBe('delegation');
    expect(list.format).toBe('csv');
    expect(list.items.map((i) => [i.source.row, i.code, i.decision])).toEqual([
      [4, '0012', '下放'],
      [5, '370100-XK-0002', '不下放'],
      [7, '370100-CF-0001', '下放'],
    ]);
    // a quoted cell with a line break stays one cell; traditional characters and marks are kept as written
    expect(list.items[0].name).toBe('食品经营许可\n（含网络经营）');
    expect(list.items[1].name).toBe('廣告發佈登記*');
    expect(list.items[1].reason).toBe('涉及全市统筹');
    expect(list.title).toBe('市级行政权力事项下放清单（市市场监管局）');
  });

  it('accounts for every row that is not an item: title, header, headings, footnotes', async () => {
    const list = await readFixture('csv/gbk-crlf.csv');
    expect(list.skipped.map((s) => [s.row, s.reason])).toEqual([
      [1, 'title'], [2, 'header'], [3, 'heading'], [6, 'heading'], [8, 'footnote'], [9, 'footnote'],
    ]);
  });

  it('remembers the header as written for each field', async () => {
    const list = await readFixture('csv/utf8-bom.csv');
    expect(list.items[0].source.headers).toMatchObject({ code: '权力编码', name: '职权名称', decision: '是否下放' });
    expect(list.columns.map((c) => c.key)).toEqual(['seq', 'code', 'name', 'subItem', 'category', 'decision', 'reason']);
  });

  it('takes the department from the title when the list has no department column', async () => {
    const list = await readFixture('csv/gbk-crlf.csv');
    expect(list.items.every((i) => i.department === undefined || i.department === '市市场监管局')).toBe(true);
  });

  it('fills sub-item rows with the main item code, name and category from above', async () => {
    const list = await readFixture('csv/subitems-filled-down.csv');
    expect(list.kind).toBe('catalogue');
    expect(list.items.map((i) => [i.code, i.subItem ?? '', i.name, i.category, i.itemStatus])).toEqual([
      ['XK00001000', '建筑工程', '建设工程规划许可', '行政许可', '有效'],
      ['XK00001000', '市政工程', '建设工程规划许可', '行政许可', '有效'],
      ['XK00001000', '管线工程', '建设工程规划许可', '行政许可', '已取消'],
      ['XK00002000', '', '乡村建设规划许可', '行政许可', '有效'],
    ]);
  });

  it('a header-only file reads as a list with no items', async () => {
    const list = await readFixture('csv/header-only.csv');
    expect(list.items).toEqual([]);
    expect(list.kind).toBe('delegation');
  });

  it('reports an unclosed quote with the row (record) the spreadsheet shows it in', async () => {
    const e = await readError(fixture('csv/unclosed-quote.csv'));
    expect(e.key).toBe('csv-malformed');
    expect(e.row).toBe(3);
  });

  it('reports a file without a recognisable header', async () => {
    expect((await readError(fixture('csv/no-header.csv'))).key).toBe('no-header');
  });

  it('reports undecodable text with its byte offset', async () => {
    const e = await readError(fixture('csv/undecodable.csv'));
    expect(e.key).toBe('encoding');
    expect(e.args.offset).toBe(Buffer.byteLength('事项编码,事项名称\nA1,'));
  });

  it('refuses NUL bytes and empty files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-csv-'));
    await writeFile(join(dir, 'nul.csv'), '事项编码,事项名称\nA1,x\u0000y\n');
    await writeFile(join(dir, 'empty.csv'), '');
    expect((await readError(join(dir, 'nul.csv'))).key).toBe('nul-byte');
    expect((await readError(join(dir, 'empty.csv'))).key).toBe('empty-file');
  });

  it('refuses a record longer than the cap', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-csv-'));
    await writeFile(join(dir, 'long.csv'), `事项编码,事项名称\nA1,"${'长'.repeat(5000)}"\n`);
    expect((await readError(join(dir, 'long.csv'), { limits: { maxRecord: 1000 } })).key).toBe('csv-record-too-large');
  });

  it('refuses more rows than the row cap', async () => {
    const e = await readError(fixture('csv/subitems-filled-down.csv'), { maxRows: 2 });
    expect(e.key).toBe('too-many-rows');
    expect(e.row).toBe(4);
  });

  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('a;b;c\n"x,y";2;3\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('a,b,c\n"1;2;3;4",2,3\n')).toBe(',');
  });
});

describe('two columns with the same header', () => {
  const csv = async (text: string): Promise<string> => {
    const p = join(await mkdtemp(join(tmpdir(), 'qingdan-dup-')), 'dup.csv');
    await writeFile(p, text);
    return p;
  };
  it('with different values in a row: an error naming both columns, and no value taken', async () => {
    const p = await csv('事项编码,事项名称,权力类别,实施部门,事项名称\nXK1,食品经营许可,行政许可,市场局,食品经营许可\nXK2,药品零售许可,行政许可,市场局,药品批发许可\n');
    const err = await readError(p, { kind: 'catalogue' });
    expect([err.key, err.row, err.args.first, err.args.second, err.args.firstValue, err.args.secondValue]).toEqual(['duplicate-column', 3, 'B', 'E', '药品零售许可', '药品批发许可']);
  });
  it('with the same value, or one of them empty: that value', async () => {
    const { readList } = await import('../../src/read/index.js');
    const p = await csv('事项编码,事项名称,权力类别,实施部门,事项名称\nXK1,食品经营许可,行政许可,市场局,食品经营许可\nXK2,,行政许可,市场局,药品批发许可\n');
    expect((await readList(p, { kind: 'catalogue' })).items.map((i) => i.name)).toEqual(['食品经营许可', '药品批发许可']);
  });
});
