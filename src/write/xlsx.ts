/**
 * .xlsx fit to publish, written with exceljs's streaming writer (loaded on first use): a summary
 * sheet first, then the items on one sheet or one sheet per department, then, for a
 * publication compared with a previous one, the changes. The same input gives the same bytes.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { basename } from 'node:path';
import type { Workbook, Worksheet } from 'exceljs';
import { CATEGORIES } from '../model/enums.js';
import { groupBy } from '../model/group.js';
import { parseDate } from '../model/normalise.js';
import type { Item, PowerList } from '../model/types.js';
import { DEFAULT_TITLES, FILE_LABELS as L, SHEET_NAMES } from '../text/export.js';
import { PUBLISH_LABELS } from '../text/publish.js';
import { closeStream } from './atomic.js';
import { outputColumns, type OutputColumns } from './canonical.js';
import type { Publication } from './publish.js';
import { BORDER, TITLE_FONT, columnWidths, fillItemSheet, addHeaderRow } from './xlsx-sheet.js';
import { stampZip } from './zip-stable.js';
import { enableQuotePrefix, quoteFormulaLike } from './quote-prefix.js';
import { printSetup } from './xlsx-print.js';
import { writeWithheld } from './xlsx-withheld.js';

export interface XlsxOptions {
  title?: string;
  byDepartment?: boolean;
  extraColumns?: readonly string[];
  /** Columns to write instead of the list's own (a publication's zone columns). */
  columns?: OutputColumns;
  publication?: Publication;
}

/** The moment stamped on the workbook: the latest acceptance date, else a fixed one, never the clock. */
export function workbookDate(items: readonly Item[]): Date {
  let latest = '';
  // Only real dates: an impossible 2016-00-10 kept as text would be an invalid time and stop the write.
  for (const i of items) if (i.acceptedOn && i.acceptedOn > latest && parseDate(i.acceptedOn) === i.acceptedOn) latest = i.acceptedOn;
  return new Date(`${latest || '2000-01-01'}T00:00:00Z`);
}

/** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(/[[\]:*?/\\]/gu, '_').trim() || '_').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 2)}(${n})`;
  taken.add(name.toLowerCase());
  return name;
}

const departmentOf = (i: Item): string => i.department || L.none;

/** Items grouped by department, in order of first appearance. */
const byDepartment = (items: readonly Item[]): Map<string, Item[]> => groupBy(items, departmentOf);

function titleRow(ws: Worksheet, text: string, span: number, font = TITLE_FONT): void {
  const row = ws.addRow([text]);
  row.getCell(1).font = font;
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  const at = row.number;
  if (span > 1) ws.mergeCells(at, 1, at, span);
  quoteFormulaLike(row);
  row.commit();
}

/** The summary: items per department and category, with totals (and the content hash). */
function writeSummary(wb: Workbook, name: string, title: string, items: readonly Item[], pub?: Publication): void {
  const present = new Set(items.map((i) => i.category ?? ''));
  const cats: string[] = [...CATEGORIES.filter((c) => present.has(c)), ...[...present].filter((c) => c && !(CATEGORIES as readonly string[]).includes(c)).sort()];
  if (present.has('')) cats.push(L.none);
  const headers = [L.summaryUnit, ...cats, L.total];
  const headerRow = pub ? 3 : 2;
  const rows = headerRow + byDepartment(items).size + 1;
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: headerRow }], ...printSetup(title, headerRow, rows) });
  const unitWidth = Math.min(40, Math.max(12, ...[...byDepartment(items).keys()].map((d) => columnWidths([d], [], [])[0])));
  ws.columns = columnWidths(headers, [], []).map((w, i) => ({ width: i === 0 ? unitWidth : Math.max(w, 8) }));
  titleRow(ws, `${title}（${L.summarySheet}）`, headers.length);
  if (pub) titleRow(ws, `${L.hash} sha256:${pub.hash}`, headers.length, { size: 10 });
  addHeaderRow(ws, headers);
  const totals = new Array<number>(cats.length + 1).fill(0);
  for (const [dept, group] of byDepartment(items)) {
    const counts = cats.map((c) => group.filter((i) => (i.category || L.none) === c).length);
    counts.forEach((n, k) => (totals[k] += n));
    totals[cats.length] += group.length;
    const row = ws.addRow([dept, ...counts, group.length]);
    row.eachCell((c) => (c.border = BORDER));
    quoteFormulaLike(row);
    row.commit();
  }
  const total = ws.addRow([L.total, ...totals]);
  total.eachCell((c) => {
    c.border = BORDER;
    c.font = { bold: true };
  });
  total.commit();
  ws.commit();
}

