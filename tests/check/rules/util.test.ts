import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filled, isIsoDate } from '../../../src/check/rules/util.js';

/** The calendar as Date knows it: YYYY-MM-DD is a real day when Date gives back the same parts. */
function realDay(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

describe('isIsoDate', () => {
  it('takes real days only, with leap years, and no other spelling', () => {
    expect(isIsoDate('2016-06-30')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    for (const v of ['2016-06-31', '2015-02-29', '1900-02-29', '2016-13-01', '2016-00-10', '2016-01-00', '2016-6-30', '2016/06/30', '20160630', ' 2016-06-30', '2016-06-30 ', '２016-06-30', '2016-1a-01', '']) {
      expect([v, isIsoDate(v)]).toEqual([v, false]);
    }
  });

  it('agrees with the calendar on every month and day of many years', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    for (let y = 0; y < 10000; y += 37) {
      for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) {
        const v = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        if (isIsoDate(v) !== realDay(v)) expect([v, isIsoDate(v)]).toEqual([v, realDay(v)]);
      }
    }
  });
});

describe('filled', () => {
  it('answers as trim() on random text: every kind of space, BOM, CJK, full-width', () => {
    const chars = fc.constantFrom(...' \t\n\r\u000b\u000c\u00a0\u1680\u2000\u200a\u200b\u2028\u202f\u205f\u3000\u3001\ufeff\uffffa~\u007f食Ａ'.split(''));
    const text = fc.oneof(fc.array(chars, { maxLength: 5 }).map((a) => a.join('')), fc.string({ maxLength: 5 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
    fc.assert(fc.property(fc.option(text, { nil: undefined }), (v) => {
      expect(filled(v)).toBe(v !== undefined && v.trim() !== '');
    }), { numRuns: 3000 });
  });
});
