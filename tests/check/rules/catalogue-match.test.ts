import { describe, expect, it } from 'vitest';
import { accepted, cat, check, of, table } from '../helpers.js';

const catalogue = table('catalogue', [
  cat('XK0001', '食品经营许可', '市市场监管局'),
  cat('XK0002', '药品零售企业许可', '市市场监管局'),
  cat('CF0001', '对无证经营的处罚', '市市场监管局', { category: '行政处罚' }),
  cat('XK0003', '广告发布登记', '市市场监管局', { itemStatus: '已取消' }),
  cat('XK0101', '建设工程规划许可', '市规划局', { subItem: '建筑工程' }),
]);
const market = (rows: Parameters<typeof accepted>[]) => table('delegation', rows.map((r) => accepted(...r)), { department: '市市场监管局' });

describe('unknown-code', () => {
  it('suggests the nearest codes and the items of the same name', () => {
    const found = check([market([['XK0009', '药品零售企业许可']])], catalogue);
    expect(of(found, 'unknown-code')).toEqual([
      {
        rule: 'unknown-code', row: 2, column: '事项编码',
        details: {
          name: '药品零售企业许可',
          suggestions: [
            { code: 'XK0002', name: '药品零售企业许可' },
            { code: 'XK0001', name: '食品经营许可' },
            { code: 'XK0003', name: '广告发布登记' },
          ],
        },
      },
    ]);
  });

  it('reports a sub-item the code does not have', () => {
    const list = table('delegation', [accepted('XK0101', '建设工程规划许可', { subItem: '市政工程' })], { department: '市规划局' });
    expect(of(check([list], catalogue), 'unknown-code')).toEqual([
      { rule: 'unknown-code', row: 2, column: '子项名称', details: { name: '建设工程规划许可', subItem: '市政工程', suggestions: [{ code: 'XK0101', name: '建设工程规划许可', subItem: '建筑工程' }] } },
    ]);
  });

  it('finds a sub-item written in traditional characters, and a code without sub-item', () => {
    const list = table('delegation', [
      accepted('XK0101', '建设工程规划许可', { subItem: '建築工程' }),
    ], { department: '市规划局' });
    expect(of(check([list], catalogue), 'unknown-code')).toEqual([]);
  });
});

describe('name-mismatch', () => {
  it('reports a name that differs after folding', () => {
    expect(of(check([market([['XK0001', '食品流通许可']])], catalogue), 'name-mismatch')).toEqual([
      { rule: 'name-mismatch', row: 2, column: '事项名称', details: { name: '食品流通许可', expected: '食品经营许可' } },
    ]);
  });

  it('ignores width, spaces, punctuation, traditional characters and marks', () => {
    const found = check([market([['XK0001', '☆食品 經營許可*'], ['XK0002', '药品零售企业许可。']])], catalogue);
    expect(of(found, 'name-mismatch')).toEqual([]);
  });
});

describe('category-mismatch', () => {
  it('reports a category other than the catalogue’s', () => {
    expect(of(check([market([['CF0001', '对无证经营的处罚']])], catalogue), 'category-mismatch')).toEqual([
      { rule: 'category-mismatch', row: 2, column: '权力类别', details: { category: '行政许可', expected: '行政处罚' } },
    ]);
  });

  it('says nothing when the categories agree, or when the category is invalid (invalid-value says it)', () => {
    const found = check([market([['XK0001', '食品经营许可'], ['CF0001', '对无证经营的处罚', { category: '处罚' }]])], catalogue);
    expect(of(found, 'category-mismatch')).toEqual([]);
  });
});

describe('department-mismatch', () => {
  it('reports an item the catalogue gives to another department', () => {
    const list = table('delegation', [accepted('XK0001', '食品经营许可')], { department: '市卫健委' });
    expect(of(check([list], catalogue), 'department-mismatch')).toEqual([
      { rule: 'department-mismatch', row: 2, column: '实施部门', details: { department: '市卫健委', expected: '市市场监管局' } },
    ]);
  });

  it('compares departments in folded form', () => {
    const list = table('delegation', [accepted('XK0001', '食品经营许可')], { department: '市市場监管局 ' });
    expect(of(check([list], catalogue), 'department-mismatch')).toEqual([]);
  });
});

describe('cancelled-item', () => {
  it('reports an item cancelled in the catalogue', () => {
    expect(of(check([market([['XK0003', '广告发布登记']])], catalogue), 'cancelled-item')).toEqual([
      { rule: 'cancelled-item', row: 2, column: '事项编码', details: { name: '广告发布登记' } },
    ]);
  });

  it('says nothing for an active item', () => {
    expect(of(check([market([['XK0001', '食品经营许可']])], catalogue), 'cancelled-item')).toEqual([]);
  });
});
