import { describe, expect, it } from 'vitest';
import { accepted, cat, check, of, table } from '../helpers.js';

describe('duplicate-code', () => {
  it('reports the second row of a code within one list, naming the first', () => {
    const list = table('delegation', [accepted('XK1', '甲'), accepted('XK2', '乙'), accepted('XK1', '甲')], { department: '市教育局' });
    expect(of(check([list]), 'duplicate-code')).toEqual([
      { rule: 'duplicate-code', row: 4, column: '事项编码', details: { across: false, other: { file: 'delegation.xlsx', sheet: 'Sheet1', row: 2 } } },
    ]);
  });

  it('reports a code listed by two department files, naming the other place and department', () => {
    const a = table('delegation', [accepted('XK1', '甲')], { file: 'a.xlsx', department: '市教育局' });
    const b = table('delegation', [accepted('XK1', '甲')], { file: 'b.xlsx', department: '市卫健委' });
    const found = check([a, b]).filter((f) => f.rule === 'duplicate-code');
    expect(found.map((f) => ({ file: f.file, row: f.row, details: f.details }))).toEqual([
      { file: 'b.xlsx', row: 2, details: { across: true, other: { file: 'a.xlsx', sheet: 'Sheet1', row: 2, department: '市教育局' } } },
    ]);
  });

  it('tells sub-items of one code apart, and finds duplicates in the catalogue too', () => {
    const list = table('delegation', [accepted('XK1', '甲', { subItem: '子项一' }), accepted('XK1', '甲', { subItem: '子项二' })], { department: '市教育局' });
    const catalogue = table('catalogue', [cat('XK1', '甲', '市教育局', { subItem: '子项一' }), cat('XK1', '甲', '市教育局', { subItem: '子项二' }), cat('XK1', '甲', '市教育局', { subItem: '子项二' })]);
    expect(of(check([list], catalogue), 'duplicate-code')).toEqual([
      { rule: 'duplicate-code', row: 4, column: '事项编码', details: { subItem: '子项二', across: false, other: { file: 'catalogue.xlsx', sheet: 'Sheet1', row: 3 } } },
    ]);
  });

  it('does not compare a zone list with the delegation lists', () => {
    const d = table('delegation', [accepted('XK1', '甲')], { file: 'd.xlsx', department: '市教育局' });
    const z = table('zone', [{ code: 'XK1', name: '甲', category: '行政许可', department: '市教育局', batch: '1', acceptedOn: '2016-06-30', mode: '直接下放' }], { file: 'z.xlsx' });
    expect(of(check([d, z]), 'duplicate-code')).toEqual([]);
  });
});
