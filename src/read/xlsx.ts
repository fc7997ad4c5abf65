/**
 * .xlsx → grid sheets, streamed with exceljs's WorkbookReader. The zip is read by zip-guard.ts, so
 * the limits are checked before anything is inflated and every part is inflated under a counter;
 * exceljs's parsers get each part's stream in the order they need (relationships, workbook, shared
 * strings, styles, then each sheet), so no sheet is buffered to disk and rows come as they are parsed.
 * Merged ranges are found by a quick scan of the sheet's bytes before its rows are parsed.
 */
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, QingdanError, type ErrorArgs } from '../errors.js';
import type { Place } from '../model/types.js';
import type { CellValue, GridRow, GridSheet, MergeRange, ReadLimits } from './grid.js';
import { OLE_MAGIC, classifyOle } from './ole.js';
import { formatAsCode, isDateFormat, serialToDate } from './cell-format.js';
import { SheetXmlGuard } from './sheet-xml.js';
import {
  checkZipLimits, openEntry, readEntryText, readZipDirectory,
  type InflateBudget, type ZipDirectory, type ZipEntry,
} from './zip-guard.js';

export interface XlsxReadOptions {
  sheet?: string;
  limits: ReadLimits;
  /** Path shown in places (default: path). */
  file?: string;
}

// The parts of exceljs's streaming reader that are used here (exceljs ships no types for them).
interface ExcelCell {
  value: unknown;
  numFmt?: string;
}
interface ExcelRow {
  number: number;
  _cells?: (ExcelCell | undefined)[];
  eachCell?: (opts: { includeEmpty: boolean }, f: (cell: ExcelCell, col: number) => void) => void;
}
interface ExcelWorksheetReader extends AsyncIterable<ExcelRow> {
  name: string;
}
interface ExcelWorkbookReader {
  workbookRels?: { Id: string; Target: string; Type?: string }[];
  model?: { sheets?: { name: string; rId: string; id?: number; state?: string }[] };
  properties?: { model?: { date1904?: boolean } };
  sharedStrings?: unknown[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncIterable<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: Readable, sheetNo: string): Iterable<{ eventType: string; value: ExcelWorksheetReader }>;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

/** Throws the InputError for a file that is not a zip workbook: encrypted, legacy .xls, or something else. */
async function checkContainer(path: string, file: string): Promise<void> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    head = Buffer.alloc(8);
    const { bytesRead } = await fh.read(head, 0, 8, 0);
    head = head.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  if (head.length >= 8 && head.equals(OLE_MAGIC)) {
    const kind = await classifyOle(path).catch(() => 'other' as const);
    if (kind === 'encrypted') throw new InputError('xlsx-encrypted', {}, { file });
    if (kind === 'xls') throw new InputError('xls-legacy', {}, { file });
    throw new InputError('xlsx-not-zip', {}, { file });
  }
  if (head.length === 0) throw new InputError('empty-file', {}, { file });
  if (head.length < 4 || !head.subarray(0, 2).equals(ZIP_MAGIC)) throw new InputError('xlsx-not-zip', {}, { file });
}

/** A relationship target resolved against the folder of the part that names it. */
function resolveTarget(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return posix.normalize(posix.join(posix.dirname(base), target));
}

function findPart(dir: ZipDirectory, name: string): ZipEntry | undefined {
  const exact = dir.entries.get(name);
  if (exact) return exact;
  const lower = name.toLowerCase();
  for (const [k, e] of dir.entries) if (k.toLowerCase() === lower) return e;
  return undefined;
}

/** "B12" → [12, 2]. */
function decodeRef(ref: string): [number, number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref);
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]), col];
}

export function parseMergeRef(ref: string): MergeRange | undefined {
  const [a, b = a] = ref.split(':');
  const tl = decodeRef(a);
  const br = decodeRef(b);
  if (!tl || !br) return undefined;
  return { top: Math.min(tl[0], br[0]), left: Math.min(tl[1], br[1]), bottom: Math.max(tl[0], br[0]), right: Math.max(tl[1], br[1]) };
}

const SHEET_DATA_END = Buffer.from('</sheetData>');
const NO_MERGES_AFTER = /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b/;

/**
 * The sheet's <mergeCells>, which come after <sheetData>: the inflated bytes are searched (natively)
 * for the end of the sheet data, and only what follows is decoded and matched.
 */
