import { describe, expect, it } from 'vitest';
import { buildHeaderIndex } from '../../src/model/columns.js';
import type { Item } from '../../src/model/types.js';
import type { CellValue, GridRow, GridSheet, MergeRange } from '../../src/read/grid.js';
import { readTable, type TableContext } from '../../src/read/table.js';

function sheet(rows: CellValue[][], merges?: MergeRange[]): GridSheet {
  const grid: GridRow[] = rows.map((cells, i) => ({ row: i + 1, cells }));
  return { name: 'Sheet1', rows: (async function* () { yield* grid; })(), merges };
}

function context(): TableContext & { items: Item[] } {
  const items: Item[] = [];
  return { file: 'x.xlsx', index: buildHeaderIndex(), fileName: 'x.xlsx', maxRows: 1000, rowsSoFar: 0, onItem: (i) => items.push(i), skipped: [], items };
}

describe('readTable', () => {
  it('finds the header under a title, gives each item its row, and skips the title and header rows', async () => {
    const ctx = context();
    const result = await readTable(sheet([
      ['市民政局行政权力事项目录'],
      ['事项编码', '事项名称', '实施部门'],
      ['370100-XK-0001', '社会团体登记', '市民政局'],
      ['370100-XK-0002', '民办非企业单位登记', '市民政局'],
    ]), ctx);
    expect(result?.title).toBe('市民政局行政权力事项目录');
    expect(result?.rows).toBe(2);
    expect(ctx.items.map((i) => [i.code, i.source?.row])).toEqual([['370100-XK-0001', 3], ['370100-XK-0002', 4]]);
    expect(ctx.skipped.map((s) => [s.row, s.reason])).toEqual([[1, 'title'], [2, 'header']]);
  });

  it('gives a sub-item row the code of the merged cell above it', async () => {
    const ctx = context();
    await readTable(sheet([
      ['事项编码', '事项名称', '子项名称', '实施部门'],
      ['370100-XK-0001', '社会团体登记', '成立登记', '市民政局'],
      [null, null, '变更登记', '市民政局'],
    ], [{ top: 2, left: 1, bottom: 3, right: 2 }]), ctx);
    expect(ctx.items.map((i) => [i.code, i.subItem])).toEqual([['370100-XK-0001', '成立登记'], ['370100-XK-0001', '变更登记']]);
  });

  it('is undefined for a sheet without a header (a cover sheet)', async () => {
    expect(await readTable(sheet([['说明'], ['本表由市民政局填报']]), context())).toBeUndefined();
  });
});
