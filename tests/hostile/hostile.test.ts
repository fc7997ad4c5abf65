import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { makeHostileFiles, type HostileCase } from './make-files.js';

const LIMIT_MS = 10_000;
const LIMIT_RSS = 512 * 1024 * 1024;

let dir: string;
let cases: HostileCase[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-hostile-'));
  cases = makeHostileFiles(join(dir, 'in'));
});

describe('hostile input: exit 2 with a message naming the file, bounded time and memory, nothing written', () => {
  const names = makeHostileFiles(mkdtempSync(join(tmpdir(), 'qingdan-names-'))).map((c) => c.name);
  it.each(names)('%s', async (name) => {
    const c = cases.find((x) => x.name === name)!;
    const out = join(dir, `${basename(c.file)}.out.json`);
    const r = await runCli(['export', c.file, '-o', out, ...(c.args ?? [])]);
    expect(r.signal, 'killed: it hung').toBeNull();
    expect(r.code, r.stderr).toBe(c.code);
    expect(r.stderr).not.toMatch(/\n\s+at /u); // no stack trace
    if (c.code === 2) {
      expect(r.stderr).toContain(basename(c.file));
      expect(r.stderr).toMatch(c.message);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    }
    expect(r.ms).toBeLessThan(LIMIT_MS);
    expect(r.rss).toBeGreaterThan(0);
    expect(r.rss).toBeLessThan(LIMIT_RSS);
  });

  it('says it in English with --lang en', async () => {
    const c = cases.find((x) => x.name === 'csv unbalanced quote')!;
    const r = await runCli(['export', c.file, '-o', join(dir, 'en.json'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/quote\.csv, row 3: malformed CSV: a quoted cell in row 3 is never closed/u);
  });

  it('shows the stack of an input error only with QINGDAN_DEBUG=1', async () => {
    const c = cases.find((x) => x.name === 'csv empty file')!;
    const r = await runCli(['export', c.file, '-o', join(dir, 'dbg.json')], { env: { QINGDAN_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /u);
  });
});
