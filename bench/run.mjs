// npm run bench: every benchmark of the issues in one report. Each qingdan job, as a user runs it
// (the CLI or the job function, output included), runs beside its baseline — the bare library doing
// the least the job needs (bench/bare.mjs) — in the same run, interleaved, each in a fresh process,
// median of several runs; figures are ratios (CPU seconds of qingdan / CPU seconds of the baseline).
// A case may add an extra column (qingdan's own reading of the same files). Writes bench/results.md.
//   node bench/run.mjs [--large] [--only NAME] [--runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const argv = process.argv.slice(2);
const large = argv.includes('--large');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 3;

/** The node flags of bin/qingdan.js's first line (`#!/usr/bin/env -S node --flag …`). */
const BIN_FLAGS = readFileSync(new URL('../bin/qingdan.js', import.meta.url), 'utf8').split('\n')[0].split(/\s+/).filter((w) => w.startsWith('--'));

function measure(mod, fn, args, heap) {
  // Both sides run with the flags bin/qingdan.js gives node (its first line; the reasons are in it),
  // so the comparison is of the code, not of the node settings.
  const node = ['--max-old-space-size=' + (heap ?? 8192), ...BIN_FLAGS];
  const r = spawnSync(process.execPath, [...node, new URL('./worker.mjs', import.meta.url).pathname, mod, fn, JSON.stringify(args)], {
    encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' },
  });
  const line = (r.stdout ?? '').split('\n').find((l) => l.startsWith('@@bench '));
  if (!line) throw new Error(`${mod}.${fn} failed (exit ${r.status}): ${(r.stderr ?? '').slice(-2000)}`);
  return JSON.parse(line.slice(8));
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mib = (b) => `${(b / 1024 / 1024).toFixed(0)} MiB`;
const s = (x) => `${x.toFixed(2)} s`;

const modules = readdirSync(new URL('./cases/', import.meta.url)).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -4)).sort();
const rows = [];
for (const mod of modules) {
  if (only && !mod.includes(only)) continue;
  const m = await import(new URL(`./cases/${mod}.mjs`, import.meta.url));
  const list = await m.cases({ large });
  for (const c of list) {
    const n = c.runs ?? runs;
    const base = [];
    const subj = [];
    const extra = [];
    process.stderr.write(`bench ${mod}/${c.id} `);
    let failure;
    for (let i = 0; i < n && !failure; i++) {
      // Interleaved, so a slow moment of this shared machine hits both sides alike.
      try {
        base.push(measure(mod, c.baseline.fn, c.baseline.args ?? [], c.heap));
        subj.push(measure(mod, c.subject.fn, c.subject.args ?? [], c.heap));
        if (c.extra) extra.push(measure(mod, c.extra.fn, c.extra.args ?? [], c.heap));
      } catch (err) {
        failure = err;
      }
      process.stderr.write('.');
    }
    if (failure) {
      // One broken case is reported and does not stop the others.
      process.stderr.write(` failed: ${String(failure.message).split('\n').slice(0, 3).join(' ')}\n`);
      rows.push({ group: mod, id: c.id, title: c.title, baseline: c.baseline.label, failed: String(failure.message).split('\n')[0] });
      continue;
    }
    const b = { cpu: median(base.map((x) => x.cpu)), wall: median(base.map((x) => x.wall)), rss: Math.max(...base.map((x) => x.rss)) };
    const q = { cpu: median(subj.map((x) => x.cpu)), wall: median(subj.map((x) => x.wall)), rss: Math.max(...subj.map((x) => x.rss)) };
    const ratio = q.cpu / b.cpu;
    const memRatio = q.rss / b.rss;
    // Every target of the case: the CPU ratio, the memory ratio to the baseline, the peak RSS.
    const checks = [];
    if (c.target !== undefined) checks.push({ text: `≤ ${c.target}×`, ok: ratio <= c.target });
    if (c.memTarget !== undefined) checks.push({ text: `RSS ≤ ${c.memTarget.toFixed(2)}× baseline`, ok: memRatio <= c.memTarget });
    if (c.maxRss !== undefined) checks.push({ text: `RSS ≤ ${mib(c.maxRss)}`, ok: q.rss <= c.maxRss });
    const ok = checks.length === 0 ? '' : checks.every((k) => k.ok) ? 'met' : `missed ${checks.filter((k) => !k.ok).map((k) => k.text).join(', ')}`;
    const x = extra.length ? { cpu: median(extra.map((e) => e.cpu)), label: c.extra.label } : undefined;
    process.stderr.write(` ${ratio.toFixed(2)}×${x ? ` (${(q.cpu / x.cpu).toFixed(2)}× ${x.label})` : ''}\n`);
    rows.push({ group: mod, id: c.id, title: c.title, baseline: c.baseline.label, b, q, ratio, memRatio, x, target: checks.map((k) => k.text).join(', '), ok, note: subj[0].result ?? '' });
  }
}

const lines = [
  '# qingdan benchmarks',
  '',
  `Written by \`npm run bench\`${large ? ' --large' : ''} on ${new Date().toISOString().slice(0, 16)} · node ${process.version} · ${cpus().length} cores · ${mib(totalmem())} · median of ${runs} runs, each in a fresh process.`,
  'Ratio = CPU time of qingdan ÷ CPU time of the baseline measured in the same run (lower is better). RSS = peak resident memory.',
  '',
  'The baseline is the bare library doing the least the job needs; "vs qingdan\'s reader" is the same job against qingdan reading the same files (an extra column, where given).',
  '',
  '| bench | baseline | baseline CPU / wall / RSS | qingdan CPU / wall / RSS | ratio | memory ratio | vs qingdan\'s reader | target | |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map((r) => r.failed ? `| ${r.group}: ${r.title} | ${r.baseline} | | failed: ${r.failed} | | | | | failed |` : `| ${r.group}: ${r.title} | ${r.baseline} | ${s(r.b.cpu)} / ${s(r.b.wall)} / ${mib(r.b.rss)} | ${s(r.q.cpu)} / ${s(r.q.wall)} / ${mib(r.q.rss)} | **${r.ratio.toFixed(2)}×** | ${r.memRatio.toFixed(2)}× | ${r.x ? `${(r.q.cpu / r.x.cpu).toFixed(2)}× (${s(r.x.cpu)})` : ''} | ${r.target} | ${r.ok} |`),
  '',
];
writeFileSync(new URL('./results.md', import.meta.url), lines.join('\n'));
process.stdout.write(lines.join('\n'));
