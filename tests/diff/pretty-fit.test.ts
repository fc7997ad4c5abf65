// Pretty text is fitted to the width line by line (fitLines, report/wrap.ts), skipping the lines that surely fit: a line is
// measured only when its bound (two columns for a code unit from U+1100 on, one below) passes the
// width. The bound is never below the display width, and the text is the one fitLines gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { formatDiff } from '../../src/report/formatters/diff/index.js';
import { formatDiffPretty } from '../../src/report/formatters/diff/pretty.js';
import { displayWidth } from '../../src/report/table.js';
import { fitLines, widthBound } from '../../src/report/wrap.js';
import { list } from './helpers.js';

const chars = fc.constantFrom('a', ' ', '\t', '食', '經', '（', '，', '😀', '👍🏽', '🇨🇳', '#\uFE0F\u20E3', '\u00A9\uFE0F', '\u0301', '\u200B', 'ｱ', '\u1100', '\u10FF', '\x1b[31m', '\x1b[0m', '\uD800', 'é', '─', '⏎');
const line = fc.array(fc.oneof(chars, fc.string({ unit: 'grapheme', maxLength: 3 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((p) => p.join(''));

describe('pretty diff fitting', () => {
  it('bounds the display width of any line from above', () => {
    fc.assert(fc.property(line, (s) => {
      expect(displayWidth(s)).toBeLessThanOrEqual(widthBound(s));
    }), { numRuns: 2000 });
  });

  it('gives the text fitLines gives', async () => {
    const name = fc.string({ unit: fc.constantFrom('食', '品', '经', '营', 'a', ' ', '，', '😀'), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('X1', 'X2', 'X3', 'X4'), name, name), { maxLength: 6 }), fc.integer({ min: 1, max: 120 }), async (rows, width) => {
        const a = list('catalogue', rows.map(([code, n]) => ({ code, name: n, legalBasis: n })));
        const b = list('catalogue', rows.map(([code, , n], i) => ({ code: i % 2 ? code : `${code}b`, name: n, legalBasis: `${n}第三条` })));
        const d = diff(a, b);
        const opts = { lang: 'zh-CN' as const, color: width % 2 === 0, width };
        expect(await formatDiff(d, 'pretty', opts)).toBe(fitLines(formatDiffPretty(d, opts), width));
      }),
      { numRuns: 200 },
    );
  });
});
