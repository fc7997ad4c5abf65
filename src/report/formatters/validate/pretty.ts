/** validate --format pretty: findings grouped by file (and sheet), coloured by severity, then counts per rule and department. */
import type { Finding } from '../../../check/finding.js';
import type { Severity } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import { displayWidth as width, renderTable, type Align } from '../../table.js';
import { COUNTS, KIND_LABELS, RULE_TITLES, SEVERITY_LABELS, SUMMARY_LINE, VALIDATE_TEXT as T } from '../../text/validate.js';
import { FILES_READ, noticeMessage, NOTICES_MORE, NOTICES_TITLE, shownNotices, type FilesRead } from '../../text/notices.js';
import { palette, type Palette } from '../pretty.js';
import { oneLine } from '../../wrap.js';
import {
  byFile, countOf, departmentLabel, departmentsByWeight, groupBy, messageOf, ruleDoc, rulesPresent,
  type ReportInput, type ValidateFormatOptions, type WaivedFinding,
} from './common.js';
import { roundCells, roundHead, roundMark, roundRows, ROUND_TEXT, scopeLine } from './rounds.js';
const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));
const placeWidth = (f: Finding): number => String(f.row ?? '-').length + (f.column ? 1 + width(oneLine(f.column)) : 0);

const place = (f: Finding): string => `${f.row ?? '-'}${f.column ? `:${oneLine(f.column)}` : ''}`;

function paint(p: Palette, s: Severity, text: string): string {
  return s === 'error' ? p.error(text) : s === 'warning' ? p.warning(text) : p.info(text);
}

/** One aligned line per finding: row:column  severity  code  message  rule-id. */
function findingLines(findings: readonly Finding[], lang: Lang, p: Palette): string[] {
  // A fold, not Math.max(...xs): a file may have more findings than a call can take arguments.
  const widest = (w: (f: Finding) => number): number => findings.reduce((m, f) => Math.max(m, w(f)), 0);
  const wPlace = widest(placeWidth);
  const wSev = widest((f) => width(SEVERITY_LABELS[f.severity][lang]));
  const wCode = widest((f) => width(f.code ?? ''));
  const wRound = widest((f) => width(roundMark(f, lang)));
  return findings.map((f) => {
    const parts = [
      place(f) + ' '.repeat(wPlace - placeWidth(f)),
      paint(p, f.severity, pad(SEVERITY_LABELS[f.severity][lang], wSev)),
      ...(wRound > 0 ? [f.round === 'new' ? p.bold(pad(roundMark(f, lang), wRound)) : p.dim(pad(roundMark(f, lang), wRound))] : []),
      ...(wCode > 0 ? [pad(f.code ?? '', wCode)] : []),
      oneLine(messageOf(f, lang)),
      p.dim(f.rule),
    ];
    return `  ${parts.join('  ')}`;
  });
}

function fileSections(report: ReportInput, lang: Lang, p: Palette, verbose: boolean): string[] {
  const out: string[] = [];
  // Infos are listed when asked for, or when they are what fails the run (--fail-on info).
  const listInfos = verbose || report.summary.failOn === 'info';
  for (const { file, findings: all } of byFile(report.findings, report)) {
    const findings = listInfos ? all : all.filter((f) => f.severity !== 'info');
    const hidden = all.length - findings.length;
    const info = report.files.find((x) => x.path === file);
    const facts = [info ? (KIND_LABELS[info.kind]?.[lang] ?? info.kind) : undefined, info ? COUNTS.rows[lang]({ n: info.rows }) : undefined, COUNTS.findings[lang]({ n: all.length })];
    out.push(`${p.bold(file ?? T.noPlace[lang])}  ${p.dim(facts.filter(Boolean).join(' · '))}`);
    if (all.length === 0) out.push(`  ${p.ok(T.noFindings[lang])}`);
    for (const [sheet, group] of groupBy(findings, (f) => f.sheet ?? '')) {
      if (sheet !== '') out.push(`  ${p.dim(`${T.sheet[lang]} ${sheet}`)}`);
      for (const line of findingLines(group, lang, p)) out.push(line);
    }
    if (hidden > 0) out.push(`  ${p.dim(COUNTS.infosHidden[lang]({ n: hidden }))}`);
    out.push('');
  }
  return out;
}

const NUM: Align[] = ['left', 'left', 'right', 'right', 'right', 'left'];

