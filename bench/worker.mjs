// Runs one benchmark function in a fresh process and prints its CPU time and peak memory.
// Usage: node bench/worker.mjs <case-module> <function> <json-args>
const [mod, fn, args] = process.argv.slice(2);
const t0 = performance.now();
const m = await import(new URL(`./cases/${mod}.mjs`, import.meta.url));
const result = await m[fn](...JSON.parse(args));
const wall = performance.now() - t0;
const cpu = process.cpuUsage();
const ru = process.resourceUsage();
process.stdout.write(`\n@@bench ${JSON.stringify({ cpu: (cpu.user + cpu.system) / 1e6, wall: wall / 1000, rss: ru.maxRSS * 1024, result })}\n`);
