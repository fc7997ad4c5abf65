/** The character-scan fast paths of normalise.ts against the expressions they stand in for (kept here as they were). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAME_MARKS } from '../../src/model/enums.js';
import { foldName, foldText, normaliseValue, parseDate, serialToIso, simplify } from '../../src/model/normalise.js';

const STRAY = /[\u200B-\u200D\u2060\uFEFF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;
const PUNCT = /[\p{P}\p{S}]/gu;

function foldNameReference(text: string): string {
  const stripped = text.normalize('NFKC').replace(STRAY, '').replace(NAME_MARKS, '').replace(SPACES, '').replace(PUNCT, '');
  return simplify(stripped.normalize('NFKC')).toLowerCase().normalize('NFKC');
}
const foldTextReference = (text: string): string => simplify(text.normalize('NFKC').replace(STRAY, '').replace(SPACES, '').normalize('NFKC'));

const pad = (n: number): string => String(n).padStart(2, '0');
function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function parseDateReference(value: string): string | undefined {
  const s = normaliseValue(value);
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T.*|\d{1,2}:\d{2}(?::\d{2})?)?$/u.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/u.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/u.test(s)) return serialToIso(Number(s));
  return undefined;
}

// Half-width and full-width letters and digits, spaces of every kind, stray characters, name marks,
// punctuation, combining marks, traditional characters (廣 發 佈 與 許 證) and their simplified forms.
const chars = fc.constantFrom(
  ...'aZz09AＡｚ０９ 　\u00a0\u2007\u202f\t\n\u200b\ufeff*＊☆◇（）()《》，,、.-/食品经营许可廣告發佈登記與許證广告发布登记与许证´\u0301'.split(''),
);
const text = fc.oneof(fc.array(chars, { maxLength: 10 }).map((a) => a.join('')), fc.string({ unit: 'grapheme', maxLength: 8 }), fc.string({ maxLength: 8 }));

describe('normalise fast paths', () => {
  it('foldName answers as the expressions on random text', () => {
    fc.assert(fc.property(text, (t) => { expect(foldName(t)).toBe(foldNameReference(t)); }), {
      numRuns: 3000, examples: [['廣告發佈登記'], ['ABC许可'], ['abc'], [''], ['市第32局']],
    });
  });

  it('foldText answers as the expressions on random text', () => {
    fc.assert(fc.property(text, (t) => { expect(foldText(t)).toBe(foldTextReference(t)); }), { numRuns: 3000, examples: [['《廣告法》第3條'], ['a b']] });
  });

  it('parseDate answers as the expressions on random dates and text', () => {
    const digit = fc.constantFrom(...'0123456789０１'.split(''));
    const sep = fc.constantFrom('-', '/', '.', '年', '－');
    const date = fc.tuple(fc.array(digit, { minLength: 1, maxLength: 5 }), sep, fc.array(digit, { minLength: 1, maxLength: 3 }), sep, fc.array(digit, { minLength: 1, maxLength: 3 }))
      .map(([y, a, m, b, d]) => `${y.join('')}${a}${m.join('')}${b}${d.join('')}`);
    const iso = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`);
    fc.assert(fc.property(fc.oneof(iso, date, text), (t) => { expect(parseDate(t)).toBe(parseDateReference(t)); }), {
      numRuns: 3000, examples: [['2016-02-29'], ['2017-02-29'], ['1899-12-31'], ['2201-01-01'], ['2016-06-30'], ['２０１６-06-30']],
    });
  });
});
