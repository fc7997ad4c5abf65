/**
 * The review goes back to the departments (issue 15 points 2 and 3): `annotateFiles` writes, for
 * every input list with findings, `DIR/<name>（审核意见）.xlsx`, the list as received with its
 * findings marked on their cells; `writeFindingsWorkbook` writes the office's findings workbook.
 * This is where the files are read and written; the workbooks are built in report/xlsx/.
 */
import { mkdir, realpath } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Workbook } from 'exceljs';
import type { Finding } from '../check/finding.js';
import type { FileInfo, ValidateReport } from '../check/report.js';
import { UsageError } from '../errors.js';
import { columnsFor, COLUMN_BY_KEY } from '../model/columns.js';
import { cleanText } from '../model/normalise.js';
import type { FieldKey, Item, PowerList } from '../model/types.js';
import { ANNOTATED_SUFFIX, detectFormat } from '../read/detect.js';
import { DEFAULT_LIMITS, type CellValue } from '../read/grid.js';
import { isDateFormat, serialToDate } from '../read/cell-format.js';
import { cellText } from '../read/headers.js';
import { readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { readZipDirectory, readEntryText } from '../read/zip-guard.js';
import type { NotKept } from '../report/text/annotate.js';
import { ANNOTATE_TEXT, NOT_KEPT } from '../report/text/annotate.js';
import { annotateWorkbook, type AnnotatedFinding, type CellRef, type GapSheet } from '../report/xlsx/annotate.js';
import { cellLink } from '../report/xlsx/common.js';
import { findingsWorkbook } from '../report/xlsx/findings.js';
import type { Lang } from '../text/lang.js';
import { checkOutputPath, writeFileAtomic } from '../write/atomic.js';

export interface AnnotateOptions {
  /** Language of the sheets and notes (default zh-CN). */
  lang?: Lang;
  /** Replace existing annotated copies. */
  force?: boolean;
  /** Reading options the lists were validated with (sheet, kind, header aliases). */
  read?: ReadOptions;
}

/** One annotated copy written. */
export interface AnnotatedCopy {
  /** The input list, as the report names it. */
  file: string;
  output: string;
  /** Findings of the list (gaps included). */
  findings: number;
  gaps: number;
  /** What of the original could not be kept (named on the copy's review sheet). */
  notKept: NotKept[];
}

export { ANNOTATED_SUFFIX };

/** A list loaded for annotation: the workbook to mark and how to find a finding's cell in it. */
interface Loaded {
  wb: Workbook;
  notKept: NotKept[];
  locate(f: Finding): { cell?: CellRef; item?: Item };
  /** The list's headers by column position, for its gaps sheet. */
  headers: string[];
  /** Keys by column position (the gaps sheet's values). */
  keys: (FieldKey | undefined)[];
}

type ExcelJSModule = typeof import('exceljs');

/** An exceljs cell's value as the readers see it (rich text joined, a formula's result, a link's text). */
function valueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return valueOf(o.result);
  if (typeof o.text === 'string') return o.text;
  return null;
}

/** A cell's value by sheet, row and column (1-based), and a sheet's width: from exceljs, or from the header rows a reader streamed. */
interface Cells {
  at(sheet: string, row: number, col: number): CellValue;
  width(sheet: string): number;
}

const excelCells = (wb: Workbook): Cells => ({
  at: (sheet, row, col) => valueOf(wb.getWorksheet(sheet)?.getCell(row, col).value),
  width: (sheet) => wb.getWorksheet(sheet)?.columnCount ?? 0,
});

/** Header text → column (1-based) of a header of one or two rows, as read/headers.ts names columns. */
function headerColumns(cells: Cells, sheet: string, rows: readonly number[]): Map<string, number> {
  const map = new Map<string, number>();
  const width = cells.width(sheet);
  const sorted = [...rows].sort((a, b) => a - b);
  const top = sorted[0];
  const bottom = sorted.length > 1 ? sorted[sorted.length - 1] : undefined;
  for (let c = 1; c <= width; c++) {
    const t = cellText(cells.at(sheet, top, c));
    const b = bottom === undefined ? '' : cellText(cells.at(sheet, bottom, c));
    for (const cand of [b, t, `${t}${b}`, `${t} ${b}`]) if (cand && !map.has(cand)) map.set(cand, c);
  }
  return map;
}

