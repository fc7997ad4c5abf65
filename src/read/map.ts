/**
 * Reading a correspondence table (调整对照表, `--map FILE`): .xlsx/.xls/.ods, .csv/.tsv or .yaml/.json,
 * with 原事项编码, 新事项编码, 调整类型 and optional 文号, 生效日期 (aliases matched as for every list).
 * A row that cannot be understood stops the read with the file, sheet, row and column (exit 2).
 */
import { readFile, stat } from 'node:fs/promises';
import { InputError, fsReason, type Reason } from '../errors.js';
import { MAP_COLUMNS, MAP_KINDS, type MapColumn, type MapEntry, type MapPlace, type RevisionKind, type RevisionMap } from '../model/revision-map.js';
import { normaliseHeader, parseDate } from '../model/normalise.js';
import { detectFormat } from './detect.js';
import { DEFAULT_LIMITS, type CellValue, type GridSheet } from './grid.js';
import { cellText, HEADER_SEARCH_ROWS } from './headers.js';

const INDEX = new Map<string, MapColumn>();
for (const [key, names] of Object.entries(MAP_COLUMNS) as [MapColumn, readonly string[]][]) for (const n of names) INDEX.set(normaliseHeader(n), key);

const matchHeader = (text: string): MapColumn | undefined => {
  const h = normaliseHeader(text);
  return INDEX.get(h) ?? INDEX.get(h.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/gu, ''));
};

/** One row of the table as read: raw texts by column, and where it is. */
interface MapRow {
  values: Partial<Record<MapColumn, string>>;
  raw: Partial<Record<MapColumn, CellValue>>;
  headers: Partial<Record<MapColumn, string>>;
  place: MapPlace;
}

const fail = (reason: Reason, args: Record<string, unknown>, where: { file: string; sheet?: string; row?: number; column?: string }): never => {
  throw new InputError('map-invalid', { reason, ...args }, where);
};

/** Several codes in one cell: 、 , ， ; ； or line breaks between them. */
const codesOf = (text: string | undefined): string[] => (text ?? '').split(/[、,，;；\s]+/u).map((s) => s.trim()).filter(Boolean);

async function gridRows(sheet: GridSheet, file: string): Promise<MapRow[] | undefined> {
  const rows: MapRow[] = [];
  let columns: Map<number, { key: MapColumn; header: string }> | undefined;
  let seen = 0;
  for await (const r of sheet.rows) {
    seen++;
    if (!columns) {
      if (seen > HEADER_SEARCH_ROWS) return undefined;
      const found = new Map<number, { key: MapColumn; header: string }>();
      r.cells.forEach((c, i) => {
        const text = cellText(c);
        const key = text ? matchHeader(text) : undefined;
        if (key && ![...found.values()].some((f) => f.key === key)) found.set(i, { key, header: text });
      });
      const keys = new Set([...found.values()].map((f) => f.key));
      if (keys.has('oldCode') && keys.has('newCode')) columns = found;
      else if (keys.has('oldCode') || keys.has('newCode')) {
        fail('map-columns', { missing: keys.has('oldCode') ? MAP_COLUMNS.newCode[0] : MAP_COLUMNS.oldCode[0] }, { file, sheet: sheet.name, row: r.row });
      }
      continue;
    }
    const values: MapRow['values'] = {};
    const raw: MapRow['raw'] = {};
    const headers: MapRow['headers'] = {};
    for (const [i, { key, header }] of columns) {
      headers[key] = header;
      const text = cellText(r.cells[i]);
      if (text) {
        values[key] = text;
        raw[key] = r.cells[i];
      }
    }
    if (Object.keys(values).length === 0) continue;
    rows.push({ values, raw, headers, place: { file, ...(sheet.name !== undefined ? { sheet: sheet.name } : {}), row: r.row } });
  }
  return columns ? rows : undefined;
}

async function yamlRows(path: string, file: string): Promise<MapRow[]> {
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = await import('yaml');
  const lc = new LineCounter();
  const doc = parseDocument(await readFile(path, 'utf8'), { lineCounter: lc, uniqueKeys: true });
  if (doc.errors.length > 0) fail('map-yaml', {}, { file, row: lc.linePos(doc.errors[0].pos[0]).line });
  let seq = doc.contents;
  if (isMap(seq)) seq = (seq.items.find((p) => isScalar(p.key) && ['items', 'adjustments', 'entries', '调整'].includes(String(p.key.value)))?.value ?? null) as typeof seq;
  if (!isSeq(seq)) return fail('map-yaml', {}, { file, row: 1 });
  const rows: MapRow[] = [];
  for (const node of seq.items) {
    const line = lc.linePos((node as unknown as { range?: number[] }).range?.[0] ?? 0).line;
    if (!isMap(node)) fail('map-yaml', {}, { file, row: line });
    const values: MapRow['values'] = {};
    const raw: MapRow['raw'] = {};
    const headers: MapRow['headers'] = {};
    for (const p of (node as { items: { key: unknown; value: unknown }[] }).items) {
      const k = isScalar(p.key) ? matchHeader(String(p.key.value)) : undefined;
      if (!k) continue;
      headers[k] = String((p.key as { value: unknown }).value);
      const v = isScalar(p.value) ? p.value.value : isSeq(p.value) ? p.value.items.map((x) => (isScalar(x) ? String(x.value) : '')).join('、') : undefined;
      if (v === undefined || v === null || String(v).trim() === '') continue;
      values[k] = String(v).trim();
      raw[k] = v instanceof Date ? v : String(v);
    }
    if (!values.oldCode && !values.newCode) fail('map-columns', { missing: MAP_COLUMNS.oldCode[0] }, { file, row: line });
    rows.push({ values, raw, headers, place: { file, row: line } });
  }
  return rows;
}

