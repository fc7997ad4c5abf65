/** UI texts of the validate report formats (headings, labels, summaries), in zh-CN and en. */
import type { RuleId, Severity } from '../../check/rule-ids.js';
import type { Lang, Msg } from '../../text/lang.js';
import { RULE_MESSAGES } from './rules.js';

type Text = Record<Lang, string>;
type N = { n: number };

/** One-line title of each rule (SARIF shortDescription, HTML and Markdown headings, rule docs): each rule's `title` in rules.ts. */
export const RULE_TITLES: Readonly<Record<RuleId, Text>> = Object.fromEntries(
  Object.entries(RULE_MESSAGES).map(([id, m]) => [id, m.title]),
) as Record<RuleId, Text>;

export const SEVERITY_LABELS: Record<Severity, Text> = {
  error: { 'zh-CN': '错误', en: 'error' },
  warning: { 'zh-CN': '警告', en: 'warning' },
  info: { 'zh-CN': '提示', en: 'info' },
};

/** Labels and headings shared by the validate formatters. */
export const VALIDATE_TEXT = {
  title: { 'zh-CN': 'qingdan 清单校验结果', en: 'qingdan validation report' },
  rule: { 'zh-CN': '规则', en: 'rule' },
  department: { 'zh-CN': '部门', en: 'department' },
  file: { 'zh-CN': '文件', en: 'file' },
  sheet: { 'zh-CN': '工作表', en: 'sheet' },
  row: { 'zh-CN': '行', en: 'row' },
  column: { 'zh-CN': '列', en: 'column' },
  code: { 'zh-CN': '事项编码', en: 'code' },
  severity: { 'zh-CN': '级别', en: 'severity' },
  message: { 'zh-CN': '说明', en: 'message' },
  total: { 'zh-CN': '合计', en: 'total' },
  docs: { 'zh-CN': '规则说明', en: 'rule docs' },
  byRule: { 'zh-CN': '按规则统计', en: 'by rule' },
  byDepartment: { 'zh-CN': '按部门统计', en: 'by department' },
  findings: { 'zh-CN': '问题明细', en: 'findings' },
  waived: { 'zh-CN': '已豁免', en: 'waived' },
  errors: { 'zh-CN': '错误', en: 'errors' },
  warnings: { 'zh-CN': '警告', en: 'warnings' },
  infos: { 'zh-CN': '提示', en: 'notices' },
  noPlace: { 'zh-CN': '（不属于某个文件）', en: '(not in one file)' },
  noDepartment: { 'zh-CN': '（未注明部门）', en: '(no department)' },
  noFindings: { 'zh-CN': '未发现问题', en: 'no findings' },
  filter: { 'zh-CN': '筛选（编码、名称、部门、规则……）', en: 'filter (code, name, department, rule…)' },
  shown: { 'zh-CN': '显示', en: 'shown' },
  passed: { 'zh-CN': '通过', en: 'passed' },
} satisfies Record<string, Text>;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The totals line of a report: items checked, then problems (errors and warnings), notices (infos) and waivers, each named. */
export const SUMMARY_LINE: Msg<Summary> = {
  'zh-CN': (d) =>
    `共检查 ${d.items} 个事项：发现问题 ${d.errors + d.warnings} 个（错误 ${d.errors}，警告 ${d.warnings}），提示 ${d.infos} 条（不是问题，如尚未承接），已豁免 ${d.waived} 个`,
  en: (d) =>
    `${plural(d.items, 'item')} checked: ${plural(d.errors + d.warnings, 'problem')} (${plural(d.errors, 'error')}, ${plural(d.warnings, 'warning')}), ` +
    `${plural(d.infos, 'notice')} (not problems, such as items not yet accepted), ${d.waived} waived`,
};

