/** Texts of `qingdan merge`: the 冲突 cell of a marked conflict, and the report's labels, in both languages. */
import type { Msg } from './lang.js';

const q = (v: string | undefined, empty: string): string => (v === undefined || v === '' ? empty : `“${v}”`);
const qe = (v: string | undefined, empty: string): string => (v === undefined || v === '' ? empty : `"${v}"`);

export interface MarkArgs {
  header: string;
  base?: string;
  ours?: string;
  theirs?: string;
}

/** One line of a 冲突 cell, per kind of conflict. */
export const MARK_TEXT = {
  changed: {
    'zh-CN': (d) => `${d.header}：原为${q(d.base, '空')}，本方改为${q(d.ours, '空')}，对方改为${q(d.theirs, '空')}`,
    en: (d) => `${d.header}: base ${qe(d.base, 'empty')}, ours ${qe(d.ours, 'empty')}, theirs ${qe(d.theirs, 'empty')}`,
  },
  added: {
    'zh-CN': (d) => `${d.header}：双方新增时填写不同，本方${q(d.ours, '空')}，对方${q(d.theirs, '空')}`,
    en: (d) => `${d.header}: added on both sides differently, ours ${qe(d.ours, 'empty')}, theirs ${qe(d.theirs, 'empty')}`,
  },
  deletedByOurs: {
    'zh-CN': (d) => `本方删除了此事项，对方改动了${d.header}：原为${q(d.base, '空')}，改为${q(d.theirs, '空')}`,
    en: (d) => `ours deleted this item, theirs changed ${d.header}: base ${qe(d.base, 'empty')}, now ${qe(d.theirs, 'empty')}`,
  },
  deletedByTheirs: {
    'zh-CN': (d) => `对方删除了此事项，本方改动了${d.header}：原为${q(d.base, '空')}，改为${q(d.ours, '空')}`,
    en: (d) => `theirs deleted this item, ours changed ${d.header}: base ${qe(d.base, 'empty')}, now ${qe(d.ours, 'empty')}`,
  },
} satisfies Record<string, Msg<MarkArgs>>;

export interface DuplicateArgs {
  place: string;
  department?: string;
  /** The header of the field the other row differs in (validate's unresolved-conflict names it). */
  header?: string;
}

/** The 冲突 cell of a consolidated row whose key another department's list also has. */
export const DUPLICATE_MARK: Msg<DuplicateArgs> = {
  'zh-CN': (d) => `同一事项另见 ${d.place}${d.department ? `（${d.department}）` : ''}${d.header ? `，${d.header}：不一致` : ''}`,
  en: (d) => `the same item is also in ${d.place}${d.department ? ` (${d.department})` : ''}${d.header ? `, ${d.header}: differs` : ''}`,
};

type Plain = Msg<Record<string, never>>;
const t = (zh: string, en: string): Plain => ({ 'zh-CN': () => zh, en: () => en });

/** Labels of the pretty and markdown reports. */
export const MERGE_LABELS = {
  title: t('合并结果', 'merge result'),
  inputs: t('输入文件', 'inputs'),
  file: t('文件', 'file'),
  rows: t('行数', 'rows'),
  department: t('部门', 'department'),
  items: t('事项数', 'items'),
  total: t('合计', 'total'),
  conflicts: t('冲突', 'conflicts'),
  code: t('事项编码', 'code'),
  field: t('字段', 'field'),
  base: t('原值', 'base'),
  common: t('共同基础', 'base'),
  ours: t('本方', 'ours'),
  theirs: t('对方', 'theirs'),
  places: t('位置', 'places'),
  deleted: t('已删除', 'deleted'),
  dropped: t('因冲突未写入', 'left out for conflicts'),
  copies: t('完全相同的重复行，已合并为一项', 'identical copies, merged into one item'),
  none: t('（空）', '(empty)'),
  gone: t('（已删除）', '(deleted)'),
} satisfies Record<string, Plain>;

export interface OutcomeArgs {
  path?: string;
  items: number;
  rows: number;
  conflicts: number;
  dropped: number;
  deleted: number;
  copies: number;
}

/** The closing line: what was written, or why nothing was. */
export const MERGE_OUTCOME = {
  written: {
    'zh-CN': (d) => `已写入 ${d.path ?? ''}：${d.items} 项（读取 ${d.rows} 行${d.copies ? `，${d.copies} 行相同的重复行已合并` : ''}${d.deleted ? `，删除 ${d.deleted} 项` : ''}${d.dropped ? `，${d.dropped} 行因冲突未写入` : ''}）`,
    en: (d) => `wrote ${d.path ?? ''}: ${d.items} items (${d.rows} rows read${d.copies ? `, ${d.copies} identical copies merged` : ''}${d.deleted ? `, ${d.deleted} deleted` : ''}${d.dropped ? `, ${d.dropped} left out for conflicts` : ''})`,
  },
  writtenMarked: {
    'zh-CN': (d) => `已写入 ${d.path ?? ''}：${d.items} 项，其中 ${d.conflicts} 处冲突已标注在“冲突”列，请核对后删除该列`,
    en: (d) => `wrote ${d.path ?? ''}: ${d.items} items; ${d.conflicts} conflicts are marked in the 冲突 column: settle them, then remove the column`,
  },
  notWritten: {
    'zh-CN': (d) => `有 ${d.conflicts} 处冲突，按 --conflicts fail 未写入 ${d.path ?? ''}；去掉该选项则写入并在“冲突”列标注，或用 keep-ours|keep-theirs 处理`,
    en: (d) => `${d.conflicts} conflicts: ${d.path ?? ''} was not written (--conflicts fail); without it the list is written with the conflicts marked in a 冲突 column, or choose keep-ours|keep-theirs`,
  },
} satisfies Record<string, Msg<OutcomeArgs>>;
