import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { defaultHeaderIndex } from '../../src/model/columns.js';
import { normaliseHeader } from '../../src/model/normalise.js';
import { FILE_LABELS } from '../../src/text/export.js';
import { writeList } from '../../src/write/index.js';
import { sheetName } from '../../src/write/xlsx.js';
import { makeItem, makeList, sampleDelegation, tempDir } from './helpers.js';
import { zipParts } from '../helpers/zip.js';

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function written(opts = {}, list = sampleDelegation()): Promise<{ wb: ExcelJS.Workbook; path: string }> {
  const path = join(tempDir(), 'out.xlsx');
  await writeList(list, path, opts);
  return { wb: await load(path), path };
}

describe('xlsx writer', () => {
  it('puts a summary sheet first, then the items, with a merged title row and a styled frozen header', async () => {
    const { wb } = await written();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '下放清单']);
    const ws = wb.worksheets[1];
    expect(ws.getCell('A1').value).toBe('市级下放高新区管委会行政权力清单');
    expect(ws.model.merges).toContain('A1:R1');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getCell('A2').value).toBe('事项编码');
    expect(ws.getCell('A2').font.bold).toBe(true);
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.autoFilter).toEqual('A2:R4');
  });

  it('writes codes as text, dates as real dates, batch as a number, formula-like text as plain strings', async () => {
    const { wb, path } = await written();
    const ws = wb.worksheets[1];
    expect(ws.getCell('A3').value).toBe('0012');
    expect(ws.getCell('A3').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('A3').numFmt).toBe('@');
    expect(ws.getCell('N3').value).toEqual(new Date(Date.UTC(2016, 5, 30)));
    expect(ws.getCell('N3').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('L3').value).toBe(1);
    expect(ws.getCell('B4').value).toBe('=1+1');
    expect(ws.getCell('B4').type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell('C4').value).toBe('@x');
    // No cell anywhere in the workbook holds a formula: nothing can run.
    wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeUndefined())));
    expect(readFileSync(path).length).toBeGreaterThan(0);
  });

  it('wraps long text and gives Chinese text wide columns', async () => {
    const { wb } = await written();
    const ws = wb.worksheets[1];
    expect(ws.getCell('F3').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(6).width).toBeGreaterThanOrEqual(40);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(14);
  });

  it('offers drop-down lists for the enum columns', async () => {
    const { wb } = await written();
    const ws = wb.worksheets[1];
    // exceljs's types leave dataValidations out; the model maps ranges to validations.
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const v = model['D3'] ?? model['D3:D4'];
    expect(v).toMatchObject({ type: 'list' });
    expect(v!.formulae[0]).toContain('行政许可');
    const status = model;
    expect(Object.values(status).some((x) => x.formulae[0].includes('已承接'))).toBe(true);
  });

  it('counts items per department and category in the summary', async () => {
    const list = makeList('catalogue', [
      makeItem({ code: 'A1', name: 'a', category: '行政许可', department: '市教育局' }),
      makeItem({ code: 'A2', name: 'b', category: '行政处罚', department: '市教育局' }),
      makeItem({ code: 'B1', name: 'c', category: '行政许可', department: '市民政局' }),
    ]);
    const { wb } = await written({}, list);
    const ws = wb.worksheets[0];
    const rows = ws.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['单位', '行政许可', '行政处罚', '合计'],
      ['市教育局', 1, 1, 2],
      ['市民政局', 1, 0, 1],
      ['合计', 2, 1, 3],
    ]);
  });

  it('writes one sheet per department with byDepartment', async () => {
    const list = makeList('zone', [
      makeItem({ code: 'A1', name: 'a', department: '市教育局' }),
      makeItem({ code: 'B1', name: 'c', department: '市民政局' }),
      makeItem({ code: 'A2', name: 'b', department: '市教育局' }),
    ]);
    const { wb } = await written({ byDepartment: true }, list);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '市教育局', '市民政局']);
    expect(wb.worksheets[1].getColumn(1).values.slice(3)).toEqual(['A1', 'A2']);
  });

  it('gives the same bytes for the same input, written at different times', async () => {
    const dir = tempDir();
    await writeList(sampleDelegation(), join(dir, 'a.xlsx'));
    await new Promise((ok) => setTimeout(ok, 2100)); // zip times have a two-second resolution
    await writeList(sampleDelegation(), join(dir, 'b.xlsx'));
    expect(readFileSync(join(dir, 'a.xlsx')).equals(readFileSync(join(dir, 'b.xlsx')))).toBe(true);
  });

  it('makes sheet names Excel accepts', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c', taken)).toBe('a_b_c');
    expect(sheetName('A/B:C', taken)).toBe('A_B_C(2)');
    expect(sheetName('长'.repeat(40), taken)).toHaveLength(31);
  });

  it('uses no label a reader would take for a list header', () => {
    const index = defaultHeaderIndex();
    for (const label of Object.values(FILE_LABELS)) expect(index.has(normaliseHeader(label))).toBe(false);
  });
});

describe('xlsx writer: quotePrefix on formula-like text', () => {
  const TRIGGERS = ['=1+1', '+86 531', '-减免', '@x', '\t第七条', '\r第八条'];
  it('every string cell that begins with = + - @ TAB or CR has the quotePrefix style, its text unchanged; others do not', async () => {
    const items = TRIGGERS.map((name, k) => makeItem({ code: `XK${k}`, name, category: '行政许可', department: k === 0 ? '-市局' : '市市场监管局' }, k + 3));
    const path = join(tempDir(), 'quoted.xlsx');
    await writeList(makeList('catalogue', items, { title: '=标题' }), path, {});
    const parts = new Map((await zipParts(path)).map((p) => [p.name, p.data.toString()]));
    const xfs = [...(parts.get('xl/styles.xml') ?? '').replace(/^[\s\S]*?<cellXfs[^>]*>/u, '').replace(/<\/cellXfs>[\s\S]*$/u, '').matchAll(/<xf\b[^>]*?(\/>|>)/gu)].map((m) => m[0]);
    const quoted = (s: number): boolean => /\bquotePrefix="1"/u.test(xfs[s] ?? '');
    const wb = await load(path);
    let seen = 0;
    for (const ws of wb.worksheets) {
      const xml = parts.get(`xl/worksheets/sheet${ws.id}.xml`) ?? '';
      // The cell's text as written (a parser would turn a leading CR into LF: XML's line-end rule).
      for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")? t="str"><v>([^<]*)<\/v>/gu)) {
        const like = /^[=+\-@\t\r]/u.test(m[3]);
        expect([m[1], m[3], quoted(Number(m[2] ?? 0))]).toEqual([m[1], m[3], like]);
        if (like) seen++;
      }
    }
    // The six names, the department "-市局" in the items and the summary, the titles "=标题…".
    expect(seen).toBeGreaterThanOrEqual(9);
    const names = wb.worksheets[1].getColumn(2).values.slice(3);
    expect(names).toEqual([...TRIGGERS.slice(0, 5), '\n第八条']);
    const { readList } = await import('../../src/read/index.js');
    const back = await readList(path);
    expect(back.items.map((i) => i.name).slice(0, 4)).toEqual(TRIGGERS.slice(0, 4));
  });
});
