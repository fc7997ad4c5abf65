/** Messages of the notices of validate (check/notice.ts), in both languages. */
import type { Notice, NoticeKind } from '../../check/notice.js';
import type { Lang, Msg } from '../lang.js';

type D = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown, sep: string): string => (Array.isArray(v) ? v.map(String).join(sep) : s(v));
const entry = (d: D, lang: Lang): string =>
  [`rule: ${s(d.rule)}`, d.code ? `code: ${s(d.code)}` : '', d.department ? `department: ${s(d.department)}` : ''].filter(Boolean).join(lang === 'en' ? ', ' : '，');

export const NOTICE_MESSAGES: Record<NoticeKind, Msg<D>> = {
  'not-a-list': { 'zh-CN': () => '已跳过：不是清单文件', en: () => 'skipped: not a list' },
  'no-catalogue': {
    'zh-CN': (d) => `未给出目录（--catalogue 或配置中的 catalogue），以下规则未运行：${list(d.rules, '、')}`,
    en: (d) => `no catalogue given (--catalogue, or catalogue in the configuration): these rules did not run: ${list(d.rules, ', ')}`,
  },
  'waiver-incomplete': {
    'zh-CN': (d) => `豁免条目（${entry(d, 'zh-CN')}）的理由${s(d.reason).trim() ? '仍是占位文字' : '为空'}，不豁免任何问题：请填写理由`,
    en: (d) => `the waiver (${entry(d, 'en')}) has ${s(d.reason).trim() ? 'the placeholder still as its reason' : 'no reason'}, so it waives nothing: fill in the reason`,
  },
};

/** A notice's text in the chosen language. */
export const noticeMessage = (n: Notice, lang: Lang): string => NOTICE_MESSAGES[n.kind][lang](n.details);

/** The heading of the notices, where a format has headings. */
export const NOTICES_TITLE: Record<Lang, string> = { 'zh-CN': '说明', en: 'notices' };
