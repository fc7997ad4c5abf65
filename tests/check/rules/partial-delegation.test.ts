import { describe, expect, it } from 'vitest';
import { accepted, check, of, table } from '../helpers.js';

describe('partial-delegation', () => {
  it('flags 部分下放 with what the department keeps', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局', scope: '部分下放', note: '保留跨区县事项的审批' })]);
    expect(of(check([list]), 'partial-delegation')).toEqual([
      { rule: 'partial-delegation', row: 2, column: '下放范围', details: { kept: '保留跨区县事项的审批' } },
    ]);
  });

  it('says nothing for 全部下放', () => {
    expect(of(check([table('delegation', [accepted('XK1', '甲', { department: '市教育局' })])]), 'partial-delegation')).toEqual([]);
  });
});