/** Texts of --format github's summary line. */
export const GITHUB_TEXT = {
  separator: { 'zh-CN': '；', en: '; ' } as Text,
  infosNotAnnotated: {
    'zh-CN': (d) => `${d.n} 条提示未标注（加 --verbose 标注）`,
    en: (d) => `${d.n} notice${d.n === 1 ? '' : 's'} not annotated (add --verbose to annotate them)`,
  } as Msg<N>,
  overLimit: {
    'zh-CN': (d) => `GitHub 每步每种级别只显示前 ${d.limit} 条标注，其余 ${d.n} 条见日志和作业摘要`,
    en: (d) => `GitHub shows the first ${d.limit} annotations of each severity per step; the other ${d.n} are in the log and the job summary`,
  } as Msg<N & { limit: number }>,
};

/** Counted phrases. */
export const COUNTS: Record<'files' | 'rows' | 'findings' | 'more' | 'infosHidden', Msg<N>> & { leftOut: Msg<N & { severity: string }> } = {
  leftOut: {
    'zh-CN': (d) => `篇幅所限，另有 ${d.n} 条${d.severity}未列出（完整结果请用 --format json 或 html）`,
    en: (d) => `${d.n} more ${d.severity} finding${d.n === 1 ? '' : 's'} left out to fit a comment (use --format json or html for all)`,
  },
  infosHidden: {
    'zh-CN': (d) => `另有 ${d.n} 条提示（如尚未承接的事项）未逐条列出；加 --verbose 列出，或用 qingdan status 查看承接进度`,
    en: (d) => `${d.n} notice${d.n === 1 ? '' : 's'} (such as items not yet accepted) not listed; add --verbose to list them, or see qingdan status`,
  },
  files: { 'zh-CN': (d) => `${d.n} 个文件`, en: (d) => `${d.n} file${d.n === 1 ? '' : 's'}` },
  rows: { 'zh-CN': (d) => `${d.n} 行`, en: (d) => `${d.n} row${d.n === 1 ? '' : 's'}` },
  findings: { 'zh-CN': (d) => `${d.n} 个问题`, en: (d) => `${d.n} finding${d.n === 1 ? '' : 's'}` },
  more: { 'zh-CN': (d) => `另有 ${d.n} 个问题未列出（完整结果请用 --format json 或 html）`, en: (d) => `${d.n} more findings not listed (use --format json or html for all)` },
};

export interface Summary {
  items: number;
  errors: number;
  warnings: number;
  infos: number;
  waived: number;
}

export const KIND_LABELS: Record<string, Text> = {
  catalogue: { 'zh-CN': '目录', en: 'catalogue' },
  delegation: { 'zh-CN': '下放清单', en: 'delegation list' },
  zone: { 'zh-CN': '管委会清单', en: 'zone list' },
};

/** The colon between a label and its text. */
export const COLON: Text = { 'zh-CN': '：', en: ': ' };

/** Texts of `qingdan init`. */
export const INIT_TEXT = {
  description: { 'zh-CN': '生成带注释的 qingdan.config.yaml 初始配置和 CI 工作流示例', en: 'write a commented starter qingdan.config.yaml and a sample CI workflow' },
  dir: { 'zh-CN': '写入的目录（默认当前目录）', en: 'folder to write into (default: the current one)' },
  catalogue: { 'zh-CN': '配置中的目录文件路径', en: 'catalogue path to put in the configuration' },
  noCi: { 'zh-CN': '不生成 CI 工作流', en: 'do not write the CI workflow' },
  install: {
    'zh-CN': '工作流全局安装 qingdan 的来源（npm install 的参数：git 地址、内部仓库或 .tgz 路径；默认用 npm ci 安装本仓库的 devDependencies）',
    en: 'where the workflow installs qingdan from, globally (an npm install spec: a git URL, an internal registry name or a .tgz path; default: npm ci of this repository\'s devDependencies)',
  },
  lists: { 'zh-CN': 'CI 工作流中校验的清单目录（默认 depts）', en: 'lists folder the CI workflow checks (default: depts)' },
  force: { 'zh-CN': '覆盖已存在的文件', en: 'replace existing files' },
  wrote: { 'zh-CN': '已写入', en: 'wrote' },
  next: {
    'zh-CN': '下一步：编辑 qingdan.config.yaml 中的目录路径，然后运行 qingdan validate',
    en: 'next: set the catalogue path in qingdan.config.yaml, then run qingdan validate',
  },
} satisfies Record<string, Text>;
