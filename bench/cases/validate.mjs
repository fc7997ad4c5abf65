// validate: the command a user runs (`qingdan validate … --format json`, output written) against the
// bare parse of the same files (bench/bare.mjs), with qingdan's own reading as an extra column.
import { existsSync, readdirSync } from 'node:fs';
import { genCatalogueCsv, genCsv } from '../gen.mjs';

export { bareAny, bareCsv, cli } from '../bare.mjs';
const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
const jinan = new URL('../../examples/jinan/', import.meta.url).pathname;

export async function readOnly(paths) {
  const { readLists } = await import(dist('bundle/index.js'));
  const { lists } = await readLists(paths);
  return `${lists.reduce((n, l) => n + l.items.length, 0)} items`;
}

function jinanCatalogue() {
  if (!existsSync(jinan)) return undefined;
  return readdirSync(jinan).filter((f) => /^catalogue-2016\./u.test(f)).map((f) => jinan + f)[0];
}

const validate = (paths, catalogue) => ['validate', ...paths, ...(catalogue ? ['--catalogue', catalogue] : []), '--format', 'json'];

export async function cases() {
  const out = [];
  const cat = jinanCatalogue();
  if (cat) {
    out.push({
      id: 'jinan-review', title: 'the bundled 3,250-item, 47-file review end to end', target: 2,
      baseline: { label: 'the bare library of each format reading the same files (catalogue too)', fn: 'bareAny', args: [[`${jinan}depts`, cat]] },
      extra: { label: 'qingdan reading them', fn: 'readOnly', args: [[`${jinan}depts`, cat]] },
      subject: { fn: 'cli', args: [validate([`${jinan}depts`], cat)] },
    });
  }
  const list = await genCsv(100_000);
  const catalogue = await genCatalogueCsv(100_000);
  out.push({
    id: 'csv-100k', title: '`validate` a 100,000-row CSV list, JSON written', target: 1.5,
    baseline: { label: 'csv-parse streaming, rows counted', fn: 'bareCsv', args: [[list]] },
    extra: { label: 'qingdan reading it', fn: 'readOnly', args: [[list]] },
    subject: { fn: 'cli', args: [validate([list])] },
  });
  out.push({
    id: 'csv-100k-catalogue', title: '`validate` a 100,000-row CSV list against a 100,000-item catalogue, JSON written', target: 1.5,
    baseline: { label: 'csv-parse streaming of both files, rows counted', fn: 'bareCsv', args: [[list, catalogue]] },
    extra: { label: 'qingdan reading both', fn: 'readOnly', args: [[list, catalogue]] },
    subject: { fn: 'cli', args: [validate([list], catalogue)] },
  });
  return out;
}
