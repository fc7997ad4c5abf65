/** Finding the header row of a sheet: the row (or pair of rows) that matches most known headers. */
import { type HeaderIndex } from '../model/columns.js';
import { cleanText, normaliseHeader } from '../model/normalise.js';
import type { FieldKey } from '../model/types.js';
import type { CellValue, GridRow } from './grid.js';

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderColumn {
  index: number;
  /** Candidate keys (more than one for an ambiguous header such as 状态). */
  keys: FieldKey[];
  /** The header as written (both rows joined by a space when the header spans two). */
  header: string;
}

export interface HeaderMatch {
  /** Position of the (last) header row in the buffered rows. */
  last: number;
  /** Position of the first header row. */
  first: number;
  columns: HeaderColumn[];
  /** Headers that matched no contract column, by column index. */
  extra: { index: number; header: string }[];
  /** A second column with the same field as an earlier one (`of`: that column's index). */
  duplicates: { index: number; header: string; of: number; ofHeader: string }[];
  score: number;
}

export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cleanText(String(v));
}

function match(text: string, index: HeaderIndex): FieldKey[] | undefined {
  if (!text) return undefined;
  const h = normaliseHeader(text);
  // "实施部门（单位）", "承接日期(年月日)": a qualifier in brackets after a known header.
  return index.get(h) ?? index.get(h.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/gu, ''));
}

function scoreRow(cells: readonly CellValue[], below: readonly CellValue[] | undefined, index: HeaderIndex): HeaderMatch | undefined {
  const columns: HeaderColumn[] = [];
  const extra: { index: number; header: string }[] = [];
  const duplicates: HeaderMatch['duplicates'] = [];
  const seen = new Map<string, HeaderColumn>();
  const width = Math.max(cells.length, below?.length ?? 0);
  let fromBelow = false;
  for (let i = 0; i < width; i++) {
    const top = cellText(cells[i]);
    const bottom = below ? cellText(below[i]) : '';
    // A two-row header: a group header merged over sub-headers, or a header merged down over two rows.
    let keys = bottom ? match(bottom, index) : undefined;
    let header = bottom;
    if (keys) fromBelow = true;
    if (!keys && top) {
      keys = match(top, index);
      header = top;
    }
    if (!keys && top && bottom) {
      keys = match(top + bottom, index);
      header = `${top}${bottom}`;
    }
    if (keys) {
      const id = keys.join('|');
      const earlier = seen.get(id);
      if (earlier) {
        duplicates.push({ index: i, header, of: earlier.index, ofHeader: earlier.header });
        continue;
      }
      const column = { index: i, keys, header };
      seen.set(id, column);
      columns.push(column);
    } else if (top || bottom) {
      extra.push({ index: i, header: bottom || top });
    }
  }
  const keys = new Set(columns.flatMap((c) => c.keys));
  if (!keys.has('code') && !keys.has('name')) return undefined;
  if (columns.length < 2) return undefined;
  return { first: 0, last: below && fromBelow ? 1 : 0, columns, extra, duplicates, score: columns.length };
}

/** Finds the header among the first rows; undefined when no row looks like one. */
export function findHeader(rows: readonly GridRow[], index: HeaderIndex): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  const singles = rows.slice(0, n + 1).map((r) => scoreRow(r.cells, undefined, index));
  for (let r = 0; r < n; r++) {
    const single = singles[r];
    const next = rows[r + 1];
    const adjacent = next && next.row === rows[r].row + 1 ? next : undefined;
    const double = adjacent ? scoreRow(rows[r].cells, adjacent.cells, index) : undefined;
    // Two rows make the header only when together they match more than either row alone
    // (so a title row above a one-row header is not taken for a header's upper half).
    const alone = Math.max(single?.score ?? 0, singles[r + 1]?.score ?? 0);
    let cand = single;
    if (double && double.last === 1 && double.score > alone) cand = double;
    if (!cand) continue;
    const placed = { ...cand, first: r, last: r + cand.last };
    if (!best || placed.score > best.score) best = placed;
  }
  return best;
}
