/** Texts of catalogue revisions (issue 18): merges, splits and recodes in diff and sync, and the --map table's errors. */
import type { Reason } from '../../errors.js';
import type { Lang, Msg } from '../../text/lang.js';
import { PUNCT } from '../../text/punct.js';

type A = Record<string, unknown>;
type T = Record<Lang, string>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const list = (v: unknown, sep: string): string => (Array.isArray(v) ? v.map(s).join(sep) : s(v));

type MapReason = Extract<Reason, `map-${string}`>;

/** Why a correspondence table cannot be used (the error names the file, sheet, row and column). */
export const MAP_REASONS: Record<MapReason, Msg<A>> = {
  'map-columns': {
    'zh-CN': (d) => `缺少“${s(d.missing)}”列（对照表应有 原事项编码、新事项编码，可有 调整类型、文号、生效日期）`,
    en: (d) => `no ${s(d.missing)} column (a table has 原事项编码 old code and 新事项编码 new code, and may have 调整类型, 文号, 生效日期)`,
  },
  'map-code-empty': { 'zh-CN': () => '编码为空', en: () => 'the code is empty' },
  'map-kind': {
    'zh-CN': (d) => `无法识别的调整类型“${s(d.value)}”，可用：${list(d.values, '、')}`,
    en: (d) => `unrecognised 调整类型 "${s(d.value)}"; one of: ${list(d.values, ', ')}`,
  },
  'map-date': { 'zh-CN': (d) => `“${s(d.value)}”不是日期`, en: (d) => `"${s(d.value)}" is not a date` },
  'map-recode': {
    'zh-CN': (d) => `改码应是一个原编码对应一个新编码（本行：${list(d.from, '、')} → ${list(d.into, '、')}）`,
    en: (d) => `a recode maps one old code to one new code (this row: ${list(d.from, ', ')} → ${list(d.into, ', ')})`,
  },
  'map-twice': {
    'zh-CN': (d) => `原事项编码 ${s(d.code)} 已在第 ${s(d.other)} 行用于另一项调整`,
    en: (d) => `old code ${s(d.code)} is already used by another change (row ${s(d.other)})`,
  },
  'map-yaml': { 'zh-CN': () => 'YAML 对照表应是一个列表，每项有 原事项编码、新事项编码', en: () => 'a YAML table is a list of entries, each with 原事项编码 and 新事项编码' },
  'map-code-unknown': {
    'zh-CN': (d) => `编码 ${s(d.code)} 不在${d.side === 'old' ? '旧版' : '新版'}目录中`,
    en: (d) => `code ${s(d.code)} is not in the ${d.side === 'old' ? 'old' : 'new'} catalogue`,
  },
};

export const REVISION_TEXT = {
  merged: { 'zh-CN': '合并', en: 'Merged' },
  split: { 'zh-CN': '拆分', en: 'Split' },
  sourceMap: { 'zh-CN': '对照表', en: 'correspondence table' },
  sourceNote: { 'zh-CN': '目录备注', en: 'catalogue note' },
  sourceSuggested: { 'zh-CN': '推测', en: 'suggested' },
  toCheck: { 'zh-CN': '请核对', en: 'to be checked' },
  'evidence-same-name': { 'zh-CN': '名称、部门、类别相同', en: 'same name, department and category' },
  'evidence-contained': { 'zh-CN': '原名称包含在新事项名称中', en: 'the old name is part of the new name' },
  'evidence-similar': { 'zh-CN': '名称相近', en: 'nearly the same name' },
  document: { 'zh-CN': '文号', en: 'document' },
  effective: { 'zh-CN': '生效', en: 'effective' },
  recode: { 'zh-CN': '改码（沿用原决定）', en: 'Recoded (decisions carried)' },
  merge: { 'zh-CN': '合并', en: 'Merged' },
  splitAction: { 'zh-CN': '拆分（沿用原决定，请确认）', en: 'Split (decisions carried, to confirm)' },
  recodeShort: { 'zh-CN': '改码', en: 'recode' },
  mergeShort: { 'zh-CN': '合并', en: 'merge' },
  splitShort: { 'zh-CN': '拆分', en: 'split' },
  decideGap: { 'zh-CN': '待决定（漏项：目录有、清单未列）', en: 'To decide (gaps: in the catalogue, never in the list)' },
  decideNew: { 'zh-CN': '待决定（目录新增、清单未列）', en: 'To decide (new in the catalogue, not in the list)' },
  agreed: { 'zh-CN': '各原事项意见一致，沿用', en: 'the parts agree: carried' },
  disagreed: { 'zh-CN': '各原事项意见不一致，需重新决定', en: 'the parts disagree: to decide' },
  confirm: { 'zh-CN': '请确认', en: 'to confirm' },
  none: { 'zh-CN': '（空）', en: '(empty)' },
} satisfies Record<string, T>;

export type RevisionTextKey = keyof typeof REVISION_TEXT;
export const rvt = (key: RevisionTextKey, lang: Lang): string => REVISION_TEXT[key][lang];

/** What a change rests on: "对照表 济政发〔2017〕12号，生效 2017-07-01". */
export function basisText(e: { source: 'map' | 'note' | 'suggested'; document?: string; effective?: string; evidence?: { match: string } }, lang: Lang): string {
  const src = rvt(e.source === 'map' ? 'sourceMap' : e.source === 'note' ? 'sourceNote' : 'sourceSuggested', lang);
  const sep = PUNCT[lang].comma;
  const why = e.evidence ? rvt(`evidence-${e.evidence.match}` as RevisionTextKey, lang) : '';
  const parts = [why ? `${src}${PUNCT[lang].paren(why)}` : src];
  if (e.source === 'suggested') parts.push(rvt('toCheck', lang));
  if (e.document) parts.push(e.document);
  if (e.effective) parts.push(`${rvt('effective', lang)} ${e.effective}`);
  return parts.join(sep);
}
