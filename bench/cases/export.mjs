// Export benchmark (issue 7 item 5): a generated 100,000-row delegation list written to .xlsx and
// .csv by qingdan's writeList, against the bare writers in the same run: exceljs's streaming
// WorkbookWriter adding plain rows, and plain CSV lines through a write stream. Both sides first
// build the whole list in memory from the seeded generator in bench/gen.mjs (qingdan as its
// model's items, the bare side as arrays of cells), then write it, so the writing is compared.
// Run with the other benches by `npm run bench` (or `node bench/run.mjs --only export`).
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { DATA, HEADERS, row } from '../gen.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const OUT = `${DATA}export/`;
const KEYS = ['seq', 'code', 'name', 'category', 'department', 'legalBasis', 'decision', 'mode', 'scope', 'status', 'batch', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview'];

function target(name) {
  mkdirSync(OUT, { recursive: true });
  const path = `${OUT}${name}`;
  rmSync(path, { force: true });
  return path;
}

/** The generated rows as qingdan's model: a delegation list held in memory, as after reading. */
function generatedList(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    const f = row(i);
    const item = { code: f[1], source: { file: 'gen', row: i + 3, headers: {} } };
    KEYS.forEach((k, j) => { if (f[j] !== '') item[k] = f[j]; });
    items.push(item);
  }
  return { kind: 'delegation', file: 'gen', format: 'csv', title: '市级下放事项清单（生成）', columns: [], items, skipped: [], findings: [] };
}

/** The same rows as arrays of cells, held in memory like the list. */
function generatedRows(n) {
  const rows = [];
  for (let i = 0; i < n; i++) rows.push(row(i));
  return rows;
}

export async function bareXlsx(n) {
  const { default: ExcelJS } = await import('exceljs');
  const path = target('bare.xlsx');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false, useSharedStrings: false });
  const rows = generatedRows(n);
  const ws = wb.addWorksheet('清单');
  ws.addRow(['市级下放事项清单（生成）']).commit();
  ws.addRow(HEADERS).commit();
  for (const r of rows) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  return `${n} rows`;
}

export async function qingdanXlsx(n) {
  const { writeList } = await import(dist('bundle/index.js'));
  await writeList(generatedList(n), target('qingdan.xlsx'));
  return `${n} items`;
}

const q = (s) => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);

export async function bareCsv(n) {
  const rows = generatedRows(n);
  const out = createWriteStream(target('bare.csv'));
  out.write('\ufeff' + HEADERS.join(',') + '\r\n');
  for (const r of rows) if (!out.write(r.map(q).join(',') + '\r\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
  return `${n} rows`;
}

export async function qingdanCsv(n) {
  const { writeList } = await import(dist('bundle/index.js'));
  await writeList(generatedList(n), target('qingdan.csv'));
  return `${n} items`;
}

export async function cases({ large } = {}) {
  const n = large ? 1_000_000 : 100_000;
  const label = n.toLocaleString('en');
  return [
    { id: `xlsx-${n}`, title: `export ${label}-row list to .xlsx`, target: 1.5, baseline: { label: 'exceljs streaming WorkbookWriter, plain rows', fn: 'bareXlsx', args: [n] }, subject: { fn: 'qingdanXlsx', args: [n] }, runs: 1 },
    { id: `csv-${n}`, title: `export ${label}-row list to .csv`, target: 1.5, baseline: { label: 'plain CSV lines through a write stream', fn: 'bareCsv', args: [n] }, subject: { fn: 'qingdanCsv', args: [n] } },
  ];
}
