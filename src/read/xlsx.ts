/**
 * .xlsx → grid sheets, streamed. The zip is read by zip-guard.ts, so the limits are checked before
 * anything is inflated and every part is inflated under a counter; the XML parts are read on saxes
 * by sheet-xml.ts in the order they are needed (relationships, workbook, shared strings, styles,
 * then each sheet), so no sheet is buffered and rows come as they are parsed, each cell's value put
 * straight into its row (exceljs, which builds a Row and a Cell object per cell through private
 * methods, is used for writing only). Merged ranges are found by a quick scan of the sheet's bytes
 * before its rows are parsed.
 */
import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import type { Readable } from 'node:stream';
import { InputError, QingdanError, type ErrorArgs } from '../errors.js';
import type { Place } from '../model/types.js';
import type { GridRow, GridSheet, MergeRange, ReadLimits } from './grid.js';
import { OLE_MAGIC, classifyOle } from './ole.js';
import { utf8Text, parseRels, parseSharedStrings, parseStyles, parseWorkbook, SheetReader, type CellStyle, type Relationship, type WorkbookSheet } from './sheet-xml.js';
import {
  checkZipLimits, openEntry, readZipDirectory,
  type InflateBudget, type ZipDirectory, type ZipEntry,
} from './zip-guard.js';

export interface XlsxReadOptions {
  sheet?: string;
  limits: ReadLimits;
  /** Path shown in places (default: path). */
  file?: string;
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
/** Bytes kept from a chunk's end: an end tag cut there has at most this many of its bytes in it. */
const SEAM = SHEET_DATA_END.length - 1;
const NO_MERGES_AFTER = /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b/;

/**
 * The sheet's <mergeCells>, which come after <sheetData>: the inflated bytes are searched (natively)
 * for the end of the sheet data, and only what follows is decoded and matched. A chunk is searched
 * where it lies (no copy of it); an end tag cut between two chunks is looked for in the few bytes
 * either side of the cut.
 */
export async function scanMerges(stream: AsyncIterable<Buffer>): Promise<MergeRange[]> {
  let carry: Buffer = Buffer.alloc(0);
  let after: string[] | undefined;
  for await (const buf of stream) {
    if (after) {
      after.push(buf.toString('latin1'));
      continue;
    }
    if (carry.length > 0) {
      const seam = Buffer.concat([carry, buf.subarray(0, SEAM)]);
      const at = seam.indexOf(SHEET_DATA_END);
      if (at >= 0) {
        after = [seam.subarray(at).toString('latin1'), buf.subarray(SEAM).toString('latin1')];
        continue;
      }
    }
    const at = buf.indexOf(SHEET_DATA_END);
    if (at >= 0) after = [buf.subarray(at).toString('latin1')];
    else if (buf.length >= SEAM) carry = buf.subarray(buf.length - SEAM);
    else {
      const joined = Buffer.concat([carry, buf]);
      carry = joined.subarray(Math.max(0, joined.length - SEAM));
    }
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

/** An error of saxes (the XML parser: "2:254: unmatched closing tag") as xlsx-corrupt with a keyed reason. */
function asInputError(err: unknown, place: Place): QingdanError {
  if (err instanceof QingdanError) return err;
  const text = err instanceof Error ? err.message : String(err);
  const pos = /^(\d+):(\d+): /u.exec(text);
  const args: ErrorArgs = /\bentity\b/iu.test(text) ? { reason: 'xlsx-entity' } : pos ? { reason: 'xlsx-xml', line: Number(pos[1]), column: Number(pos[2]) } : { reason: 'xlsx-other' };
  return new InputError('xlsx-corrupt', args, place, { cause: err });
}


interface SheetPart {
  name: string;
  entry: ZipEntry;
}

/** The workbook's sheets in workbook order, each with its zip part. */
function sheetParts(sheets: readonly WorkbookSheet[], rels: readonly Relationship[], dir: ZipDirectory, workbookPath: string): SheetPart[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  for (const s of sheets) {
    const rel = byId.get(s.rId);
    if (!rel || rel.external || (rel.type && !/\/worksheet$/.test(rel.type))) continue; // chart sheets, dialog sheets
    const path = resolveTarget(workbookPath, rel.target);
    const entry = findPart(dir, path);
    if (!entry) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: path }, { file: dir.file, sheet: s.name });
    out.push({ name: s.name, entry });
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
    // An .ods or .xlsb: a zip too, but not one read here.
    const { readWorkbookSheets } = await import('./workbook.js');
    yield* readWorkbookSheets(path, opts, dir);
    return;
  }
  checkZipLimits(dir, limits);
  const budget: InflateBudget = { inflated: 0 };
  // Text is decoded across the ends of inflated chunks (utf8Text), so a character split between two keeps whole.
  const open = (entry: ZipEntry): Promise<Readable> => openEntry(dir, entry, limits, budget);

  let parts: SheetPart[];
  let date1904: boolean;
  let shared: string[] = [];
  let styles: CellStyle[] = [];
  try {
    const rootRels = findPart(dir, '_rels/.rels');
    let workbookPath = 'xl/workbook.xml';
    if (rootRels) {
      const main = (await parseRels(await open(rootRels))).find((r) => r.type?.endsWith('/officeDocument'));
      if (main) workbookPath = resolveTarget('', main.target);
    }
    const workbook = findPart(dir, workbookPath);
    if (!workbook) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: workbookPath }, { file });
    const relsPath = posix.join(posix.dirname(workbookPath), '_rels', `${posix.basename(workbookPath)}.rels`);
    const relsPart = findPart(dir, relsPath);
    if (!relsPart) throw new InputError('xlsx-corrupt', { reason: 'xlsx-missing-part', part: relsPath }, { file });
    const rels = await parseRels(await open(relsPart));
    const book = await parseWorkbook(await open(workbook));
    date1904 = book.date1904;
    const relOf = (type: string, fallback: string): ZipEntry | undefined => {
      const rel = rels.find((r) => r.type?.endsWith(`/${type}`));
      return findPart(dir, rel ? resolveTarget(workbookPath, rel.target) : fallback);
    };
    const sst = relOf('sharedStrings', 'xl/sharedStrings.xml');
    if (sst) shared = await parseSharedStrings(await open(sst), limits.maxField, { file });
    const st = relOf('styles', 'xl/styles.xml');
    if (st) styles = await parseStyles(await open(st));
    parts = sheetParts(book.sheets, rels, dir, workbookPath);
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
    let merges: MergeRange[];
    try {
      // The scan has its own count, so the workbook's budget counts each part once.
      merges = await scanMerges(await openEntry(dir, part.entry, limits, { inflated: budget.inflated }));
    } catch (err) {
      throw asInputError(err, place);
    }
    let stream: Readable | undefined;
    const batches = async function* (): AsyncGenerator<GridRow[]> {
      try {
        stream = await open(part.entry);
        const reader = new SheetReader({ shared, styles, date1904, maxField: limits.maxField, place });
        for await (const chunk of utf8Text(stream)) {
          reader.write(chunk);
          const rows = reader.take();
          if (rows.length > 0) yield rows;
          if (reader.done) break;
        }
        reader.end();
        const rows = reader.take();
        if (rows.length > 0) yield rows;
      } catch (err) {
        throw asInputError(err, place);
      } finally {
        stream?.destroy();
      }
    };
    const rows = async function* (): AsyncGenerator<GridRow> {
      for await (const b of batches()) yield* b;
    };
    try {
      yield { name: part.name, rows: rows(), batches: batches(), date1904, merges };
    } finally {
      stream?.destroy();
    }
  }
}
