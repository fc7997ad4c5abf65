// Reading: qingdan's readers against the bare parsers on the same generated files.
import { createReadStream } from 'node:fs';
import { genCsv, genXls, genXlsx, genYaml } from '../gen.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;

export async function bareCsv(path) {
  const { parse } = await import('csv-parse');
  let n = 0;
  for await (const _ of createReadStream(path).pipe(parse({ bom: true, relax_column_count: true }))) n++;
  return `${n} records`;
}

export async function bareXlsx(path) {
  const { default: ExcelJS } = await import('exceljs');
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { sharedStrings: 'cache', hyperlinks: 'ignore', styles: 'cache', worksheets: 'emit' });
  let n = 0;
  for await (const ws of reader) for await (const _ of ws) n++;
  return `${n} rows`;
}

export async function bareXls(path) {
  // SheetJS's own read of the file, as qingdan asks for it (dense, number formats kept).
  const { readFileSync } = await import('node:fs');
  const XLSX = await import('@e965/xlsx');
  const wb = XLSX.read(readFileSync(path), { type: 'buffer', dense: true, cellNF: true, cellText: false, cellDates: false });
  return `${wb.SheetNames.reduce((n, s) => n + wb.Sheets[s]['!data'].length, 0)} rows`;
}

export async function bareYaml(path) {
  const { readFileSync } = await import('node:fs');
  const { parse } = await import('yaml');
  return `${parse(readFileSync(path, 'utf8')).items.length} items`;
}

export async function qingdanRead(path) {
  // A program that only reads imports qingdan/read, not the whole library.
  const { readList } = await import(dist('bundle/read.js'));
  let n = 0;
  await readList(path, { onItem: () => n++ });
  return `${n} items`;
}

export async function cases({ large }) {
  const sizes = large ? [100_000, 1_000_000] : [100_000];
  const out = [];
  for (const n of sizes) {
    const csv = await genCsv(n);
    out.push({ id: `csv-${n}`, title: `read ${n.toLocaleString('en')}-row CSV`, target: 1.5, baseline: { label: 'csv-parse streaming, rows counted', fn: 'bareCsv', args: [csv] }, subject: { fn: 'qingdanRead', args: [csv] } });
    if (n <= 100_000) {
      const xlsx = await genXlsx(n);
      out.push({ id: `xlsx-${n}`, title: `read ${n.toLocaleString('en')}-row XLSX`, target: 1.3, baseline: { label: 'exceljs streaming reader, rows counted', fn: 'bareXlsx', args: [xlsx] }, subject: { fn: 'qingdanRead', args: [xlsx] } });
      const xls = await genXls(n);
      out.push({ id: `xls-${n}`, title: `read ${n.toLocaleString('en')}-row XLS (BIFF8)`, target: 1.3, baseline: { label: 'SheetJS XLSX.read of the whole file', fn: 'bareXls', args: [xls] }, subject: { fn: 'qingdanRead', args: [xls] } });
      const yaml = await genYaml(n);
      out.push({ id: `yaml-${n}`, title: `read ${n.toLocaleString('en')}-item YAML`, target: 0.5, baseline: { label: 'yaml.parse of the whole file', fn: 'bareYaml', args: [yaml] }, subject: { fn: 'qingdanRead', args: [yaml] }, runs: 1 });
    }
  }
  return out;
}
