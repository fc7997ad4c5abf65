/**
 * Nothing lost, nothing damaged (issue 8, part 2 and 6): a kill mid-write leaves the old output
 * intact, an input is never the output, two writers never interleave, the same command gives the
 * same bytes, formula-like text is neutralised in .csv and .xlsx and reads back as written.
 * Everything runs the built CLI (bin/qingdan.js) as a real process.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { run } from '../../src/cli/main.js';
import { readList } from '../../src/read/index.js';
import { BIN, ROOT, runCli } from '../helpers/cli.js';
import { bigCsv, listYaml } from './make-files.js';

const ENV = { NO_COLOR: '1', LANG: 'zh_CN.UTF-8' };
const ROWS = 40_000;
const tmpFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

let dir: string;
let big: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-writes-'));
  big = join(dir, 'big.csv');
  writeFileSync(big, bigCsv(ROWS));
});

/** The item codes of a file as qingdan reads it (it must read). */
async function codesOf(path: string): Promise<string[]> {
  return (await readList(path)).items.map((i) => i.code);
}

/** Runs the CLI in this process (quicker, for setting up), quietly; the exit code. */
async function qingdanIn(...args: string[]): Promise<number> {
  const ctx = { lang: 'zh-CN' as const, color: false, tty: false, code: 0, out: () => undefined, err: () => undefined, exit: (c: number) => void (ctx.code = Math.max(ctx.code, c)) };
  return run(args, ctx);
}

interface Killed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  /** The temporary file was seen (the process had started writing) and the signal sent. */
  sent: boolean;
}

/** Starts `qingdan ...args` and sends `signal` the moment a temporary file for `outName` appears in `outDir`. */
function killWhenWriting(args: string[], outDir: string, outName: string, signal: NodeJS.Signals): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...ENV }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    let sent = false;
    const isTmp = (f: string): boolean => f.startsWith(`.${outName}.`) && f.endsWith('.tmp');
    const fire = (): void => {
      if (sent) return;
      sent = true;
      child.kill(signal);
    };
    // inotify tells at once; the poll is the fallback where watching is not available.
    const watcher = watch(outDir, (_e, f) => void (f && isTmp(String(f)) && fire()));
    const poll = setInterval(() => void (readdirSync(outDir).some(isTmp) && fire()), 5);
    const guard = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code, sig) => {
      clearInterval(poll);
      clearTimeout(guard);
      watcher.close();
      resolve({ code, signal: sig, stderr, sent });
    });
  });
}

describe('a kill during the write leaves the old output intact', () => {
  const cases = [
    ['.csv', 'SIGKILL'],
    ['.csv', 'SIGINT'],
    ['.xlsx', 'SIGKILL'],
    ['.xlsx', 'SIGINT'],
  ] as const;
  it.each(cases)('%s, %s', async (ext, signal) => {
    const outDir = join(dir, `kill-${signal}${ext}`);
    mkdirSync(outDir);
    const small = join(outDir, 'small.yaml');
    writeFileSync(small, listYaml(['OLD1', 'OLD2', 'OLD3']));
    const out = join(outDir, `OUT${ext}`);
    expect(await qingdanIn('export', small, '-o', out)).toBe(0);
    const before = readFileSync(out);

    for (let attempt = 1; ; attempt++) {
      const r = await killWhenWriting(['export', big, '-o', out, '--force'], outDir, `OUT${ext}`, signal);
      expect(r.sent, `the temporary file never appeared: ${r.stderr}`).toBe(true);
      if (!readFileSync(out).equals(before)) {
        // The signal landed after the rename (a loaded machine): the new file must then be whole. Try again.
        expect(await codesOf(out)).toHaveLength(ROWS);
        expect(attempt, 'could not interrupt the write in three attempts').toBeLessThan(3);
        writeFileSync(out, before);
        continue;
      }
      if (signal === 'SIGKILL') {
        expect(r.signal).toBe('SIGKILL');
      } else {
        // Ctrl-C: the handler removes the temporary file, says so, and exits 128 + 2.
        expect(r.code, r.stderr).toBe(130);
        expect(r.stderr).toMatch(/SIGINT 中断/u);
        expect(r.stderr).not.toMatch(/\n\s+at /u);
        expect(tmpFiles(outDir)).toEqual([]);
      }
      break;
    }
    expect(await codesOf(out)).toEqual(['OLD1', 'OLD2', 'OLD3']);
  }, 120_000);
});

