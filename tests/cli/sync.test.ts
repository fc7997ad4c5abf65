import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { runInProcess } from '../helpers/cli.js';

const FIX = 'tests/fixtures/diff';
const CAT = `${FIX}/catalogue-new.yaml`;
const OLD = `${FIX}/catalogue-old.yaml`;
const LIST = `${FIX}/delegation.yaml`;

async function qingdan(...args: string[]) {
  const { code, stdout } = await runInProcess(['sync', ...args], { lang: 'en' });
  return { code, stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-sync-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('qingdan sync', () => {
  it('prints the contract JSON with --format json and exits 1 when the list has work to do', async () => {
    const { code, stdout } = await qingdan('--catalogue', CAT, LIST, '--from', OLD, '--format', 'json');
    expect(code).toBe(1);
    const r = JSON.parse(stdout);
    expect(r.summary).toEqual({ decide: 1, cancel: 1, update: 2, unknown: 1, recode: 1, merge: 0, split: 0 });
    expect(r.decide[0]).toMatchObject({ code: '370100-QR-0001', department: '市市场监管局', name: '食品小作坊登记' });
    expect(r.catalogueChanges.summary.recoded).toBe(1);
  });

  it('exits 0 for a list in sync', async () => {
    const path = join(dir, 'in-sync.yaml');
    writeFileSync(path, 'kind: delegation\nitems:\n  - { code: "370100-XK-0001", name: 食品经营许可, category: 行政许可, department: 市档案局, decision: 不下放, reason: 无 }\n');
    const cat = join(dir, 'cat.yaml');
    writeFileSync(cat, 'kind: catalogue\nitems:\n  - { code: "370100-XK-0001", name: 食品经营许可, category: 行政许可, department: 市档案局, legalBasis: 法 }\n');
    expect((await qingdan('-c', cat, path)).code).toBe(0);
  });

  it('prints pretty, markdown and html', async () => {
    expect((await qingdan('-c', CAT, LIST, '-f', 'pretty')).stdout).toContain('370100-QR-0001');
    expect((await qingdan('-c', CAT, LIST, '-f', 'markdown')).stdout).toMatch(/^### Catalogue sync/u);
    expect((await qingdan('-c', CAT, LIST, '-f', 'html', '--from', OLD)).stdout).toMatch(/^<!doctype html>[\s\S]*What changed in the catalogue/u);
  });

  it('writes the updated list with --write, in the format of the output', async () => {
    for (const ext of ['yaml', 'csv']) {
      const out = join(dir, `updated.${ext}`);
      expect((await qingdan('-c', CAT, LIST, '--from', OLD, '--write', out)).code).toBe(1);
      const items = (await readList(out)).items;
      expect(items.map((it) => it.code)).toContain('370100-XK-0102');
      expect(items.find((it) => it.code === '370100-QR-0001')?.decision).toBeUndefined();
    }
  });

  it('never overwrites the input unless --in-place, nor an existing file unless --force', async () => {
    const copy = join(dir, 'list.yaml');
    copyFileSync(LIST, copy);
    const before = readFileSync(copy, 'utf8');
    expect((await qingdan('-c', CAT, copy, '--write', copy)).code).toBe(2);
    expect(readFileSync(copy, 'utf8')).toBe(before);
    const other = join(dir, 'exists.yaml');
    writeFileSync(other, 'x');
    expect((await qingdan('-c', CAT, LIST, '--write', other)).code).toBe(2);
    expect(readFileSync(other, 'utf8')).toBe('x');
    expect((await qingdan('-c', CAT, copy, '--write', copy, '--in-place')).code).toBe(1);
    expect(readFileSync(copy, 'utf8')).not.toBe(before);
    expect(existsSync(copy)).toBe(true);
  });

  it('exits 2 without --catalogue', async () => {
    expect((await qingdan(LIST)).code).toBe(2);
  });
});
