// validate: the whole review against bare reading of the same files in one process.
import { existsSync, readdirSync } from 'node:fs';
import { genCatalogueCsv, genCsv } from '../gen.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const jinan = new URL('../../examples/jinan/', import.meta.url).pathname;

export async function readOnly(paths) {
  const { readLists } = await import(dist('bundle/index.js'));
  const { lists } = await readLists(paths);
  return `${lists.reduce((n, l) => n + l.items.length, 0)} items`;
}

export async function review(paths, catalogue) {
  const { validate } = await import(dist('bundle/index.js'));
  const report = await validate(paths, { catalogue });
  return `${report.findings.length} findings`;
}

function jinanCatalogue() {
  if (!existsSync(jinan)) return undefined;
  return readdirSync(jinan).filter((f) => /^catalogue-2016\./u.test(f)).map((f) => jinan + f)[0];
}

export async function cases() {
  const out = [];
  const cat = jinanCatalogue();
  if (cat) {
    out.push({
      id: 'jinan-review', title: 'the bundled 3,250-item, 47-file review end to end', target: 2,
      baseline: { label: 'reading the same files (catalogue too)', fn: 'readOnly', args: [[`${jinan}depts`, cat]] },
      subject: { fn: 'review', args: [[`${jinan}depts`], cat] },
    });
  }
  const list = await genCsv(100_000);
  const catalogue = await genCatalogueCsv(100_000);
  out.push({
    id: 'csv-100k', title: '100,000-row list against a 100,000-item catalogue (CSV)', target: 1.5,
    baseline: { label: 'reading both files', fn: 'readOnly', args: [[list, catalogue]] },
    subject: { fn: 'review', args: [[list], catalogue] },
  });
  return out;
}
