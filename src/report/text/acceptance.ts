/** Texts of the planned acceptance dates (issue 18 point 4): the acceptance-overdue message, the overdue column of status. */
import type { RuleDetails } from '../../check/details.js';
import type { Lang } from '../../text/lang.js';

type D = RuleDetails['acceptance-overdue'];
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

const basisZh = (d: D): string => (d.basis === 'batch' ? `第 ${s(d.batch)} 批计划承接日期` : '下放后的承接期限');
const basisEn = (d: D): string => (d.basis === 'batch' ? `the planned date of batch ${s(d.batch)}` : 'the acceptance deadline after delegation');

export const overdueMessage = {
  'zh-CN': (d: D): string => `逾期未承接（${s(d.status)}）：${basisZh(d)}为 ${s(d.due)}，已逾期 ${s(d.days)} 天，目前仍由“${s(d.exercisedBy)}”行使`,
  en: (d: D): string => `still ${s(d.status)} past ${basisEn(d)}, ${s(d.due)}: ${s(d.days)} day${d.days === 1 ? '' : 's'} overdue; still exercised by ${s(d.exercisedBy)}`,
};

/** The status column of the overdue counts, and the --who line of an overdue item. */
export const OVERDUE_TEXT: Record<Lang, { column: string; who: (due: string, days: number) => string; cell: (status: string, days: number) => string }> = {
  'zh-CN': { column: '逾期未承接', who: (due, days) => `逾期未承接：计划承接日期 ${due}，已逾期 ${days} 天`, cell: (status, days) => `${status}（逾期 ${days} 天）` },
  en: { column: 'Overdue', who: (due, days) => `overdue: planned for ${due}, ${days} day${days === 1 ? '' : 's'} late`, cell: (status, days) => `${status} (${days} day${days === 1 ? '' : 's'} overdue)` },
};
