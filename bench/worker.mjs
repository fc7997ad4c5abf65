// Runs one benchmark function in a fresh process and prints its CPU time and peak memory.
// Usage: node bench/worker.mjs <case-module> <function> <json-args>
import { readFileSync } from 'node:fs';
const [mod, fn, args] = process.argv.slice(2);
const t0 = performance.now();
const m = await import(new URL(`./cases/${mod}.mjs`, import.meta.url));
const result = await m[fn](...JSON.parse(args));
const wall = performance.now() - t0;
const cpu = process.cpuUsage();
process.stdout.write(`\n@@bench ${JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, wall: wall / 1000, rss: peakRss(), result })}\n`);

/**
 * This process's own peak resident memory. On Linux it is VmHWM of /proc/self/status: getrusage's
 * maxrss (process.resourceUsage) keeps the high-water mark of the parent that forked this process,
 * so every case would read at least the bench runner's own memory (about 106 MiB, with the data
 * it generated) — a floor under both sides that hid the ratio between them.
 */
function peakRss() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // Not Linux: getrusage's figure, with the caveat above.
  }
  return process.resourceUsage().maxRSS * 1024;
}
