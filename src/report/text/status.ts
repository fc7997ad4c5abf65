/** UI texts of `qingdan status` and its dashboard, in both languages. */
import { parseDate } from '../../model/normalise.js';
import type { WhyReason } from '../../status/types.js';
import type { Lang, Msg } from '../../text/lang.js';
import { TAKEN_BACK_WHY } from './takeback.js';

type T = Record<Lang, string>;

export const STATUS_TEXT = {
  department: { 'zh-CN': '部门', en: 'Department' },
  catalogue: { 'zh-CN': '目录', en: 'Catalogue' },
  listed: { 'zh-CN': '已列', en: 'Listed' },
  delegated: { 'zh-CN': '下放', en: 'Delegated' },
  notDelegated: { 'zh-CN': '不下放', en: 'Not deleg.' },
  withheld: { 'zh-CN': '暂不下放', en: 'Withheld' },
  accepted: { 'zh-CN': '已承接', en: 'Accepted' },
  pending: { 'zh-CN': '待承接', en: 'Pending' },
  deferred: { 'zh-CN': '暂缓承接', en: 'Deferred' },
  disputes: { 'zh-CN': '争议 未决/已决', en: 'Disputes open/res.' },
  partial: { 'zh-CN': '部分下放', en: 'Partial' },
  progress: { 'zh-CN': '承接进度', en: 'Acceptance' },
  total: { 'zh-CN': '合计', en: 'Total' },
  noDepartment: { 'zh-CN': '（未注明部门）', en: '(no department)' },
  batches: { 'zh-CN': '各批次承接', en: 'Accepted per batch' },
  batch: { 'zh-CN': '批次', en: 'Batch' },
  noBatches: { 'zh-CN': '尚无已承接事项', en: 'nothing accepted yet' },
  noCatalogue: { 'zh-CN': '未提供目录（--catalogue），目录列为空', en: 'no catalogue given (--catalogue): the catalogue column is empty' },
  nothing: { 'zh-CN': '没有下放清单事项', en: 'no delegation list items' },
  title: { 'zh-CN': '承接进度', en: 'Acceptance status' },
  code: { 'zh-CN': '事项编码', en: 'Code' },
  name: { 'zh-CN': '事项名称', en: 'Name' },
  category: { 'zh-CN': '权力类别', en: 'Category' },
  decision: { 'zh-CN': '下放意见', en: 'Decision' },
  status: { 'zh-CN': '承接状态', en: 'Status' },
  acceptedOn: { 'zh-CN': '承接日期', en: 'Accepted on' },
  exercisedBy: { 'zh-CN': '行使情况', en: 'Exercised by' },
  search: { 'zh-CN': '搜索编码、名称、部门……', en: 'Search code, name, department…' },
  byDepartment: { 'zh-CN': '各部门承接情况', en: 'Acceptance by department' },
  overTime: { 'zh-CN': '承接进展（按批次与日期）', en: 'Acceptance over batches and dates' },
  byBatch: { 'zh-CN': '各批次承接事项数', en: 'Accepted items per batch' },
  byDate: { 'zh-CN': '累计承接事项数（按日期）', en: 'Accepted items to date' },
  categoryMix: { 'zh-CN': '权力类别构成', en: 'Category mix' },
  items: { 'zh-CN': '事项明细', en: 'Items' },
  shown: { 'zh-CN': '显示', en: 'shown' },
  generated: { 'zh-CN': '由 qingdan 生成', en: 'made by qingdan' },
  sortHint: { 'zh-CN': '点击表头排序', en: 'click a header to sort' },
  zone: { 'zh-CN': '管委会', en: 'the zone' },
  municipal: { 'zh-CN': '市级部门', en: 'the municipal department' },
  confirmations: { 'zh-CN': '书面确认', en: 'confirmations' },
} satisfies Record<string, T>;

export type StatusTextKey = keyof typeof STATUS_TEXT;

/** A label in the chosen language. */
export const st = (key: StatusTextKey, lang: Lang): string => STATUS_TEXT[key][lang];

