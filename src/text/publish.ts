/**
 * Texts of `qingdan export --publish` as a gate (issue 16): the labels written into published files
 * (Chinese, as published), the reasons an accepted item is not published, and the UI lines (zh-CN and en).
 */
import { COLUMN_BY_KEY } from '../model/columns.js';
import type { FieldKey } from '../model/types.js';
import type { Lang, Msg } from './lang.js';

/**
 * Labels inside published files. None of them is a header the readers know (tests check it), so
 * the 未公布事项 sheet or section is never read back as items.
 */
export const PUBLISH_LABELS = {
  withheldSheet: '未公布事项',
  withheldCode: '代码',
  withheldName: '事项',
  withheldUnit: '所属单位',
  withheldPlace: '所在位置',
  withheldReasons: '未公布原因',
  withheldCount: '未公布',
  contents: '目录',
  search: '检索',
  searchHint: '输入编码、名称或依据中的文字',
  shown: '显示',
  /** The footer of every printed page of a workbook (Excel's codes: &P page, &N pages). */
  footer: '第 &P 页 共 &N 页',
  /** The footer of a printed HTML page (CSS counters). */
  pageBefore: '第 ',
  pageMiddle: ' 页 共 ',
  pageAfter: ' 页',
} as const;

/** What the reasons of a held-back item refer to. */
export interface ReasonFacts {
  decision?: string;
  legalReview?: string;
  missing?: readonly FieldKey[];
  expectedDepartment?: string;
  rules?: readonly string[];
}

export type ReasonKey = 'not-delegated' | 'legal-review' | 'confirmation' | 'not-in-catalogue' | 'cancelled' | 'department' | 'findings';

const shown = (v: string | undefined, empty: string): string => (v ? v : empty);
const headers = (keys: readonly FieldKey[] | undefined): string => (keys ?? []).map((k) => COLUMN_BY_KEY[k].header).join('、');

/** Why an accepted item is not published, in both languages (the zh-CN text is the one files carry). */
export const REASON_TEXT: Record<ReasonKey, Msg<ReasonFacts>> = {
  'not-delegated': {
    'zh-CN': (d) => `下放意见为“${shown(d.decision, '未填')}”，不是“下放”`,
    en: (d) => `the decision is "${shown(d.decision, 'empty')}", not 下放`,
  },
  'legal-review': {
    'zh-CN': (d) => `合法性审查为“${shown(d.legalReview, '未填')}”，不是“通过”`,
    en: (d) => `the legal review is "${shown(d.legalReview, 'empty')}", not 通过`,
  },
  confirmation: {
    'zh-CN': (d) => `缺少书面确认（${headers(d.missing)}）`,
    en: (d) => `a written confirmation is missing (${headers(d.missing)})`,
  },
  'not-in-catalogue': {
    'zh-CN': () => '目录中没有该事项',
    en: () => 'not in the catalogue',
  },
  cancelled: {
    'zh-CN': () => '该事项在目录中已取消',
    en: () => 'cancelled in the catalogue',
  },
  department: {
    'zh-CN': (d) => `目录所列实施部门为“${d.expectedDepartment ?? ''}”`,
    en: (d) => `the catalogue gives it to ${d.expectedDepartment ?? ''}`,
  },
  findings: {
    'zh-CN': (d) => `审查发现错误（${(d.rules ?? []).join('、')}）`,
    en: (d) => `the review found errors (${(d.rules ?? []).join(', ')})`,
  },
};

const SEPARATOR: Record<Lang, string> = { 'zh-CN': '；', en: '; ' };

/** The reasons of one held-back item as one line. */
export function reasonsText(reasons: readonly ReasonKey[], facts: ReasonFacts, lang: Lang): string {
  return reasons.map((r) => REASON_TEXT[r][lang](facts)).join(SEPARATOR[lang]);
}

type Counts = { accepted: number; published: number; blocked: number; findings: number };

/** UI lines of export --publish. */
export const PUBLISH_TEXT = {
  refused: {
    'zh-CN': (d) => `拒绝发布：${d.accepted} 项已承接事项中有 ${d.blocked} 项不能公布，${d.findings} 条错误阻止发布；未写入任何文件\n`,
    en: (d) => `publication refused: ${d.blocked} of ${d.accepted} accepted items cannot be published, ${d.findings} error findings block it; nothing written\n`,
  } satisfies Msg<Counts>,
  fileLevel: {
    'zh-CN': () => '有清单整体存在错误（无法读取、缺少列等），即使用 --allow-findings 也不能发布\n',
    en: () => 'a list has errors as a whole (unreadable, a missing column, …): it cannot be published, not even with --allow-findings\n',
  } satisfies Msg<Record<string, never>>,
  hint: {
    'zh-CN': () => '改正后重新发布；或用 --allow-findings 只发布无问题的事项，其余列入“未公布事项”\n',
    en: () => 'correct them and publish again, or use --allow-findings to publish the clean items and list the others under 未公布事项\n',
  } satisfies Msg<Record<string, never>>,
  published: {
    'zh-CN': (d) => `已公布 ${d.published} 项（已承接 ${d.accepted} 项）\n`,
    en: (d) => `published ${d.published} items (of ${d.accepted} accepted)\n`,
  } satisfies Msg<Counts>,
  withheld: {
    'zh-CN': (d) => `未公布 ${d.blocked} 项，已列入“未公布事项”并注明原因\n`,
    en: (d) => `${d.blocked} accepted items not published, listed under 未公布事项 with the reason for each\n`,
  } satisfies Msg<Counts>,
  byRule: { 'zh-CN': () => '阻止发布的错误（按规则）', en: () => 'Error findings that block publication, by rule' } satisfies Msg<Record<string, never>>,
  byDepartment: { 'zh-CN': () => '不能公布的事项（按部门）', en: () => 'Accepted items that cannot be published, by department' } satisfies Msg<Record<string, never>>,
  department: {
    'zh-CN': (d) => `${d.department}（${d.items} 项）`,
    en: (d) => `${d.department} (${d.items} items)`,
  } satisfies Msg<{ department: string; items: number }>,
  noDepartment: { 'zh-CN': () => '（未填部门）', en: () => '(no department)' } satisfies Msg<Record<string, never>>,
  row: {
    'zh-CN': (d) => `${d.file}${d.sheet ? ` 工作表“${d.sheet}”` : ''} 第 ${d.row} 行`,
    en: (d) => `${d.file}${d.sheet ? `, sheet "${d.sheet}"` : ''}, row ${d.row}`,
  } satisfies Msg<{ file: string; sheet?: string; row?: number }>,
  file: {
    'zh-CN': (d) => `${d.file}${d.sheet ? ` 工作表“${d.sheet}”` : ''}`,
    en: (d) => `${d.file}${d.sheet ? `, sheet "${d.sheet}"` : ''}`,
  } satisfies Msg<{ file: string; sheet?: string }>,
  needsCatalogue: {
    'zh-CN': () => '--publish 需要目录：请用 --catalogue 给出，或在配置文件中设置 catalogue',
    en: () => '--publish needs the catalogue: give it with --catalogue or set catalogue in the configuration',
  } satisfies Msg<Record<string, never>>,
  needsPublish: {
    'zh-CN': () => '--allow-findings 只能与 --publish 一起使用',
    en: () => '--allow-findings works only with --publish',
  } satisfies Msg<Record<string, never>>,
};
