import { describe, expect, it } from 'vitest';
import { accepted, cat, check, of, table } from '../helpers.js';

const catalogue = table('catalogue', [
  cat('XK0001', '食品经营许可', '市市场监管局'),
  cat('XK0002', '药品零售企业许可', '市市场监管局'),
  cat('XK0003', '广告发布登记', '市市场监管局', { itemStatus: '已取消' }),
  cat('XK0101', '建设工程规划许可', '市规划局', { subItem: '建筑工程' }),
  cat('XK0101', '建设工程规划许可', '市规划局', { subItem: '市政工程' }),
  cat('XK0201', '民办学校设立审批', '市教育局'),
]);

describe('gap', () => {
  it('reports an active item of a submitting department that no list has, at the catalogue row', () => {
    const market = table('delegation', [accepted('XK0001', '食品经营许可')], { file: 'market.xlsx', department: '市市场监管局' });
    const plan = table('delegation', [accepted('XK0101', '建设工程规划许可', { subItem: '建筑工程' })], { file: 'plan.xlsx', department: '市规划局' });
    const edu = table('delegation', [accepted('XK0201', '民办学校设立审批')], { file: 'edu.xlsx', department: '市教育局' });
    expect(of(check([market, plan, edu], catalogue), 'gap')).toEqual([
      { rule: 'gap', row: 3, column: '事项编码', details: { department: '市市场监管局', name: '药品零售企业许可' } },
      { rule: 'gap', row: 6, column: '事项编码', details: { department: '市规划局', name: '建设工程规划许可', subItem: '市政工程' } },
    ]);
  });

  it('reports a department that submitted nothing once, with the number of its items', () => {
    const market = table('delegation', [accepted('XK0001', '食品经营许可'), accepted('XK0002', '药品零售企业许可')], { department: '市市场监管局' });
    const found = check([market], catalogue).filter((f) => f.rule === 'gap');
    // About a department, not a row: the place is the catalogue file alone; catalogue order.
    expect(found.map((f) => ({ file: f.file, row: f.row, column: f.column, code: f.code, details: f.details }))).toEqual([
      { file: 'catalogue.xlsx', row: undefined, column: undefined, code: undefined, details: { department: '市规划局', items: 2 } },
      { file: 'catalogue.xlsx', row: undefined, column: undefined, code: undefined, details: { department: '市教育局', items: 1 } },
    ]);
  });

  it('counts a code listed without sub-item as covering its sub-items; cancelled items are no gap', () => {
    const market = table('delegation', [accepted('XK0001', '食品经营许可'), accepted('XK0002', '药品零售企业许可')], { department: '市市场监管局' });
    const plan = table('delegation', [accepted('XK0101', '建设工程规划许可')], { department: '市规划局' });
    const edu = table('delegation', [accepted('XK0201', '民办学校设立审批')], { department: '市教育局' });
    expect(of(check([market, plan, edu], catalogue), 'gap')).toEqual([]);
  });

  it('needs a catalogue and a delegation list', () => {
    const market = table('delegation', [accepted('XK0001', '食品经营许可')], { department: '市市场监管局' });
    expect(of(check([market]), 'gap')).toEqual([]);
    expect(of(check([], catalogue), 'gap')).toEqual([]);
  });
});
