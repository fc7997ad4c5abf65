import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../src/check/run.js';
import { DEFAULT_CONFIG } from '../../../src/config/types.js';
import { addDays, daysBetween } from '../../../src/model/acceptance-plan.js';
import { findingMessage } from '../../../src/report/text/rules.js';
import { accepted, of, table, type Row } from '../helpers.js';

const pending = (code: string, more: Partial<Row> = {}): Row =>
  accepted(code, `事项${code}`, { status: '待承接', batch: undefined, acceptedOn: undefined, delegatorConfirmation: undefined, receiverConfirmation: undefined, legalReview: undefined, ...more });

const run = (rows: Row[], acceptance: typeof DEFAULT_CONFIG.acceptance, today = '2016-12-31') =>
  of(reportOf({ lists: [table('delegation', rows, { department: '市人社局' })] }, { ...DEFAULT_CONFIG, acceptance }, { today }).findings, 'acceptance-overdue');

describe('acceptance-overdue', () => {
  it('names the batch date and the days overdue of a 待承接 item past its batch', () => {
    expect(run([pending('XK1', { batch: '第2批' })], { batches: { 1: '2016-06-30', 2: '2016-09-30' } })).toEqual([
      { rule: 'acceptance-overdue', row: 2, column: '承接状态', details: { due: '2016-09-30', days: 92, basis: 'batch', batch: 2, status: '待承接', exercisedBy: '市人社局' } },
    ]);
  });

  it('falls back to the deadline after the delegation date for an item without a planned batch', () => {
    expect(run([pending('XK1'), pending('XK2', { status: undefined })], { delegatedOn: '2016-06-30', withinDays: 90 }, '2016-09-29')).toEqual([
      { rule: 'acceptance-overdue', row: 2, column: '承接状态', details: { due: '2016-09-28', days: 1, basis: 'deadline', status: '待承接', exercisedBy: '市人社局' } },
      { rule: 'acceptance-overdue', row: 3, column: '承接状态', details: { due: '2016-09-28', days: 1, basis: 'deadline', status: '待承接', exercisedBy: '市人社局' } },
    ]);
  });

  it('says nothing on the planned date itself, nor for accepted, deferred or not delegated items, nor without the plan', () => {
    const plan = { delegatedOn: '2016-06-30', withinDays: 90 };
    expect(run([pending('XK1')], plan, '2016-09-28')).toEqual([]);
    expect(run([accepted('XK1', '甲'), pending('XK2', { status: '暂缓承接' }), pending('XK3', { decision: '不下放', reason: '涉及跨区' })], plan)).toEqual([]);
    expect(run([pending('XK1')], undefined)).toEqual([]);
    // A batch the plan does not date, and no deadline: no date, no finding.
    expect(run([pending('XK1', { batch: '3' })], { batches: { 1: '2016-06-30' } })).toEqual([]);
  });

  it('counts a dispute resolved as 下放 that is still pending', () => {
    const row = pending('XK1', { decision: '不下放', reason: '涉及跨区', acceptance: '坚持承接', resolution: '下放' });
    expect(run([row], { delegatedOn: '2016-06-30', withinDays: 90 }).map((f) => f.details.days)).toEqual([94]);
  });

  it('says so in both languages', () => {
    const findings = reportOf({ lists: [table('delegation', [pending('XK1', { batch: '2' })], { department: '市人社局' })] }, { ...DEFAULT_CONFIG, acceptance: { batches: { 2: '2016-09-30' } } }, { today: '2016-12-31' }).findings.filter((f) => f.rule === 'acceptance-overdue');
    expect(findingMessage(findings[0], 'zh-CN')).toBe('逾期未承接（待承接）：第 2 批计划承接日期为 2016-09-30，已逾期 92 天，目前仍由“市人社局”行使');
    expect(findingMessage(findings[0], 'en')).toBe('still 待承接 past the planned date of batch 2, 2016-09-30: 92 days overdue; still exercised by 市人社局');
  });

  it('finds an item overdue exactly when today is after its date, by the days between them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: -500, max: 500 }), (start, within, offset) => {
        const delegatedOn = addDays('2015-01-01', start);
        const due = addDays(delegatedOn, within);
        const today = addDays(due, offset);
        const found = run([pending('XK1')], { delegatedOn, withinDays: within }, today);
        expect(found.length).toBe(offset > 0 ? 1 : 0);
        if (offset > 0) expect([found[0].details.due, found[0].details.days, daysBetween(due, today)]).toEqual([due, offset, offset]);
      }),
      { numRuns: 200 },
    );
  });
});