/** The appendix of a publication: what changed since the previous one. */
function writeChanges(wb: Workbook, name: string, pub: Publication, title: string): void {
  const since = pub.since!;
  const headers = [L.changeType, L.changeCode, L.changeName, L.changeUnit, L.changeFields];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], ...printSetup(`${title}（${L.changesSheet}）`, 3, since.changes.length + 3) });
  ws.columns = [{ width: 10 }, { width: 24 }, { width: 40 }, { width: 30 }, { width: 40 }].map((c) => ({ ...c, style: { numFmt: '@' } }));
  titleRow(ws, `${L.since} ${basename(since.file)}（sha256:${since.hash.slice(0, 16)}…）`, headers.length, { size: 12, bold: true });
  titleRow(ws, `${L.added} ${count(pub, 'added')}，${L.removed} ${count(pub, 'removed')}，${L.changed} ${count(pub, 'changed')}`, headers.length, { size: 10 });
  addHeaderRow(ws, headers);
  for (const c of since.changes) {
    const label = c.type === 'added' ? L.added : c.type === 'removed' ? L.removed : L.changed;
    const row = ws.addRow([label, c.code, [c.name, c.subItem].filter(Boolean).join(' / '), c.department ?? '', (c.fields ?? []).join(', ')]);
    row.eachCell((cell) => (cell.border = BORDER));
    quoteFormulaLike(row);
    row.commit();
  }
  if (since.changes.length === 0) ws.addRow([L.noChanges]).commit();
  ws.commit();
}

const count = (pub: Publication, type: 'added' | 'removed' | 'changed'): number => pub.since!.changes.filter((c) => c.type === type).length;

/** Writes the workbook to `file` (a temporary path: the caller renames it into place). */
export async function writeXlsxFile(list: PowerList, file: string, opts: XlsxOptions = {}): Promise<void> {
  const ExcelJS = (await import('exceljs')).default;
  const date = workbookDate(list.items);
  // Our own stream, not exceljs's `filename`: a failure must be able to close it (see closeStream).
  const stream = createWriteStream(file);
  try {
    await writeWorkbook(ExcelJS, stream, list, date, opts);
  } catch (err) {
    await closeStream(stream);
    throw err;
  }
  await stampZip(file, date);
}

async function writeWorkbook(
  ExcelJS: typeof import('exceljs'),
  stream: WriteStream,
  list: PowerList,
  date: Date,
  opts: XlsxOptions,
): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.created = date;
  wb.modified = date;
  enableQuotePrefix(wb as unknown as Workbook);
  wb.creator = 'qingdan';
  wb.lastModifiedBy = 'qingdan';
  const title = opts.title ?? list.title ?? DEFAULT_TITLES[list.kind];
  // Document properties: the title, and for a publication its content hash (File > Properties).
  wb.title = title;
  if (opts.publication) {
    wb.subject = title;
    wb.keywords = `sha256:${opts.publication.hash}`;
    wb.description = `${L.hash} sha256:${opts.publication.hash}；${L.items} ${opts.publication.items}`;
  }
  const cols = opts.columns ?? outputColumns(list, opts.extraColumns);
  const pub = opts.publication;
  const subtitle = pub ? `${L.hash} sha256:${pub.hash} · ${L.items} ${pub.items} · ${L.generated}` : undefined;
  const taken = new Set<string>();
  writeSummary(wb, sheetName(L.summarySheet, taken), title, list.items, pub);
  const sheets = opts.byDepartment ? [...byDepartment(list.items)] : [[SHEET_NAMES[list.kind], list.items] as const];
  for (const [name, items] of sheets) {
    const sheetTitle = opts.byDepartment ? `${title}（${name}）` : title;
    const frozen = subtitle ? 3 : 2;
    const ws = wb.addWorksheet(sheetName(name, taken), {
      views: [{ state: 'frozen', ySplit: frozen, topLeftCell: `A${frozen + 1}` }],
      // Never one page for items: a short list stays at its readable size.
      ...printSetup(sheetTitle, frozen, Number.POSITIVE_INFINITY),
    });
    fillItemSheet(ws, { title: sheetTitle, subtitle, cols, items });
    ws.commit();
  }
  if (pub?.withheld?.length) writeWithheld(wb, sheetName(PUBLISH_LABELS.withheldSheet, taken), title, pub.withheld);
  if (pub?.since) writeChanges(wb, sheetName(L.changesSheet, taken), pub, title);
  await wb.commit();
}
