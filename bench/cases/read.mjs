// Reading: qingdan's readers (qingdan/read, items built) against the bare library of each format on
// the same generated files: csv-parse streaming, exceljs's public streaming reader, SheetJS's read,
// yaml.parse (bench/bare.mjs).
import { genCsv, genXls, genXlsx, genYaml } from '../gen.mjs';

export { bareCsv, bareXls, bareXlsx, bareYaml } from '../bare.mjs';
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;

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
      out.push({ id: `xlsx-${n}`, title: `read ${n.toLocaleString('en')}-row XLSX`, target: 0.7, baseline: { label: 'exceljs public streaming reader (WorkbookReader), rows counted', fn: 'bareXlsx', args: [xlsx] }, subject: { fn: 'qingdanRead', args: [xlsx] } });
      const xls = await genXls(n);
      out.push({ id: `xls-${n}`, title: `read ${n.toLocaleString('en')}-row XLS (BIFF8)`, target: 1.3, baseline: { label: 'SheetJS XLSX.read of the whole file', fn: 'bareXls', args: [xls] }, subject: { fn: 'qingdanRead', args: [xls] }, runs: 1 });
      const yaml = await genYaml(n);
      out.push({ id: `yaml-${n}`, title: `read ${n.toLocaleString('en')}-item YAML`, target: 0.5, baseline: { label: 'yaml.parse of the whole file', fn: 'bareYaml', args: [yaml] }, subject: { fn: 'qingdanRead', args: [yaml] }, runs: 1 });
    }
  }
  return out;
}
