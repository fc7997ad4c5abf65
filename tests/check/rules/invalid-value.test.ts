import { describe, expect, it } from 'vitest';
import { CATEGORIES, DECISIONS } from '../../../src/model/enums.js';
import { accepted, check, of, table } from '../helpers.js';

const dept = { department: '市教育局' };

describe('invalid-value', () => {
  it('reports an enum value outside its list, as written', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, decision: '同意' })]);
    expect(of(check([list]), 'invalid-value')).toEqual([
      { rule: 'invalid-value', row: 2, column: '下放意见', details: { field: 'decision', header: '下放意见', value: '同意', expected: 'enum', allowed: DECISIONS } },
    ]);
  });

  it('reports a date and a batch that could not be read', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, acceptedOn: '六月底', batch: '首批' })]);
    expect(of(check([list]), 'invalid-value').map((f) => [f.column, f.details.expected, f.details.value])).toEqual([
      ['承接批次', 'batch', '首批'], ['承接日期', 'date', '六月底'],
    ]);
  });

  it('reports a date of the right shape that is no calendar day', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, acceptedOn: '2016-06-31' }), accepted('XK2', '乙', { ...dept, acceptedOn: '2016-02-29' })]);
    expect(of(check([list]), 'invalid-value').map((f) => [f.row, f.details.value])).toEqual([[2, '2016-06-31']]);
  });

  it('reports a code that breaks the configured pattern', () => {
    const list = table('delegation', [accepted('XK1', '甲', dept), accepted('xk-2', '乙', dept)]);
    const found = check([list], undefined, { codePattern: /^(?:XK\d+)$/u, codePatternText: 'XK\\d+' });
    expect(of(found, 'invalid-value')).toEqual([
      { rule: 'invalid-value', row: 3, column: '事项编码', details: { field: 'code', header: '事项编码', value: 'xk-2', expected: 'pattern', pattern: 'XK\\d+' } },
    ]);
  });

  it('accepts configured extra categories', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, category: '行政备案' })]);
    expect(of(check([list]), 'invalid-value').map((f) => f.details.allowed)).toEqual([CATEGORIES]);
    expect(of(check([list], undefined, { extraCategories: ['行政备案'] }), 'invalid-value')).toEqual([]);
  });

  it('turns the reader’s note of a YAML number code into its finding', () => {
    const list = table('delegation', [accepted('0012', '甲', dept)]);
    list.notes.push({ note: 'yaml-number', file: list.file, row: 2, column: 'code', text: '0012' });
    expect(of(check([list]), 'invalid-value')).toEqual([
      { rule: 'invalid-value', row: 2, column: 'code', details: { value: '0012', reason: 'yaml-number', expected: '"0012"' } },
    ]);
  });

  it('says nothing for valid values', () => {
    expect(of(check([table('delegation', [accepted('XK1', '甲', dept)])]), 'invalid-value')).toEqual([]);
  });
});
