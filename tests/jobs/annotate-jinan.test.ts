/**
 * Issue 15's "done when" on the bundled review (examples/jinan): every finding with a place is a note
 * on the right cell of the right annotated copy, every department's gaps are on its 漏项 sheet, the
 * findings workbook's counts are the JSON report's, and LibreOffice opens both kinds of workbook.
 * The example is validated and annotated once, in beforeAll.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsWorkbook, validateFiles, writeFindingsWorkbook, type AnnotatedCopy } from '../../src/index.js';
import type { Finding } from '../../src/check/finding.js';
import type { ValidateReport } from '../../src/check/report.js';
import { findingMessage } from '../../src/report/text/rules.js';

const ROOT = join(import.meta.dirname, '..', '..');
const JINAN = join(ROOT, 'examples', 'jinan');

let dir: string;
let report: ValidateReport;
let copies: AnnotatedCopy[];
const books = new Map<string, ExcelJS.Workbook>();
let review: ExcelJS.Workbook;

const clean = (s: unknown): string => String(s ?? '').replace(/\s+/gu, '');
const textOf = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
};
const noteOf = (c: ExcelJS.Cell): string => {
  const n = c.note;
  if (!n) return '';
  return typeof n === 'string' ? n : (n.texts ?? []).map((t) => t.text).join('');
};
/** Where each finding of a table list was noted in its annotated copy: file|row|rule|message → 'Sheet'!$C$7. */
const noted = new Map<string, string>();
const copyOf = (file: string): string => join(dir, 'out', `${basename(file, extname(file))}（审核意见）.xlsx`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-annotate-jinan-'));
  copies = [];
  report = await validateFiles([join(JINAN, 'depts')], {
    catalogue: join(JINAN, 'catalogue-2016.xlsx'), config: false, baseline: false,
    annotate: join(dir, 'out'), onAnnotated: (c) => void copies.push(c),
  });
  await writeFindingsWorkbook(report, join(dir, 'review.xlsx'));
  for (const c of copies) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(c.output);
    books.set(c.file, wb);
  }
  review = new ExcelJS.Workbook();
  await review.xlsx.readFile(join(dir, 'review.xlsx'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inputs = (): Set<string> => new Set(report.files.filter((f) => f.role === 'input').map((f) => f.path));
const placed = (): Finding[] => report.findings.filter((f) => f.rule !== 'gap' && f.file !== undefined && inputs().has(f.file) && f.row !== undefined);

describe('annotated copies of the jinan review', () => {
  it('is the review the README describes', () => {
    expect([report.summary.errors, report.summary.warnings]).toEqual([37, 39]);
    // Every list with findings (市档案局's has none) has its copy.
    const withFindings = new Set(report.findings.filter((f) => f.rule !== 'gap').map((f) => f.file));
    expect(copies.map((c) => c.file).sort()).toEqual([...inputs()].filter((f) => withFindings.has(f)).sort());
    expect(copies).toHaveLength(45);
    for (const c of copies) expect(c.output).toBe(copyOf(c.file));
  });

  it('puts every finding with a place as a note on the right cell of the right copy', () => {
    const all = placed();
    expect(all.length).toBeGreaterThan(900);
    let noteLines = 0;
    for (const wb of books.values()) {
      for (const ws of wb.worksheets) {
        if (ws.name === '审核意见' || ws.name === '漏项') continue;
        ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => (noteLines += noteOf(c).split('\n').filter((l) => /（[a-z-]+）$/u.test(l)).length)));
      }
    }
    // Each finding once: as many note lines as findings with a place.
    expect(noteLines).toBe(all.length);
    for (const f of all) {
      const wb = books.get(f.file!)!;
      expect(wb, f.file).toBeDefined();
      const message = findingMessage(f, 'zh-CN');
      const yaml = f.file!.endsWith('.yaml');
      const ws = wb.getWorksheet(f.sheet ?? '清单')!;
      expect(ws, `${f.file} ${f.sheet}`).toBeDefined();
      // The cell: in the finding's row (a YAML list: the item's row, found by its code).
      const hits: ExcelJS.Cell[] = [];
      // Empty cells too: a missing value's note is on its empty cell.
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        if (!yaml && r !== f.row) return;
        row.eachCell({ includeEmpty: true }, (c) => {
          if (noteOf(c).includes(`${message}（${f.rule}）`)) hits.push(c);
        });
      });
      expect(hits.length, `${f.file}:${f.row} ${f.rule}`).toBeGreaterThanOrEqual(1);
      const cell = hits[0];
      if (!yaml) noted.set(`${f.file}|${f.row}|${f.rule}|${message}`, `'${ws.name}'!$${String(cell.address).replace(/(\d+)$/u, '$$$1')}`);
      const col = Number(cell.col);
      const header = (below: number): string[] => Array.from({ length: below - 1 }, (_, i) => clean(textOf(ws.getCell(i + 1, col).value)));
      if (f.column !== undefined && header(Number(cell.row)).some((h) => h && (h === clean(f.column) || clean(f.column).endsWith(h)))) continue;
      // No column of its own (or one the list does not have): the row's code cell.
      if (f.code) expect(textOf(cell.value), `${f.file}:${f.row} ${f.rule} ${f.column}`).toBe(f.code);
      else expect(header(Number(cell.row)).some((h) => /编码|代码|code/u.test(h))).toBe(true);
    }
  });

  it("puts every department's gaps on its 漏项 sheet, with the catalogue's values under the list's headers", () => {
    const gaps = report.findings.filter((f) => f.rule === 'gap' && f.row !== undefined);
    expect(gaps).toHaveLength(21);
    let rows = 0;
    for (const c of copies) rows += c.gaps;
    expect(rows).toBe(gaps.length);
    for (const g of gaps) {
      const file = report.files.find((x) => x.role === 'input' && (x.department === g.department || report.findings.some((f) => f.rule !== 'gap' && f.file === x.path && f.department === g.department)));
      expect(file, g.department).toBeDefined();
      const ws = books.get(file!.path)!.getWorksheet('漏项');
      expect(ws, file!.path).toBeDefined();
      const values: string[][] = [];
      ws!.eachRow((row) => values.push((row.values as ExcelJS.CellValue[]).map(textOf)));
      const hit = values.find((v) => v.includes(g.code!));
      expect(hit, `${g.code} on ${file!.path}`).toBeDefined();
      expect(hit).toContain((g.details as { name: string }).name);
    }
  });

  it('keeps the merges and widths of the legacy .xls it converts', async () => {
    const xls = join(JINAN, 'depts', '市城乡交通运输局.xls');
    const book = XLSX.read(readFileSync(xls), { cellStyles: true });
    const wb = books.get(report.files.find((f) => f.path.endsWith('市城乡交通运输局.xls'))!.path)!;
    for (const name of book.SheetNames) {
      const src = book.Sheets[name];
      const ws = wb.getWorksheet(name)!;
      expect(ws.model.merges.length).toBe((src['!merges'] ?? []).length);
      const cols = src['!cols'] ?? [];
      cols.forEach((c, i) => {
        if (c?.wch !== undefined) expect(ws.getColumn(i + 1).width).toBeCloseTo(c.wch, 1);
      });
    }
    expect(textOf(wb.getWorksheet('审核意见')!.getCell('B3').value)).toContain('字体');
  });
});

