/** The bundled example's catalogue versions: diff finds exactly the changes examples/jinan documents. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/diff/index.js';

const DIR = 'examples/jinan';
const expected = JSON.parse(readFileSync(`${DIR}/catalogue-changes.json`, 'utf8')) as {
  added: { code: string }[];
  cancelled: { code: string }[];
  changed: { code: string; fields: Record<string, { old: string; new: string }> }[];
  transferred: { code: string; from: string; to: string }[];
  recoded: { oldCode: string; newCode: string }[];
};
const codes = (l: { code: string }[]): string[] => l.map((x) => x.code).sort();

describe('diff of examples/jinan/catalogue-2016.xlsx → catalogue-2017.xlsx', async () => {
  const d = await diffFiles(`${DIR}/catalogue-2016.xlsx`, `${DIR}/catalogue-2017.xlsx`);

  it('finds the documented additions, cancellations, transfers and recoding, and no removal', () => {
    expect(codes(d.added)).toEqual(codes(expected.added));
    expect(codes(d.cancelled)).toEqual(codes(expected.cancelled));
    expect(d.transferred.map(({ code, from, to }) => ({ code, from, to }))).toEqual(
      [...expected.transferred].map(({ code, from, to }) => ({ code, from, to })).sort((a, b) => (a.code < b.code ? -1 : 1)),
    );
    expect(d.recoded.map(({ oldCode, newCode }) => ({ oldCode, newCode }))).toEqual(expected.recoded.map(({ oldCode, newCode }) => ({ oldCode, newCode })));
    expect(d.removed).toEqual([]);
    expect(d.regressions).toEqual([]);
  });

  it('finds exactly the documented field changes (a cancellation also adds its 备注)', () => {
    const cancelled = new Set(codes(expected.cancelled));
    // disjoint kinds: a cancelled item's other changes are on its cancelled entry, not under changed
    expect(d.changed.filter((c) => cancelled.has(c.code))).toEqual([]);
    const changed = [...d.changed, ...d.cancelled.map((c) => ({ code: c.code, fields: c.fields ?? {} }))]
      .sort((a, b) => (a.code < b.code ? -1 : 1))
      .map((c) => ({
        code: c.code,
        fields: Object.fromEntries(Object.entries(c.fields).filter(([f]) => !(f === 'note' && cancelled.has(c.code))).map(([f, v]) => [f, { old: v.old, new: v.new }])),
      }))
      .filter((c) => Object.keys(c.fields).length > 0);
    const want = [...expected.changed].map(({ code, fields }) => ({ code, fields })).sort((a, b) => (a.code < b.code ? -1 : 1));
    expect(changed).toEqual(want);
    expect(d.cancelled.map((c) => Object.keys(c.fields ?? {}))).toEqual(Array(cancelled.size).fill(['note']));
  });
});
