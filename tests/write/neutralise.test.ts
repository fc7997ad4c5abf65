import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutraliseCsv, unneutraliseCsv } from '../../src/write/neutralise.js';

describe('formula neutralisation', () => {
  it('marks every formula start and nothing else', () => {
    for (const t of ['=1+1', '+86', '-5', '@x', '\t=x', '\r=x']) expect(isFormulaLike(neutraliseCsv(t))).toBe(false);
    expect(neutraliseCsv('食品经营许可')).toBe('食品经营许可');
    expect(neutraliseCsv("'plain")).toBe("'plain");
    expect(neutraliseCsv("'=x")).toBe("''=x");
  });

  it('is undone exactly by unneutraliseCsv, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', '中') }), (t) => {
      expect(unneutraliseCsv(neutraliseCsv(t))).toBe(t);
      expect(isFormulaLike(neutraliseCsv(t))).toBe(false);
    }));
  });
});
