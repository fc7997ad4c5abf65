import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList, readLists } from '../../src/read/index.js';
import { status } from '../../src/index.js';
import { runCli, runInProcess } from '../helpers/cli.js';

const FIX = join(import.meta.dirname, '..', 'status', 'fixtures');
const DEPTS = join(FIX, 'depts');
const CAT = join(FIX, 'catalogue.yaml');

async function cli(argv: string[], lang: 'zh-CN' | 'en' = 'zh-CN'): Promise<{ code: number; out: string; err: string }> {
  const { code, stdout, stderr } = await runInProcess(argv, { lang });
  return { code, out: stdout, err: stderr };
}

describe('qingdan status', () => {
  it('--format json equals the library result for the same files', async () => {
    const r = await cli(['status', DEPTS, '--catalogue', CAT, '--format', 'json']);
    expect(r.code).toBe(0);
    const { lists } = await readLists([DEPTS]);
    const expected = status(lists, { catalogue: await readList(CAT, { kind: 'catalogue' }) });
    expect(JSON.parse(r.out)).toEqual(expected);
    expect(expected.totals).toMatchObject({ catalogue: 8, listed: 7, disputes: { open: 1, resolved: 1 }, partial: 1, batches: { 1: 2, 2: 1 } });
  });

  it('prints the contract JSON with --format json', async () => {
    const r = await cli(['status', DEPTS, '--format', 'json']);
    expect(JSON.parse(r.out).catalogueFile).toBeNull();
  });

  it('prints the table in English and in Chinese', async () => {
    const en = await cli(['status', DEPTS, '--catalogue', CAT, '-f', 'pretty', '--lang', 'en'], 'en');
    expect(en.out.split('\n').find((l) => l.startsWith('Total'))?.split(/\s{2,}/u).slice(0, 3)).toEqual(['Total', '8', '7']);
    const zh = await cli(['status', DEPTS, '-f', 'pretty']);
    expect(zh.out.split('\n').find((l) => l.startsWith('合计'))?.split(/\s{2,}/u).slice(0, 3)).toEqual(['合计', '—', '7']);
  });

  it('prints markdown', async () => {
    const r = await cli(['status', DEPTS, '-f', 'markdown', '--lang', 'en'], 'en');
    expect(r.out).toContain('| **Total** |');
  });

  it('--who answers per code, with the catalogue department for an unlisted code', async () => {
    const r = await cli(['status', DEPTS, '--catalogue', CAT, '--who', '370100-XK-0001', '370100-QR-0103', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual([
      {
        code: '370100-XK-0001', name: '食品经营许可', exercisedBy: 'zone', department: '市市场监管局', why: 'accepted', batch: 1, acceptedOn: '2016-06-30',
        confirmations: { delegator: '济市监函〔2016〕12号', receiver: '济高管函〔2016〕30号' }, file: join(DEPTS, 'market.yaml'), row: expect.any(Number),
      },
      { code: '370100-QR-0103', name: '学历认证', exercisedBy: 'department', department: '市教育局', why: 'unknown' },
    ]);
  });

  it('--who takes codes only up to the first path, or CODE,CODE (issue 13 point 10)', async () => {
    const spaced = await cli(['status', '--who', '370100-XK-0001', '370100-QR-0103', DEPTS, '--catalogue', CAT, '--format', 'json']);
    expect(spaced.code).toBe(0);
    expect(JSON.parse(spaced.out).map((a: { code: string }) => a.code)).toEqual(['370100-XK-0001', '370100-QR-0103']);
    const commas = await cli(['status', '--who', '370100-XK-0001,370100-QR-0103', DEPTS, '--format', 'json']);
    expect(JSON.parse(commas.out).map((a: { code: string }) => a.code)).toEqual(['370100-XK-0001', '370100-QR-0103']);
  });

  it('--who answers “not in the catalogue” for a code nobody has, in every format', async () => {
    const json = await cli(['status', '--who', '370100-XX-9999', DEPTS, '--catalogue', CAT, '--format', 'json']);
    expect(JSON.parse(json.out)).toEqual({ code: '370100-XX-9999', exercisedBy: 'department', why: 'unknown', inCatalogue: false });
    const zh = await cli(['status', '--who', '370100-XX-9999', DEPTS, '--catalogue', CAT, '--format', 'pretty']);
    expect(zh.out).toContain('不在目录中');
    expect(zh.out).not.toContain('行使');
    const en = await cli(['status', '--who', '370100-XX-9999', DEPTS, '--catalogue', CAT, '--format', 'pretty', '--lang', 'en'], 'en');
    expect(en.out).toContain('not in the catalogue');
    const md = await cli(['status', '--who', '370100-XX-9999', DEPTS, '--format', 'markdown']);
    expect(md.out).toContain('不在目录中');
    expect(md.out).not.toContain('市级部门');
  });

  it('--who does not show an impossible acceptance date as a real one', async () => {
    const r = await cli(['status', '--who', '370100-CF-0329', 'examples/jinan/depts', '--format', 'pretty', '--lang', 'en'], 'en');
    expect(r.out).toContain('"2016-06-31" (not a valid date)');
    const zh = await cli(['status', '--who', '370100-CF-0329', 'examples/jinan/depts', '--format', 'pretty']);
    expect(zh.out).toContain('“2016-06-31”（日期无效）');
  });

  it('--html writes the dashboard atomically and refuses to replace it without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-status-'));
    const out = join(dir, 'report.html');
    const first = await cli(['status', DEPTS, '--html', out, '-f', 'json']);
    expect(first.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/u);
    writeFileSync(out, 'keep me');
    expect((await cli(['status', DEPTS, '--html', out])).code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect((await cli(['status', DEPTS, '--html', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('id="items"');
  });

  it('--title names the dashboard; without it the default, never a department file’s title rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-status-'));
    const titled = join(dir, 'titled.html');
    expect((await cli(['status', DEPTS, '--html', titled, '--title', '高新区承接进度'])).code).toBe(0);
    expect(readFileSync(titled, 'utf8')).toContain('<h1>高新区承接进度 · 承接进度</h1>');
    const plain = join(dir, 'plain.html');
    expect((await cli(['status', DEPTS, '--html', plain])).code).toBe(0);
    expect(readFileSync(plain, 'utf8')).toContain('<h1>承接进度</h1>');
  });

  it('never writes the dashboard over an input', async () => {
    const r = await cli(['status', CAT, join(DEPTS, 'market.yaml'), '--html', CAT, '--force']);
    expect(r.code).toBe(2);
    expect(readFileSync(CAT, 'utf8')).toMatch(/^kind: catalogue/u);
  });

  it('exits 2 and writes nothing when an input cannot be read, or none is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-status-'));
    const out = join(dir, 'report.html');
    expect((await cli(['status', join(DEPTS, 'missing.yaml'), '--html', out])).code).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect((await cli(['status'])).code).toBe(2);
  });
});

describe('qingdan status as a subprocess (bin/qingdan.js, built)', () => {
  it('prints the same JSON as in-process, and exit 2 naming an unreadable file', async () => {
    const inProcess = await cli(['status', DEPTS, '--catalogue', CAT, '--format', 'json']);
    const sub = await runCli(['status', DEPTS, '--catalogue', CAT, '--format', 'json']);
    expect(sub.code, sub.stderr).toBe(0);
    expect(JSON.parse(sub.stdout)).toEqual(JSON.parse(inProcess.out));
    const bad = await runCli(['status', join(DEPTS, 'missing.yaml'), '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('missing.yaml');
  });
});
