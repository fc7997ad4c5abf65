import { describe, expect, it } from 'vitest';
import { check, of, table, type Row } from '../helpers.js';

const row = (more: Partial<Row>): Row => ({ code: 'XK1', name: '甲', category: '行政许可', department: '市教育局', decision: '不下放', reason: '涉及全市统筹', ...more });

describe('dispute', () => {
  it('reports an open dispute: not delegated, the zone insists, no resolution', () => {
    expect(of(check([table('delegation', [row({ acceptance: '坚持承接' })])]), 'dispute')).toEqual([
      { rule: 'dispute', row: 2, column: '承接意见', details: { decision: '不下放', acceptance: '坚持承接', open: true } },
    ]);
  });

  it('is still open while 待协调, and resolved once 下放 or 不下放', () => {
    const list = table('delegation', [
      row({ decision: '暂不下放', acceptance: '坚持承接', resolution: '待协调' }),
      row({ code: 'XK2', acceptance: '坚持承接', resolution: '不下放' }),
    ]);
    expect(of(check([list]), 'dispute')).toEqual([
      { rule: 'dispute', row: 2, column: '承接意见', details: { decision: '暂不下放', acceptance: '坚持承接', resolution: '待协调', open: true } },
      { rule: 'dispute', row: 3, column: '承接意见', details: { decision: '不下放', acceptance: '坚持承接', resolution: '不下放', open: false } },
    ]);
  });

  it('is a warning while open and info once settled, also under a configured level', () => {
    const list = table('delegation', [
      row({ acceptance: '坚持承接', resolution: '待协调' }),
      row({ code: 'XK2', acceptance: '坚持承接', resolution: '下放' }),
    ]);
    const levels = (config = {}) => check([list], undefined, config).filter((f) => f.rule === 'dispute').map((f) => [f.row, f.severity]);
    expect(levels()).toEqual([[2, 'warning'], [3, 'info']]);
    expect(levels({ rules: { dispute: 'error' } })).toEqual([[2, 'error'], [3, 'info']]);
  });

  it('is no dispute when the zone accepts the decision or the item is delegated', () => {
    const list = table('delegation', [row({ acceptance: '不承接' }), row({ code: 'XK2', decision: '下放', mode: '委托', scope: '全部下放', acceptance: '坚持承接' })]);
    expect(of(check([list]), 'dispute')).toEqual([]);
  });
});
