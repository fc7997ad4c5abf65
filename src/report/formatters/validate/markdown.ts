/** validate --format markdown: a pull-request comment — totals, counts per department and rule, then the findings. */
import type { Finding } from '../../../check/finding.js';
import type { RuleId } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage, NOTICES_MORE, NOTICES_TITLE, shownNotices } from '../../text/notices.js';
import { COLON, COUNTS, RULE_TITLES, SEVERITY_LABELS, SUMMARY_LINE, VALIDATE_TEXT as T } from '../../text/validate.js';
import {
  departmentLabel, departmentsByWeight, messageOf, ruleDoc, rulesPresent,
  type ReportInput, type ValidateFormatOptions,
} from './common.js';

/** A GitHub comment holds 65,536 characters; past this many rows the list is cut and says so. */
export const MAX_ROWS = 500;

/** Text safe in a table cell: Markdown punctuation escaped, line breaks as spaces. */
export function cell(s: string): string {
  return s.replace(/\r?\n|\r/gu, ' ').replace(/[\\`*_[\]<>|~#]/gu, (c) => `\\${c}`);
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const link = (rule: RuleId, base?: string): string => `[${rule}](${ruleDoc(rule, base)})`;
const ICON = { error: '⛔', warning: '⚠️', info: 'ℹ️' } as const;

function heading(report: ReportInput, lang: Lang): string {
  const s = report.summary;
  const parts = [`${SEVERITY_LABELS.error[lang]} ${s.errors}`, `${SEVERITY_LABELS.warning[lang]} ${s.warnings}`, `${SEVERITY_LABELS.info[lang]} ${s.infos}`];
  const mark = s.errors > 0 ? ICON.error : s.warnings > 0 ? ICON.warning : '✅';
  return `## ${mark} ${T.title[lang]}${COLON[lang]}${parts.join(' · ')}`;
}

/** Departments down, rules present across, counts in the cells, totals last. */
function countTable(report: ReportInput, lang: Lang, base?: string): string[] {
  const rules = rulesPresent(report.findings);
  const out = [row([T.department[lang], ...rules.map((r) => link(r, base)), T.total[lang]]), row(['---', ...rules.map(() => '---:'), '---:'])];
  for (const { department, findings } of departmentsByWeight(report.findings, report)) {
    const n = (r: RuleId) => findings.filter((f) => f.rule === r).length;
    out.push(row([cell(departmentLabel(department, lang)), ...rules.map((r) => (n(r) ? String(n(r)) : '')), String(findings.length)]));
  }
  const all = (r: RuleId) => report.findings.filter((f) => f.rule === r).length;
  out.push(row([`**${T.total[lang]}**`, ...rules.map((r) => `**${all(r)}**`), `**${report.findings.length}**`]));
  return out;
}

function findingRow(f: Finding, lang: Lang, base?: string): string {
  return row([
    `${ICON[f.severity]} ${SEVERITY_LABELS[f.severity][lang]}`,
    cell(f.file ?? ''),
    cell(f.sheet ?? ''),
    f.row === undefined ? '' : String(f.row),
    cell(f.column ?? ''),
    f.code ? `\`${f.code.replace(/`/gu, "'")}\`` : '',
    cell(messageOf(f, lang)),
    link(f.rule, base),
  ]);
}

function findingTable(findings: readonly Finding[], lang: Lang, base?: string): string[] {
  const head = [T.severity, T.file, T.sheet, T.row, T.column, T.code, T.message, T.rule].map((t) => t[lang]);
  const shown = findings.slice(0, MAX_ROWS);
  const out = [row(head), row(head.map((_, i) => (i === 3 ? '---:' : '---'))), ...shown.map((f) => findingRow(f, lang, base))];
  if (findings.length > shown.length) out.push('', `_${COUNTS.more[lang]({ n: findings.length - shown.length })}_`);
  return out;
}

/** The report as GitHub-flavoured Markdown. */
export function formatMarkdown(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang, docsBase } = opts;
  const out = [heading(report, lang), '', `${cell(SUMMARY_LINE[lang](report.summary))} · ${COUNTS.files[lang]({ n: report.files.length })}`, ''];
  if (report.findings.length > 0) {
    out.push(`### ${T.byDepartment[lang]}`, '', ...countTable(report, lang, docsBase), '');
    out.push(`### ${T.findings[lang]}`, '', ...findingTable(report.findings, lang, docsBase), '');
  } else {
    out.push(T.noFindings[lang], '');
  }
  if (report.waived.length > 0) {
    out.push('<details>', `<summary>${T.waived[lang]} (${report.waived.length})</summary>`, '', ...findingTable(report.waived, lang, docsBase), '', '</details>', '');
  }
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    const { shown, more } = shownNotices(notices);
    out.push(`### ${NOTICES_TITLE[lang]}`, '', ...shown.map((n) => `- ${n.level === 'warning' ? ICON.warning : ICON.info} ${cell(noticeMessage(n, lang))}${n.file ? ` · \`${n.file.replace(/`/gu, "'")}\`` : ''}`), ...more.map((n) => `- _${cell(NOTICES_MORE[lang]({ n }))}_`), '');
  }
  const rules = rulesPresent([...report.findings, ...report.waived]);
  if (rules.length > 0) out.push(`${T.docs[lang]}${COLON[lang]}${rules.map((r) => `${link(r, docsBase)} ${RULE_TITLES[r][lang]}`).join(' · ')}`, '');
  return out.join('\n');
}
