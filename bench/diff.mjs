// Bench of `diff` (issue 5, item 6), for bench/run.mjs to gather: the keyed diff of a generated CSV pair
// as a ratio to reading both files without comparing, and against daff on the same pair.
// Usage: node bench/diff.mjs [rows=100000] [--daff]   (needs `npm run build`: it imports dist/)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePair } from './gen-diff-pair.mjs';

const rows = Number(process.argv.find((a) => /^\d+$/u.test(a)) ?? 100_000);
const withDaff = process.argv.includes('--daff');
const { diffFiles, readList } = await import('../dist/index.js');

const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
async function measure(name, fn) {
  const c0 = cpu();
  const t0 = performance.now();
  const out = await fn();
  return { name, cpu: cpu() - c0, wall: (performance.now() - t0) / 1000, rss: process.memoryUsage().rss, out };
}

const dir = mkdtempSync(join(tmpdir(), 'qingdan-bench-diff-'));
try {
  const expected = await generatePair(dir, rows);
  const a = join(dir, 'old.csv');
  const b = join(dir, 'new.csv');
  const read = await measure('read both', async () => {
    let n = 0;
    for (const p of [a, b]) await readList(p, { onItem: () => void n++ });
    return n;
  });
  const diff = await measure('qingdan diff', () => diffFiles(a, b));
  const results = [read, diff];
  if (withDaff) {
    const daff = (await import('daff')).default;
    const parse = (p) => readFileSync(p, 'utf8').split('\r\n').filter(Boolean).map((l) => l.split(','));
    results.push(await measure('daff', () => {
      const t1 = new daff.TableView(parse(a));
      const t2 = new daff.TableView(parse(b));
      const flags = new daff.CompareFlags();
      flags.addPrimaryKey('事项编码');
      const align = daff.compareTables(t1, t2, flags).align();
      const out = new daff.TableView([]);
      new daff.TableDiff(align, flags).hilite(out);
      return out.height;
    }));
  }
  const s = diff.out.summary;
  const ok = s.changed === expected.changed && s.removed === expected.removed && s.added === expected.added;
  console.log(JSON.stringify({
    rows,
    correct: ok,
    ratioToReading: +(diff.cpu / read.cpu).toFixed(2),
    results: results.map(({ name, cpu: c, wall, rss }) => ({ name, cpu: +c.toFixed(2), wall: +wall.toFixed(2), rssMiB: Math.round(rss / 2 ** 20) })),
  }, null, 2));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
