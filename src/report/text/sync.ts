/** UI texts of `qingdan sync`, in both languages. */
import type { Lang } from '../../text/lang.js';

type T = Record<Lang, string>;

export const SYNC_TEXT = {
  title: { 'zh-CN': '目录同步', en: 'Catalogue sync' },
  decide: { 'zh-CN': '待决定（目录新增、清单未列）', en: 'To decide (new in the catalogue, not in the list)' },
  cancel: { 'zh-CN': '应取消（目录已取消）', en: 'To cancel (cancelled in the catalogue)' },
  update: { 'zh-CN': '应更新（与目录不一致）', en: 'To update (differs from the catalogue)' },
  unknown: { 'zh-CN': '目录中没有', en: 'Not in the catalogue' },
  decideShort: { 'zh-CN': '待决定', en: 'decide' },
  cancelShort: { 'zh-CN': '应取消', en: 'cancel' },
  updateShort: { 'zh-CN': '应更新', en: 'update' },
  unknownShort: { 'zh-CN': '目录中没有', en: 'unknown' },
  inSync: { 'zh-CN': '清单与目录一致，无需处理', en: 'the list agrees with the catalogue: nothing to do' },
  catalogueChanges: { 'zh-CN': '目录本身的变化', en: 'What changed in the catalogue' },
  wrote: { 'zh-CN': '已写入更新后的清单', en: 'wrote the updated list' },
  kind: { 'zh-CN': '类型', en: 'Kind' },
  code: { 'zh-CN': '事项编码', en: 'Code' },
  name: { 'zh-CN': '事项名称', en: 'Name' },
  department: { 'zh-CN': '实施部门', en: 'Department' },
  field: { 'zh-CN': '字段', en: 'Field' },
  listValue: { 'zh-CN': '清单现值', en: 'In the list' },
  catalogueValue: { 'zh-CN': '目录值', en: 'In the catalogue' },
} satisfies Record<string, T>;

export type SyncTextKey = keyof typeof SYNC_TEXT;
export const syt = (key: SyncTextKey, lang: Lang): string => SYNC_TEXT[key][lang];

/** "待决定 12，应取消 9，…" */
export function syncCounts(s: { decide: number; cancel: number; update: number; unknown: number }, lang: Lang): string {
  const keys = ['decide', 'cancel', 'update', 'unknown'] as const;
  if (lang === 'en') return keys.map((k) => `${s[k]} to ${syt(`${k}Short`, lang)}`.replace('to unknown', 'unknown')).join(', ');
  return keys.map((k) => `${syt(`${k}Short`, lang)} ${s[k]}`).join('，');
}