/** Why an item is exercised where it is. */
export const WHY_TEXT: Record<WhyReason, T> = {
  accepted: { 'zh-CN': '已承接', en: 'accepted' },
  'not-delegated': { 'zh-CN': '不下放', en: 'not delegated (不下放)' },
  withheld: { 'zh-CN': '暂不下放', en: 'withheld for now (暂不下放)' },
  pending: { 'zh-CN': '已下放，待承接', en: 'delegated, not yet accepted (待承接)' },
  deferred: { 'zh-CN': '暂缓承接', en: 'acceptance deferred (暂缓承接)' },
  disputed: { 'zh-CN': '存在争议：管委会坚持承接，尚待协调', en: 'disputed: the zone insists, not yet resolved (坚持承接)' },
  ...TAKEN_BACK_WHY,
  unknown: { 'zh-CN': '未见于任何下放清单', en: 'in no delegation list' },
};

/** --who for a code that no list and no catalogue has (issue 13 point 10). */
export const NOT_IN_CATALOGUE: T = { 'zh-CN': '不在目录中（也未见于任何下放清单）', en: 'not in the catalogue (and in no delegation list)' };

interface WhoLine {
  code: string;
  name?: string;
  department?: string;
  zone: boolean;
  why: WhyReason;
  inCatalogue?: false;
  batch?: number;
  acceptedOn?: string;
}

/** An acceptance date as written; one that is not a real date says so rather than pass for one. */
const dateText = (d: string, lang: Lang): string =>
  parseDate(d) === d ? d : lang === 'en' ? `"${d}" (not a valid date)` : `“${d}”（日期无效）`;

/** The one-line answer of --who. */
export const WHO_LINE: Msg<WhoLine> = {
  'zh-CN': (d) => {
    if (d.inCatalogue === false) return `${d.code}：${NOT_IN_CATALOGUE['zh-CN']}`;
    const who = d.zone ? '由管委会行使' : `由${d.department || '市级部门'}行使`;
    const when = [d.batch !== undefined ? `第 ${d.batch} 批` : '', d.acceptedOn ? `${dateText(d.acceptedOn, 'zh-CN')} 承接` : ''].filter(Boolean).join('，');
    return `${d.code}${d.name ? ` ${d.name}` : ''}：${who}（${WHY_TEXT[d.why]['zh-CN']}${when ? `，${when}` : ''}）`;
  },
  en: (d) => {
    if (d.inCatalogue === false) return `${d.code}: ${NOT_IN_CATALOGUE.en}`;
    const who = d.zone ? 'exercised by the zone' : `exercised by ${d.department || 'the municipal department'}`;
    const when = [d.batch !== undefined ? `batch ${d.batch}` : '', d.acceptedOn ? `accepted on ${dateText(d.acceptedOn, 'en')}` : ''].filter(Boolean).join(', ');
    return `${d.code}${d.name ? ` ${d.name}` : ''}: ${who} — ${WHY_TEXT[d.why].en}${when ? `, ${when}` : ''}`;
  },
};

/** Said under the counts when some rows repeat an item: each item is counted once. */
export const DUPLICATES_NOTE: Msg<{ n: number }> = {
  'zh-CN': (d) => `另有 ${d.n} 行与前面的行事项编码（及子项名称）相同，只按一项计入；用 qingdan validate 查看（duplicate-code）`,
  en: (d) => `${d.n} more row${d.n === 1 ? ' repeats' : 's repeat'} an item of an earlier row (same code and sub-item) and ${d.n === 1 ? 'is' : 'are'} counted once; see qingdan validate (duplicate-code)`,
};

/** A batch by its number: 第1批 / batch 1 (short: the chart's axis label). */
export const BATCH_LABEL: Msg<{ b: string }> = { 'zh-CN': (d) => `第${d.b}批`, en: (d) => `batch ${d.b}` };
export const BATCH_SHORT: Msg<{ b: string }> = { 'zh-CN': (d) => `第${d.b}批`, en: (d) => `#${d.b}` };
/** One batch's count in a line of batches: 第1批 200 / batch 1: 200. */
export const BATCH_COUNT: Msg<{ b: string; n: number }> = { 'zh-CN': (d) => `第${d.b}批 ${d.n}`, en: (d) => `batch ${d.b}: ${d.n}` };
