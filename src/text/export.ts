/** Texts of `qingdan export`: the labels written into output files (Chinese, as published) and the UI lines (zh-CN and en). */
import type { Kind } from '../model/types.js';
import type { Msg } from './lang.js';

/** Default titles by kind (data-contract.md's Chinese names), when the list has none. */
export const DEFAULT_TITLES: Record<Kind, string> = {
  catalogue: '市级行政权力事项目录',
  delegation: '下放事项清单',
  zone: '管委会行政权力清单',
};

/**
 * Labels inside the files qingdan writes. None of them is a header the readers know
 * (tests check it), so a summary or appendix sheet is never read back as items.
 */
export const FILE_LABELS = {
  summarySheet: '汇总',
  summaryUnit: '单位',
  total: '合计',
  itemCount: '事项数',
  changesSheet: '变更',
  changeType: '变更类型',
  changeCode: '代码',
  changeName: '事项',
  changeUnit: '所属单位',
  changeFields: '变更内容',
  added: '新增',
  removed: '删除',
  changed: '修改',
  noChanges: '无变更',
  hash: '内容哈希',
  items: '事项',
  since: '对比上一版',
  generated: '由 qingdan 生成',
  none: '（未填）',
} as const;

/** Names of the item sheet by kind, when there is one sheet for all departments. */
export const SHEET_NAMES: Record<Kind, string> = {
  catalogue: '目录',
  delegation: '下放清单',
  zone: '管委会清单',
};

type N = { items: number; path: string };

/** UI lines of the export command. */
export const EXPORT_TEXT = {
  wrote: {
    'zh-CN': (d) => `已写入 ${d.items} 项到 ${d.path}\n`,
    en: (d) => `wrote ${d.items} items to ${d.path}\n`,
  } satisfies Msg<N>,
  hash: {
    'zh-CN': (d) => `内容哈希 sha256:${d.hash}\n`,
    en: (d) => `content hash sha256:${d.hash}\n`,
  } satisfies Msg<{ hash: string }>,
  changes: {
    'zh-CN': (d) => `与上一版相比：新增 ${d.added}，删除 ${d.removed}，修改 ${d.changed}\n`,
    en: (d) => `since the previous publication: ${d.added} added, ${d.removed} removed, ${d.changed} changed\n`,
  } satisfies Msg<{ added: number; removed: number; changed: number }>,
  publishKind: {
    'zh-CN': () => '--publish 需要下放清单或管委会清单，不能发布目录',
    en: () => '--publish takes delegation or zone lists, not a catalogue',
  } satisfies Msg<Record<string, never>>,
  sinceNeedsPublish: {
    'zh-CN': () => '--since 只能与 --publish 一起使用',
    en: () => '--since works only with --publish',
  } satisfies Msg<Record<string, never>>,
  publishGate: {
    'zh-CN': () => '发布须经审核把关：请用 publishFiles（命令行 export --publish --catalogue 目录文件），exportList 只按原样导出清单',
    en: () => 'publishing goes through the review gate: use publishFiles (on the command line export --publish --catalogue FILE); exportList writes a list as read',
  } satisfies Msg<Record<string, never>>,
  help: {
    'zh-CN': () => '把清单写成其他格式（.xlsx .csv .yaml .json .md .html），或用 --publish 生成可发布的管委会清单',
    en: () => 'write a list in another format (.xlsx .csv .yaml .json .md .html), or with --publish the publishable zone list',
  } satisfies Msg<Record<string, never>>,
};
