/** What the page shows of a round: plain data, every text in both languages, so the page only lays it out. */
import type { Finding } from '../check/finding.js';
import type { Counts } from '../check/report.js';
import { noticeMessage } from '../report/text/notices.js';
import { findingMessage, RULE_MESSAGES } from '../report/text/rules.js';
import type { StatusReport } from '../status/types.js';
import { LANGS, type Lang } from '../text/lang.js';
import { RULE_DOCS } from '../text/rule-docs.js';
import { compareText } from '../util/compare.js';
import { compareRounds, type RoundMark } from './provisional-rounds.js';
import type { Round } from './round.js';

type Both = Record<Lang, string>;

export interface FindingView {
  rule: string;
  severity: string;
  code?: string;
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
  department?: string;
  message: Both;
  /** Text the search box looks through: code, message and the details' values (names among them). */
  search: string;
  round?: RoundMark;
}

export interface DepartmentView {
  department: string;
  errors: number;
  warnings: number;
  infos: number;
  gaps: number;
  /** Catalogue items of a department that submitted no list, else null. */
  notSubmitted: number | null;
}

export interface ReviewView {
  round: number;
  catalogue: string | null;
  summary: { files: number; items: number; errors: number; warnings: number; infos: number; failing: number; unreadable: number };
  departments: DepartmentView[];
  totals: DepartmentView;
  notices: Both[];
  findings: FindingView[];
  rules: Record<string, { title: Both; explanation: Both }>;
  status: { report: StatusReport } | { error: Both };
  rounds: null | { previous: number; counts: { resolved: number; open: number; new: number }; resolved: FindingView[] };
  downloads: { id: string; label: string; file: string }[];
}

const both = (f: (lang: Lang) => string): Both => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Both;

/** The rule's explanation from its documentation page: "含义" in Chinese, "What it means." in English. */
export function ruleExplanation(rule: string): Both {
  const doc = RULE_DOCS[rule] ?? '';
  const zh = /## 含义\n+([\s\S]*?)(?=\n## |$)/u.exec(doc)?.[1] ?? '';
  const en = /\*\*What it means\.\*\*\s*([\s\S]*?)(?=\n\n|$)/u.exec(doc)?.[1] ?? '';
  return { 'zh-CN': zh.trim(), en: en.replace(/\s*\n\s*/gu, ' ').trim() };
}

function strings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string' || typeof value === 'number') out.push(String(value));
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
  return out;
}

export function findingView(f: Finding, round?: RoundMark): FindingView {
  const message = both((l) => findingMessage(f, l));
  const v: FindingView = {
    rule: f.rule, severity: f.severity, code: f.code, file: f.file, sheet: f.sheet, row: f.row, column: f.column, department: f.department,
    message, search: [f.code ?? '', message['zh-CN'], ...strings(f.details, [])].join('\n').toLowerCase(),
  };
  if (round) v.round = round;
  return v;
}

const notSubmitted = (findings: readonly Finding[], department: string): number | null => {
  const f = findings.find((x) => x.rule === 'gap' && x.department === department && typeof (x.details as { items?: number }).items === 'number');
  return f ? (f.details as { items: number }).items : null;
};

const departmentView = (department: string, c: Counts, findings: readonly Finding[]): DepartmentView => ({
  department, errors: c.errors, warnings: c.warnings, infos: c.infos, gaps: c.byRule.gap ?? 0, notSubmitted: notSubmitted(findings, department),
});

/** The page's data for `round`, compared with `previous` when there is one. */
export function reviewView(round: Round, previous: Round | undefined, downloads: ReviewView['downloads']): ReviewView {
  const r = round.report;
  const comparison = previous ? compareRounds(previous.report.findings, r.findings) : undefined;
  const departments = Object.entries(r.summary.byDepartment)
    .map(([d, c]) => departmentView(d, c, r.findings))
    .sort((a, b) => compareText(a.department, b.department));
  const sum = (k: 'errors' | 'warnings' | 'infos' | 'gaps'): number => departments.reduce((n, d) => n + d[k], 0);
  const rules = [...new Set([...r.findings, ...(comparison?.resolved ?? [])].map((f) => f.rule))].sort();
  return {
    round: round.n,
    catalogue: round.catalogue?.name ?? null,
    summary: {
      files: r.files.filter((f) => f.role === 'input').length, items: r.summary.items, errors: r.summary.errors, warnings: r.summary.warnings,
      infos: r.summary.infos, failing: r.summary.failing, unreadable: r.summary.unreadable,
    },
    departments,
    totals: { department: '', errors: sum('errors'), warnings: sum('warnings'), infos: sum('infos'), gaps: sum('gaps'), notSubmitted: departments.filter((d) => d.notSubmitted !== null).length },
    notices: (r.notices ?? []).map((n) => both((l) => noticeMessage(n, l))),
    findings: r.findings.map((f, i) => findingView(f, comparison?.marks[i])),
    rules: Object.fromEntries(rules.map((id) => [id, { title: RULE_MESSAGES[id as keyof typeof RULE_MESSAGES].title, explanation: ruleExplanation(id) }])),
    status: round.status,
    rounds: previous && comparison ? { previous: previous.n, counts: comparison.counts, resolved: comparison.resolved.map((f) => findingView(f)) } : null,
    downloads,
  };
}
