// diff: `qingdan diff a b` as a user runs it (output written) on generated pairs (1% changed, 0.5%
// removed, 0.5% added), against the bare parse of both files and against daff keyed by 事项编码.
import { genCsv, genXlsx } from '../gen.mjs';

export { bareCsv, bareXlsx, cli, daffKeyed } from '../bare.mjs';
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;

export async function readBoth(a, b) {
  const { readList } = await import(dist('bundle/index.js'));
  let n = 0;
  for (const p of [a, b]) await readList(p, { onItem: () => void n++ });
  return `${n} items`;
}

export async function cases({ large }) {
  const a = await genCsv(100_000, 0);
  const b = await genCsv(100_000, 1);
  const xa = await genXlsx(100_000, 0);
  const xb = await genXlsx(100_000, 1);
  const out = [
    { id: 'csv-100k', title: '`diff` of two 100,000-row CSV lists', target: 1.5, baseline: { label: 'csv-parse streaming of both files, rows counted', fn: 'bareCsv', args: [[a, b]] }, extra: { label: 'qingdan reading both', fn: 'readBoth', args: [a, b] }, subject: { fn: 'cli', args: [['diff', a, b]] } },
    { id: 'csv-100k-daff', title: '`diff` of two 100,000-row CSV lists, against daff keyed by 事项编码', target: 0.8, memTarget: 1 / 3, baseline: { label: 'daff keyed by 事项编码 (csv-parse + compareTables + hilite, CompareFlags.addPrimaryKey)', fn: 'daffKeyed', args: [a, b] }, subject: { fn: 'cli', args: [['diff', a, b]] } },
    { id: 'xlsx-100k', title: '`diff` of two 100,000-row XLSX lists', baseline: { label: 'exceljs public streaming reader of both files, rows counted', fn: 'bareXlsx', args: [[xa, xb]] }, extra: { label: 'qingdan reading both', fn: 'readBoth', args: [xa, xb] }, subject: { fn: 'cli', args: [['diff', xa, xb]] }, runs: 1 },
  ];
  if (large) {
    const la = await genCsv(1_000_000, 0);
    const lb = await genCsv(1_000_000, 1);
    out.push({ id: 'csv-1m', title: '`diff` of two 1,000,000-row CSV lists', target: 1.5, maxRss: 512 * 1024 * 1024, baseline: { label: 'csv-parse streaming of both files, rows counted', fn: 'bareCsv', args: [[la, lb]] }, subject: { fn: 'cli', args: [['diff', la, lb]] }, runs: 1 });
  }
  return out;
}
