import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, QingdanError } from '../../src/errors.js';
import { DEFAULT_LIMITS, type CellValue, type ReadLimits } from '../../src/read/grid.js';
import { readList } from '../../src/read/index.js';
import { readXlsxSheets } from '../../src/read/xlsx.js';
import { writtenBy } from '../helpers/libreoffice.js';
import { oleWithStreams } from '../helpers/ole.js';
import { fixture, readError } from '../helpers/read.js';
import { withParts } from '../helpers/zip.js';

const xlsx = (name: string): string => fixture('xlsx', name);
const tmp = mkdtempSync(join(tmpdir(), 'qingdan-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const tmpFile = (name: string, data: Buffer | string): string => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

interface Sheet {
  name?: string;
  date1904?: boolean;
  merges?: unknown;
  rows: [number, CellValue[]][];
}
async function grid(path: string, opts: { sheet?: string; limits?: Partial<ReadLimits> } = {}): Promise<Sheet[]> {
  const out: Sheet[] = [];
  for await (const s of readXlsxSheets(path, { sheet: opts.sheet, limits: { ...DEFAULT_LIMITS, ...opts.limits } })) {
    const rows: [number, CellValue[]][] = [];
    for await (const r of s.rows) rows.push([r.row, r.cells]);
    out.push({ name: s.name, date1904: s.date1904, merges: s.merges, rows });
  }
  return out;
}
async function gridError(path: string, opts: { sheet?: string; limits?: Partial<ReadLimits> } = {}): Promise<QingdanError> {
  try {
    await grid(path, opts);
  } catch (err) {
    if (err instanceof QingdanError) return err;
    throw err;
  }
  throw new Error(`expected ${path} to fail`);
}
const codes = (items: { code: string }[]): string[] => items.map((i) => i.code);

describe('fixtures', () => {
  it('are written by LibreOffice, not by exceljs, from the .fods sources beside them', async () => {
    const sources = readdirSync(fixture('xlsx', 'fods')).filter((f) => f.endsWith('.fods')).map((f) => f.replace(/\.fods$/, ''));
    expect(sources.length).toBeGreaterThanOrEqual(11);
    for (const name of sources.filter((n) => n !== 'legacy')) expect(await writtenBy(xlsx(`${name}.xlsx`))).toMatch(/^LibreOffice/);
  });
});

describe('readXlsxSheets: grid rows', () => {
  it('title-rows: title, subtitle, header, data, footnote and unit rows with their row numbers; merges known up front', async () => {
    const [s] = await grid(xlsx('title-rows.xlsx'));
    expect(s.name).toBe('下放清单');
    expect(s.rows.map(([r]) => r)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.rows[0][1]).toEqual(['市市场监管局下放高新区管委会行政权力事项清单']);
    expect(s.rows[1][1]).toEqual(['（2016年第一批）']);
    expect(s.rows[3][1]).toEqual([1, '370100-XK-0001', '食品经营许可', '行政许可', '市市场监管局', '下放', '直接下放', '全部下放']);
    expect(s.rows[5][1]).toEqual([3, '370100-JC-0003', '食品生产经营日常监督检查', '行政检查', '市市场监管局', '不下放']);
    expect(s.rows[6][1][0]).toMatch(/^注：/);
    expect(s.rows[7][1]).toEqual(['制表单位：市市场监管局']);
    expect(s.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 8 }, { top: 2, left: 1, bottom: 2, right: 8 },
      { top: 7, left: 1, bottom: 7, right: 8 }, { top: 8, left: 1, bottom: 8, right: 8 },
    ]);
  });

  it('merged-header: the two header rows as written (line breaks, spaces, full-width parentheses) and the merges', async () => {
    const [s] = await grid(xlsx('merged-header.xlsx'));
    expect(s.rows[1]).toEqual([2, ['序号', '事项编码', '事项\n名称', ' 权力类别 ', '实施部门（单位）', '下放情况', null, null, '备注（说明）']]);
    expect(s.rows[2]).toEqual([3, [null, null, null, null, null, '下放意见', '　下放方式　', '下放\n范围']]);
    expect(s.merges).toContainEqual({ top: 2, left: 6, bottom: 2, right: 8 });
    expect(s.merges).toContainEqual({ top: 2, left: 1, bottom: 3, right: 1 });
    expect(s.merges).toContainEqual({ top: 2, left: 2, bottom: 3, right: 2 });
  });

  it('subitems-merged-cells: the merged main-item cells are empty below their first row, and their ranges are given', async () => {
    const [s] = await grid(xlsx('subitems-merged-cells.xlsx'));
    expect(s.rows.slice(1)).toEqual([
      [2, [1, '370100-XK-0201', '食品经营许可', '新办', '行政许可', '市市场监管局', '下放', '直接下放', '全部下放']],
      [3, [null, null, null, '延续', null, '市市场监管局', '下放', '直接下放', '全部下放']],
      [4, [null, null, null, '注销', null, '市市场监管局', '不下放']],
      [5, [2, '370100-XK-0202', '药品零售企业许可', null, '行政许可', '市市场监管局', '下放', '委托', '全部下放']],
    ]);
    expect(s.merges).toEqual([
      { top: 2, left: 1, bottom: 4, right: 1 }, { top: 2, left: 2, bottom: 4, right: 2 },
      { top: 2, left: 3, bottom: 4, right: 3 }, { top: 2, left: 5, bottom: 4, right: 5 },
    ]);
  });

  it('cover-sheet: every sheet in workbook order, the cover prose first; one sheet selected by name', async () => {
    const sheets = await grid(xlsx('cover-sheet.xlsx'));
    expect(sheets.map((s) => s.name)).toEqual(['封面', '市教育局', '市民政局']);
    expect(sheets[0].rows.map(([r]) => r)).toEqual([1, 3, 4]); // the empty row 2 is left out
    expect(sheets[2].rows[1]).toEqual([2, [1, '370100-XK-0401', '民办学校设立审批', '行政许可', '市民政局', '下放', '直接下放', '全部下放']]);
    const one = await grid(xlsx('cover-sheet.xlsx'), { sheet: '市民政局' });
    expect(one.map((s) => s.name)).toEqual(['市民政局']);
    expect(one[0].rows).toHaveLength(3);
  });

  it('a sheet whose rows are not consumed is skipped cleanly', async () => {
    const names: string[] = [];
    let rows = 0;
    for await (const s of readXlsxSheets(xlsx('cover-sheet.xlsx'), { limits: DEFAULT_LIMITS })) {
      names.push(s.name ?? '');
      if (s.name === '市民政局') for await (const _ of s.rows) rows++;
      else await s.rows[Symbol.asyncIterator]().next(); // read one row, then leave it
    }
    expect(names).toEqual(['封面', '市教育局', '市民政局']);
    expect(rows).toBe(3);
  });

  it('leading-zeros: a text code keeps its zeros; a number with a 000000 format comes out as the padded text', async () => {
    const [s] = await grid(xlsx('leading-zeros.xlsx'));
    expect(s.rows.slice(1).map(([, c]) => c[1])).toEqual(['0012', '000345', 110101, '511A0146000000']);
  });

  it('dates: real dates as Dates, text dates as text; the 1900 and 1904 serials of one day read as that day', async () => {
    const [a] = await grid(xlsx('dates.xlsx'));
    const [b] = await grid(xlsx('dates-1904.xlsx'));
    expect(a.date1904).toBe(false);
    expect(b.date1904).toBe(true);
    for (const s of [a, b]) {
      expect(s.rows.slice(1).map(([, c]) => c[6])).toEqual([
        new Date('2016-06-30T00:00:00Z'), '2016-06-30', '2016/6/30', '2016年6月30日', new Date('1904-01-02T00:00:00Z'),
      ]);
    }
  });

  it('formulas: the cached results, text and numbers', async () => {
    const [s] = await grid(xlsx('formulas.xlsx'));
    expect(s.rows.slice(1).map(([, c]) => [c[0], c[1], c[5]])).toEqual([[1, 'XK0001', 2], [2, 'XK0002', 2]]);
  });

  it('heading-rows: a group row is one cell, merged across the table', async () => {
    const [s] = await grid(xlsx('heading-rows.xlsx'));
    expect(s.rows[1]).toEqual([2, ['一、行政许可（共3项）']]);
    expect(s.rows[5]).toEqual([6, ['二、行政处罚（共2项）']]);
    expect(s.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 5 }, { top: 6, left: 1, bottom: 6, right: 5 }]);
  });

  it('rich-text: partly bold names and a hyperlinked name as plain text; a line break kept', async () => {
    const [s] = await grid(xlsx('rich-text.xlsx'));
    expect(s.rows.slice(1).map(([, c]) => c[2])).toEqual(['食品经营许可', '药品零售企业许可*', '医疗器械经营许可']);
    expect(s.rows[3][1][5]).toBe('《医疗器械监督管理条例》\n第三十条');
  });
});