describe('the findings workbook of the jinan review', () => {
  it("counts per department and in total what the JSON report counts", () => {
    const ws = review.getWorksheet('汇总')!;
    expect(review.worksheets[0].name).toBe('汇总');
    const heads = (ws.getRow(1).values as ExcelJS.CellValue[]).map(textOf);
    expect(heads.slice(1, 6)).toEqual(['部门', '错误', '警告', '提示', '合计']);
    const seen = new Set<string>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const name = textOf(ws.getCell(r, 1).value);
      const counts = [2, 3, 4].map((c) => ws.getCell(r, c).value);
      if (name === '合计') {
        expect(counts).toEqual([report.summary.errors, report.summary.warnings, report.summary.infos]);
        continue;
      }
      if (!name) continue;
      const d = report.summary.byDepartment[name];
      expect(d, name).toBeDefined();
      expect(counts).toEqual([d.errors, d.warnings, d.infos]);
      seen.add(name);
      // By rule: the rule columns hold the department's counts.
      heads.forEach((h, c) => {
        const rule = h.split('\n')[1];
        if (rule) expect(ws.getCell(r, c).value, `${name} ${rule}`).toBe(d.byRule[rule as keyof typeof d.byRule] ?? 0);
      });
    }
    expect([...seen].sort()).toEqual(Object.keys(report.summary.byDepartment).sort());
  });

  it("has one sheet per department with its findings, each linked to the file, sheet and cell", () => {
    for (const [d, counts] of Object.entries(report.summary.byDepartment)) {
      const ws = review.getWorksheet(d)!;
      expect(ws, d).toBeDefined();
      expect(ws.rowCount - 1).toBe(counts.errors + counts.warnings + counts.infos);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.autoFilter).toBeDefined();
      expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:1' });
    }
    // 市公安局 row 111: 下放方式 转交 (invalid-value). The link names the cell of that column.
    const ws = review.getWorksheet('市公安局')!;
    let link = '';
    ws.eachRow((row) => {
      if (row.getCell(2).value === 'invalid-value' && row.getCell(5).value === 111) link = (row.getCell(9).value as { hyperlink: string }).hyperlink;
    });
    const m = /^(.*)#'市公安局'!\$([A-Z]+)\$111$/u.exec(link);
    expect(m, link).not.toBeNull();
    expect(existsSync(join(dir, m![1]))).toBe(true);
    const original = books.get(report.files.find((f) => f.path.endsWith('市公安局.xlsx'))!.path)!.getWorksheet('市公安局')!;
    const header = Array.from({ length: 10 }, (_, r) => clean(textOf(original.getCell(`${m![2]}${r + 1}`).value)));
    expect(header.some((h) => h.includes('下放方式'))).toBe(true);
  });

  it('links every finding of a workbook list to the cell its annotated copy marks', () => {
    let checked = 0;
    for (const ws of review.worksheets.slice(1)) {
      ws.eachRow((row, n) => {
        if (n === 1) return;
        const [rule, file, r, message] = [row.getCell(2).value, row.getCell(3).text, row.getCell(5).value, row.getCell(8).text];
        const at = noted.get(`${file}|${r}|${rule}|${message}`);
        if (!at || !/\.xlsx?$/u.test(file)) return;
        expect((row.getCell(9).value as { hyperlink: string }).hyperlink.endsWith(`#${at}`), `${file} ${r} ${rule}`).toBe(true);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(700);
  });

  it('is the same bytes for the same report', async () => {
    const [a, b] = [await findingsWorkbook(report, { lang: 'zh-CN' }), await findingsWorkbook(report, { lang: 'zh-CN' })];
    expect(a.equals(b)).toBe(true);
    expect(a.equals(await findingsWorkbook(report, { lang: 'en' }))).toBe(false);
  });
});

describe('LibreOffice', () => {
  it('converts an annotated copy and the findings workbook to PDF', () => {
    const profile = mkdtempSync(join(tmpdir(), 'qingdan-lo-'));
    try {
      const pdf = join(dir, 'pdf');
      const copy = copies.find((c) => c.file.endsWith('市教育局.xlsx'))!.output;
      const r = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', pdf, copy, join(dir, 'review.xlsx')], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      for (const name of [`${basename(copy, '.xlsx')}.pdf`, 'review.pdf']) {
        expect(existsSync(join(pdf, name)), name).toBe(true);
        expect(statSync(join(pdf, name)).size).toBeGreaterThan(10_000);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});
