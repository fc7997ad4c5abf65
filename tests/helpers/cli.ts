/**
 * The one CLI harness of the tests: `runInProcess` runs the CLI in this process (src/, as vitest
 * loads it), `runCli` runs the built CLI (bin/qingdan.js) as a real subprocess, measuring its peak
 * memory and time.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { run } from '../../src/cli/main.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'qingdan.js');
const PROBE = join(ROOT, 'tests', 'hostile', 'rss-probe.mjs');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time in milliseconds. */
  ms: number;
  /** Peak resident memory in bytes (0 when the process died before it could say). */
  rss: number;
}

/** Runs `qingdan ...args`; kills it after `timeoutMs` (a hang shows as signal SIGKILL). */
export function runCli(args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number; input?: string } = {}): Promise<CliRun> {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-rss-'));
  const rssFile = join(dir, 'rss');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', PROBE, BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: undefined, LANG: 'zh_CN.UTF-8', ...opts.env, QINGDAN_RSS_FILE: rssFile },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.end(opts.input ?? '');
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      let rss = 0;
      try {
        rss = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        /* the process died before its exit hook */
      }
      rmSync(dir, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, rss });
    });
  });
}

export interface InProcessRun {
  code: number;
  stdout: string;
  /** Everything written to stderr, through the CLI context or straight to process.stderr, in order. */
  stderr: string;
}

export interface InProcessOptions {
  /** The message language; by default en when an argument is `en` (as with --lang en), else zh-CN. */
  lang?: 'zh-CN' | 'en';
  /** Pretend stdout is a terminal (colour and progress; the format is pretty by default either way). */
  tty?: boolean;
  color?: boolean;
  /**
   * Columns pretty output fits in, as the terminal's width would (default 1000: content, not layout,
   * is what most tests read; a test of the layout gives a width; bin/qingdan.js in a pipe uses 80).
   */
  width?: number;
}

/** Runs `qingdan ...argv` in process, as bin/qingdan.js would with NO_COLOR and stdout not a terminal. */
export async function runInProcess(argv: readonly string[], opts: InProcessOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const lang = opts.lang ?? (argv.includes('en') ? 'en' : 'zh-CN');
  const ctx = {
    lang, color: opts.color ?? false, tty: opts.tty ?? false, code: 0, width: opts.width ?? 1000,
    out: (t: string) => void (stdout += t),
    err: (t: string) => void (stderr += t),
    exit: (c: number) => void (ctx.code = Math.max(ctx.code, c)),
  };
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    const code = await run(argv, ctx);
    return { code, stdout, stderr };
  } finally {
    spy.mockRestore();
  }
}
