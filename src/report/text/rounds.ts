/** Texts of the scope of a review and of review rounds (issue 15 points 1 and 4), in both languages. */
import type { ReviewScope } from '../../check/report.js';
import type { Lang, Msg } from '../../text/lang.js';
import { PUNCT } from '../../text/punct.js';

type A = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));
const names = (xs: readonly string[], lang: Lang): string => xs.join(PUNCT[lang].list);

/** The error of a --since file that is not an earlier validate report (exit 2). */
export const SINCE_INVALID: Msg<A> = {
  'zh-CN': (d) =>
    `--since 给出的文件不是 qingdan validate --format json 的报告${d.what === 'json' ? '（不是 JSON）' : d.what === 'finding' ? `（${d.list === 'waived' ? 'waived' : 'findings'} 第 ${s(d.index)} 条不是有效的问题）` : '（缺少 version: 1、files、findings、waived 或 summary）'}`,
  en: (d) =>
    `the file given to --since is not a report of qingdan validate --format json${d.what === 'json' ? ' (not JSON)' : d.what === 'finding' ? ` (entry ${s(d.index)} of ${d.list === 'waived' ? 'waived' : 'findings'} is not a finding)` : ' (no version: 1, files, findings, waived or summary)'}`,
};

/** Notices of scope and rounds (check/notice.ts kinds). */
export const ROUND_NOTICES: Record<'department-unknown' | 'since-not-compared', Msg<A>> = {
  'department-unknown': {
    'zh-CN': (d) => `--department “${s(d.department)}”不是目录或任何清单中的部门，没有属于它的问题`,
    en: (d) => `--department "${s(d.department)}" is no department of the catalogue or of any list: no finding is about it`,
  },
  'since-not-compared': {
    'zh-CN': (d) => `上一轮报告中有 ${s(d.findings)} 条问题属于本次范围以外的 ${s(d.departments)} 个部门，未作比较（既不算已改正，也不算未改正）`,
    en: (d) => `${s(d.findings)} findings of the earlier report, of ${s(d.departments)} departments outside this run's scope, were not compared (neither resolved nor open)`,
  },
};

/** One line: which departments the findings are about. */
export const SCOPE_LINE: Msg<ReviewScope> = {
  'zh-CN': (sc) =>
    sc.kind === 'all'
      ? '范围：全部部门（含未报送清单的部门）'
      : sc.kind === 'files'
        ? `范围：所列清单涉及的部门${sc.departments.length ? `（${names(sc.departments, 'zh-CN')}）` : ''}，不报告其他部门的漏项或未报送`
        : `范围：仅 ${names(sc.departments, 'zh-CN')} 的问题（${sc.within === 'all' ? '全部部门中' : '所列清单涉及的部门中'}；未注明部门的问题照常列出）`,
  en: (sc) =>
    sc.kind === 'all'
      ? 'scope: all departments (those that sent no list included)'
      : sc.kind === 'files'
        ? `scope: the departments of the lists named${sc.departments.length ? ` (${names(sc.departments, 'en')})` : ''}; no gaps or missing lists of other departments`
        : `scope: findings of ${names(sc.departments, 'en')} only (${sc.within === 'all' ? 'of all departments' : 'of the departments of the lists named'}; findings without a department are kept)`,
};

/** A finding's mark, and the columns of the per-department table. */
export const ROUND_LABELS = {
  new: { 'zh-CN': '新增', en: 'new' },
  open: { 'zh-CN': '未改正', en: 'open' },
  resolved: { 'zh-CN': '已改正', en: 'resolved' },
} as const satisfies Record<string, Record<Lang, string>>;

export const ROUND_TEXT = {
  title: { 'zh-CN': (d: { since: string }) => `与上一轮比较${d.since ? `（${d.since}）` : ''}`, en: (d: { since: string }) => `compared with the earlier round${d.since ? ` (${d.since})` : ''}` },
  resolvedMore: { 'zh-CN': (d: { n: number }) => `另有 ${d.n} 条已改正的问题未列出（完整列表见 --format json）`, en: (d: { n: number }) => `${d.n} more resolved findings not listed (all of them in --format json)` },
  resolvedList: { 'zh-CN': (d: { n: number }) => `已改正的问题（${d.n}）`, en: (d: { n: number }) => `resolved findings (${d.n})` },
  line: {
    'zh-CN': (d: { resolved: number; open: number; new: number }) => `已改正 ${d.resolved}，未改正 ${d.open}，新增 ${d.new}`,
    en: (d: { resolved: number; open: number; new: number }) => `${d.resolved} resolved, ${d.open} still open, ${d.new} new`,
  },
} satisfies Record<string, Msg<never>>;