describe('readXlsxSheets: files that cannot be read', () => {
  const good = xlsx('simple.xlsx');

  it('legacy .xls (written by LibreOffice) → xls-legacy', async () => {
    const err = await gridError(xlsx('legacy.xls'));
    expect([err.key, err.where]).toEqual(['xls-legacy', { file: xlsx('legacy.xls') }]);
  });

  it('an encrypted workbook (OLE with EncryptionInfo/EncryptedPackage) → xlsx-encrypted', async () => {
    const p = tmpFile('encrypted.xlsx', oleWithStreams(['EncryptionInfo', 'EncryptedPackage']));
    expect((await gridError(p)).key).toBe('xlsx-encrypted');
    const xls = tmpFile('book.xls', oleWithStreams(['Workbook']));
    expect((await gridError(xls)).key).toBe('xls-legacy');
    const doc = tmpFile('word.xlsx', oleWithStreams(['WordDocument']));
    expect((await gridError(doc)).key).toBe('xlsx-not-zip');
  });

  it('a text file renamed .xlsx → xlsx-not-zip', async () => {
    expect((await gridError(xlsx('text-renamed.xlsx'))).key).toBe('xlsx-not-zip');
  });

  it('the first half of a good workbook → xlsx-corrupt', async () => {
    const bytes = readFileSync(good);
    const p = tmpFile('truncated.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await gridError(p);
    expect([err.key, err.where]).toEqual(['xlsx-corrupt', { file: p }]);
  });

  it('damaged sheet XML → xlsx-corrupt naming the sheet', async () => {
    const p = tmpFile('bad-xml.xlsx', await withParts(good, [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></x></row></sheetData></worksheet>') }]));
    const err = await gridError(p);
    expect([err.key, err.where?.sheet]).toEqual(['xlsx-corrupt', '目录']);
  });

  it('an honest zip bomb (a few MB of zeros, ratio far above 200) → zip-bomb before inflating', async () => {
    const p = tmpFile('bomb.xlsx', await withParts(good, [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(8 * 1024 * 1024) }]));
    expect(readFileSync(p).length).toBeLessThan(50 * 1024);
    const err = await gridError(p);
    expect(err.key).toBe('zip-bomb');
    expect(err.args.entry).toBe('xl/worksheets/sheet1.xml');
    expect(err.args.ratio as number).toBeGreaterThan(200);
    expect(err.args.limit).toBe(200);
  });

  it('a part that inflates past the size it declares → zip-bomb while inflating', async () => {
    const xml = `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>${' '.repeat(4 * 1024 * 1024)}</sheetData></worksheet>`;
    const p = tmpFile('liar.xlsx', await withParts(good, [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(xml), declaredSize: 2000 }]));
    expect((await gridError(p)).key).toBe('zip-bomb');
  });

  it('over the inflated-size limit → xlsx-too-large', async () => {
    const err = await gridError(good, { limits: { maxInflated: 1000 } });
    expect(err.key).toBe('xlsx-too-large');
    expect(err.args.limit).toBe(1000);
  });

  it('an unknown sheet name → sheet-not-found with the sheets there are', async () => {
    const err = await gridError(xlsx('cover-sheet.xlsx'), { sheet: '市财政局' });
    expect(err).toBeInstanceOf(InputError);
    expect([err.key, err.args]).toEqual(['sheet-not-found', { sheet: '市财政局', sheets: '封面, 市教育局, 市民政局' }]);
  });

  it('reads without exceljs, and without any private method of a library (exceljs is for writing only)', () => {
    for (const f of ['xlsx.ts', 'sheet-xml.ts', 'zip-guard.ts']) {
      const src = readFileSync(join(import.meta.dirname, '../../src/read', f), 'utf8');
      expect(src, f).not.toMatch(/['"]exceljs['"]/);
      expect(src, f).not.toMatch(/\._parse\w*\(/);
    }
  });
});

describe('readList on xlsx (end to end)', () => {
  it('title-rows: title, footnote and unit rows skipped; places name sheet, row and header', async () => {
    const list = await readList(xlsx('title-rows.xlsx'));
    expect(list.kind).toBe('delegation');
    expect(codes(list.items)).toEqual(['370100-XK-0001', '370100-CF-0002', '370100-JC-0003']);
    expect(list.items[0].source).toMatchObject({ sheet: '下放清单', row: 4 });
    expect(list.skipped.map((s) => [s.row, s.reason])).toEqual([[1, 'title'], [2, 'title'], [3, 'header'], [7, 'footnote'], [8, 'footnote']]);
  });

  it('merged-header: fields found under the two-row header, headers as written', async () => {
    const list = await readList(xlsx('merged-header.xlsx'));
    expect(list.items).toHaveLength(2);
    expect(list.items[1]).toMatchObject({ code: '370100-XK-0102', name: '乡村建设规划许可', decision: '下放', mode: '委托', scope: '部分下放', department: '市自然资源局' });
    expect(list.items[0].source.row).toBe(4);
    expect(list.items[0].source.headers).toMatchObject({ name: '事项\n名称', scope: '下放\n范围' });
    expect(list.items[0].source.headers?.mode?.trim()).toBe('下放方式'); // the table layer trims the full-width spaces
  });

  it('subitems-merged-cells: code, name and category filled down to the sub-items', async () => {
    const list = await readList(xlsx('subitems-merged-cells.xlsx'));
    expect(list.items.map((i) => [i.source.row, i.code, i.name, i.subItem, i.category])).toEqual([
      [2, '370100-XK-0201', '食品经营许可', '新办', '行政许可'],
      [3, '370100-XK-0201', '食品经营许可', '延续', '行政许可'],
      [4, '370100-XK-0201', '食品经营许可', '注销', '行政许可'],
      [5, '370100-XK-0202', '药品零售企业许可', undefined, '行政许可'],
    ]);
  });

  it('cover-sheet: the cover is passed over, both department sheets read', async () => {
    const list = await readList(xlsx('cover-sheet.xlsx'));
    expect(list.sheets).toEqual(['市教育局', '市民政局']);
    expect(list.items.map((i) => [i.source.sheet, i.code])).toEqual([
      ['市教育局', '370100-XK-0301'], ['市教育局', '370100-QR-0302'], ['市民政局', '370100-XK-0401'], ['市民政局', '370100-QR-0402'],
    ]);
  });

  it('leading-zeros: codes keep their zeros', async () => {
    const list = await readList(xlsx('leading-zeros.xlsx'), { kind: 'catalogue' });
    expect(codes(list.items)).toEqual(['0012', '000345', '110101', '511A0146000000']);
  });

  it('dates: every form of the date, in both date systems, reads as 2016-06-30', async () => {
    for (const f of ['dates.xlsx', 'dates-1904.xlsx']) {
      const list = await readList(xlsx(f));
      expect(list.kind).toBe('zone');
      expect(list.items.map((i) => i.acceptedOn)).toEqual(['2016-06-30', '2016-06-30', '2016-06-30', '2016-06-30', '1904-01-02']);
      expect(list.items.map((i) => i.batch)).toEqual(['1', '1', '2', '3', '3']);
    }
  });

  it('formulas: cached results become the values', async () => {
    const list = await readList(xlsx('formulas.xlsx'), { kind: 'catalogue' });
    expect(list.items.map((i) => [i.seq, i.code])).toEqual([['1', 'XK0001'], ['2', 'XK0002']]);
  });

  it('heading-rows: group rows skipped as headings', async () => {
    const list = await readList(xlsx('heading-rows.xlsx'), { kind: 'catalogue' });
    expect(list.items).toHaveLength(5);
    expect(list.skipped.filter((s) => s.reason === 'heading').map((s) => [s.row, s.text])).toEqual([[2, '一、行政许可（共3项）'], [6, '二、行政处罚（共2项）']]);
  });

  it('rich-text: names as plain text', async () => {
    const list = await readList(xlsx('rich-text.xlsx'));
    expect(list.items.map((i) => i.name)).toEqual(['食品经营许可', '药品零售企业许可*', '医疗器械经营许可']);
  });

  it('unreadable files: the error key and the file', async () => {
    // A legacy .xls is read (tests/read/workbook.test.ts); a Word document renamed .xls is not.
    expect((await readError(tmpFile('word.xls', oleWithStreams(['WordDocument', '1Table'])))).key).toBe('ole-not-workbook');
    const enc = tmpFile('encrypted2.xlsx', oleWithStreams(['EncryptionInfo', 'EncryptedPackage']));
    expect((await readError(enc)).key).toBe('xlsx-encrypted');
    expect((await readError(xlsx('text-renamed.xlsx'))).key).toBe('xlsx-not-zip');
    const half = readFileSync(xlsx('simple.xlsx')).subarray(0, 2500);
    expect((await readError(tmpFile('half.xlsx', half))).key).toBe('xlsx-corrupt');
    const sheet = await readError(xlsx('cover-sheet.xlsx'), { sheet: '没有' });
    expect(sheet.key).toBe('sheet-not-found');
  });
});

describe('readXlsxSheets: what exceljs alone gets wrong', () => {
  const sheetOf = (rows: string): string =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>事项编码</t></is></c><c r="B1" t="inlineStr"><is><t>事项名称</t></is></c><c r="C1" t="inlineStr"><is><t>设定依据</t></is></c></row>${rows}</sheetData></worksheet>`;
  const book = async (name: string, rows: string): Promise<string> =>
    tmpFile(name, await withParts(xlsx('simple.xlsx'), [{ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetOf(rows)) }]));

  it('an inline string of several runs reads as the runs joined, phonetic runs (<rPh>) left out', async () => {
    const p = await book('inline-runs.xlsx', '<row r="2"><c r="A2" t="inlineStr"><is><t>XK1</t></is></c><c r="B2" t="inlineStr"><is><r><t>食品</t></r><r><rPr><b/></rPr><t>经营许可</t></r><rPh sb="0" eb="2"><t>しょくひん</t></rPh></is></c><c r="C2" t="inlineStr"><is><r><t>《中华人民共和国建筑法》</t></r><r><t>第七条</t></r></is></c></row>');
    const [s] = await grid(p);
    expect(s.rows[1]).toEqual([2, ['XK1', '食品经营许可', '《中华人民共和国建筑法》第七条']]);
  });
  it('a shared-string index beyond the table is an error naming the sheet and the cell', async () => {
    const p = await book('sst-range.xlsx', '<row r="2"><c r="A2" t="inlineStr"><is><t>XK1</t></is></c><c r="B2" t="s"><v>9999</v></c></row>');
    const err = await gridError(p);
    expect([err.key, err.where?.sheet, err.where?.row, err.args.cell]).toEqual(['xlsx-shared-string', '目录', 2, 'B2']);
  });
  it('a cell larger than the field cap stops the read naming the cell, before the value is held whole', async () => {
    // Random text (a repeated letter would be refused as a zip bomb first).
    const big = randomBytes(2 * 1024 * 1024).toString('base64');
    const p = await book('big-cell.xlsx', `<row r="2"><c r="A2" t="inlineStr"><is><t>XK1</t></is></c><c r="C2" t="inlineStr"><is><t>${big}</t></is></c></row>`);
    const err = await gridError(p);
    expect([err.key, err.where?.row, err.args.cell]).toEqual(['field-too-large', 2, 'C2']);
  });
});
