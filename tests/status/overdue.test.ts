import { describe, expect, it } from 'vitest';
import { dashboard, status, whoExercises } from '../../src/status/index.js';
import { formatStatus } from '../../src/report/formatters/status/index.js';
import { accepted, delegation } from './make.js';

const MS = '市市场监管局';
const EDU = '市教育局';
const lists = [
  delegation([
    accepted('A1', '1', '2016-06-30'),
    { code: 'P1', decision: '下放', batch: '1' }, // batch 1 planned for 2016-06-30: overdue
    { code: 'P2', decision: '下放', batch: '2', status: '待承接' }, // batch 2 planned for 2016-12-31: not yet
    { code: 'P3', decision: '下放', status: '待承接' }, // no batch: the deadline, 2016-09-28
    { code: 'F1', decision: '下放', batch: '1', status: '暂缓承接' }, // deferred by decision: never overdue
  ], { department: MS }),
  delegation([{ code: 'E1', department: EDU, decision: '下放', batch: '1' }]),
];
const plan = { acceptance: { batches: { 1: '2016-06-30', 2: '2016-12-31' }, delegatedOn: '2016-06-30', withinDays: 90 }, today: '2016-10-01' };

describe('status: overdue acceptance', () => {
  it('counts per department the items still 待承接 past their date, and in total', () => {
    const r = status(lists, plan);
    const by = Object.fromEntries(r.departments.map((d) => [d.department, d.overdue]));
    expect([by[MS], by[EDU], r.totals.overdue]).toEqual([2, 1, 3]);
    expect(status(lists, { ...plan, today: '2017-01-01' }).totals.overdue).toBe(4);
  });

  it('without a plan there is no overdue count at all (the report is as before)', () => {
    const r = status(lists);
    expect('overdue' in r.totals || r.departments.some((d) => 'overdue' in d)).toBe(false);
  });

  it('--who and the dashboard name the date and the days', () => {
    expect(whoExercises('P1', lists, undefined, plan)[0].overdue).toEqual({ due: '2016-06-30', days: 93 });
    expect(whoExercises('P2', lists, undefined, plan)[0].overdue).toBeUndefined();
    const d = dashboard(lists, plan);
    expect(d.items.filter((it) => it.overdueDays !== undefined).map((it) => [it.code, it.overdueDays])).toEqual([['E1', 93], ['P1', 93], ['P3', 3]]);
    expect(d.report.totals.overdue).toBe(3);
  });

  it('pretty and markdown show the overdue column in both languages, only with a plan', async () => {
    const zh = await formatStatus(status(lists, plan), 'pretty', { lang: 'zh-CN', color: false });
    expect(zh.split('\n')[0]).toContain('逾期未承接');
    expect(await formatStatus(status(lists, plan), 'markdown', { lang: 'en', color: false })).toMatch(/\| Overdue \| Acceptance \|\n[^\n]*\n\| 市教育局 \|[^\n]*\| 1 \| 0% \|/u);
    expect(await formatStatus(status(lists), 'pretty', { lang: 'zh-CN', color: false })).not.toContain('逾期未承接');
  });
});