async function scanMerges(stream: Readable): Promise<MergeRange[]> {
  let carry: Buffer = Buffer.alloc(0);
  let after: string[] | undefined;
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    if (after) {
      after.push(buf.toString('latin1'));
      continue;
    }
    const joined = carry.length ? Buffer.concat([carry, buf]) : buf;
    const at = joined.indexOf(SHEET_DATA_END);
    if (at >= 0) after = [joined.subarray(at).toString('latin1')];
    else carry = joined.subarray(Math.max(0, joined.length - SHEET_DATA_END.length));
  }
  if (!after) return [];
  const text = after.join('');
  const start = text.indexOf('<mergeCells');
  if (start < 0) return [];
  const end = text.indexOf('</mergeCells>', start);
  const section = text.slice(start, end < 0 ? (NO_MERGES_AFTER.exec(text.slice(start))?.index ?? text.length) + start : end);
  const out: MergeRange[] = [];
  for (const m of section.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)) {
    const r = parseMergeRef(m[1]);
    if (r) out.push(r);
  }
  return out;
}

/** A cell's value as the grid gives it: rich text and hyperlinks flattened, formulas by their cached result. */
function cellValue(cell: ExcelCell, date1904: boolean): CellValue {
  let v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && !(v instanceof Date)) {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) return (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
      v = o.result;
      if (v === undefined || v === null || (typeof v === 'number' && Number.isNaN(v))) return null;
      if (typeof v === 'number' && isDateFormat(cell.numFmt)) return serialToDate(v, date1904);
      if (typeof v === 'object' && !(v instanceof Date)) return cellValue({ value: v, numFmt: cell.numFmt }, date1904);
    } else if (typeof o.error === 'string') {
      return o.error;
    } else if ('text' in o) {
      const t = o.text;
      return typeof t === 'string' ? t : cellValue({ value: t, numFmt: cell.numFmt }, date1904);
    } else {
      return null;
    }
  }
  if (typeof v === 'number') return formatAsCode(v, cell.numFmt) ?? v;
  if (typeof v === 'string' || typeof v === 'boolean' || v instanceof Date) return v;
  return null;
}

function toGridRow(row: ExcelRow, date1904: boolean): GridRow | undefined {
  const cells: CellValue[] = [];
  let any = false;
  const put = (cell: ExcelCell | undefined, index: number): void => {
    if (!cell) return;
    const v = cellValue(cell, date1904);
    if (v === null || v === '') return;
    while (cells.length < index) cells.push(null);
    cells[index] = v;
    any = true;
  };
  if (row._cells) row._cells.forEach((cell, i) => put(cell, i));
  else row.eachCell?.({ includeEmpty: false }, (cell, col) => put(cell, col - 1));
  return any ? { row: row.number, cells } : undefined;
}

/** An error of exceljs (or of saxes, its XML parser: "2:254: unmatched closing tag") as xlsx-corrupt with a keyed reason. */
function asInputError(err: unknown, place: Place): QingdanError {
  if (err instanceof QingdanError) return err;
  const text = err instanceof Error ? err.message : String(err);
  const pos = /^(\d+):(\d+): /u.exec(text);
  const args: ErrorArgs = /\bentity\b/iu.test(text) ? { reason: 'xlsx-entity' } : pos ? { reason: 'xlsx-xml', line: Number(pos[1]), column: Number(pos[2]) } : { reason: 'xlsx-other' };
  return new InputError('xlsx-corrupt', args, place, { cause: err });
}

interface SheetPart {
  name: string;
  sheetNo: string;
  entry: ZipEntry;
}

/** The workbook's sheets in workbook order, each with its zip part. */
function sheetParts(reader: ExcelWorkbookReader, dir: ZipDirectory, workbookPath: string): SheetPart[] {
  const rels = new Map((reader.workbookRels ?? []).map((r) => [r.Id, r]));
  const out: SheetPart[] = [];
  for (const s of reader.model?.sheets ?? []) {
    const rel = rels.get(s.rId);
    if (!rel || (rel.Type && !/\/worksheet$/.test(rel.Type))) continue; // chart sheets, dialog sheets
    const path = resolveTarget(workbookPath, rel.Target);
    const entry = findPart(dir, path);
    if (!entry) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: path }, { file: dir.file, sheet: s.name });
    out.push({ name: s.name, sheetNo: /(\d+)\.xml$/i.exec(path)?.[1] ?? String(out.length + 1), entry });
  }
  return out;
}

/**
 * Reads the sheets of an .xlsx file (all of them, or the one named by opts.sheet) as grids, one
 * sheet at a time; each sheet's rows are parsed as they are consumed. A sheet whose rows are not
 * consumed before the next sheet is asked for is skipped.
 */
