/** Reading lists: files and folders → typed lists, the format chosen by content first, extension second. */
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { buildHeaderIndex, defaultHeaderIndex } from '../model/columns.js';
import type { ColumnInfo, Format, Item, Kind, PowerList, SkippedRow } from '../model/types.js';
import { fsReason, InputError, QingdanError } from '../errors.js';
import type { ReadNote } from '../vocab/notes.js';
import { detectFormat, isListContent, isListFile } from './detect.js';
import { DEFAULT_LIMITS, type GridSheet, type ReadLimits } from './grid.js';
import type { ReadOptions } from './options.js';
import type { TableResult } from './table.js';

export interface ReadFailure {
  file: string;
  error: QingdanError;
}

function limitsOf(opts: ReadOptions): ReadLimits {
  return {
    ...DEFAULT_LIMITS,
    ...opts.limits,
    ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
    ...(opts.maxRows !== undefined ? { maxRows: opts.maxRows } : {}),
  };
}

async function checkFile(path: string, file: string, limits: ReadLimits): Promise<number> {
  const st = await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new InputError('file-not-found', {}, { file }, { cause: err });
    throw new InputError('file-unreadable-os', fsReason(err), { file }, { cause: err });
  });
  if (!st.isFile()) throw new InputError('not-a-file', {}, { file });
  if (st.size > limits.maxFileSize) throw new InputError('file-too-large', { size: st.size, limit: limits.maxFileSize }, { file });
  return st.size;
}

async function readSheets(
  sheets: AsyncIterable<GridSheet>,
  file: string,
  opts: ReadOptions,
  limits: ReadLimits,
  collect: (item: Item) => void,
  skipped: SkippedRow[],
): Promise<{ results: (TableResult & { sheet?: string })[]; names: string[] }> {
  const index = opts.headerAliases ? buildHeaderIndex(opts.headerAliases) : defaultHeaderIndex();
  const { readTable } = await import('./table.js');
  const results: (TableResult & { sheet?: string })[] = [];
  const names: string[] = [];
  let rowsSoFar = 0;
  let kind = opts.kind;
  for await (const sheet of sheets) {
    if (sheet.name !== undefined) names.push(sheet.name);
    const r = await readTable(sheet, {
      file, index, kind, fileName: basename(file), maxRows: limits.maxRows, rowsSoFar, onItem: collect, skipped,
    });
    if (!r) continue;
    rowsSoFar += r.rows;
    kind ??= r.kind;
    results.push({ ...r, sheet: sheet.name });
  }
  return { results, names };
}

/** Reads one list file (xlsx, csv/tsv, yaml) into the model. Throws InputError when it cannot. */
export async function readList(path: string, opts: ReadOptions = {}): Promise<PowerList> {
  const report = opts.onProgress;
  const file = opts.displayPath ?? path;
  if (!report) return readOne(path, opts).catch(systemError(file));
  let n = 0;
  report(file, 0, false);
  try {
    return await readOne(path, opts, () => {
      if ((++n & 1023) === 0) report(file, n, false);
    }).catch(systemError(file));
  } finally {
    report(file, n, true);
  }
}

/** A refusal of the system while reading (no permission, an I/O error) as an InputError naming the file, not a bug. */
const systemError = (file: string) => (err: unknown): never => {
  if (!(err instanceof QingdanError) && typeof (err as NodeJS.ErrnoException)?.syscall === 'string') {
    throw new InputError('file-unreadable-os', fsReason(err), { file }, { cause: err });
  }
  throw err;
};

