import { describe, expect, it } from 'vitest';
import { dashboard, status } from '../../src/status/index.js';
import { accepted, delegation, list } from './make.js';

const lists = [
  delegation([
    accepted('A1', '1', '2016-06-30'),
    accepted('A2', '1', '2016-06-30', { category: '行政处罚' }),
    accepted('A3', '2', '2017-03-01'),
    { code: 'A4', decision: '下放', category: '行政处罚' },
    { code: 'A5', decision: '不下放', category: '行政检查' },
  ], { department: '市市场监管局', title: '下放清单' }),
];

describe('dashboard data', () => {
  const d = dashboard(lists);
  it('carries the status report unchanged', () => {
    expect(d.report).toEqual(status(lists));
  });

  it('takes its title from --title, else the zone list, never from a department’s title rows', () => {
    // the formatter shows the default 承接进度 when there is no title
    expect(d.title).toBeUndefined();
    expect(dashboard(lists, { title: '高新区承接进度' }).title).toBe('高新区承接进度');
    expect(dashboard([...lists, list('zone', [], { title: '济南高新区承接事项清单' })]).title).toBe('济南高新区承接事项清单');
  });

  it('has every item with its reason', () => {
    expect(d.items.map((i) => [i.code, i.why, i.status])).toEqual([
      ['A1', 'accepted', '已承接'], ['A2', 'accepted', '已承接'], ['A3', 'accepted', '已承接'], ['A4', 'pending', '待承接'], ['A5', 'not-delegated', ''],
    ]);
  });

  it('counts acceptance per date with a running total', () => {
    expect(d.timeline).toEqual([
      { date: '2016-06-30', accepted: 2, cumulative: 2 },
      { date: '2017-03-01', accepted: 1, cumulative: 3 },
    ]);
  });

  it('leaves an impossible acceptance date out of the timeline, where it would pass for the next day', () => {
    const bad = dashboard([delegation([accepted('B1', '1', '2016-06-31'), accepted('B2', '1', '2016-07-01')], { department: '市司法局' })]);
    expect(bad.timeline).toEqual([{ date: '2016-07-01', accepted: 1, cumulative: 1 }]);
    expect(bad.items.map((i) => i.acceptedOn)).toEqual(['2016-06-31', '2016-07-01']);
  });

  it('mixes categories, most listed first', () => {
    expect(d.categories).toEqual([
      { category: '行政处罚', listed: 2, accepted: 1 },
      { category: '行政许可', listed: 2, accepted: 2 },
      { category: '行政检查', listed: 1, accepted: 0 },
    ]);
  });
});
