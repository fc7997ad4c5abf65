/** validate --format markdown: a pull-request comment — totals, counts per department and rule, then the findings. */
import type { Finding } from '../../../check/finding.js';
import type { RuleId, Severity } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage, NOTICES_MORE, NOTICES_TITLE, shownNotices } from '../../text/notices.js';
import { COLON, COUNTS, RULE_TITLES, SEVERITY_LABELS, SUMMARY_LINE, VALIDATE_TEXT as T } from '../../text/validate.js';
import {
  departmentLabel, departmentsByWeight, messageOf, ruleDoc, rulesPresent,
  type ReportInput, type ValidateFormatOptions,
} from './common.js';
import { roundCells, roundHead, roundMark, roundRows, ROUND_TEXT, scopeLine } from './rounds.js';

/** A GitHub pull-request comment holds at most 65,536 characters; the report stays under it. */
export const MAX_CHARS = 65_536;

/** Text safe in a table cell: Markdown punctuation escaped, line breaks as spaces. */
export function cell(s: string): string {
  return s.replace(/\r?\n|\r/gu, ' ').replace(/[\\`*_[\]<>|~#]/gu, (c) => `\\${c}`);
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
// Rule pages are linked only when --docs-url says where they are published; otherwise the id alone (no dead link).
const link = (rule: RuleId, base?: string): string => (base === undefined ? `\`${rule}\`` : `[${rule}](${ruleDoc(rule, base)})`);
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
    `${ICON[f.severity]} ${SEVERITY_LABELS[f.severity][lang]}${f.round ? ` · ${f.round === 'new' ? '**' : ''}${roundMark(f, lang)}${f.round === 'new' ? '**' : ''}` : ''}`,
    cell(f.file ?? ''),
    cell(f.sheet ?? ''),
    f.row === undefined ? '' : String(f.row),
    cell(f.column ?? ''),
    f.code ? `\`${f.code.replace(/`/gu, "'")}\`` : '',
    cell(messageOf(f, lang)),
    link(f.rule, base),
  ]);
}

const tableHead = (lang: Lang): string[] => {
  const head = [T.severity, T.file, T.sheet, T.row, T.column, T.code, T.message, T.rule].map((t) => t[lang]);
  return [row(head), row(head.map((_, i) => (i === 3 ? '---:' : '---')))];
};

/** With --since: resolved, still open and new per department, and the resolved findings (collapsed). */
function roundsSection(report: ReportInput, lang: Lang, base: string | undefined): string[] {
  const r = report.rounds;
  if (!r) return [];
  const out = [`### ${ROUND_TEXT.title[lang]({ since: r.since })}`, '', cell(ROUND_TEXT.line[lang](r.counts)), '', row(roundHead(lang)), row(['---', '---:', '---:', '---:'])];
  for (const { department, counts } of roundRows(r)) out.push(row([cell(department), ...roundCells(counts)]));
  out.push(row([`**${T.total[lang]}**`, ...roundCells(r.counts).map((c) => `**${c}**`)]), '');
  if (r.resolved.length > 0) {
    // A sixth of a comment at most: the errors of this round come first.
    const rows: string[] = [];
    let used = 0;
    for (const f of r.resolved) {
      const line = findingRow(f, lang, base);
      if (used + line.length + 1 > MAX_CHARS / 6) break;
      rows.push(line);
      used += line.length + 1;
    }
    const more = r.resolved.length - rows.length;
    out.push('<details>', `<summary>${cell(ROUND_TEXT.resolvedList[lang]({ n: r.resolved.length }))}</summary>`, '', ...tableHead(lang), ...rows, '', ...(more > 0 ? [`_${cell(ROUND_TEXT.resolvedMore[lang]({ n: more }))}_`, ''] : []), '</details>', '');
  }
  return out;
}

/** "rule 12 · rule 3": notices counted by rule, for when they are not listed. */
function infoCounts(infos: readonly Finding[], base?: string): string {
  return rulesPresent(infos).map((r) => `${link(r, base)} ${infos.filter((f) => f.rule === r).length}`).join(' · ');
}

