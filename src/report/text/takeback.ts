/** Texts of taken-back items (收回, issue 18 point 2): the takenBack section of diff, and the taken-back reason of status. */
import type { TakenBackEntry, TakenBackSide } from '../../diff/types.js';
import type { Lang } from '../../text/lang.js';
import { PUNCT } from '../../text/punct.js';

type T = Record<Lang, string>;

export const TAKEN_BACK_TEXT = {
  title: { 'zh-CN': '收回', en: 'Taken back' },
  was: { 'zh-CN': '原', en: 'was' },
  now: { 'zh-CN': '现', en: 'now' },
  gone: { 'zh-CN': '已从管委会清单中删除', en: 'gone from the zone list' },
  exercised: { 'zh-CN': '由市级部门重新行使', en: 'exercised by the municipal department again' },
} satisfies Record<string, T>;

export const tbt = (key: keyof typeof TAKEN_BACK_TEXT, lang: Lang): string => TAKEN_BACK_TEXT[key][lang];

/** "12 taken back" / "收回 12", for the counts line (shown when there is any). */
export const takenBackCount = (n: number, lang: Lang): string => (lang === 'en' ? `${n} taken back` : `收回 ${n}`);

/** Where a side is: "old.xlsx 工作表“Sheet1”第 2 行" / "old.xlsx sheet "Sheet1" row 2". */
export function sidePlace(s: TakenBackSide, lang: Lang): string {
  if (lang === 'en') return `${s.file}${s.sheet ? ` sheet "${s.sheet}"` : ''} row ${s.row}`;
  return `${s.file}${s.sheet ? ` 工作表“${s.sheet}”` : ''} 第 ${s.row} 行`;
}

/** The old side: "已承接（第 1 批，2016-06-30）". */
export function oldState(e: TakenBackEntry, lang: Lang): string {
  const o = e.old;
  const more = [o.batch ? (lang === 'en' ? `batch ${o.batch}` : `第 ${o.batch} 批`) : '', o.acceptedOn ?? ''].filter(Boolean);
  const sep = PUNCT[lang].comma;
  const state = o.status ?? '已承接';
  return more.length === 0 ? state : `${state}${PUNCT[lang].paren(more.join(sep))}`;
}

/** The new side: "不下放" (with its status where the row still has one), or gone from the zone list. */
export function newState(e: TakenBackEntry, lang: Lang): string {
  if (!e.new) return tbt('gone', lang);
  const n = e.new;
  return n.status ? `${n.decision ?? ''}${PUNCT[lang].comma}${n.status}` : n.decision ?? '';
}

/** One line that says it all: "已承接（第 1 批）→ 不下放；文号：济高管发〔2024〕11号". */
export function takenBackLine(e: TakenBackEntry, lang: Lang): string {
  const doc = e.document ? (lang === 'en' ? `; document: ${e.document}` : `；文号：${e.document}`) : '';
  return `${oldState(e, lang)} → ${newState(e, lang)}${doc}`;
}

/** The document after the new state: "（文号：…）" / " (document: …)", empty without one. */
export const documentNote = (e: TakenBackEntry, lang: Lang): string =>
  e.document ? (lang === 'en' ? ` (document: ${e.document})` : `（文号：${e.document}）`) : '';

/** status --who: why a taken-back item is the department's again (spread into WHY_TEXT). */
export const TAKEN_BACK_WHY = {
  'taken-back': { 'zh-CN': '已收回，由市级部门重新行使', en: 'taken back (收回): exercised by the municipal department again' },
} satisfies Record<'taken-back', T>;

/** The status column and the totals card of the taken-back items. */
export const TAKEN_BACK_COLUMN: T = { 'zh-CN': '收回', en: 'Taken back' };

/** The line of --who under a taken-back item: its document. */
export const documentLine = (doc: string, lang: Lang): string => (lang === 'en' ? `document: ${doc}` : `文号：${doc}`);