/** readList without progress; `tap` is called once per item read. */
async function readOne(path: string, opts: ReadOptions, tap?: () => void): Promise<PowerList> {
  const file = opts.displayPath ?? path;
  const limits = limitsOf(opts);
  const size = await checkFile(path, file, limits);
  const items: Item[] = [];
  const keep = opts.onItem ?? ((item: Item) => void items.push(item));
  const collect = tap
    ? (item: Item): void => {
        tap();
        keep(item);
      }
    : keep;
  const skipped: SkippedRow[] = [];
  const notes: ReadNote[] = [];
  const { format: detected } = await detectFormat(path);

  if (detected === 'empty') throw new InputError('empty-file', {}, { file });
  if (detected === 'unknown') throw new InputError('unknown-format', {}, { file });

  if (detected === 'yaml') {
    const index = opts.headerAliases ? buildHeaderIndex(opts.headerAliases) : defaultHeaderIndex();
    // Each reader (and what it needs of node and npm) is loaded when a file of its format is met.
    const { readYaml } = await import('./yaml.js');
    const head = await readYaml(path, { file, index, kind: opts.kind, onItem: collect, notes, maxRows: limits.maxRows, wholeLimit: limits.yamlWhole, size, maxField: limits.maxField });
    const kind = opts.kind ?? head.kind;
    if (!kind) throw new InputError('yaml-shape', { reason: 'yaml-kind-missing' }, { file, row: 1 });
    return {
      kind, ...(head.kind && head.kind !== kind ? { looksLike: head.kind } : {}), file, format: 'yaml', title: head.title, department: head.department, version: head.version,
      columns: [], items, skipped, notes,
    };
  }

  let sheets: AsyncIterable<GridSheet>;
  let format: Format;
  if (detected === 'ole') {
    // Legacy .xls and WPS .et: SheetJS (a workbook format, as .xlsx is, for what follows).
    const { readWorkbookSheets } = await import('./workbook.js');
    sheets = readWorkbookSheets(path, { sheet: opts.sheet, limits, file });
    format = 'xlsx';
  } else if (detected === 'xlsx') {
    const { readXlsxSheets } = await import('./xlsx.js');
    sheets = readXlsxSheets(path, { sheet: opts.sheet, limits, file });
    format = 'xlsx';
  } else {
    const { readCsvSheet } = await import('./csv.js');
    const sheet = await readCsvSheet(path, file, limits, detected === 'tsv');
    sheets = (async function* () {
      yield sheet;
    })();
    format = 'csv';
  }
  const { results, names } = await readSheets(sheets, file, opts, limits, collect, skipped);
  if (results.length === 0) {
    if (format === 'xlsx' && names.length > 1) throw new InputError('no-sheet', { sheets: names.join(', ') }, { file });
    throw new InputError('no-header', {}, { file, sheet: names.length === 1 ? names[0] : undefined });
  }
  const first = results[0];
  const kind: Kind | undefined = opts.kind ?? results.find((r) => r.kind)?.kind;
  if (!kind) throw new InputError('kind-unknown', {}, { file });
  const columns: ColumnInfo[] = [];
  for (const r of results) for (const c of r.columns) if (!columns.some((x) => x.key === c.key)) columns.push(c);
  const extraColumns = [...new Set(results.flatMap((r) => r.extraColumns))];
  const departments = [...new Set(results.map((r) => r.department).filter(Boolean))];
  const looksLike = results.find((r) => r.looksLike)?.looksLike;
  return {
    kind, ...(looksLike && looksLike !== kind ? { looksLike } : {}), file, format, title: first.title,
    department: departments.length === 1 ? departments[0] : undefined,
    sheets: format === 'xlsx' ? results.map((r) => r.sheet ?? '') : undefined,
    columns, extraColumns, items, skipped, notes,
  };
}

/** Files named by paths: a folder means every list file under it (detect.ts FOLDER_LIST_EXTENSIONS), sorted. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  return (await listInputs(paths)).files;
}

/** expandInputs, and the other files met in the folders (not lock files `~$…` or hidden ones), sorted. */
export async function listInputs(paths: readonly string[]): Promise<{ files: string[]; skipped: string[] }> {
  const out: string[] = [];
  const skipped: string[] = [];
  for (const p of paths) {
    const st = await stat(p).catch(() => undefined);
    if (!st?.isDirectory()) {
      out.push(p);
      continue;
    }
    const found: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = await readdir(dir, { withFileTypes: true }).catch((err: unknown) => {
        throw new InputError('file-unreadable-os', fsReason(err), { file: dir }, { cause: err });
      });
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
        const full = join(dir, e.name);
        if (e.isDirectory()) await walk(full);
        else if (e.isFile() && isListFile(e.name) && (await isListContent(full))) found.push(full);
        else if (e.isFile()) others.push(full);
      }
    };
    const others: string[] = [];
    await walk(p);
    if (found.length === 0) throw new InputError('no-input', { dir: p }, { file: p });
    // Code-point order, so a folder reads in the same order on every machine.
    out.push(...found.sort(byCodePoint));
    skipped.push(...others.sort(byCodePoint));
  }
  return { files: out, skipped };
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads many files; one that cannot be read is reported and does not stop the others. */
export async function readLists(paths: readonly string[], opts: ReadOptions = {}): Promise<{ lists: PowerList[]; failures: ReadFailure[] }> {
  const files = await expandInputs(paths);
  const lists: PowerList[] = [];
  const failures: ReadFailure[] = [];
  for (const f of files) {
    try {
      lists.push(await readList(f, opts));
    } catch (err) {
      if (err instanceof QingdanError) failures.push({ file: f, error: err });
      else throw err;
    }
  }
  return { lists, failures };
}
