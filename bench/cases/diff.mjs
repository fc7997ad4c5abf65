// diff: the keyed diff of generated pairs (1% changed, 0.5% removed, 0.5% added) against reading
// both files, and against daff on the same CSV pair.
import { readFileSync } from 'node:fs';
import { genCsv, genXlsx } from '../gen.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;

export async function readBoth(a, b) {
  const { readList } = await import(dist('bundle/index.js'));
  let n = 0;
  for (const p of [a, b]) await readList(p, { onItem: () => void n++ });
  return `${n} items`;
}

export async function qingdanDiff(a, b) {
  const { diffFiles } = await import(dist('bundle/index.js'));
  const r = await diffFiles(a, b);
  return `+${r.summary.added} -${r.summary.removed} ~${r.summary.changed}`;
}

/** daff as its command line runs by default (`daff a.csv b.csv`, no --id): rows aligned by content. */
export async function daffDefault(a, b) {
  return daffDiff(a, b, false);
}

export async function daffDiff(a, b, keyed = true) {
  const { parse } = await import('csv-parse/sync');
  const { default: daff } = await import('daff');
  const table = (p) => new daff.TableView(parse(readFileSync(p, 'utf8'), { bom: true, relax_column_count: true }));
  const t1 = table(a);
  const t2 = table(b);
  const flags = new daff.CompareFlags();
  if (keyed) flags.addPrimaryKey('事项编码');
  const align = daff.compareTables(t1, t2, flags).align();
  const out = new daff.TableView([]);
  new daff.TableDiff(align, flags).hilite(out);
  return `${out.height} rows of daff output`;
}

export async function cases({ large }) {
  const a = await genCsv(100_000, 0);
  const b = await genCsv(100_000, 1);
  const xa = await genXlsx(100_000, 0);
  const xb = await genXlsx(100_000, 1);
  const out = [
    { id: 'csv-100k', title: 'diff of two 100,000-row CSV lists', target: 1.5, baseline: { label: 'reading both files', fn: 'readBoth', args: [a, b] }, subject: { fn: 'qingdanDiff', args: [a, b] } },
    { id: 'csv-100k-daff', title: 'diff of two 100,000-row CSV lists, against daff keyed by 事项编码', target: 0.2, baseline: { label: 'daff (csv-parse + compareTables, primary key 事项编码)', fn: 'daffDiff', args: [a, b] }, subject: { fn: 'qingdanDiff', args: [a, b] }, runs: 1 },
    { id: 'csv-100k-daff-default', title: 'diff of two 100,000-row CSV lists, against daff as its CLI runs by default', target: 0.2, baseline: { label: 'daff (csv-parse + compareTables, no key)', fn: 'daffDefault', args: [a, b] }, subject: { fn: 'qingdanDiff', args: [a, b] }, runs: 1 },
    { id: 'xlsx-100k', title: 'diff of two 100,000-row XLSX lists', target: 1.5, baseline: { label: 'reading both files', fn: 'readBoth', args: [xa, xb] }, subject: { fn: 'qingdanDiff', args: [xa, xb] }, runs: 1 },
  ];
  if (large) {
    const la = await genCsv(1_000_000, 0);
    const lb = await genCsv(1_000_000, 1);
    out.push({ id: 'csv-1m', title: 'diff of two 1,000,000-row CSV lists', target: 1.5, baseline: { label: 'reading both files', fn: 'readBoth', args: [la, lb] }, subject: { fn: 'qingdanDiff', args: [la, lb] }, runs: 1 });
  }
  return out;
}
