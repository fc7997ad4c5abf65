// Benchmarks of `qingdan merge` (issue 6), as ratios to the bare parse of the same inputs in the same
// run (bench/bare.mjs), qingdan's own reading as an extra column:
//   consolidating the department lists of examples/jinan/depts (46 files), and a three-way merge of three
//   generated 100,000-row lists (seeded, written at run time into bench/.data/, never committed).
// Run with the other benches by `npm run bench` (or `node bench/run.mjs --only merge`).
import { createWriteStream, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATA, HEADERS, row } from '../gen.mjs';

export { bareAny, bareCsv } from '../bare.mjs';

const dist = (p) => new URL(`../../dist/${p}`, import.meta.url).href;
export const JINAN = fileURLToPath(new URL('../../examples/jinan/depts/', import.meta.url));
const N = 100_000;

const q = (s) => (/[",\r\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s);
const STATUS = HEADERS.indexOf('承接状态');
const NAME = HEADERS.indexOf('事项名称');
const BATCH = HEADERS.indexOf('承接批次');

/**
 * One side of the three-way bench: the base rows with this side's edits. Ours accepts items
 * (status), theirs renames items (name); both delete and add a few; one row in 1,000 has its
 * status changed on both sides to different values (a conflict, marked in the output).
 */
function sideRow(i, side) {
  const f = row(i, 0);
  if (side === 'ours' && i % 97 === 3) (f[STATUS] = '已承接'), (f[BATCH] = '2');
  if (side === 'theirs' && i % 89 === 5) f[NAME] = `${f[NAME]}（修订）`;
  if (i % 1000 === 11) f[STATUS] = side === 'ours' ? '已承接' : side === 'theirs' ? '暂缓承接' : f[STATUS];
  return f;
}

async function writeSide(path, n, side) {
  if (existsSync(path)) return path;
  const out = createWriteStream(path + '.part');
  out.write('\ufeff' + HEADERS.join(',') + '\r\n');
  for (let i = 0; i < n; i++) {
    if (side === 'ours' && i % 300 === 17) continue; // deleted on ours
    if (side === 'theirs' && i % 400 === 19) continue; // deleted on theirs
    if (!out.write(sideRow(i, side).map(q).join(',') + '\r\n')) await once(out, 'drain');
    if (side !== 'base' && i % 500 === 23) out.write(row(n * (side === 'ours' ? 2 : 3) + i, 0).map(q).join(',') + '\r\n'); // added
  }
  out.end();
  await once(out, 'finish');
  renameSync(path + '.part', path);
  return path;
}

/** The three generated lists (base, ours, theirs), CSV. */
export async function genThree(n = N) {
  return Promise.all(['base', 'ours', 'theirs'].map((side) => writeSide(`${DATA}merge-${side}-${n}.csv`, n, side)));
}

/** Baseline: reading the inputs with qingdan's readers (items kept, as merge keeps them). */
export async function readAll(paths) {
  const { expandInputs, readList } = await import(dist('bundle/index.js'));
  let n = 0;
  for (const p of await expandInputs(paths)) n += (await readList(p)).items.length;
  return `${n} rows read`;
}

async function inTemp(ext, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-bench-merge-'));
  try {
    return await fn(join(dir, `merged.${ext}`));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Subject: qingdan merge of department lists into one YAML list (read, merge, write). */
export async function consolidate(paths) {
  const { mergeFiles } = await import(dist('bundle/index.js'));
  return inTemp('yaml', async (output) => {
    const r = await mergeFiles({ inputs: paths, output, conflicts: 'mark' });
    return `${r.summary.items} items, ${r.summary.conflicts} conflicts`;
  });
}

/** Subject: qingdan merge --base of the three generated lists into a CSV (read, merge, write). */
export async function threeWay(base, ours, theirs) {
  const { mergeFiles } = await import(dist('bundle/index.js'));
  return inTemp('csv', async (output) => {
    const r = await mergeFiles({ inputs: [ours, theirs], base, output, conflicts: 'mark' });
    return `${r.summary.items} items, ${r.summary.conflicts} conflicts, ${r.summary.deleted} deleted`;
  });
}

/** The cases, in the shape bench/run.mjs takes. */
export async function cases() {
  const out = [];
  if (existsSync(JINAN)) {
    out.push({
      id: 'consolidate-jinan', title: 'consolidate the department lists of examples/jinan (46 files, 3,250 rows)', target: 1.5,
      baseline: { label: 'the bare library of each format reading the same files', fn: 'bareAny', args: [[JINAN]] },
      extra: { label: 'qingdan reading them', fn: 'readAll', args: [[JINAN]] },
      subject: { fn: 'consolidate', args: [[JINAN]] },
    });
  }
  const three = await genThree(N);
  out.push({
    id: `three-way-${N}`, title: `three-way merge of three ${N.toLocaleString('en')}-row lists`, target: 1.5,
    baseline: { label: 'csv-parse streaming of the three files, rows counted', fn: 'bareCsv', args: [three] },
    extra: { label: 'qingdan reading them', fn: 'readAll', args: [three] },
    subject: { fn: 'threeWay', args: three },
  });
  return out;
}
