/** UI texts of `qingdan diff`, in both languages. */
import { COLUMN_BY_KEY } from '../../model/columns.js';
import type { FieldKey } from '../../model/types.js';
import type { RegressionKind } from '../../diff/types.js';
import type { Lang, Msg } from '../../text/lang.js';
import { PUNCT } from '../../text/punct.js';

type T = Record<Lang, string>;

export const DIFF_TEXT = {
  title: { 'zh-CN': '清单比较', en: 'List comparison' },
  added: { 'zh-CN': '新增', en: 'Added' },
  removed: { 'zh-CN': '删除', en: 'Removed' },
  changed: { 'zh-CN': '变更', en: 'Changed' },
  cancelled: { 'zh-CN': '取消', en: 'Cancelled' },
  recoded: { 'zh-CN': '改码', en: 'Recoded' },
  transferred: { 'zh-CN': '划转', en: 'Transferred' },
  regressions: { 'zh-CN': '承接倒退', en: 'Regressions' },
  unchanged: { 'zh-CN': '未变', en: 'Unchanged' },
  same: { 'zh-CN': '两个版本的事项相同', en: 'the two versions hold the same items' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  code: { 'zh-CN': '事项编码', en: 'Code' },
  name: { 'zh-CN': '事项名称', en: 'Name' },
  field: { 'zh-CN': '字段', en: 'Field' },
  old: { 'zh-CN': '原值', en: 'Old' },
  new: { 'zh-CN': '新值', en: 'New' },
  oldVersion: { 'zh-CN': '旧版本', en: 'Old version' },
  newVersion: { 'zh-CN': '新版本', en: 'New version' },
  empty: { 'zh-CN': '（空）', en: '(empty)' },
  row: { 'zh-CN': '行', en: 'row' },
} satisfies Record<string, T>;

export type DiffTextKey = keyof typeof DIFF_TEXT;

export const dt = (key: DiffTextKey, lang: Lang): string => DIFF_TEXT[key][lang];

/** Regressions, explained. */
export const REGRESSION_TEXT: Record<RegressionKind, Msg<{ old: string; new: string }>> = {
  'accepted-to-pending': { 'zh-CN': (d) => `已承接事项退回为“${d.new}”`, en: (d) => `accepted item set back to ${d.new} (pending)` },
  'accepted-to-deferred': { 'zh-CN': () => '已承接事项改为暂缓承接', en: () => 'accepted item set back to 暂缓承接 (deferred)' },
  'accepted-removed': { 'zh-CN': () => '已承接事项被删除', en: () => 'accepted item removed' },
  'batch-rewritten': { 'zh-CN': (d) => `承接后批次被改写：${d.old} → ${d.new || '空'}`, en: (d) => `batch rewritten after acceptance: ${d.old} → ${d.new || 'empty'}` },
  'accepted-on-rewritten': { 'zh-CN': (d) => `承接后承接日期被改写：${d.old} → ${d.new || '空'}`, en: (d) => `acceptance date rewritten after acceptance: ${d.old} → ${d.new || 'empty'}` },
  'decision-withdrawn': { 'zh-CN': (d) => `承接后下放意见改为“${d.new}”`, en: (d) => `decision turned into ${d.new} after acceptance` },
};

/** A field's label: the canonical Chinese header, or the key in English; an extra column by its header. */
export function fieldLabel(field: string, lang: Lang): string {
  const def = COLUMN_BY_KEY[field as FieldKey];
  if (!def) return field;
  return lang === 'en' ? field : def.header;
}

/** "12 added, 3 removed" style counts line. */
export function countsLine(s: object, lang: Lang, keys: readonly DiffTextKey[]): string {
  const sep = PUNCT[lang].comma;
  const n = (k: DiffTextKey): number => (s as Record<string, number>)[k] ?? 0;
  return keys.map((k) => (lang === 'en' ? `${n(k)} ${dt(k, lang).toLowerCase()}` : `${dt(k, lang)} ${n(k)}`)).join(sep);
}

export const SUMMARY_KEYS: readonly DiffTextKey[] = ['added', 'removed', 'changed', 'cancelled', 'recoded', 'transferred', 'regressions', 'unchanged'];
