import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalEnum, cleanText, foldName, foldText, normaliseHeader, parseBatch, parseDate, serialToIso } from '../../src/model/normalise.js';
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
