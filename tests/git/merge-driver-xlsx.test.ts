/** A real `git merge` of two branches that edited the same .xlsx list, with qingdan as the merge driver: cells edited, not the workbook rewritten. */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { driverRepo, type DriverRepo } from '../helpers/git.js';

const HEADERS = ['序号', '事项编码', '事项名称', '权力类别', '实施主体', '下放方式', '承接状态', '备注'];
const ITEMS = [
  ['1', '370100-XK-0001', '食品经营许可', '行政许可', '市市场监管局', '直接下放', '待承接', '首批'],
  ['2', '370100-XK-0002', '药品零售企业许可', '行政许可', '市市场监管局', '委托', '待承接', ''],
  ['3', '370100-XK-0003', '医疗器械经营许可', '行政许可', '市市场监管局', '委托', '待承接', '第二批'],
  ['4', '370100-CF-0004', '对违反食品安全法行为的处罚', '行政处罚', '市市场监管局', '直接下放', '待承接', ''],
];

let driver: DriverRepo;
let repo: string;
const git = (...args: string[]): string => driver.git(...args);
const merge = (ours: string, theirs: string): { status: number; out: string } => driver.merge(ours, theirs);
const file = (): string => join(repo, 'list.xlsx');

/** The base list: a merged title row, a bold filled header, bordered item rows, one yellow cell, a wrapped column. */
async function writeBase(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('下放清单');
  ws.addRow(['市级下放高新区管委会行政权力清单']);
  ws.mergeCells('A1:H1');
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  const head = ws.addRow(HEADERS);
  head.eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  for (const values of ITEMS) {
    const row = ws.addRow(values);
    row.eachCell({ includeEmpty: true }, (c) => (c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } }));
  }
  ws.getCell('H3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getColumn(3).width = 30;
  ws.getColumn(3).alignment = { wrapText: true };
  await wb.xlsx.writeFile(path);
}

async function load(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

/** A branch from main whose list.xlsx has the cells set (as a clerk's spreadsheet program would save it). */
async function branch(name: string, cells: Record<string, string>, addAfter?: { row: number; values: string[] }, remove?: number): Promise<void> {
  git('checkout', '-q', '-b', name, 'main');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file());
  const ws = wb.worksheets[0];
  for (const [at, v] of Object.entries(cells)) ws.getCell(at).value = v;
  if (addAfter) ws.insertRow(addAfter.row + 1, addAfter.values, 'i');
  if (remove) ws.spliceRows(remove, 1);
  await wb.xlsx.writeFile(file());
  git('commit', '-q', '-am', `edit on ${name}`);
}

/** Every cell of either sheet whose value or style differs, as A1 references. */
function differences(a: ExcelJS.Worksheet, b: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  const rows = Math.max(a.rowCount, b.rowCount);
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= HEADERS.length; c++) {
      const x = a.getRow(r).getCell(c);
      const y = b.getRow(r).getCell(c);
      if (JSON.stringify(x.value) !== JSON.stringify(y.value) || JSON.stringify(x.style) !== JSON.stringify(y.style)) out.push(x.address);
    }
  }
  return out;
}

beforeAll(async () => {
  // The driver runs the built CLI (bin/qingdan.js imports dist/), built once by tests/global-setup.ts.
  driver = driverRepo('qingdan-git-xlsx-', '*.xlsx -text -diff merge=qingdan\n');
  repo = driver.dir;
  await writeBase(file());
  git('add', '.');
  git('commit', '-q', '-m', 'base');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('qingdan as the git merge driver of an .xlsx list', () => {
  it('merges two one-cell edits in different rows into exactly those two cells, every other cell and style kept', async () => {
    const base = await load(file());
    await branch('ours', { G3: '已承接' });
    await branch('theirs', { F5: '直接下放' });
    const r = merge('ours', 'theirs');
    expect(r.status, r.out).toBe(0);
    expect(git('status', '--porcelain')).toBe('');
    const merged = await load(file());
    expect(differences(base, merged)).toEqual(['G3', 'F5']);
    expect(merged.getCell('G3').value).toBe('已承接');
    expect(merged.getCell('F5').value).toBe('直接下放');
    // The styles of the edited cells and of the rest: borders, the yellow fill, the header, the merged title.
    expect(merged.getCell('G3').border).toEqual(base.getCell('G3').border);
    expect(merged.getCell('H3').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(merged.getCell('B2').font?.bold).toBe(true);
    expect(merged.getCell('A1').isMerged && merged.getCell('H1').isMerged).toBe(true);
    expect(merged.getColumn(3).width).toBe(30);
    const list = await readList(file());
    expect(list.items.map((i) => i.status)).toEqual(['已承接', '待承接', '待承接', '待承接']);
  });

  it('inserts an item added on one side where that side had it, styled like its neighbours', async () => {
    git('checkout', '-q', 'main');
    const base = await load(file());
    await branch('ours-edit', { H6: '已公告' });
    await branch('theirs-add', {}, { row: 4, values: ['', '370100-XK-0009', '特种设备使用登记', '行政许可', '市市场监管局', '委托', '待承接', '新增'] });
    const r = merge('ours-edit', 'theirs-add');
    expect(r.status, r.out).toBe(0);
    const merged = await load(file());
    const list = await readList(file());
    expect(list.items.map((i) => i.code)).toEqual(['370100-XK-0001', '370100-XK-0002', '370100-XK-0009', '370100-XK-0003', '370100-CF-0004']);
    expect(list.items.find((i) => i.code === '370100-CF-0004')?.note).toBe('已公告');
    expect(merged.getCell('C5').value).toBe('特种设备使用登记');
    expect(merged.getCell('C5').border).toEqual(base.getCell('C4').border);
    // Rows above the insertion are untouched; the title and header too.
    expect(differences(base, merged).filter((a) => /^[A-H][1-4]$/u.test(a))).toEqual([]);
  });

  it('removes the row of an item the other side removed, the rows above it untouched', async () => {
    git('checkout', '-q', 'main');
    const base = await load(file());
    await branch('ours-note', { H3: '已公告' });
    await branch('theirs-remove', {}, undefined, 5);
    const r = merge('ours-note', 'theirs-remove');
    expect(r.status, r.out).toBe(0);
    const merged = await load(file());
    const list = await readList(file());
    expect(list.items.map((i) => i.code)).toEqual(['370100-XK-0001', '370100-XK-0002', '370100-CF-0004']);
    expect(merged.getCell('H3').value).toBe('已公告');
    expect(merged.getCell('H3').fill).toEqual(base.getCell('H3').fill);
    expect(differences(base, merged).filter((a) => /^[A-H][1-4]$/u.test(a))).toEqual(['H3']);
    expect(merged.getCell('B5').value).toBe('370100-CF-0004');
    expect(merged.getCell('B5').border).toEqual(base.getCell('B6').border);
  });
});
