/** validate --format github: workflow command annotations, one line per finding, for GitHub Actions logs and PR diffs. */
import type { Finding } from '../../../check/finding.js';
import type { Severity } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage } from '../../text/notices.js';
import { COLON, SUMMARY_LINE } from '../../text/validate.js';
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

/** One annotation per finding (waived findings are not annotated), then the totals as a plain log line. */
export function formatGithub(report: ReportInput, opts: ValidateFormatOptions): string {
  const lines = report.findings.map((f) => annotation(f, opts.lang));
  for (const n of report.notices ?? []) {
    lines.push(`::${n.level === 'warning' ? 'warning' : 'notice'} ${[...(n.file ? [`file=${escapeProperty(n.file)}`] : []), `title=${escapeProperty(`qingdan ${n.kind}`)}`].join(',')}::${escapeData(noticeMessage(n, opts.lang))}`);
  }
  lines.push(escapeData(SUMMARY_LINE[opts.lang](report.summary)));
  return `${lines.join('\n')}\n`;
}
