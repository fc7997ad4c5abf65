/**
 * Grid rows → items: finds the header below title rows, leaves out heading, footnote and repeated
 * header rows, fills merged main-item cells down to their sub-item rows.
 */
import { resolveKey, type HeaderIndex } from '../model/columns.js';
import { FOOTNOTE_PREFIXES } from '../model/enums.js';
import { buildItemOf, type RawValue } from '../model/item.js';
import type { ColumnInfo, FieldKey, Item, Kind, SkippedRow, Source } from '../model/types.js';
import { normaliseHeader } from '../model/normalise.js';
import { InputError } from '../errors.js';
import type { CellValue, GridRow, GridSheet, MergeRange } from './grid.js';
import { cellText, findHeader, HEADER_SEARCH_ROWS } from './headers.js';
import { departmentHint, detectKind } from './kind.js';

/** Main-item fields that a merged cell (or a sub-item row written under its main item) carries down. */
const FILL_DOWN: readonly FieldKey[] = ['seq', 'code', 'name', 'category', 'department', 'legalBasis'];

// "一、行政许可事项（共12项）", "（二）行政处罚", "第一部分 …", "…（共198项）".
const HEADING = /^([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百\d]+(部分|类|章|节|批)|[ivxⅰ-ⅻⅠ-Ⅻ]+[、.．])|共\s*\d+\s*项/iu;

export interface TableContext {
  file: string;
  index: HeaderIndex;
  kind?: Kind;
  /** Department to use when the table has no department column. */
  department?: string;
  fileName: string;
  maxRows: number;
  rowsSoFar: number;
  onItem: (item: Item) => void;
  skipped: SkippedRow[];
}

export interface TableResult {
  kind?: Kind;
  /** The kind its columns and title say, whatever kind it was read as (issue 13 point 3). */
  looksLike?: Kind;
  title?: string;
  department?: string;
  columns: ColumnInfo[];
  extraColumns: string[];
  rows: number;
}

