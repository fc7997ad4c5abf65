/**
 * Hostile .xlsx that must still read (issue 8): a used range of a million styled rows, links to the
 * network, formulas. The refused ones (bombs, broken zips, encrypted, legacy, impostors) are cases of
 * make-files.ts run by hostile.test.ts (zh-CN messages); here each of them is checked to have its own
 * English message. All through the built CLI with the RSS probe.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli, type CliRun } from '../helpers/cli.js';
import { formulaWorkbook, linkedWorkbook, makeHostileFiles, styledEmptyRows, type HostileCase } from './make-files.js';

const LIMIT_MS = 10_000;
const LIMIT_RSS = 512 * 1024 * 1024;
const NO_NETWORK = pathToFileURL(join(import.meta.dirname, 'no-network.mjs')).href;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-xlsx-hostile-'));
});

function bounded(r: CliRun): void {
  expect(r.signal, 'killed: it hung').toBeNull();
  expect(r.stderr).not.toMatch(/\n\s+at /u);
  expect(r.ms).toBeLessThan(LIMIT_MS);
  expect(r.rss).toBeGreaterThan(0);
  expect(r.rss).toBeLessThan(LIMIT_RSS);
}

type Doc = { items: Record<string, string>[] };
/** Exports a generated workbook to YAML through the CLI; the run and the items written. */
async function exportXlsx(name: string, bytes: Buffer, env: NodeJS.ProcessEnv = {}): Promise<{ r: CliRun; doc?: Doc }> {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, `${name}.yaml`);
  const r = await runCli(['export', file, '-o', out], { env });
  return { r, doc: existsSync(out) ? (parse(readFileSync(out, 'utf8')) as Doc) : undefined };
}

describe('hostile .xlsx that reads', () => {
  it('a used range claiming 1,048,576 styled rows over a few data rows reads fast, in little memory', async () => {
    const { r, doc } = await exportXlsx('styled-rows.xlsx', styledEmptyRows(250_000));
    expect(r.code, r.stderr).toBe(0);
    bounded(r);
    expect(doc!.items.map((i) => i.code)).toEqual(['370100001', '370100002', '370100003']);
  });

  describe('links are never followed', () => {
    let server: Server;
    let connections = 0;
    beforeAll(async () => {
      server = createServer((s) => {
        connections++;
        s.destroy();
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    });
    afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

    it('an external-link part and hyperlinks (to 127.0.0.1:9 and a listening port): read offline, no connection made', async () => {
      const port = (server.address() as { port: number }).port;
      const log = join(dir, 'net.log');
      const { r, doc } = await exportXlsx('linked.xlsx', linkedWorkbook(['http://127.0.0.1:9/', `http://127.0.0.1:${port}/`]), {
        NODE_OPTIONS: `--import=${NO_NETWORK}`,
        QINGDAN_NET_LOG: log,
      });
      expect(r.code, r.stderr).toBe(0);
      bounded(r);
      expect(doc!.items).toHaveLength(3);
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
      expect(connections).toBe(0);
    });
  });

  it('formulas are never evaluated: a formula cell reads as its cached value, one without a cached value as empty', async () => {
    const { r, doc } = await exportXlsx('formulas.xlsx', formulaWorkbook(), { NODE_OPTIONS: `--import=${NO_NETWORK}` });
    expect(r.code, r.stderr).toBe(0);
    bounded(r);
    const [a, b, c] = doc!.items;
    expect(a.name).toBe('食品经营许可');
    // =1+1 would be 2; the cached value is what the file says.
    expect(b.code).toBe('370100002');
    expect(b.legalBasis).toBe('《药品管理法》');
    // =NOW() with no cached value: nothing is computed.
    expect(c.legalBasis).toBeUndefined();
  });
});

describe('refused .xlsx: each defect has its own message', () => {
  let cases: HostileCase[];
  beforeAll(() => {
    cases = makeHostileFiles(join(dir, 'in')).filter((c) => c.name.startsWith('xlsx'));
  });

  // hostile.test.ts checks each zh-CN message; here the English ones, and that no two say the same.
  it('the en messages name the file, say what is wrong, and differ from case to case', async () => {
    const runs = await Promise.all(cases.map(async (c) => {
      const out = join(dir, `${basename(c.file)}.json`);
      return { c, en: await runCli(['export', c.file, '-o', out, '--lang', 'en']), written: existsSync(out) };
    }));
    const seen = new Map<string, string>();
    for (const { c, en, written } of runs) {
      expect(en.code, c.name).toBe(2);
      expect(written, c.name).toBe(false);
      bounded(en);
      expect(en.stderr.trim().split('\n'), c.name).toHaveLength(1);
      expect(en.stderr, c.name).toContain(basename(c.file));
      expect(en.stderr, c.name).not.toMatch(/[，：（）]/u);
      const what = en.stderr.replace(/^qingdan: [^:]*: /u, '').replace(/\d+/gu, 'N');
      expect(seen.get(what), `${c.name} says the same as ${seen.get(what)}`).toBeUndefined();
      seen.set(what, c.name);
    }
    expect(seen.size).toBe(cases.length);
  }, 60_000);
});
