import { describe, expect, it } from 'vitest';
import { accepted, check, of, table } from '../helpers.js';

const dept = { department: '市教育局' };

describe('missing-confirmation', () => {
  it('reports an accepted item without both confirmations, once, listing what is missing', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, delegatorConfirmation: '', receiverConfirmation: '' })]);
    expect(of(check([list]), 'missing-confirmation')).toEqual([
      {
        rule: 'missing-confirmation', row: 2, column: '放权方确认',
        details: { fields: ['delegatorConfirmation', 'receiverConfirmation'], headers: ['放权方确认', '承接方确认'] },
      },
    ]);
  });

  it('says nothing when both are there, or the item is not accepted', () => {
    const list = table('delegation', [accepted('XK1', '甲', dept), accepted('XK2', '乙', { ...dept, status: '待承接', receiverConfirmation: '' })]);
    expect(of(check([list]), 'missing-confirmation')).toEqual([]);
  });
});

describe('legal-review', () => {
  it('reports an accepted item whose legal review is not 通过', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, legalReview: '待审查' }), accepted('XK2', '乙', { ...dept, legalReview: '' })]);
    expect(of(check([list]), 'legal-review')).toEqual([
      { rule: 'legal-review', row: 2, column: '合法性审查', details: { value: '待审查' } },
      { rule: 'legal-review', row: 3, column: '合法性审查', details: { value: '' } },
    ]);
  });

  it('says nothing for 通过, or for an item not yet accepted', () => {
    const list = table('delegation', [accepted('XK1', '甲', dept), accepted('XK2', '乙', { ...dept, status: '待承接', legalReview: '待审查' })]);
    expect(of(check([list]), 'legal-review')).toEqual([]);
  });
});

describe('pending-acceptance', () => {
  it('reports a delegated item not yet accepted, naming who still exercises it, a dispute settled as 下放 included', () => {
    const list = table('delegation', [
      accepted('XK1', '甲', { ...dept, status: '待承接' }),
      accepted('XK2', '乙', { ...dept, status: '暂缓承接' }),
      { code: 'XK3', name: '丙', category: '行政许可', ...dept, decision: '不下放', reason: '统筹', acceptance: '坚持承接', resolution: '下放', status: '' },
      { code: 'XK4', name: '丁', category: '行政许可', ...dept, decision: '不下放', reason: '统筹', acceptance: '坚持承接', resolution: '待协调', status: '' },
    ]);
    // XK3's effective decision is its 协调结果 下放, as status counts it; XK4's dispute is open: not delegated yet
    expect(of(check([list]), 'pending-acceptance')).toEqual([
      { rule: 'pending-acceptance', row: 2, column: '承接状态', details: { status: '待承接', exercisedBy: '市教育局' } },
      { rule: 'pending-acceptance', row: 3, column: '承接状态', details: { status: '暂缓承接', exercisedBy: '市教育局' } },
      { rule: 'pending-acceptance', row: 4, column: '承接状态', details: { status: '待承接', exercisedBy: '市教育局' } },
    ]);
  });

  it('says nothing for accepted or not delegated items', () => {
    const list = table('delegation', [accepted('XK1', '甲', dept), { code: 'XK2', name: '乙', category: '行政许可', ...dept, decision: '不下放', reason: '统筹' }]);
    expect(of(check([list]), 'pending-acceptance')).toEqual([]);
  });
});