export async function* readXlsxSheets(path: string, opts: XlsxReadOptions): AsyncGenerator<GridSheet> {
  const file = opts.file ?? path;
  const { limits } = opts;
  await checkContainer(path, file);
  const dir = await readZipDirectory(path, file);
  const other = (await import('./workbook.js')).zipWorkbookKind(dir);
  if (other) {
    // An .ods or .xlsb: a zip too, but not one exceljs reads.
    const { readWorkbookSheets } = await import('./workbook.js');
    yield* readWorkbookSheets(path, opts, dir);
    return;
  }
  checkZipLimits(dir, limits);
  const budget: InflateBudget = { inflated: 0 };
  // exceljs's SAX wrapper decodes every chunk on its own, so a character split between two inflated
  // chunks would turn into U+FFFD; handing it text decoded across chunk ends keeps every character.
  const open = async (entry: ZipEntry): Promise<Readable> => (await openEntry(dir, entry, limits, budget)).setEncoding('utf8');

  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit', entries: 'emit',
  }) as unknown as ExcelWorkbookReader;

  let parts: SheetPart[];
  let date1904: boolean;
  try {
    const rootRels = findPart(dir, '_rels/.rels');
    let workbookPath = 'xl/workbook.xml';
    if (rootRels) {
      const text = await readEntryText(dir, rootRels, limits, budget);
      const m = /<Relationship\b[^>]*\bType="[^"]*\/officeDocument"[^>]*>/.exec(text);
      const target = m && /\bTarget="([^"]+)"/.exec(m[0]);
      if (target) workbookPath = resolveTarget('', target[1]);
    }
    const workbook = findPart(dir, workbookPath);
    if (!workbook) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: workbookPath }, { file });
    const relsPath = posix.join(posix.dirname(workbookPath), '_rels', `${posix.basename(workbookPath)}.rels`);
    const rels = findPart(dir, relsPath);
    if (!rels) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: relsPath }, { file });
    await reader._parseRels(await open(rels));
    await reader._parseWorkbook(await open(workbook));
    const relOf = (type: string, fallback: string): ZipEntry | undefined => {
      const rel = (reader.workbookRels ?? []).find((r) => r.Type?.endsWith(`/${type}`));
      return findPart(dir, rel ? resolveTarget(workbookPath, rel.Target) : fallback);
    };
    const shared = relOf('sharedStrings', 'xl/sharedStrings.xml');
    if (shared) for await (const _ of reader._parseSharedStrings(await open(shared))) void _;
    const styles = relOf('styles', 'xl/styles.xml');
    if (styles) await reader._parseStyles(await open(styles));
    // exceljs takes only date1904="1"; LibreOffice writes "true". Decide here, and tell exceljs.
    const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(await readEntryText(dir, workbook, limits, { inflated: budget.inflated }));
    date1904 = pr !== null && /\bdate1904="(?:1|true)"/.test(pr[0]);
    if (reader.properties) reader.properties.model = { ...reader.properties.model, date1904 };
    parts = sheetParts(reader, dir, workbookPath);
  } catch (err) {
    throw asInputError(err, { file });
  }

  if (opts.sheet !== undefined) {
    const wanted = parts.filter((p) => p.name === opts.sheet);
    if (wanted.length === 0) {
      throw new InputError('sheet-not-found', { sheet: opts.sheet, sheets: parts.map((p) => p.name).join(', ') }, { file, sheet: opts.sheet });
    }
    parts = wanted;
  }

  for (const part of parts) {
    const place: Place = { file, sheet: part.name };
    let stream: Readable | undefined;
    let worksheet: ExcelWorksheetReader | undefined;
    let merges: MergeRange[];
    try {
      // The scan has its own count, so the workbook's budget counts each part once.
      merges = await scanMerges(await openEntry(dir, part.entry, limits, { inflated: budget.inflated }));
      const raw = await open(part.entry);
      const guard = new SheetXmlGuard(reader.sharedStrings?.length ?? 0, limits.maxField, place);
      raw.on('error', (err) => guard.destroy(err));
      stream = raw.pipe(guard);
      guard.on('close', () => raw.destroy());
      for (const ev of reader._parseWorksheet(stream, part.sheetNo)) if (ev.eventType === 'worksheet') worksheet = ev.value;
    } catch (err) {
      throw asInputError(err, place);
    }
    if (!worksheet) continue;
    worksheet.name = part.name;
    const rowsIt = worksheet[Symbol.asyncIterator]();
    const rows: AsyncIterable<GridRow> = {
      [Symbol.asyncIterator]: () => ({
        async next(): Promise<IteratorResult<GridRow>> {
          try {
            for (;;) {
              const r = await rowsIt.next();
              if (r.done) return { done: true, value: undefined };
              const g = toGridRow(r.value, date1904);
              if (g) return { done: false, value: g };
            }
          } catch (err) {
            throw asInputError(err, place);
          }
        },
        async return(): Promise<IteratorResult<GridRow>> {
          stream?.destroy();
          return { done: true, value: undefined };
        },
      }),
    };
    try {
      yield { name: part.name, rows, date1904, merges };
    } finally {
      stream.destroy();
    }
  }
}
