import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate, validateFiles } from '../../src/index.js';

const F = 'tests/fixtures/validate';
const OPTS = { catalogue: `${F}/catalogue.yaml`, config: false, baseline: false } as const;

describe('validateFiles', () => {
  it('reports as validate() does, and writes the findings as a baseline when asked', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qingdan-job-')), 'baseline.yaml');
    const report = await validateFiles([`${F}/defects-market.yaml`], { ...OPTS, writeBaseline: out });
    expect(report).toEqual(await validate([`${F}/defects-market.yaml`], OPTS));
    const text = readFileSync(out, 'utf8');
    for (const rule of new Set(report.findings.map((f) => f.rule))) expect(text).toContain(`rule: ${rule}`);
  });
});
