/** The bundled examples: validate reports exactly the findings examples/ documents, rule by rule. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { validate } from '../../src/check/run.js';

interface Expected { rule: string; file: string; sheet?: string; row?: number; column?: string; code?: string; details?: Record<string, unknown> }

const load = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const place = (f: Expected | Finding, dir: string): string =>
  [f.rule, f.file?.replace(dir, ''), f.sheet ?? '', f.row ?? '', f.code ?? ''].join(' | ');

/** Whether `found` has every key of `expected` with the same value (paths compared relative to the example). */
function agrees(found: unknown, expected: unknown, dir: string): boolean {
  if (typeof expected === 'string' && typeof found === 'string') return found.replace(dir, '') === expected;
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!found || typeof found !== 'object') return false;
    return Object.entries(expected).every(([k, v]) => agrees((found as Record<string, unknown>)[k], v, dir));
  }
  return JSON.stringify(found) === JSON.stringify(expected);
}

/** Each expected detail that the rule itself defines must be what it found (notes like becauseOf are the example's own). */
function detailsAgree(found: Finding, expected: Expected, dir: string): Record<string, unknown> {
  const diff: Record<string, unknown> = {};
  const details = found.details as object as Record<string, unknown>;
  for (const [k, v] of Object.entries(expected.details ?? {})) {
    if (k in details && !agrees(details[k], v, dir)) diff[k] = { expected: v, found: details[k] };
  }
  if (expected.column !== undefined && expected.column !== found.column) diff.column = { expected: expected.column, found: found.column };
  return diff;
}

async function review(dir: string, inputs: string[], catalogue: string) {
  return validate(inputs.map((p) => dir + p), { catalogue: dir + catalogue, config: false, baseline: false });
}

describe('examples/small', () => {
  const dir = 'examples/small/';

  it('reports every documented finding and nothing else', async () => {
    const report = await review(dir, ['delegation.yaml', 'zone.yaml'], 'catalogue.yaml');
    const expected = load<Expected[]>(`${dir}expected-findings.json`);
    expect(report.findings.map((f) => place(f, dir)).sort()).toEqual(expected.map((f) => place(f, dir)).sort());
    const byPlace = new Map(report.findings.map((f) => [place(f, dir), f]));
    for (const e of expected) expect(detailsAgree(byPlace.get(place(e, dir))!, e, dir), place(e, dir)).toEqual({});
    expect(report.summary.byRule).toEqual(load(`${dir}expected-counts.json`));
    expect(report.failed).toBe(false);
  });
});

describe('examples/jinan', () => {
  const dir = 'examples/jinan/';

  it('reports the documented defects rule by rule, and the documented counts', async () => {
    const report = await review(dir, ['depts', 'zone-2016.xlsx'], 'catalogue-2016.xlsx');
    expect(report.summary.unreadable).toBe(0);
    expect(report.summary.byRule).toEqual(load(`${dir}expected-counts.json`));
    // Every finding is listed except pending-acceptance and partial-delegation, which are only counted.
    const listed = report.findings.filter((f) => f.rule !== 'pending-acceptance' && f.rule !== 'partial-delegation');
    const expected = load<Expected[]>(`${dir}expected-findings.json`);
    const rules = [...new Set(expected.map((e) => e.rule))].sort();
    for (const rule of rules) {
      expect(listed.filter((f) => f.rule === rule).map((f) => place(f, dir)).sort(), rule).toEqual(
        expected.filter((e) => e.rule === rule).map((e) => place(e, dir)).sort(),
      );
    }
    expect(listed.filter((f) => !rules.includes(f.rule))).toEqual([]);
    const byPlace = new Map(listed.map((f) => [place(f, dir), f]));
    for (const e of expected) expect(detailsAgree(byPlace.get(place(e, dir))!, e, dir), place(e, dir)).toEqual({});
  });
});
