import { describe, expect, it } from 'vitest';
import { accepted, check, of, table } from '../helpers.js';

const dept = { department: '市教育局' };

describe('missing-value', () => {
  it('reports an empty required value', () => {
    const list = table('delegation', [accepted('XK1', '', dept)]);
    expect(of(check([list]), 'missing-value')).toEqual([
      { rule: 'missing-value', row: 2, column: '事项名称', details: { field: 'name', header: '事项名称', when: 'always' } },
    ]);
  });

  it('requires a reason when the decision is not 下放', () => {
    const list = table('delegation', [
      { code: 'XK1', name: '甲', category: '行政许可', ...dept, decision: '暂不下放', reason: '' },
      { code: 'XK2', name: '乙', category: '行政许可', ...dept, decision: '不下放', reason: '涉及跨区域监管' },
    ]);
    expect(of(check([list]), 'missing-value')).toEqual([
      { rule: 'missing-value', row: 2, column: '不下放理由', details: { field: 'reason', header: '不下放理由', when: 'not-delegated', decision: '暂不下放' } },
    ]);
  });

  it('requires mode and scope when delegated, even without those columns', () => {
    const list = table('delegation', [{ code: 'XK1', name: '甲', category: '行政许可', ...dept, decision: '下放' }]);
    expect(of(check([list]), 'missing-value')).toEqual([
      { rule: 'missing-value', row: 2, column: '下放方式', details: { field: 'mode', header: '下放方式', when: 'delegated', decision: '下放' } },
      { rule: 'missing-value', row: 2, column: '下放范围', details: { field: 'scope', header: '下放范围', when: 'delegated', decision: '下放' } },
    ]);
  });

  it('requires batch and date when accepted, and a note when partial', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, batch: '', acceptedOn: '', scope: '部分下放' })]);
    expect(of(check([list]), 'missing-value').map((f) => [f.column, f.details.when])).toEqual([
      ['备注', 'partial'], ['承接批次', 'accepted'], ['承接日期', 'accepted'],
    ]);
  });

  it('leaves confirmations and legal review to their own rules', () => {
    const list = table('delegation', [accepted('XK1', '甲', { ...dept, delegatorConfirmation: '', legalReview: '' })]);
    const findings = check([list]);
    expect(of(findings, 'missing-value')).toEqual([]);
    expect(of(findings, 'missing-confirmation')).toHaveLength(1);
    expect(of(findings, 'legal-review')).toHaveLength(1);
  });

  it('says nothing for a complete accepted item', () => {
    expect(of(check([table('delegation', [accepted('XK1', '甲', dept)])]), 'missing-value')).toEqual([]);
  });
});

describe('missing-value: a list with no item', () => {
  it('reports a header-only list once, at its header row', async () => {
    const { readList } = await import('../../../src/read/index.js');
    const { fixture } = await import('../../helpers/read.js');
    const list = await readList(fixture('csv/header-only.csv'));
    expect(of(check([list]), 'missing-value')).toEqual([
      { rule: 'missing-value', row: 1, column: undefined, details: { field: 'code', header: '事项编码', when: 'empty-list' } },
    ]);
  });

  it('is missing-value’s own: kept with missing-column off, dropped with missing-value off', async () => {
    const { readList } = await import('../../../src/read/index.js');
    const { fixture } = await import('../../helpers/read.js');
    const list = await readList(fixture('csv/header-only.csv'));
    const empty = (rules: Record<string, string>) =>
      of(check([list], undefined, { rules }), 'missing-value').filter((f) => f.details.when === 'empty-list').length;
    expect([empty({ 'missing-column': 'off' }), empty({ 'missing-value': 'off' })]).toEqual([1, 0]);
  });

  it('says nothing of a list that has items', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]);
    expect(of(check([list]), 'missing-value').filter((f) => f.details.when === 'empty-list')).toEqual([]);
  });
});
