/** validate --format github: workflow command annotations, one line per finding, for GitHub Actions logs and PR diffs. */
import type { Finding } from '../../../check/finding.js';
import type { Severity } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage } from '../../text/notices.js';
import { COLON, GITHUB_TEXT, SUMMARY_LINE } from '../../text/validate.js';
import { messageOf, sheetAndColumn, type ReportInput, type ValidateFormatOptions } from './common.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Escapes a command's message, as @actions/core does: %, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a property value: the message's escapes plus ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function annotation(f: Finding, lang: Lang): string {
  const props: string[] = [];
  if (f.file) props.push(`file=${escapeProperty(f.file)}`);
  if (f.file && f.row !== undefined) props.push(`line=${f.row}`);
  props.push(`title=${escapeProperty(f.code ? `${f.rule} ${f.code}` : f.rule)}`);
  // A line number cannot say the sheet or the column header, so the message does.
  const where = sheetAndColumn(f, lang);
  const text = where ? `${where}${COLON[lang]}${messageOf(f, lang)}` : messageOf(f, lang);
  return `::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(text)}`;
}

/** GitHub shows this many annotations of each of error and warning per step; the rest stay in the log. */
export const SHOWN_PER_STEP = 10;

/**
 * One annotation per error and warning (notices too with --verbose; waived findings never), then
 * one summary line. Every error and warning is a command, so the log has them all even past
 * GitHub's per-step limit; the summary line says when that limit hides some.
 */
export function formatGithub(report: ReportInput, opts: ValidateFormatOptions): string {
  const annotated = report.findings.filter((f) => f.severity !== 'info' || opts.verbose);
  const lines = annotated.map((f) => annotation(f, opts.lang));
  // What the run did not do (a skipped file, no catalogue, a waiver without its reason) is said in every
  // format: a notice per case, few by nature (unlike the info findings, which are counted only).
  for (const n of report.notices ?? []) {
    lines.push(`::${n.level === 'warning' ? 'warning' : 'notice'} ${[...(n.file ? [`file=${escapeProperty(n.file)}`] : []), `title=${escapeProperty(`qingdan ${n.kind}`)}`].join(',')}::${escapeData(noticeMessage(n, opts.lang))}`);
  }
  const notes = [SUMMARY_LINE[opts.lang](report.summary)];
  const infos = report.findings.length - annotated.length;
  if (infos > 0) notes.push(GITHUB_TEXT.infosNotAnnotated[opts.lang]({ n: infos }));
  const over = Math.max(0, report.summary.errors - SHOWN_PER_STEP) + Math.max(0, report.summary.warnings - SHOWN_PER_STEP);
  if (over > 0) notes.push(GITHUB_TEXT.overLimit[opts.lang]({ n: over, limit: SHOWN_PER_STEP }));
  lines.push(escapeData(notes.join(GITHUB_TEXT.separator[opts.lang])));
  return `${lines.join('\n')}\n`;
}