/** A section of finding rows that is cut to `room` characters, saying how many rows were left out. */
function section(title: string, findings: readonly Finding[], lang: Lang, base: string | undefined, room: number, severity: Severity): { text: string[]; left: number } {
  if (findings.length === 0) return { text: [], left: 0 };
  const out = [`### ${title} (${findings.length})`, '', ...tableHead(lang)];
  let used = out.join('\n').length + 400;
  let shown = 0;
  for (const f of findings) {
    const r = findingRow(f, lang, base);
    if (used + r.length + 1 > room) break;
    out.push(r);
    used += r.length + 1;
    shown++;
  }
  const left = findings.length - shown;
  if (shown === 0) out.splice(2);
  if (left > 0) out.push('', `_${COUNTS.leftOut[lang]({ n: left, severity: SEVERITY_LABELS[severity][lang] })}_`);
  out.push('');
  return { text: out, left };
}

/**
 * The report as GitHub-flavoured Markdown, under MAX_CHARS: summary and counts first, then every error,
 * then every warning; notices are counted (listed with --verbose, collapsed). When the findings do not
 * fit, notices are left out first, then warnings, then errors, and the report says how many.
 */
export function formatMarkdown(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang, docsBase } = opts;
  const scope = scopeLine(report, lang);
  const head = [heading(report, lang), '', `${cell(SUMMARY_LINE[lang](report.summary))} · ${COUNTS.files[lang]({ n: report.files.length })}`, '', ...(scope ? [cell(scope), ''] : [])];
  const tail: string[] = [];
  // Notices (what the run did not do) are few by kind and capped: always shown, after the findings.
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    const { shown, more } = shownNotices(notices);
    tail.push(`### ${NOTICES_TITLE[lang]}`, '', ...shown.map((n) => `- ${n.level === 'warning' ? ICON.warning : ICON.info} ${cell(noticeMessage(n, lang))}${n.file ? ` · \`${n.file.replace(/`/gu, "'")}\`` : ''}`), ...more.map((n) => `- _${cell(NOTICES_MORE[lang]({ n }))}_`), '');
  }
  const rules = rulesPresent([...report.findings, ...report.waived]);
  if (rules.length > 0 && docsBase !== undefined) tail.push(`${T.docs[lang]}${COLON[lang]}${rules.map((r) => `${link(r, docsBase)} ${RULE_TITLES[r][lang]}`).join(' · ')}`, '');
  if (report.findings.length === 0) {
    head.push(T.noFindings[lang], '');
  } else {
    const counts = ['### ' + T.byDepartment[lang], '', ...countTable(report, lang, docsBase), ''];
    // The count table is the first thing to give way if even it would crowd out the errors.
    if (counts.join('\n').length < MAX_CHARS / 3) head.push(...counts);
  }
  head.push(...roundsSection(report, lang, docsBase));
  const size = (xs: readonly string[]) => xs.join('\n').length + 1;
  let room = MAX_CHARS - size(head) - size(tail) - 2_000;
  const body: string[] = [];
  const of = (s: Severity) => report.findings.filter((f) => f.severity === s);
  for (const s of ['error', 'warning'] as const) {
    const part = section(T[`${s}s`][lang], of(s), lang, docsBase, room, s);
    body.push(...part.text);
    room -= size(part.text);
  }
  const infos = of('info');
  if (infos.length > 0) {
    const listed = opts.verbose || report.summary.failOn === 'info' ? section(T.infos[lang], infos, lang, docsBase, room - 200, 'info') : undefined;
    if (listed) {
      body.push('<details>', `<summary>${T.infos[lang]} (${infos.length})</summary>`, '', ...listed.text.slice(1), '</details>', '');
    } else {
      body.push(`### ${T.infos[lang]} (${infos.length})`, '', `${COUNTS.infosHidden[lang]({ n: infos.length })}${COLON[lang]}${infoCounts(infos, docsBase)}`, '');
    }
    room = MAX_CHARS - size(head) - size(tail) - size(body) - 2_000;
  }
  if (report.waived.length > 0) {
    const w = section(T.waived[lang], report.waived, lang, docsBase, room - 200, 'info');
    if (w.left === 0) body.push('<details>', `<summary>${T.waived[lang]} (${report.waived.length})</summary>`, '', ...w.text.slice(1), '</details>', '');
    else body.push(`${T.waived[lang]}${COLON[lang]}${report.waived.length}`, '');
  }
  return [...head, ...body, ...tail].join('\n');
}
