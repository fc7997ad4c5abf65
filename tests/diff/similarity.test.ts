// similarity (the suggestions' name measure) takes fastest-levenshtein's distance when neither name
// has a surrogate; it must give exactly what the plain Levenshtein over code points gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { similarity } from '../../src/diff/revisions.js';

function reference(a: string, b: string): number {
  if (a === b) return 1;
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}

const name = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'食品经营许可证药零售登记备案ab1'), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 70 }),
);

describe('similarity', () => {
  it('is the Levenshtein similarity over code points', () => {
    fc.assert(
      fc.property(name, name, (a, b) => {
        expect(similarity(a, b)).toBe(reference(a, b));
      }),
      { numRuns: 3000 },
    );
  });
});
