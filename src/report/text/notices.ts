/** Messages of the notices of validate (check/notice.ts), in both languages. */
import type { Notice, NoticeKind } from '../../check/notice.js';
import type { Lang, Msg } from '../../text/lang.js';
import { ROUND_NOTICES } from './rounds.js';
import { PUNCT } from '../../text/punct.js';

type D = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown, sep: string): string => (Array.isArray(v) ? v.map(String).join(sep) : s(v));
const entry = (d: D, lang: Lang): string =>
  [`rule: ${s(d.rule)}`, d.code ? `code: ${s(d.code)}` : '', d.department ? `department: ${s(d.department)}` : ''].filter(Boolean).join(PUNCT[lang].comma);

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
  ...ROUND_NOTICES,
};

/** A notice's text in the chosen language. */
export const noticeMessage = (n: Notice, lang: Lang): string => NOTICE_MESSAGES[n.kind][lang](n.details);

/** Files read per kind, with their items: the line of a run that says what it read (issue 13 point 2). */
export interface FilesRead {
  kinds: { kind: 'catalogue' | 'delegation' | 'zone'; files: number; items: number }[];
  unreadable: number;
  skipped: number;
}

const KIND_WORDS = { catalogue: ['目录', 'catalogue', 'catalogues'], delegation: ['下放清单', 'delegation list', 'delegation lists'], zone: ['管委会清单', 'zone list', 'zone lists'] } as const;

export const FILES_READ: Msg<FilesRead> = {
  'zh-CN': (d) => {
    const parts = d.kinds.map((k) => `${KIND_WORDS[k.kind][0]} ${k.files} 个（${k.items} 项）`);
    if (d.unreadable) parts.push(`无法读取 ${d.unreadable} 个`);
    if (d.skipped) parts.push(`跳过 ${d.skipped} 个`);
    return `已读取：${parts.join('，') || '无'}`;
  },
  en: (d) => {
    const parts = d.kinds.map((k) => `${k.files} ${KIND_WORDS[k.kind][k.files === 1 ? 1 : 2]} (${k.items} item${k.items === 1 ? '' : 's'})`);
    if (d.unreadable) parts.push(`${d.unreadable} unreadable`);
    if (d.skipped) parts.push(`${d.skipped} skipped`);
    return `read: ${parts.join(', ') || 'nothing'}`;
  },
};

/** Notices of one kind past the first few, in the formats people read (pretty, markdown). */
export const NOTICES_MORE: Msg<{ n: number }> = {
  'zh-CN': (d) => `……另有 ${d.n} 条同类说明（完整列表见 --format json）`,
  en: (d) => `… and ${d.n} more like it (all of them in --format json)`,
};

/** How many notices of one kind pretty and markdown show: a fresh baseline can hold a thousand entries. */
export const NOTICES_SHOWN = 20;

/** The notices to show, at most NOTICES_SHOWN per kind, and how many of each kind are left out. */
export function shownNotices(notices: readonly Notice[]): { shown: Notice[]; more: number[] } {
  const shown: Notice[] = [];
  const seen = new Map<string, number>();
  for (const n of notices) {
    const k = (seen.get(n.kind) ?? 0) + 1;
    seen.set(n.kind, k);
    if (k <= NOTICES_SHOWN) shown.push(n);
  }
  return { shown, more: [...seen.values()].filter((k) => k > NOTICES_SHOWN).map((k) => k - NOTICES_SHOWN) };
}

/** The heading of the notices, where a format has headings. */
export const NOTICES_TITLE: Record<Lang, string> = { 'zh-CN': '说明', en: 'notices' };