describe('an input is never the output', () => {
  let d: string;
  let a: string;
  beforeAll(() => {
    d = join(dir, 'in-out');
    mkdirSync(d);
    a = join(d, 'a.yaml');
  });
  const original = listYaml(['A1', 'A2']);

  it('refuses export a.yaml -o a.yaml (even with --force), names the file and leaves it as it was', async () => {
    writeFileSync(a, original);
    for (const extra of [[], ['--force']]) {
      const r = await runCli(['export', a, '-o', a, ...extra], { env: ENV });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a.yaml');
      expect(r.stderr).toMatch(/输出文件就是输入文件.*--in-place/u);
      expect(readFileSync(a, 'utf8')).toBe(original);
    }
    expect(tmpFiles(d)).toEqual([]);
  });

  it('sees through another spelling of the path, a symbolic link and a hard link', async () => {
    writeFileSync(a, original);
    symlinkSync(a, join(d, 'sym.yaml'));
    linkSync(a, join(d, 'hard.yaml'));
    const attempts = [
      [a, join(d, 'sub', '..', 'a.yaml')],
      [join(d, 'sym.yaml'), a],
      [a, join(d, 'sym.yaml')],
      [a, join(d, 'hard.yaml')],
    ];
    for (const [input, output] of attempts) {
      const r = await runCli(['export', input, '-o', output, '--force'], { env: ENV });
      expect(r.code, `${input} -> ${output}`).toBe(2);
      expect(r.stderr).toMatch(/输出文件就是输入文件/u);
    }
    expect(readFileSync(a, 'utf8')).toBe(original);
  });

  it('rewrites the input with --in-place', async () => {
    writeFileSync(a, `# 手写的注释\n${original}`);
    const r = await runCli(['export', a, '-o', a, '--in-place'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const doc = parse(readFileSync(a, 'utf8'));
    expect(doc.items.map((i: { code: string }) => i.code)).toEqual(['A1', 'A2']);
    expect(readFileSync(a, 'utf8')).not.toContain('手写的注释');
  });

  it('refuses an existing output without --force and names it', async () => {
    writeFileSync(a, original);
    const out = join(d, '旧输出.csv');
    writeFileSync(out, 'old content');
    const r = await runCli(['export', a, '-o', out], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('旧输出.csv');
    expect(r.stderr).toMatch(/已存在.*--force/u);
    expect(readFileSync(out, 'utf8')).toBe('old content');
    const en = await runCli(['export', a, '-o', out, '--lang', 'en'], { env: ENV });
    expect(en.stderr).toMatch(/旧输出\.csv: the output file exists; add --force/u);
  });

  it('holds for merge -o and sync --write too', async () => {
    writeFileSync(a, original);
    const b = join(d, 'b.yaml');
    writeFileSync(b, listYaml(['B1']));
    const m = await runCli(['merge', a, b, '-o', b, '--force'], { env: ENV });
    expect(m.code).toBe(2);
    expect(m.stderr).toMatch(/b\.yaml.*输出文件就是输入文件/u);
    const cat = join(d, 'cat.yaml');
    writeFileSync(cat, listYaml(['A1', 'A2', 'A3']));
    const list = join(d, 'list.yaml');
    const listText = 'kind: delegation\ndepartment: 市民政局\nitems:\n  - { code: "A1", name: 事项A1, category: 行政许可, decision: 不下放, reason: 无 }\n';
    writeFileSync(list, listText);
    const s = await runCli(['sync', '--catalogue', cat, list, '--write', list, '--format', 'json'], { env: ENV });
    expect(s.code).toBe(2);
    expect(readFileSync(list, 'utf8')).toBe(listText);
    const inPlace = await runCli(['sync', '--catalogue', cat, list, '--write', list, '--in-place', '--format', 'json'], { env: ENV });
    expect([0, 1], inPlace.stderr).toContain(inPlace.code);
    expect(readFileSync(list, 'utf8')).not.toBe(listText);
  });
});
