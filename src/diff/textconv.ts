/**
 * A stable line-per-item text of a list, for git's textconv: items sorted by code and sub-item, one
 * line each with the fields in canonical order, so `git diff` on an .xlsx shows items, not bytes.
 */
import { COLUMN_BY_KEY, FIELD_KEYS } from '../model/columns.js';
import type { Item } from '../model/types.js';
import { readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { keyOf } from './fields.js';

const escape = (v: string): string => v.replace(/\\/gu, '\\\\').replace(/\r?\n/gu, '\\n').replace(/\t/gu, '\\t');

/** One item as one line: `code[ / sub-item]`, then `header=value` pairs separated by tabs; seq left out. */
export function textconvLine(item: Item): string {
  const cells = [item.subItem ? `${item.code} / ${item.subItem}` : item.code];
  for (const k of FIELD_KEYS) {
    if (k === 'seq' || k === 'code' || k === 'subItem') continue;
    const v = item[k];
    if (v) cells.push(`${COLUMN_BY_KEY[k].header}=${escape(v)}`);
  }
  for (const h of Object.keys(item.extra ?? {}).sort()) {
    const v = item.extra?.[h];
    if (v) cells.push(`${h}=${escape(v)}`);
  }
  return cells.join('\t');
}

/** The textconv text of a list file. Only the lines are kept while reading, never the items. */
export async function textconv(path: string, read: Omit<ReadOptions, 'onItem'> = {}): Promise<string> {
  const lines: [string, string][] = [];
  const list = await readList(path, { ...read, onItem: (it) => void lines.push([keyOf(it), textconvLine(it)]) });
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const head = [`# ${list.kind}`, list.title, list.department, list.version].filter(Boolean).join('\t');
  return `${head}\n${lines.map((l) => l[1]).join('\n')}${lines.length ? '\n' : ''}`;
}
