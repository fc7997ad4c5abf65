import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js/t2cn';
import { canonicalEnum, cleanText, foldName, foldText, normaliseHeader, normaliseValue, parseBatch, parseDate, serialToIso, simplify } from '../../src/model/normalise.js';
import { CATEGORIES } from '../../src/model/enums.js';
import { buildHeaderIndex, defaultHeaderIndex } from '../../src/model/columns.js';

describe('normalisation', () => {
  it('matches headers after width folding and removing spaces and line breaks', () => {
    const index = defaultHeaderIndex();
    for (const h of ['事项编码', ' 事项\n编码 ', '事 项 编 码', '事项编码\u00a0']) expect(index.get(normaliseHeader(h))).toEqual(['code']);
    expect(index.get(normaliseHeader('设定和实施依据'))).toEqual(['legalBasis']);
    expect(index.get(normaliseHeader('状态'))).toEqual(['itemStatus', 'status']);
  });

  it('takes extra header aliases from the configuration', () => {
    const index = buildHeaderIndex({ code: ['权力事项编号（新）'] });
    expect(index.get(normaliseHeader('权力事项编号(新)'))).toEqual(['code']);
  });

  it('cleans stray characters from copy and paste but keeps the text', () => {
    expect(cleanText('\u00a0食品\u200b经营\ufffd许可 \r\n第二行 ')).toBe('食品经营许可 \n第二行');
  });

  it('folds names: marks, width, spaces, punctuation and traditional characters', () => {
    expect(foldName('廣告發佈登記*')).toBe(foldName('广告发布登记'));
    expect(foldName('☆食品经营许可（含网络）')).toBe(foldName('食品经营许可(含网络)'));
    expect(foldName('ＡＢＣ 许可')).toBe(foldName('abc许可'));
    expect(foldName('食品经营许可')).not.toBe(foldName('食品生产许可'));
  });

  it('folding is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldName(foldName(s)) === foldName(s)), {
      numRuns: 300,
      // Found by a random run: ´ is a space and U+0301 under NFKC; without the space, É composes.
      examples: [['𝐄´'], ['a ́'], ['x\u00B4y']],
    });
    fc.assert(fc.property(fc.string(), (s) => cleanText(cleanText(s)) === cleanText(s)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)), { numRuns: 300, examples: [['𝐄´']] });
  });

  it('parses dates in the forms the contract lists', () => {
    for (const d of ['2016-06-30', '2016/6/30', '2016年6月30日', '2016.06.30', '20160630', '２０１６年６月３０日', '42551'])
      expect(parseDate(d)).toBe('2016-06-30');
    expect(parseDate(42551)).toBe('2016-06-30');
    expect(parseDate(new Date(Date.UTC(2016, 5, 30)))).toBe('2016-06-30');
    expect(parseDate('2016-02-30')).toBeUndefined();
    expect(parseDate('明年')).toBeUndefined();
  });

  it('reads serial dates in the 1900 and 1904 systems', () => {
    expect(serialToIso(42551)).toBe('2016-06-30');
    expect(serialToIso(42551 - 1462, true)).toBe('2016-06-30');
  });

  it('parses batches', () => {
    expect(parseBatch('第3批')).toBe(3);
    expect(parseBatch('第三批')).toBe(3);
    expect(parseBatch('第十二批')).toBe(12);
    expect(parseBatch('二十')).toBe(20);
    expect(parseBatch(2)).toBe(2);
    expect(parseBatch('0')).toBeUndefined();
    expect(parseBatch('第一百零一批')).toBeUndefined();
  });

  it('canonicalises enum values and their accepted spellings', () => {
    expect(canonicalEnum('其它权力', CATEGORIES, { 其它权力: '其他行政权力' })).toBe('其他行政权力');
    expect(canonicalEnum('行政 许可', CATEGORIES)).toBe('行政许可');
    expect(canonicalEnum('行政許可', CATEGORIES)).toBe('行政许可');
    expect(canonicalEnum('行政备案', CATEGORIES)).toBeUndefined();
  });
});

describe('the fast paths give what the full work gives', () => {
  const STRAY = /[\u200B-\u200D\u2060\uFEFF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
  const full = {
    clean: (t: string): string => t.replace(/\r\n?/gu, '\n').replace(STRAY, '').replace(/[\u00A0\u2007\u202F]/gu, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''),
    value: (t: string): string => t.normalize('NFKC').replace(STRAY, '').replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu, ''),
  };
  // Characters around every boundary the scans test: controls, spaces, no-break and zero-width ones, CJK, full width.
  const chars = fc.constantFrom(...'a Z09\t\n\r\u000b\u001f\u007f\u009f\u00a0\u1680\u2000\u2007\u200a\u200b\u200d\u2028\u202f\u205f\u2060\u3000\ufeff\ufffd食品经营（）ＡＢ１'.split(''));
  it('cleanText and normaliseValue, on any mix of the characters they look at', () => {
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((a) => a.join('')), (t) => {
      expect(cleanText(t)).toBe(full.clean(t));
      expect(normaliseValue(t)).toBe(full.value(t));
    }), { numRuns: 3000 });
  });
  it('simplify skips the converter only for text it would leave as it is', () => {
    const convert = OpenCC.Converter({ from: 't', to: 'cn' }) as (s: string) => string;
    const dict = ((OpenCC as unknown as { Locale: { to: { cn: string[][] } } }).Locale.to.cn).flat().join('|').split('|').map((e) => e.split(' ')[0]);
    const pool = fc.constantFrom(...new Set([...dict.join(''), ...'食品许可市第32局《》（）a']));
    fc.assert(fc.property(fc.array(pool, { minLength: 1, maxLength: 6 }).map((a) => a.join('')), (t) => {
      expect(simplify(t)).toBe(convert(t));
    }), { numRuns: 3000 });
    expect(simplify('食品經營許可')).toBe('食品经营许可');
  });
});