async function readRows(path: string, file: string): Promise<MapRow[]> {
  await stat(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') throw new InputError('file-not-found', {}, { file }, { cause: err });
    throw new InputError('file-unreadable-os', fsReason(err), { file }, { cause: err });
  });
  const { format } = await detectFormat(path);
  if (format === 'empty') throw new InputError('empty-file', {}, { file });
  if (format === 'unknown') throw new InputError('unknown-format', {}, { file });
  if (format === 'yaml') return yamlRows(path, file);
  const limits = DEFAULT_LIMITS;
  let sheets: AsyncIterable<GridSheet>;
  if (format === 'csv' || format === 'tsv') {
    const { readCsvSheet } = await import('./csv.js');
    const sheet = await readCsvSheet(path, file, limits, format === 'tsv');
    sheets = (async function* () {
      yield sheet;
    })();
  } else if (format === 'ole') {
    const { readWorkbookSheets } = await import('./workbook.js');
    sheets = readWorkbookSheets(path, { limits, file });
  } else {
    const { readXlsxSheets } = await import('./xlsx.js');
    sheets = readXlsxSheets(path, { limits, file });
  }
  for await (const sheet of sheets) {
    const rows = await gridRows(sheet, file);
    if (rows) return rows;
  }
  return fail('map-columns', { missing: `${MAP_COLUMNS.oldCode[0]}、${MAP_COLUMNS.newCode[0]}` }, { file });
}

const where = (r: MapRow, key: MapColumn): { file: string; sheet?: string; row: number; column?: string } =>
  ({ ...r.place, column: r.headers[key] ?? MAP_COLUMNS[key][0] });

/** Reads the table at `path` (shown as `file`) into entries: rows of one merge or one split are grouped. */
export async function readRevisionMap(path: string, file = path): Promise<RevisionMap> {
  const rows = await readRows(path, file);
  interface Row { kind?: RevisionKind; from: string[]; into: string[]; document?: string; effective?: string; place: MapPlace }
  const parsed: Row[] = rows.map((r) => {
    const from = codesOf(r.values.oldCode);
    const into = codesOf(r.values.newCode);
    if (from.length === 0) fail('map-code-empty', {}, where(r, 'oldCode'));
    if (into.length === 0) fail('map-code-empty', {}, where(r, 'newCode'));
    let kind: RevisionKind | undefined;
    if (r.values.kind) {
      kind = MAP_KINDS[normaliseHeader(r.values.kind)] ?? MAP_KINDS[r.values.kind.trim()];
      if (!kind) fail('map-kind', { value: r.values.kind, values: Object.keys(MAP_KINDS).filter((k) => /\p{Script=Han}/u.test(k)) }, where(r, 'kind'));
    }
    let effective: string | undefined;
    if (r.values.effective) {
      effective = parseDate(r.raw.effective instanceof Date || typeof r.raw.effective === 'number' ? r.raw.effective : r.values.effective);
      if (!effective) fail('map-date', { value: r.values.effective }, where(r, 'effective'));
    }
    return { kind, from, into, ...(r.values.document ? { document: r.values.document } : {}), ...(effective ? { effective } : {}), place: r.place };
  });
  // Rows without a 调整类型: the counts say it (one to many a split, many to one a merge, one to one a recode).
  const count = (codes: (r: Row) => string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const r of parsed) for (const c of codes(r)) m.set(c, (m.get(c) ?? 0) + 1);
    return m;
  };
  const fromCount = count((r) => r.from);
  const intoCount = count((r) => r.into);
  for (const r of parsed) {
    if (r.kind) continue;
    if (r.into.length > 1 || r.from.some((c) => (fromCount.get(c) ?? 0) > 1)) r.kind = 'split';
    else if (r.from.length > 1 || r.into.some((c) => (intoCount.get(c) ?? 0) > 1)) r.kind = 'merge';
    else r.kind = 'recode';
  }
  const entries: MapEntry[] = [];
  const groups = new Map<string, MapEntry>();
  for (const r of parsed) {
    const kind = r.kind as RevisionKind;
    const id = kind === 'merge' ? `m\u0000${r.into.join('、')}` : kind === 'split' ? `s\u0000${r.from.join('、')}` : undefined;
    const group = id ? groups.get(id) : undefined;
    if (group) {
      for (const c of kind === 'merge' ? r.from : r.into) {
        const list = kind === 'merge' ? group.from : group.into;
        if (!list.includes(c)) list.push(c);
      }
      group.places.push(r.place);
      group.document ??= r.document;
      group.effective ??= r.effective;
      continue;
    }
    const entry: MapEntry = { kind, from: [...r.from], into: [...r.into], ...(r.document ? { document: r.document } : {}), ...(r.effective ? { effective: r.effective } : {}), places: [r.place] };
    if (kind === 'recode' && (r.from.length !== 1 || r.into.length !== 1)) fail('map-recode', { from: r.from, into: r.into }, { ...r.place, column: MAP_COLUMNS.newCode[0] });
    if (id) groups.set(id, entry);
    entries.push(entry);
  }
  // A code is the source of one change only.
  const used = new Map<string, MapEntry>();
  for (const e of entries) {
    for (const c of e.from) {
      const other = used.get(c);
      if (other && other !== e) fail('map-twice', { code: c, other: other.places[0].row }, { ...e.places[0], column: MAP_COLUMNS.oldCode[0] });
      used.set(c, e);
    }
  }
  return { file, entries };
}