/** A 0-based column index as the spreadsheet names it: 0 → A, 27 → AB. */
function columnName(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The first characters of the footnote prefixes: a row whose first text starts with none of them is no footnote. */
const FOOTNOTE_FIRSTS = new Set(FOOTNOTE_PREFIXES.map((p) => p.charCodeAt(0)));

function isFootnote(text: string): boolean {
  if (!FOOTNOTE_FIRSTS.has(text.charCodeAt(0))) return false;
  for (const p of FOOTNOTE_PREFIXES) if (text.startsWith(p)) return true;
  return false;
}

/**
 * Vertical merges of the sheet, by column: the range covering a cell below a range's top (binary
 * search over ranges sorted by top, so a hostile range of a million rows costs nothing), and the
 * cells that are a range's top, whose values the cells below take. Keys are row * 16384 + column.
 */
function mergeIndex(merges: readonly MergeRange[] | undefined): { topOver: (row: number, col: number) => number | undefined; tops: Set<number> } | undefined {
  const vertical = (merges ?? []).filter((m) => m.bottom > m.top && m.right - m.left < 64);
  if (vertical.length === 0) return undefined;
  const byCol = new Map<number, MergeRange[]>();
  const tops = new Set<number>();
  for (const m of vertical) {
    for (let c = m.left - 1; c < m.right; c++) {
      tops.add(m.top * 16384 + c);
      const list = byCol.get(c) ?? [];
      list.push(m);
      byCol.set(c, list);
    }
  }
  for (const list of byCol.values()) list.sort((a, b) => a.top - b.top);
  const topOver = (row: number, col: number): number | undefined => {
    const list = byCol.get(col);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    let found: MergeRange | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].top < row) {
        found = list[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && row <= found.bottom ? found.top * 16384 + col : undefined;
  };
  return { topOver, tops };
}

async function* oneByOne(rows: AsyncIterable<GridRow>): AsyncGenerator<GridRow[]> {
  for await (const r of rows) yield [r];
}

/** Sets a key's value in a row's two arrays of keys and values: in its place if it is there, else at the end. */
function put(keys: FieldKey[], values: RawValue[], key: FieldKey, v: RawValue): void {
  const at = keys.indexOf(key);
  if (at >= 0) values[at] = v;
  else {
    keys.push(key);
    values.push(v);
  }
}

/** Reads one sheet; returns undefined when the sheet has no recognisable header (a cover sheet). */
export async function readTable(sheet: GridSheet, ctx: TableContext): Promise<TableResult | undefined> {
  // Rows in batches where the reader has them (one await per batch), else one by one.
  const it = (sheet.batches ?? oneByOne(sheet.rows))[Symbol.asyncIterator]();
  const head: GridRow[] = [];
  let rest: GridRow[] = [];
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await it.next();
    if (next.done) break;
    const room = HEADER_SEARCH_ROWS - head.length;
    head.push(...next.value.slice(0, room));
    rest = next.value.slice(room);
  }
  const header = findHeader(head, ctx.index);
  if (!header) return undefined;

  const titleTexts = head.slice(0, header.first).map((r) => r.cells.map(cellText).filter(Boolean)[0]).filter(Boolean) as string[];
  const title = titleTexts.join(' ') || undefined;
  for (const r of head.slice(0, header.first)) {
    if (r.cells.some((c) => cellText(c))) ctx.skipped.push({ sheet: sheet.name, row: r.row, reason: 'title', text: r.cells.map(cellText).find(Boolean) });
  }
  for (const r of head.slice(header.first, header.last + 1)) ctx.skipped.push({ sheet: sheet.name, row: r.row, reason: 'header' });

  const unambiguous = new Set(header.columns.filter((c) => c.keys.length === 1).map((c) => c.keys[0]));
  const looksLike = detectKind(unambiguous, title);
  const kind = ctx.kind ?? looksLike;
  const cols = header.columns.map((c) => ({ index: c.index, key: resolveKey(c.keys, kind), header: c.header }));
  const keyed = new Map<number, FieldKey>(cols.map((c) => [c.index, c.key]));
  const headers: Partial<Record<FieldKey, string>> = Object.fromEntries(cols.map((c) => [c.key, c.header]));
  const codeCol = cols.find((c) => c.key === 'code')?.index;
  const subCol = cols.find((c) => c.key === 'subItem')?.index;
  const headerTexts = new Set(header.columns.map((c) => normaliseHeader(c.header)));
  const headerFirsts = new Set(head.slice(header.first, header.last + 1).map((r) => r.cells.map(cellText).find(Boolean)));
  const hasDepartment = keyed.size > 0 && cols.some((c) => c.key === 'department');
  const department = hasDepartment
    ? undefined
    : ctx.department ?? departmentHint(sheet.name) ?? departmentHint(title) ?? departmentHint(ctx.fileName);
  const merges = mergeIndex(sheet.merges);
  // A field's second column (two 事项名称) by the first's index: an array over the columns, not a Map looked up per cell.
  const twinOf: number[] = [];
  for (const d of header.duplicates) twinOf[d.of] = d.index;
  // Values of merge tops only (not of every cell), so memory does not grow with the rows.
  const mergeTop = new Map<number, CellValue>();
  // The previous row's keys and values (for sub-item rows), and the current row's: two pairs of arrays
  // used in turn, so a row makes no arrays of its own.
  let prevKeys: FieldKey[] = [];
  let prevValues: RawValue[] = [];
  let hasPrevious = false;
  let keys: FieldKey[] = [];
  let values: RawValue[] = [];
  const texts: string[] = [];
  let rows = 0;

  // The keyed columns as two arrays (a Map's entries would be an array made per column per row).
  const keyIdx = [...keyed.keys()];
  const keyKey = [...keyed.values()];
  // Each key in one column only (no twin columns): a row's values are pushed without looking for the key.
  const distinctKeys = new Set(keyKey).size === keyKey.length;
  const source = (row: number): Source => ({ file: ctx.file, sheet: sheet.name, row, headers });
  const handle = (r: GridRow): void => {
    const cells = r.cells;
    texts.length = cells.length;
    for (let i = 0; i < cells.length; i++) texts[i] = cellText(cells[i]);
    let firstAt = -1;
    let count = 0;
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] === '') continue;
      if (firstAt < 0) firstAt = i;
      count++;
    }
    if (count === 0) return;
    const first = texts[firstAt];
    if (isFootnote(first)) {
      ctx.skipped.push({ sheet: sheet.name, row: r.row, reason: 'footnote', text: first });
      return;
    }
    const code = codeCol === undefined ? '' : texts[codeCol];
    if (!code && new Set(texts.filter(Boolean)).size === 1 && (HEADING.test(first) || firstAt !== subCol)) {
      ctx.skipped.push({ sheet: sheet.name, row: r.row, reason: 'heading', text: first });
      return;
    }
    // A header repeated on every printed page: its first cell is a header as written.
    if (count >= 2 && headerFirsts.has(first) && texts.every((t) => t === '' || headerTexts.has(normaliseHeader(t)))) {
      ctx.skipped.push({ sheet: sheet.name, row: r.row, reason: 'header' });
      return;
    }
    rows++;
    if (ctx.rowsSoFar + rows > ctx.maxRows) {
      throw new InputError('too-many-rows', { limit: ctx.maxRows }, { file: ctx.file, sheet: sheet.name, row: r.row });
    }
    // Two columns of one field (two 事项名称): the same value, or one of them empty, is that value;
    // two different values cannot be told apart, and neither is taken.
    for (const d of header.duplicates) {
      const a = texts[d.of];
      const b = texts[d.index];
      if (a && b && a !== b) {
        throw new InputError('duplicate-column', {
          first: columnName(d.of), firstHeader: d.ofHeader, second: columnName(d.index), secondHeader: d.header, firstValue: a, secondValue: b,
        }, { file: ctx.file, sheet: sheet.name, row: r.row, column: d.header });
      }
    }
    // The row's values, key by key in the order the item takes them (each key once: a later value of
    // a key replaces the earlier one in its place); arrays, not a Map per row.
    const k0 = prevKeys;
    prevKeys = keys;
    keys = k0;
    const v0 = prevValues;
    prevValues = values;
    values = v0;
    keys.length = 0;
    values.length = 0;
    // Headers such as __proto__ are plain data: the record has no prototype to reach.
    const extra: Record<string, string> | undefined = header.extra.length ? Object.create(null) : undefined;
    for (let k = 0; k < keyIdx.length; k++) {
      const i = keyIdx[k];
      const key = keyKey[k];
      const cell = cells[i];
      // Text cells go on as the cleaned text already made; numbers and dates as they are.
      let v: CellValue = typeof cell === 'string' ? texts[i] : cell;
      if (texts[i] === '') {
        const twin = twinOf[i];
        if (twin !== undefined && texts[twin] !== '') v = typeof cells[twin] === 'string' ? texts[twin] : cells[twin];
      }
      if (merges) {
        const at = r.row * 16384 + i;
        if (texts[i] === '') {
          const top = merges.topOver(r.row, i);
          if (top !== undefined) v = mergeTop.get(top);
        } else if (merges.tops.has(at)) {
          mergeTop.set(at, v);
        }
      }
      if (v !== undefined && v !== null && v !== '') {
        if (distinctKeys) {
          keys.push(key);
          values.push(v);
        } else put(keys, values, key, v);
      }
    }
    // A sub-item row under its main item: the main item's code, name and category stand above.
    if (!keys.includes('code') && hasPrevious && keys.includes('subItem')) {
      for (const k of FILL_DOWN) {
        const from = prevKeys.indexOf(k);
        if (!keys.includes(k) && from >= 0) put(keys, values, k, prevValues[from]);
      }
    }
    if (extra) for (const e of header.extra) if (texts[e.index]) extra[e.header] = texts[e.index];
    if (department && !keys.includes('department')) put(keys, values, 'department', department);
    hasPrevious = true;
    const item = buildItemOf(keys, values, keys.length, source(r.row), extra, sheet.date1904, true);
    ctx.onItem(item);
  };

  for (const r of head.slice(header.last + 1)) handle(r);
  for (const r of rest) handle(r);
  for (let next = await it.next(); !next.done; next = await it.next()) for (const r of next.value) handle(r);

  const columns: ColumnInfo[] = cols.map((c) => ({ key: c.key, header: c.header }));
  return { kind, looksLike, title, department, columns, extraColumns: header.extra.map((e) => e.header), rows };
}