function ruleTable(report: ReportInput, lang: Lang, docsBase?: string, fit?: number): string {
  const rows = rulesPresent(report.findings).map((rule) => {
    const c = countOf(report.findings.filter((f) => f.rule === rule));
    const row = [rule, RULE_TITLES[rule][lang], String(c.error), String(c.warning), String(c.info)];
    return docsBase === undefined ? row : [...row, ruleDoc(rule, docsBase)];
  });
  // The pages' column only where --docs-url says they are published (a docs/rules/ path is dead in the user's folder).
  const head = [T.rule[lang], '', SEVERITY_LABELS.error[lang], SEVERITY_LABELS.warning[lang], SEVERITY_LABELS.info[lang]];
  return renderTable([docsBase === undefined ? head : [...head, T.docs[lang]], ...rows], NUM, fit);
}

function departmentTable(report: ReportInput, lang: Lang, fit?: number): string {
  const rows = departmentsByWeight(report.findings, report).map(({ department, findings }) => {
    const c = countOf(findings);
    return [departmentLabel(department, lang), String(c.error), String(c.warning), String(c.info), String(c.total)];
  });
  const head = [T.department[lang], SEVERITY_LABELS.error[lang], SEVERITY_LABELS.warning[lang], SEVERITY_LABELS.info[lang], T.total[lang]];
  return renderTable([head, ...rows], ['left', 'right', 'right', 'right', 'right'], fit);
}

/** With --since: resolved, still open and new per department, then the resolved findings. */
function roundsSection(report: ReportInput, lang: Lang, p: Palette): string[] {
  const r = report.rounds;
  if (!r) return [];
  const rows = roundRows(r).map(({ department, counts }) => [department, ...roundCells(counts)]);
  const out = [p.heading(ROUND_TEXT.title[lang]({ since: r.since })), renderTable([roundHead(lang), ...rows, [T.total[lang], ...roundCells(r.counts)]], ['left', 'right', 'right', 'right'])];
  if (r.resolved.length > 0) {
    out.push(p.heading(ROUND_TEXT.resolvedList[lang]({ n: r.resolved.length })));
    for (const f of r.resolved) out.push(`  ${p.ok('✓')}  ${[f.file ?? '-', place(f), f.code ?? '', messageOf(f, lang).replace(/\s*\n\s*/gu, ' '), p.dim(f.rule)].filter(Boolean).join('  ')}`);
    out.push('');
  }
  return out;
}

function waivedSection(waived: readonly WaivedFinding[], lang: Lang, p: Palette): string[] {
  if (waived.length === 0) return [];
  const out = [p.heading(`${T.waived[lang]} (${waived.length})`)];
  for (const w of waived) {
    const why = [w.waiver.reason, w.waiver.acceptedBy, w.waiver.expires].filter(Boolean).join(' · ');
    out.push(`  ${[w.file ?? '-', place(w), w.code ?? '', messageOf(w, lang), p.dim(w.rule), why ? p.dim(`(${why})`) : ''].filter(Boolean).join('  ')}`);
  }
  out.push('');
  return out;
}

/** Files read per kind, in the order catalogue, delegation, zone; with the unreadable and skipped ones. */
function filesRead(report: ReportInput): FilesRead {
  const kinds = (['catalogue', 'delegation', 'zone'] as const).map((kind) => {
    const files = report.files.filter((f) => f.kind === kind);
    return { kind, files: files.length, items: files.reduce((n, f) => n + f.rows, 0) };
  }).filter((k) => k.files > 0);
  const skipped = (report.notices ?? []).filter((n) => n.kind === 'not-a-list').length;
  return { kinds, unreadable: report.summary.unreadable, skipped };
}

/** The human-readable report for a terminal. */
export function formatPretty(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang } = opts;
  const p = palette(opts.color);
  const out = fileSections(report, lang, p, opts.verbose ?? false);
  for (const line of waivedSection(report.waived, lang, p)) out.push(line);
  if (report.findings.length > 0) {
    out.push(p.heading(T.byRule[lang]), ruleTable(report, lang, opts.docsBase, opts.width), p.heading(T.byDepartment[lang]), departmentTable(report, lang, opts.width));
  }
  for (const line of roundsSection(report, lang, p)) out.push(line);
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    out.push(p.heading(`${NOTICES_TITLE[lang]} (${notices.length})`));
    const { shown, more } = shownNotices(notices);
    for (const n of shown) out.push(`  ${paint(p, n.level, noticeMessage(n, lang))}${n.file ? `  ${p.dim(n.file)}` : ''}`);
    for (const n of more) out.push(`  ${p.dim(NOTICES_MORE[lang]({ n }))}`);
    out.push('');
  }
  const s = report.summary;
  const scope = scopeLine(report, lang);
  if (scope) out.push(p.dim(scope));
  out.push(p.dim(FILES_READ[lang](filesRead(report))));
  const line = SUMMARY_LINE[lang](s);
  out.push(s.errors > 0 ? p.error(line) : s.warnings > 0 ? p.warning(line) : p.ok(line));
  return `${out.join('\n')}\n`;
}
