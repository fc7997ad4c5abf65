import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList, readLists, status, statusFiles } from '../../src/index.js';
import { whoReport } from '../../src/status/index.js';

const FIX = join(import.meta.dirname, '..', 'status', 'fixtures');
const DEPTS = join(FIX, 'depts');
const CAT = join(FIX, 'catalogue.yaml');

describe('statusFiles', () => {
  it('reads the files and counts as status() does over the same lists', async () => {
    const found = await statusFiles([DEPTS], { catalogue: CAT });
    const catalogue = await readList(CAT, { kind: 'catalogue' });
    const { lists } = await readLists([DEPTS]);
    expect(found).toEqual({ kind: 'status', report: status(lists, { catalogue }) });
  });

  it('answers --who instead of counting', async () => {
    const catalogue = await readList(CAT, { kind: 'catalogue' });
    const { lists } = await readLists([DEPTS]);
    const code = lists[0].items[0].code;
    expect(await statusFiles([DEPTS], { catalogue: CAT, who: [code] })).toEqual({ kind: 'who', report: whoReport([code], lists, catalogue) });
  });

  it('writes the dashboard when asked', async () => {
    const html = join(mkdtempSync(join(tmpdir(), 'qingdan-job-')), 'board.html');
    await statusFiles([DEPTS], { catalogue: CAT, html, lang: 'en' });
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/iu);
  });

  it('stops at an unreadable file, and at no input at all, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-job-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'items: [');
    const html = join(dir, 'board.html');
    await expect(statusFiles([bad], { html })).rejects.toMatchObject({ exitCode: 2 });
    await expect(statusFiles([])).rejects.toMatchObject({ exitCode: 2, key: 'usage' });
    expect(existsSync(html)).toBe(false);
  });
});
