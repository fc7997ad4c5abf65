/**
 * Annotated copies (issue 15 point 2) of a list LibreOffice wrote: a title merged over the table, a
 * two-row header with merged cells, widths and heights of its own. The copy keeps all of them, marks
 * the cells the findings point at, and puts the review sheet first; the original is never touched.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateFiles, validateFiles } from '../../src/index.js';
import type { ValidateReport } from '../../src/check/report.js';
import { writtenBy } from '../helpers/libreoffice.js';
import { runInProcess } from '../helpers/cli.js';
import { withParts } from '../helpers/zip.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'annotate', 'two-row-header.xlsx');
const SMALL = join(import.meta.dirname, '..', '..', 'examples', 'small');
const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

async function open(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

const noteOf = (c: ExcelJS.Cell): string => {
  const n = c.note;
  if (!n) return '';
  return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
};
const argb = (c: ExcelJS.Cell): string | undefined => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

let dir: string;
let report: ValidateReport;
let copy: string;
const before = sha(FIXTURE);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-annotate-'));
  report = await validateFiles([FIXTURE], { config: false, baseline: false, annotate: join(dir, 'out') });
  copy = join(dir, 'out', 'two-row-header（审核意见）.xlsx');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the annotated copy of a LibreOffice workbook with a two-row header', () => {
  it('is a fixture LibreOffice wrote, with merges and widths of its own', async () => {
    expect(await writtenBy(FIXTURE)).toMatch(/LibreOffice/u);
    const ws = (await open(FIXTURE)).worksheets[0];
    expect(ws.model.merges).toContain('F2:H2');
    expect(ws.getColumn(3).width).toBeGreaterThan(30);
  });

  it('keeps the sheets, values, merged cells, column widths and row heights of the original', async () => {
    const [orig, out] = [await open(FIXTURE), await open(copy)];
    expect(out.worksheets.map((w) => w.name)).toEqual(['审核意见', '下放清单']);
    const a = orig.getWorksheet('下放清单')!;
    const b = out.getWorksheet('下放清单')!;
    expect([...b.model.merges].sort()).toEqual([...a.model.merges].sort());
    expect(b.model.merges).toEqual(expect.arrayContaining(['A1:I1', 'A2:A3', 'F2:H2', 'I2:I3']));
    for (let c = 1; c <= 9; c++) expect(b.getColumn(c).width).toBe(a.getColumn(c).width);
    for (let r = 1; r <= 7; r++) {
      expect(b.getRow(r).height).toBe(a.getRow(r).height);
      for (let c = 1; c <= 9; c++) expect(b.getCell(r, c).value).toEqual(a.getCell(r, c).value);
    }
    expect(b.getRow(1).height).toBeGreaterThan(30);
  });

  it('fills and notes the cell each finding points at, under the lower row of the two-row header', async () => {
    const ws = (await open(copy)).getWorksheet('下放清单')!;
    const g5 = ws.getCell('G5'); // 下放情况 / 下放方式, row 5: 转交
    expect(g5.value).toBe('转交');
    expect(argb(g5)).toBe('FFFFC7CE');
    expect(noteOf(g5)).toContain('invalid-value');
    expect(noteOf(g5)).toContain('转交');
    const i6 = ws.getCell('I6'); // 不下放理由 empty for a 不下放
    expect(argb(i6)).toBe('FFFFC7CE');
    expect(noteOf(i6)).toMatch(/missing-value/u);
    // A finding about a row without a column of its own marks the row's code cell.
    const b7 = ws.getCell('B7');
    expect(noteOf(b7)).toContain('missing-value');
    // Several findings in one note, the worst one's fill: B5 has the pending-acceptance notice only.
    expect(argb(ws.getCell('B5'))).toBe('FFDDEBF7');
    // Cells without findings are untouched.
    expect(noteOf(ws.getCell('C5'))).toBe('');
    expect(argb(ws.getCell('C5'))).not.toBe('FFFFC7CE');
  });

  it('lists every finding on the first sheet, with a legend and a link to its cell', async () => {
    const ws = (await open(copy)).getWorksheet('审核意见')!;
    expect(ws.getCell('A2').value).toBe('图例（单元格底色）');
    expect([argb(ws.getCell('B2')), argb(ws.getCell('C2')), argb(ws.getCell('D2'))]).toEqual(['FFFFC7CE', 'FFFFEB9C', 'FFDDEBF7']);
    expect(ws.getCell('B3').value).toBe('原文件的内容与格式已全部保留');
    const rows: { rule: unknown; row: unknown; link: unknown }[] = [];
    for (let r = 6; r <= ws.rowCount; r++) {
      const link = ws.getCell(r, 9).value as { hyperlink?: string } | null;
      rows.push({ rule: ws.getCell(r, 2).value, row: ws.getCell(r, 4).value, link: link?.hyperlink });
    }
    expect(rows).toHaveLength(report.findings.length);
    expect(rows).toContainEqual({ rule: 'invalid-value', row: 5, link: "#'下放清单'!$G$5" });
    expect(rows).toContainEqual({ rule: 'missing-value', row: 6, link: "#'下放清单'!$I$6" });
    expect(rows).toContainEqual({ rule: 'missing-value', row: 7, link: "#'下放清单'!$B$7" });
  });

  it('never modifies the original', () => {
    expect(sha(FIXTURE)).toBe(before);
  });
});

describe('what the annotated copies refuse', () => {
  it('refuses a folder where a copy would replace an input, writing nothing (exit 2)', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-in-'));
    try {
      copyFileSync(FIXTURE, join(d, 'a.xlsx'));
      copyFileSync(FIXTURE, join(d, 'a（审核意见）.xlsx'));
      const keep = sha(join(d, 'a（审核意见）.xlsx'));
      const r = await runInProcess(['validate', join(d, 'a.xlsx'), join(d, 'a（审核意见）.xlsx'), '--annotate', d]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('审核意见副本会覆盖一个输入文件');
      expect(sha(join(d, 'a（审核意见）.xlsx'))).toBe(keep);
      expect(readdirSync(d).sort()).toEqual(['a.xlsx', 'a（审核意见）.xlsx']);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('refuses an existing copy without --force, replaces it with --force, and says what it wrote', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-force-'));
    try {
      const out = join(d, 'two-row-header（审核意见）.xlsx');
      writeFileSync(out, 'old');
      const refused = await runInProcess(['validate', FIXTURE, '--annotate', d]);
      expect(refused.code).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe('old');
      const forced = await runInProcess(['validate', FIXTURE, '--annotate', d, '--force']);
      expect(forced.code).toBe(1);
      expect(forced.stderr).toContain(`已写入审核意见副本 ${out}（6 条问题，漏项 0 项）`);
      expect((await open(out)).worksheets[0].name).toBe('审核意见');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a copy written beside the lists is not read as a list by the next review of the folder: it is skipped with a notice', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-beside-'));
    try {
      copyFileSync(FIXTURE, join(d, 'a.xlsx'));
      const first = await validateFiles([d], { config: false, baseline: false });
      await annotateFiles(first, d);
      expect(readdirSync(d).sort()).toEqual(['a.xlsx', 'a（审核意见）.xlsx']);
      const again = await validateFiles([d], { config: false, baseline: false });
      expect(again.summary).toEqual(first.summary);
      expect(again.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
      expect(again.notices).toContainEqual(expect.objectContaining({ kind: 'not-a-list', file: join(d, 'a（审核意见）.xlsx') }));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('writes nothing for a list without findings', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-none-'));
    try {
      const copies = await annotateFiles({ ...report, findings: [] }, join(d, 'out'));
      expect(copies).toEqual([]);
      expect(existsSync(join(d, 'out'))).toBe(false);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('what a copy cannot keep', () => {
  it('names the charts and pivot tables of the original on the review sheet', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-lost-'));
    try {
      const chart = '<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
      const pivot = '<?xml version="1.0" encoding="UTF-8"?><pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';
      writeFileSync(join(d, 'charted.xlsx'), await withParts(FIXTURE, [{ name: 'xl/charts/chart1.xml', data: chart }, { name: 'xl/pivotTables/pivotTable1.xml', data: pivot }]));
      const r = await validateFiles([join(d, 'charted.xlsx')], { config: false, baseline: false });
      const [c] = await annotateFiles(r, join(d, 'out'));
      expect(c.notKept).toEqual(['charts', 'pivotTables']);
      const ws = (await open(c.output)).getWorksheet('审核意见')!;
      expect(ws.getCell('A3').value).toBe('未能保留的内容（请以原文件为准）');
      expect(ws.getCell('B3').value).toBe('图表；数据透视表');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

describe('English', () => {
  it('names the sheets and writes the notes in English with --lang en', async () => {
    const d = mkdtempSync(join(tmpdir(), 'qingdan-annotate-en-'));
    try {
      const r = await runInProcess(['validate', join(SMALL, 'delegation.yaml'), '--catalogue', join(SMALL, 'catalogue.yaml'), '--annotate', d, '--lang', 'en']);
      expect(r.stderr).toMatch(/wrote the annotated copy .*delegation（审核意见）\.xlsx \(\d+ findings, \d+ gaps\)/u);
      const wb = await open(join(d, 'delegation（审核意见）.xlsx'));
      expect(wb.worksheets[0].name).toBe('Review');
      expect(wb.worksheets.map((w) => w.name)).toContain('List');
      expect(wb.worksheets[0].getCell('A2').value).toBe('Legend (cell fill)');
      const notes: string[] = [];
      wb.getWorksheet('List')!.eachRow((row) => row.eachCell((c) => void (noteOf(c) && notes.push(noteOf(c)))));
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.join('\n')).not.toMatch(/[【】]/u);
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});