/** What exceljs does not keep of an .xlsx, from its parts and its sheets' XML. */
async function notKeptOfXlsx(path: string, file: string, wb: Workbook): Promise<NotKept[]> {
  const dir = await readZipDirectory(path, file);
  const names = [...dir.entries.keys()];
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  const out = new Set<NotKept>();
  if (has(/^xl\/charts\//u) || has(/^xl\/chartsheets\//u)) out.add('charts');
  if (has(/^xl\/pivotTables\//u) || has(/^xl\/pivotCache\//u)) out.add('pivotTables');
  if (has(/^xl\/vbaProject\.bin$/u)) out.add('macros');
  if (has(/^xl\/externalLinks\//u)) out.add('externalLinks');
  if (has(/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//u)) out.add('slicers');
  if (has(/^xl\/threadedComments\//u)) out.add('threadedComments');
  if (has(/^xl\/tables\//u)) out.add('tables');
  const images = wb.worksheets.reduce((n, ws) => n + ws.getImages().length, 0);
  if (has(/^xl\/media\//u) && images === 0) out.add('images');
  const budget = { inflated: 0 };
  const limits = { maxInflated: DEFAULT_LIMITS.maxInflated, maxRatio: DEFAULT_LIMITS.maxRatio };
  for (const e of dir.entries.values()) {
    if (/^xl\/drawings\/[^/]+\.xml$/u.test(e.name)) {
      const xml = await readEntryText(dir, e, limits, budget);
      if (/<xdr:(sp|grpSp|cxnSp|graphicFrame)\b/u.test(xml)) out.add('drawings');
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/u.test(e.name)) {
      const xml = await readEntryText(dir, e, limits, budget);
      if (/<(x14:)?sparklineGroup\b/u.test(xml)) out.add('sparklines');
      if (/<x14:dataValidation\b/u.test(xml)) out.add('dataValidations');
      if (/<x14:conditionalFormatting\b/u.test(xml)) out.add('conditionalFormats');
    }
  }
  // exceljs reads plain data validations and conditional formats; one it lost is still named.
  const xmlHas = async (re: RegExp): Promise<boolean> => {
    for (const e of dir.entries.values()) {
      if (/^xl\/worksheets\/[^/]+\.xml$/u.test(e.name) && re.test(await readEntryText(dir, e, limits, budget))) return true;
    }
    return false;
  };
  const dv = wb.worksheets.some((ws) => Object.keys((ws as unknown as { dataValidations: { model: object } }).dataValidations.model).length > 0);
  if (!dv && (await xmlHas(/<dataValidation\b/u))) out.add('dataValidations');
  const cf = wb.worksheets.some((ws) => (ws as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings?.length);
  if (!cf && (await xmlHas(/<conditionalFormatting\b/u))) out.add('conditionalFormats');
  return (Object.keys(NOT_KEPT) as NotKept[]).filter((k) => out.has(k));
}

// The parts of SheetJS's objects that are used (its types are loaded with the library).
interface SheetCell { t: string; v?: unknown; w?: string; z?: string | number; f?: string }

/** An .xls/.et/.ods/.xlsb read with SheetJS, laid out as an exceljs workbook: sheets, values, merges, widths, heights. */
async function fromSheetJs(ExcelJS: ExcelJSModule, path: string): Promise<{ wb: Workbook; formulas: boolean }> {
  const XLSX = await import('@e965/xlsx');
  const { readFile } = await import('node:fs/promises');
  const book = XLSX.read(await readFile(path), { type: 'buffer', dense: true, cellNF: true, cellStyles: true, cellDates: false });
  const wb = new ExcelJS.Workbook();
  let formulas = false;
  const date1904 = Boolean(book.Workbook?.WBProps?.date1904);
  for (const name of book.SheetNames) {
    const src = book.Sheets[name];
    if (!src) continue;
    const ws = wb.addWorksheet(name);
    const data = (src['!data'] ?? []) as (SheetCell | undefined)[][];
    data.forEach((cells, r) => {
      cells?.forEach((c, col) => {
        if (!c || c.v === undefined || c.v === null) return;
        if (c.f) formulas = true;
        const cell = ws.getCell(r + 1, col + 1);
        if (c.t === 'n' && typeof c.z === 'string' && c.z !== 'General') cell.numFmt = c.z;
        if (c.t === 'n' && typeof c.z === 'string' && c.z !== 'General' && isDateFormat(c.z)) cell.value = serialToDate(c.v as number, date1904);
        else if (c.t === 'e') cell.value = c.w ?? null;
        else cell.value = c.v as string | number | boolean;
      });
    });
    for (const m of src['!merges'] ?? []) ws.mergeCells(m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1);
    (src['!cols'] ?? []).forEach((c, i) => {
      if (!c) return;
      const w = c.wch ?? (c.wpx !== undefined ? c.wpx / 7 : c.width);
      if (w !== undefined) ws.getColumn(i + 1).width = Math.round(w * 100) / 100;
    });
    (src['!rows'] ?? []).forEach((r, i) => {
      if (r?.hpt !== undefined) ws.getRow(i + 1).height = r.hpt;
      else if (r?.hpx !== undefined) ws.getRow(i + 1).height = (r.hpx * 3) / 4;
    });
  }
  return { wb, formulas };
}

/** A table list (xlsx, SheetJS workbook, CSV): the workbook laid out, findings located by sheet, row and header. */
function tableLoaded(wb: Workbook, list: PowerList, notKept: NotKept[], sheetFor: (s: string | undefined) => string | undefined): Loaded {
  return { wb, notKept, ...tableLocator(list, excelCells(wb), sheetFor) };
}

/** Finds a finding's cell in a table list: its row, and the column whose header is the finding's column (else the code column). */
function tableLocator(list: PowerList, cells: Cells, sheetFor: (s: string | undefined) => string | undefined): Pick<Loaded, 'locate' | 'headers' | 'keys'> {
  const headerRows = new Map<string, number[]>();
  for (const s of list.skipped) {
    if (s.reason !== 'header') continue;
    const name = sheetFor(s.sheet);
    if (name === undefined) continue;
    headerRows.set(name, [...(headerRows.get(name) ?? []), s.row]);
  }
  const maps = new Map<string, Map<string, number>>();
  const colsOf = (name: string): Map<string, number> => {
    let m = maps.get(name);
    if (!m) {
      m = headerRows.has(name) ? headerColumns(cells, name, headerRows.get(name)!) : new Map<string, number>();
      maps.set(name, m);
    }
    return m;
  };
  const items = new Map<string, Item>();
  const codeHeader = new Map<string, string>();
  for (const i of list.items) {
    const name = sheetFor(i.source.sheet) ?? '';
    items.set(`${name}\u0000${i.source.row}`, i);
    if (i.source.headers.code && !codeHeader.has(name)) codeHeader.set(name, i.source.headers.code);
  }
  const listCode = list.columns.find((c) => c.key === 'code')?.header;
  const locate = (f: Finding): { cell?: CellRef; item?: Item } => {
    const name = sheetFor(f.sheet);
    if (name === undefined || f.row === undefined) return {};
    const cols = colsOf(name);
    const item = items.get(`${name}\u0000${f.row}`);
    const code = cols.get(cleanText(codeHeader.get(name) ?? listCode ?? '')) ?? 1;
    const col = (f.column !== undefined ? cols.get(cleanText(f.column)) : undefined) ?? code;
    return { cell: { sheet: name, row: f.row, col }, item };
  };
  // The gaps sheet takes the first sheet's header positions.
  const first = [...headerRows.keys()][0];
  const headers: string[] = [];
  const keys: (FieldKey | undefined)[] = [];
  if (first !== undefined) {
    const byHeader = new Map(list.columns.map((c) => [cleanText(c.header), c.key]));
    for (const [h, c] of colsOf(first)) {
      if (headers[c - 1] !== undefined) continue;
      const key = byHeader.get(h);
      if (key === undefined) continue;
      headers[c - 1] = h;
      keys[c - 1] = key;
    }
    // Headers that are not contract columns keep their place, so the rows line up with the list.
    for (const [h, c] of colsOf(first)) if (headers[c - 1] === undefined) headers[c - 1] = h;
    // Each header as the list writes it (the lower row of a two-row header; a merged one shows its value).
    const last = Math.max(...headerRows.get(first)!);
    headers.forEach((h, i) => {
      const raw = cells.at(first, last, i + 1);
      if (h && raw !== null && raw !== '') headers[i] = String(raw);
    });
  }
  for (let i = 0; i < headers.length; i++) headers[i] ??= '';
  return { locate, headers, keys };
}

/** A YAML list laid out with the contract's headers, one item a row; findings located by line and key. */
function yamlLoaded(ExcelJS: ExcelJSModule, list: PowerList, lang: Lang): Loaded {
  const wb = new ExcelJS.Workbook();
  const name = ANNOTATE_TEXT.listSheet[lang];
  const ws = wb.addWorksheet(name);
  const keys: FieldKey[] = columnsFor(list.kind).map((c) => c.key);
  const extra = list.extraColumns ?? [];
  const headers = [...keys.map((k) => COLUMN_BY_KEY[k].header), ...extra];
  ws.addRow(headers).eachCell((c) => (c.font = { bold: true }));
  const byLine = new Map<number, { item: Item; row: number }>();
  list.items.forEach((item, i) => {
    ws.addRow([...keys.map((k) => item[k] ?? ''), ...extra.map((h) => item.extra?.[h] ?? '')]);
    const at = { item, row: i + 2 };
    if (!byLine.has(item.source.row)) byLine.set(item.source.row, at);
    for (const l of Object.values(item.source.lines ?? {})) if (!byLine.has(l)) byLine.set(l, at);
  });
  ws.columns.forEach((c, i) => (c.width = Math.min(Math.max(headers[i].length * 2 + 2, 10), 40)));
  const locate = (f: Finding): { cell?: CellRef; item?: Item } => {
    if (f.row === undefined) return {};
    const hit = byLine.get(f.row);
    if (!hit) return {};
    let key: FieldKey | undefined;
    if (f.column !== undefined) {
      const written = Object.entries(hit.item.source.headers).find(([, h]) => h === f.column)?.[0] as FieldKey | undefined;
      key = written ?? keys.find((k) => k === f.column || COLUMN_BY_KEY[k].header === f.column);
    }
    const at = key ? keys.indexOf(key) : -1;
    const col = at >= 0 ? at + 1 : f.column !== undefined && extra.includes(f.column) ? keys.length + extra.indexOf(f.column) + 1 : keys.indexOf('code') + 1;
    return { cell: { sheet: name, row: hit.row, col }, item: hit.item };
  };
  return { wb, notKept: ['yamlLayout'], locate, headers, keys };
}

/** Loads one list for annotation: its workbook as received, or a sheet laid out from it. */
async function load(path: string, file: string, opts: AnnotateOptions): Promise<{ list: PowerList; loaded: Loaded }> {
  const ExcelJS = (await import('exceljs')).default;
  const list = await readList(path, { ...opts.read, displayPath: file });
  const { format } = await detectFormat(path);
  const lang = opts.lang ?? 'zh-CN';
  if (format === 'yaml') return { list, loaded: yamlLoaded(ExcelJS, list, lang) };
  if (format === 'csv' || format === 'tsv') {
    const { readCsvSheet } = await import('../read/csv.js');
    const sheet = await readCsvSheet(path, file, DEFAULT_LIMITS, format === 'tsv');
    const wb = new ExcelJS.Workbook();
    const name = ANNOTATE_TEXT.listSheet[lang];
    const ws = wb.addWorksheet(name);
    const widths: number[] = [];
    for await (const r of sheet.rows) {
      const row = ws.getRow(r.row);
      r.cells.forEach((v, i) => {
        if (v === null || v === undefined || v === '') return;
        row.getCell(i + 1).value = v;
        widths[i] = Math.max(widths[i] ?? 8, Math.min(String(v).length * 2 + 2, 50));
      });
    }
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    return { list, loaded: tableLoaded(wb, list, [], () => name) };
  }
  if (format === 'xlsx') {
    const { zipWorkbookKind } = await import('../read/workbook.js');
    const kind = zipWorkbookKind(await readZipDirectory(path, file));
    if (kind === undefined) {
      const wb = new ExcelJS.Workbook();
      // exceljs refuses some workbooks its streaming reader (and Excel) read, such as a shared
      // formula it cannot place: such a list is converted as an .xls is, its formats named as lost.
      const read = await wb.xlsx.readFile(path).then(() => true, () => false);
      if (read) return { list, loaded: tableLoaded(wb, list, await notKeptOfXlsx(path, file, wb), (s) => s) };
    }
  }
  const { wb, formulas } = await fromSheetJs(ExcelJS, path);
  return { list, loaded: tableLoaded(wb, list, formulas ? ['styles', 'formulas'] : ['styles'], (s) => s) };
}

/** The catalogue's items by sheet and row, for the gaps' values. */
async function catalogueRows(report: ValidateReport, opts: AnnotateOptions): Promise<Map<string, Item>> {
  const out = new Map<string, Item>();
  if (!report.catalogue) return out;
  const catalogue = await readList(report.catalogue, { headerAliases: opts.read?.headerAliases, displayPath: report.catalogue, kind: 'catalogue' });
  for (const i of catalogue.items) out.set(`${i.source.sheet ?? ''}\u0000${i.source.row}`, i);
  return out;
}

const GAP_KEYS: readonly FieldKey[] = ['code', 'name', 'subItem', 'category', 'department', 'legalBasis'];

/** The input lists to annotate, each with its findings (gaps go to the first list of their department). */
function plan(report: ValidateReport): { info: FileInfo; findings: Finding[]; gaps: Finding[] }[] {
  // A list that could not be read has nothing to annotate: its file-unreadable finding says so in the report.
  const unreadable = new Set(report.findings.filter((f) => f.rule === 'file-unreadable').map((f) => f.file));
  const lists = report.files.filter((f) => (f.role === 'input' || f.role === 'zone') && !unreadable.has(f.path));
  const byFile = new Map(lists.map((info) => [info.path, { info, findings: [] as Finding[], gaps: [] as Finding[] }]));
  const byDepartment = new Map<string, string>();
  for (const f of lists) if (f.department && !byDepartment.has(f.department)) byDepartment.set(f.department, f.path);
  // A list with a department column names its departments in its findings.
  for (const f of report.findings) if (f.rule !== 'gap' && f.department && f.file && byFile.has(f.file) && !byDepartment.has(f.department)) byDepartment.set(f.department, f.file);
  for (const f of report.findings) {
    if (f.rule === 'gap') {
      const target = f.department !== undefined ? byDepartment.get(f.department) : undefined;
      if (target !== undefined && f.row !== undefined) byFile.get(target)!.gaps.push(f);
      continue;
    }
    if (f.file !== undefined) byFile.get(f.file)?.findings.push(f);
  }
  return [...byFile.values()].filter((p) => p.findings.length + p.gaps.length > 0);
}

/** Where a list's annotated copy goes: `<its name>（审核意见）.xlsx`, numbered when two lists share a name. */
function outputs(paths: readonly string[], outDir: string): string[] {
  const taken = new Set<string>();
  return paths.map((p) => {
    const stem = basename(p, extname(p));
    let name = `${stem}${ANNOTATED_SUFFIX}`;
    for (let n = 2; taken.has(name); n++) name = `${stem}（${n}）${ANNOTATED_SUFFIX}`;
    taken.add(name);
    return join(outDir, name);
  });
}

async function real(p: string): Promise<string> {
  return realpath(p).catch(() => resolve(p));
}

/**
 * Writes an annotated copy of every input list with findings into `outDir` (made if missing).
 * Refuses, before writing anything, a folder where a copy would replace an input, and an existing
 * copy without `force`. The originals are only read.
 */
export async function annotateFiles(report: ValidateReport, outDir: string, opts: AnnotateOptions = {}): Promise<AnnotatedCopy[]> {
  const lang = opts.lang ?? 'zh-CN';
  const todo = plan(report);
  const targets = outputs(todo.map((t) => t.info.path), outDir);
  const inputs = await Promise.all(report.files.map((f) => real(f.path)));
  const outReal = await real(outDir);
  for (const target of targets) {
    const t = join(outReal, basename(target));
    if (inputs.includes(t) || inputs.includes(resolve(target))) throw new UsageError('usage', { reason: 'usage-annotate-input' }, { file: target });
    await checkOutputPath(target, { force: opts.force, inputs: report.files.map((f) => f.path) });
  }
  const catalogue = todo.some((t) => t.gaps.length > 0) ? await catalogueRows(report, opts) : new Map<string, Item>();
  if (todo.length > 0) await mkdir(outDir, { recursive: true });
  const written: AnnotatedCopy[] = [];
  for (const [k, { info, findings, gaps }] of todo.entries()) {
    const { loaded } = await load(info.path, info.path, opts);
    const annotated: AnnotatedFinding[] = findings.map((finding) => {
      const { cell, item } = loaded.locate(finding);
      return { finding, cell, name: item?.name };
    });
    let gapSheet: GapSheet | undefined;
    if (gaps.length > 0) {
      const width = Math.max(loaded.headers.length, 1);
      const headers = loaded.headers.length ? loaded.headers : [''];
      const fallback = loaded.keys.some((k) => k === 'code') ? undefined : GAP_KEYS;
      gapSheet = {
        headers: fallback ? fallback.map((k) => COLUMN_BY_KEY[k].header) : headers,
        rows: gaps.map((finding) => {
          const item = catalogue.get(`${finding.sheet ?? ''}\u0000${finding.row}`);
          const keys = fallback ?? loaded.keys;
          const values = Array.from({ length: fallback ? fallback.length : width }, (_, i) => {
            const key = keys[i];
            if (!key || !GAP_KEYS.includes(key)) return '';
            const v = item?.[key] ?? (key === 'code' ? finding.code : key === 'department' ? finding.department : undefined);
            return v ?? '';
          });
          return { finding, values };
        }),
      };
      for (const finding of gaps) annotated.push({ finding, name: (finding.details as { name?: string }).name });
    }
    const bytes = await annotateWorkbook(loaded.wb, { lang, file: info.path, findings: annotated, gaps: gapSheet, notKept: loaded.notKept });
    await writeFileAtomic(targets[k], bytes, { force: opts.force, inputs: report.files.map((f) => f.path) });
    written.push({ file: info.path, output: targets[k], findings: findings.length + gaps.length, gaps: gaps.length, notKept: loaded.notKept });
  }
  return written;
}

/**
 * The locator of a workbook list without loading the workbook: the list read again (streamed), and
 * only its header rows of each sheet.
 */
async function streamedLocator(path: string, read: ReadOptions | undefined): Promise<Pick<Loaded, 'locate'>> {
  const list = await readList(path, { ...read, displayPath: path });
  const wanted = new Map<string, number>();
  for (const s of list.skipped) if (s.reason === 'header' && s.sheet !== undefined) wanted.set(s.sheet, Math.max(wanted.get(s.sheet) ?? 0, s.row));
  const grid = new Map<string, Map<number, CellValue[]>>();
  const { format } = await detectFormat(path);
  const zip = format === 'xlsx' ? await readZipDirectory(path, path) : undefined;
  const { zipWorkbookKind } = await import('../read/workbook.js');
  const sheets = zip && zipWorkbookKind(zip) === undefined
    ? (await import('../read/xlsx.js')).readXlsxSheets(path, { limits: DEFAULT_LIMITS, file: path })
    : (await import('../read/workbook.js')).readWorkbookSheets(path, { limits: DEFAULT_LIMITS, file: path }, zip);
  for await (const sheet of sheets) {
    const last = sheet.name === undefined ? undefined : wanted.get(sheet.name);
    if (last === undefined) continue;
    const rows = new Map<number, CellValue[]>();
    for await (const r of sheet.rows) {
      if (r.row > last) break;
      rows.set(r.row, r.cells);
    }
    grid.set(sheet.name!, rows);
  }
  const cells: Cells = {
    at: (sheet, row, col) => grid.get(sheet)?.get(row)?.[col - 1] ?? null,
    width: (sheet) => Math.max(0, ...[...(grid.get(sheet)?.values() ?? [])].map((c) => c.length)),
  };
  return tableLocator(list, cells, (s) => s);
}

export interface FindingsWorkbookFileOptions {
  lang?: Lang;
  force?: boolean;
  read?: ReadOptions;
}

/**
 * Writes the findings workbook to `path`, each finding's row linking to its cell in its file
 * (relative to the workbook's folder; the cells are found as for the annotated copies).
 */
export async function writeFindingsWorkbook(report: ValidateReport, path: string, opts: FindingsWorkbookFileOptions = {}): Promise<{ path: string; findings: number }> {
  const inputs = report.files.map((f) => f.path);
  await checkOutputPath(path, { force: opts.force, inputs });
  const from = dirname(resolve(path));
  const cells = new Map<Finding, CellRef>();
  const tables = new Set(report.files.filter((f) => f.role !== 'catalogue' && f.format === 'xlsx').map((f) => f.path));
  for (const file of tables) {
    const mine = report.findings.filter((f) => f.file === file && f.row !== undefined);
    if (mine.length === 0) continue;
    const locator = await streamedLocator(file, opts.read).catch(() => undefined);
    // A file that cannot be read again is linked by its row.
    if (!locator) continue;
    for (const f of mine) {
      const { cell } = locator.locate(f);
      if (cell) cells.set(f, cell);
    }
  }
  const rel = (file: string): string => relative(from, resolve(file)).split(sep).join('/');
  const link = (f: Finding): string | undefined => {
    if (!f.file) return undefined;
    const cell = cells.get(f);
    if (cell) return cellLink(cell.sheet, cell.row, cell.col, rel(f.file));
    if (f.sheet !== undefined && f.row !== undefined) return cellLink(f.sheet, f.row, 1, rel(f.file));
    return rel(f.file);
  };
  const bytes = await findingsWorkbook(report, { lang: opts.lang ?? 'zh-CN', link });
  await writeFileAtomic(path, bytes, { force: opts.force, inputs });
  return { path, findings: report.findings.length };
}
