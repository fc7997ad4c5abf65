/** diffFiles keeps fingerprints, not rows: a 100,000-row pair is compared within a 64 MiB heap (issue 9, item 3). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the bench, without types
import { generatePair } from '../../bench/gen-diff-pair.mjs';

const ROWS = 100_000;
let dir: string;
let expected: { changed: number; removed: number; added: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qingdan-diff-mem-'));
  expected = await generatePair(dir, ROWS);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diffFiles in bounded memory', () => {
  it('compares two 100,000-row CSV lists with a 64 MiB heap and finds every change', () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', '--import', 'tsx', 'tests/diff/memory-child.mts', join(dir, 'old.csv'), join(dir, 'new.csv')], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/heap out of memory/u);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.summary).toEqual({ ...expected, cancelled: 0, recoded: 0, transferred: 0, regressions: 0, takenBack: 0, unchanged: ROWS - expected.changed - expected.removed });
    expect(out.changedFields).toEqual([['name', 'legalBasis']]);
  }, 300_000);
});
