/** Issue 13, point 9: the figures of status and the dashboard add up, and say when rows repeat an item. */
import { describe, expect, it } from 'vitest';
import { formatStatusHtml } from '../../../../src/report/formatters/status/html.js';
import { formatStatusMarkdown } from '../../../../src/report/formatters/status/markdown.js';
import { formatStatusPretty } from '../../../../src/report/formatters/status/pretty.js';
import { dashboard, status } from '../../../../src/status/index.js';
import { accepted, delegation } from '../../../status/make.js';

const MS = '市市场监管局';
const lists = [
  delegation([
    accepted('A1', '1', '2016-06-30'),
    { code: 'A2', decision: '不下放', reason: '…', acceptance: '坚持承接', resolution: '下放', status: '待承接' }, // settled: delegated
    { code: 'A3', decision: '暂不下放', reason: '…', acceptance: '坚持承接', resolution: '不下放' }, // settled: not delegated
    { code: 'A4', decision: '下放', mode: '委托', scope: '全部下放', status: '暂缓承接' },
  ], { department: MS, title: '市市场监管局下放清单 填报单位（盖章）' }),
  delegation([{ code: 'A4', decision: '下放', mode: '委托', scope: '全部下放', status: '暂缓承接' }], { department: MS, file: 'again.yaml' }),
];

describe('status and dashboard figures', () => {
  it('the bar of a department shows the figures of its table row', () => {
    const html = formatStatusHtml(dashboard(lists), { lang: 'zh-CN' });
    const seg = (key: string): number => Number(new RegExp(`class="seg-${key}"[^>]*><title>[^<]*: (\\d+)<`, 'u').exec(html)?.[1] ?? 0);
    const row = status(lists).departments[0];
    expect(row.decision).toEqual({ 下放: 3, 不下放: 1, 暂不下放: 0 });
    expect([seg('accepted'), seg('pending'), seg('deferred'), seg('notDelegated')]).toEqual([
      row.status['已承接'], row.status['待承接'], row.status['暂缓承接'], row.decision['不下放'] + row.decision['暂不下放'],
    ]);
    expect(row.status['已承接'] + row.status['待承接'] + row.status['暂缓承接']).toBe(row.decision['下放']);
  });

  it('says that a repeated row is counted once, in every format', () => {
    const r = status(lists);
    expect(r.totals.listed).toBe(4);
    expect(r.duplicates).toBe(1);
    expect(formatStatusPretty(r, { lang: 'zh-CN', color: false })).toContain('另有 1 行与前面的行事项编码（及子项名称）相同，只按一项计入');
    expect(formatStatusPretty(r, { lang: 'en', color: false })).toContain('1 more row repeats an item of an earlier row (same code and sub-item) and is counted once');
    expect(formatStatusMarkdown(r, { lang: 'en' })).toContain('counted once');
    expect(formatStatusHtml(dashboard(lists), { lang: 'zh-CN' })).toContain('id="duplicates"');
  });

  it('titles the dashboard with the default, not a department’s title rows', () => {
    const html = formatStatusHtml(dashboard(lists), { lang: 'zh-CN' });
    expect(html).toContain('<title>承接进度</title>');
    expect(html).not.toContain('填报单位');
  });
});
