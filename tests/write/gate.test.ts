import { describe, expect, it } from 'vitest';
import { reportOf } from '../../src/check/run.js';
import { defaultHeaderIndex } from '../../src/model/columns.js';
import { normaliseHeader } from '../../src/model/normalise.js';
import type { PowerList } from '../../src/model/types.js';
import { PUBLISH_LABELS } from '../../src/text/publish.js';
import { gate } from '../../src/write/gate.js';
import { makeItem, makeList } from './helpers.js';

const entry = (code: string, department: string, more = {}) =>
  makeItem({ code, name: `目录名${code}`, category: '行政许可', department, legalBasis: `《条例》第${code}条`, itemStatus: '有效', ...more });
const accepted = (code: string, row: number, department: string, more = {}) =>
  makeItem({ code, name: `部门写法${code}`, category: '行政许可', department, decision: '下放', mode: '委托', scope: '全部下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30', delegatorConfirmation: '函1', receiverConfirmation: '函2', legalReview: '通过', ...more }, row);

function catalogue(): PowerList {
  const list = makeList('catalogue', [
    entry('B-1', '市民政局'), entry('A-2', '市教育局'), entry('A-1', '市教育局'), entry('C-1', '市教育局', { itemStatus: '已取消' }), entry('D-1', '市民政局'),
  ], { file: 'cat.yaml' });
  for (const [k, e] of list.items.entries()) e.source = { file: 'cat.yaml', row: k + 2, headers: {} };
  return list;
}

describe('the publication gate', () => {
  it('publishes the clean accepted items in the catalogue\'s text and order, and holds back every other one with its reasons', () => {
    const cat = catalogue();
    const list = makeList('delegation', [
      accepted('A-1', 2, '市教育局'), accepted('A-2', 3, '市教育局', { legalReview: '未通过' }), accepted('B-1', 4, '市民政局'),
      accepted('C-1', 5, '市教育局'), accepted('Z-9', 6, '市教育局'), accepted('D-1', 7, '市教育局', { decision: '不下放', receiverConfirmation: '' }),
      makeItem({ code: 'A-9', department: '市教育局', decision: '下放', status: '待承接' }, 8),
    ]);
    const review = reportOf({ lists: [list], catalogue: cat });
    const result = gate([list], cat, review.findings);
    expect(result.accepted).toBe(6);
    // The catalogue names 市民政局 first: its item comes first; names and legal bases are the catalogue's.
    expect(result.list.items.map((i) => [i.seq, i.code, i.name, i.department, i.legalBasis, i.batch])).toEqual([
      ['1', 'B-1', '目录名B-1', '市民政局', '《条例》第B-1条', '1'],
      ['2', 'A-1', '目录名A-1', '市教育局', '《条例》第A-1条', '1'],
    ]);
    const reasons = Object.fromEntries(result.blocked.map((b) => [b.code, b.reasons]));
    expect(Object.keys(reasons).sort()).toEqual(['A-2', 'C-1', 'D-1', 'Z-9']);
    expect(reasons['A-2']).toEqual(['legal-review', 'findings']);
    expect(reasons['C-1']).toEqual(expect.arrayContaining(['cancelled']));
    expect(reasons['Z-9']).toEqual(expect.arrayContaining(['not-in-catalogue']));
    expect(reasons['D-1']).toEqual(expect.arrayContaining(['not-delegated', 'confirmation', 'department', 'findings']));
    expect(result.blocked.find((b) => b.code === 'A-2')).toMatchObject({ legalReview: '未通过', rules: ['legal-review'] });
    expect(result.blocked.find((b) => b.code === 'D-1')).toMatchObject({ decision: '不下放', expectedDepartment: '市民政局', missing: ['receiverConfirmation'] });
    // Every blocking finding sits on a held-back item; none on a published one.
    expect(result.blocking.length).toBeGreaterThan(0);
    expect(result.blocking.every((f) => result.blocked.some((b) => b.row === f.row))).toBe(true);
    expect(result.fileLevel).toEqual([]);
  });

  it('takes a department spelled otherwise (traditional characters, full-width space, a mark) as the catalogue\'s, and publishes the catalogue\'s spelling', () => {
    const cat = catalogue();
    cat.items[4].department = '市卫生健康委';
    const list = makeList('delegation', [accepted('D-1', 2, '市衛生\u3000健康委*')]);
    const result = gate([list], cat, []);
    expect(result.blocked).toEqual([]);
    expect(result.list.items[0].department).toBe('市卫生健康委');
    expect(result.list.items[0].name).toBe('目录名D-1');
  });

  it('holds back every accepted item of a list with an error as a whole, and says so', () => {
    const list = makeList('delegation', [accepted('A-1', 2, '市教育局')]);
    const review = reportOf({ lists: [list], catalogue: catalogue() });
    const fileError = { rule: 'missing-column', severity: 'error', file: 'mem.yaml', details: { column: '下放意见', header: '下放意见' } } as unknown as (typeof review.findings)[number];
    const result = gate([list], catalogue(), [...review.findings, fileError]);
    expect(result.fileLevel).toEqual([fileError]);
    expect(result.blocking).toContain(fileError);
  });

  it('writes no label a reader would take for a list header', () => {
    const index = defaultHeaderIndex();
    for (const label of Object.values(PUBLISH_LABELS)) expect(index.has(normaliseHeader(label)), label).toBe(false);
  });
});
