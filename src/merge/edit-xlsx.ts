/**
 * The merged .xlsx list as an edit of ours's workbook (read with exceljs, cells edited, written
 * again): rows keep their order, untouched rows keep their cells (values and styles), changed
 * items have only their changed cells set (the cell's style kept), items removed on the other side
 * lose their row, items added on one side are inserted where that side had them (styled like the
 * row above). Undefined when the workbook is not in a form this can map to items (then the list is
 * written afresh), like edit-csv.ts and edit-yaml.ts.
 */
import { insertionsAfter } from './order.js';
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import { normaliseHeader } from '../model/normalise.js';
import { itemKey, type FieldKey, type Item, type PowerList } from '../model/types.js';
import { fieldsOf, getField } from './fields.js';
import type { MergeField } from './types.js';

/** A cell's text as a reader sees it (rich text joined, formulas by their result). */
function textOf(cell: Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && v !== null) {
    const o = v as { richText?: { text: string }[]; result?: unknown; text?: unknown };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if ('result' in o) return String(o.result ?? '');
    if (typeof o.text === 'string') return o.text;
  }
  return String(cell.text ?? v);
}

interface SheetPlan {
  ws: Worksheet;
  /** 1-based column of each header (normalised), the lowest header row winning (a two-row header). */
  columns: Map<string, number>;
  /** ours's items on this sheet, by row. */
  rows: { row: number; key: string }[];
}

/** Columns by normalised header text, from the rows above the first item. */
function headerColumns(ws: Worksheet, firstItemRow: number): Map<string, number> {
  const columns = new Map<string, number>();
  for (let r = 1; r < firstItemRow; r++) {
    ws.getRow(r).eachCell((cell, col) => {
      const t = normaliseHeader(textOf(cell));
      if (t !== '') columns.set(t, col);
    });
  }
  return columns;
}

/** The merged list as ours's workbook edited (the bytes of a new .xlsx), or undefined when ours is not in a form this edits. */
export async function editedXlsx(oursBytes: Uint8Array, ours: PowerList, merged: PowerList): Promise<Uint8Array | undefined> {
  if (ours.format !== 'xlsx' || ours.items.length === 0) return undefined;
  const ExcelJS = (await import('exceljs')).default;
  const wb: Workbook = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(oursBytes) as unknown as ArrayBuffer);
  } catch {
    return undefined;
  }
  const ourItems = new Map(ours.items.map((it) => [itemKey(it), it]));
  if (ourItems.size !== ours.items.length) return undefined;

  // Each item's sheet and row, checked by its code.
  const plans = new Map<string, SheetPlan>();
  for (const it of ours.items) {
    const ws = it.source.sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(it.source.sheet);
    if (!ws) return undefined;
    let plan = plans.get(ws.name);
    if (!plan) plans.set(ws.name, (plan = { ws, columns: new Map(), rows: [] }));
    const row = ws.getRow(it.source.row);
    let found = false;
    row.eachCell((cell) => (found ||= textOf(cell).trim() === it.code || textOf(cell).includes(it.code)));
    if (!found) return undefined;
    plan.rows.push({ row: it.source.row, key: itemKey(it) });
  }
  for (const plan of plans.values()) {
    plan.rows.sort((a, b) => a.row - b.row);
    plan.columns = headerColumns(plan.ws, plan.rows[0].row);
    // exceljs moves neither merged ranges nor data validations when rows are inserted or removed:
    // a sheet with merges among its items is written afresh rather than edited wrongly.
    const merges = (plan.ws.model as { merges?: string[] }).merges ?? [];
    const firstRow = plan.rows[0].row;
    if (merges.some((m) => Number(/\d+$/u.exec(m.split(':').at(-1) ?? '')?.[0] ?? 0) >= firstRow)) return undefined;
  }
  const headers = ours.items[0].source.headers;
  const columnOf = (plan: SheetPlan, f: MergeField): number => {
    const header = f.startsWith('extra:') ? f.slice(6) : headers[f as FieldKey];
    return header === undefined ? -1 : (plan.columns.get(normaliseHeader(header)) ?? -1);
  };

  // New items go after the item of ours that comes before them in the merged order.
  const after = insertionsAfter(merged.items, ourItems);
  const mergedBy = new Map(merged.items.map((it) => [itemKey(it), it]));
  // The merged order must be ours's order with the new items in place (else write it afresh).
  const sheetsInOrder = [...plans.values()];
  const written = [...(after.get('') ?? []).map(itemKey)];
  for (const plan of sheetsInOrder) {
    for (const { key } of plan.rows) {
      if (mergedBy.has(key)) written.push(key);
      written.push(...(after.get(key) ?? []).map(itemKey));
    }
  }
  if (written.join('\u0002') !== merged.items.map(itemKey).join('\u0002')) return undefined;

  const setCells = (plan: SheetPlan, row: Row, fields: readonly MergeField[], item: Item): boolean => {
    for (const f of fields) {
      const col = columnOf(plan, f);
      if (col < 0) return false;
      const v = getField(item, f);
      row.getCell(col).value = v === '' ? null : v;
    }
    return true;
  };
  // 'i': a new row takes the styles of the row above it (the item it follows); 'o': of the row below.
  const insert = (plan: SheetPlan, at: number, items: readonly Item[], style: 'i' | 'o' = 'i'): boolean => {
    for (const [i, it] of items.entries()) {
      const row = plan.ws.insertRow(at + i, [], style);
      const fields = [...fieldsOf([it]), 'seq' as const, 'code' as const, 'subItem' as const].filter((f) => getField(it, f) !== '');
      if (!setCells(plan, row, fields, it)) return false;
    }
    return true;
  };

  // Bottom to top, so that inserting or removing a row leaves the rows still to edit in place.
  for (const [p, plan] of [...sheetsInOrder.entries()].reverse()) {
    for (const { row: r, key } of [...plan.rows].reverse()) {
      if (!insert(plan, r + 1, after.get(key) ?? [])) return undefined;
      const now = mergedBy.get(key);
      const before = ourItems.get(key)!;
      if (!now) {
        plan.ws.spliceRows(r, 1);
        continue;
      }
      const changed = [...fieldsOf([before, now]), 'seq' as const].filter((f) => getField(before, f) !== getField(now, f));
      if (changed.length > 0 && !setCells(plan, plan.ws.getRow(r), changed, now)) return undefined;
    }
    if (p === 0 && !insert(plan, plan.rows[0].row, after.get('') ?? [], 'o')) return undefined;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
