/**
 * The workbooks xlsx.ts does not read — legacy Excel 97-2003 .xls (BIFF8, and BIFF5 in its "Book"
 * stream), WPS .et/.ett (BIFF8 too), OpenDocument .ods and binary .xlsb — read with SheetJS
 * (@e965/xlsx) into the same grid sheets as the .xlsx reader, so table.ts treats them alike.
 * SheetJS reads a whole file into memory at once, so the container is measured first: the OLE2
 * directory's stream sizes, or the zip's parts inflated under the same guard as an .xlsx.
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError, QingdanError } from '../errors.js';
import type { Place } from '../model/types.js';
import type { CellValue, GridRow, GridSheet, MergeRange, ReadLimits } from './grid.js';
import { classifyOle, oleDirectory } from './ole.js';
import { formatAsCode, isDateFormat, serialToDate } from './cell-format.js';
import { checkZipLimits, openEntry, type InflateBudget, type ZipDirectory } from './zip-guard.js';

export interface WorkbookReadOptions {
  sheet?: string;
  limits: ReadLimits;
  file?: string;
}

/** What a zip holds, when it is not an .xlsx: an OpenDocument spreadsheet or a binary workbook. */
export function zipWorkbookKind(dir: ZipDirectory): 'ods' | 'xlsb' | undefined {
  const names = new Set([...dir.entries.keys()].map((k) => k.toLowerCase()));
  if (names.has('xl/workbook.xml')) return undefined;
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('content.xml') && names.has('mimetype')) return 'ods';
  return undefined;
}

/** Checks an OLE2 file is a workbook within the limits, before SheetJS sees a byte of it. */
async function checkOle(path: string, file: string, limits: ReadLimits, size: number): Promise<void> {
  const entries = await oleDirectory(path).catch(() => []);
  // No directory to read (cut short, or overwritten): damaged, whatever it was.
  if (entries.length === 0) throw new InputError('xlsx-corrupt', { reason: 'ole-directory-damaged' }, { file });
  const kind = await classifyOle(path).catch(() => 'other' as const);
  if (kind === 'encrypted') throw new InputError('xlsx-encrypted', {}, { file });
  // A Word document, a PowerPoint, an .msg renamed .xls: a compound file without a workbook stream.
  if (kind === 'other') throw new InputError('ole-not-workbook', {}, { file });
  for (const e of entries) {
    if (e.type === 2 && e.size > size) throw new InputError('xlsx-corrupt', { reason: 'ole-stream-truncated', stream: e.name }, { file });
    if (e.type === 2 && e.size > limits.maxWorkbook) {
      throw new InputError('workbook-too-large', { part: e.name, size: e.size, limit: limits.maxWorkbook }, { file });
    }
  }
}

/** Inflates every part of an .ods/.xlsb under the zip guard (a part that lies about its size stops there). */
async function checkZip(dir: ZipDirectory, limits: ReadLimits): Promise<void> {
  checkZipLimits(dir, limits);
  const budget: InflateBudget = { inflated: 0 };
  for (const e of dir.entries.values()) {
    if (e.size > limits.maxWorkbook) {
      throw new InputError('workbook-too-large', { part: e.name, size: e.size, limit: limits.maxWorkbook }, { file: dir.file });
    }
    for await (const _ of await openEntry(dir, e, limits, budget)) void _;
  }
}

// The parts of SheetJS's cell objects that are used (its types are loaded with the library).
interface SheetCell {
  t: string;
  v?: unknown;
  w?: string;
  z?: string | number;
}

function cellValue(c: SheetCell | undefined, date1904: boolean): CellValue {
  if (!c || c.v === undefined || c.v === null) return null;
  const fmt = typeof c.z === 'string' ? c.z : undefined;
  switch (c.t) {
    case 's':
      return String(c.v);
    case 'n': {
      const n = c.v as number;
      if (!Number.isFinite(n)) return null;
      if (isDateFormat(fmt) && fmt !== 'General') return serialToDate(n, date1904);
      return formatAsCode(n, fmt) ?? n;
    }
    case 'b':
      return Boolean(c.v);
    case 'd':
      return c.v instanceof Date ? c.v : null;
    case 'e':
      return c.w ?? null;
    default:
      return null;
  }
}

function mapError(err: unknown, place: Place): QingdanError {
  if (err instanceof QingdanError) return err;
  const detail = err instanceof Error ? err.message : String(err);
  if (/password|encrypt/i.test(detail)) return new InputError('xlsx-encrypted', {}, place, { cause: err });
  // The library's own words (English) stay under the cause, shown with QINGDAN_DEBUG=1.
  return new InputError('xlsx-corrupt', { reason: 'workbook-other' }, place, { cause: err });
}

/**
 * Reads the sheets of a legacy or OpenDocument workbook (all of them, or the one named by
 * opts.sheet) as grids. `zip` is the directory the caller already read, for .ods and .xlsb.
 */
export async function* readWorkbookSheets(path: string, opts: WorkbookReadOptions, zip?: ZipDirectory): AsyncGenerator<GridSheet> {
  const file = opts.file ?? path;
  const { limits } = opts;
  if (zip) await checkZip(zip, limits);
  else await checkOle(path, file, limits, (await stat(path)).size);
  // Loaded only here: start-up, and every run without such a file, does not pay for SheetJS.
  const XLSX = await import('@e965/xlsx');
  let wb: import('@e965/xlsx').WorkBook;
  try {
    const data = await readFile(path);
    wb = XLSX.read(data, {
      type: 'buffer', dense: true, cellNF: true, cellText: false, cellDates: false, cellHTML: false,
      sheets: opts.sheet, sheetRows: limits.maxRows + 1000,
    });
  } catch (err) {
    throw mapError(err, { file });
  }
  const names = wb.SheetNames;
  if (opts.sheet !== undefined && !names.includes(opts.sheet)) {
    throw new InputError('sheet-not-found', { sheet: opts.sheet, sheets: names.join(', ') }, { file, sheet: opts.sheet });
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const hidden = new Set((wb.Workbook?.Sheets ?? []).filter((s) => s.Hidden === 2).map((s) => s.name));
  for (const name of opts.sheet !== undefined ? [opts.sheet] : names) {
    const ws = wb.Sheets[name];
    // Chart sheets have no cells; "very hidden" sheets are macros' scratch space, as in exceljs.
    if (!ws || hidden.has(name)) continue;
    const data = (ws['!data'] ?? []) as (SheetCell | undefined)[][];
    const merges: MergeRange[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
    const rows = (function* (): Generator<GridRow> {
      for (let r = 0; r < data.length; r++) {
        const src = data[r];
        if (!src) continue;
        const cells: CellValue[] = [];
        let any = false;
        for (let c = 0; c < src.length; c++) {
          const v = cellValue(src[c], date1904);
          if (v === null || v === '') continue;
          while (cells.length < c) cells.push(null);
          cells[c] = v;
          any = true;
        }
        if (any) yield { row: r + 1, cells };
      }
    })();
    const batches = (async function* (): AsyncGenerator<GridRow[]> {
      let batch: GridRow[] = [];
      for (const g of rows) {
        batch.push(g);
        if (batch.length === 4096) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length) yield batch;
    })();
    const asRows = (async function* (): AsyncGenerator<GridRow> {
      for await (const b of batches) yield* b;
    })();
    yield { name, rows: asRows, batches, date1904, merges };
  }
}
