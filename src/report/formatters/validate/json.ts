/** validate --format json: the contract's shape, each finding with its message in the chosen language. */
import type { Finding } from '../../../check/finding.js';
import type { ValidateReport, WaivedFinding } from '../../../check/report.js';
import { noticeMessage } from '../../text/notices.js';
import { findingMessage } from '../../text/rules.js';
import type { ValidateFormatOptions } from './types.js';

/** A finding in the contract's key order: rule, severity, code, file, sheet, row, column, message, details. */
export function findingJson(f: Finding | WaivedFinding, opts: ValidateFormatOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { rule: f.rule, severity: f.severity };
  if (f.code !== undefined) out.code = f.code;
  if (f.subItem !== undefined) out.subItem = f.subItem;
  if (f.file !== undefined) out.file = f.file;
  if (f.sheet !== undefined) out.sheet = f.sheet;
  if (f.row !== undefined) out.row = f.row;
  if (f.column !== undefined) out.column = f.column;
  out.message = findingMessage(f, opts.lang);
  out.details = f.details;
  if (f.department !== undefined) out.department = f.department;
  if ('waiver' in f) out.waiver = f.waiver;
  if (f.round !== undefined) out.round = f.round;
  return out;
}

/** The JSON document of cli-contract.md ("validate --format json"). */
export function validateJson(report: ValidateReport, opts: ValidateFormatOptions): string {
  const doc = {
    version: report.version,
    files: report.files,
    findings: report.findings.map((f) => findingJson(f, opts)),
    waived: report.waived.map((f) => findingJson(f, opts)),
    summary: report.summary,
    notices: (report.notices ?? []).map((n) => ({ ...n, message: noticeMessage(n, opts.lang) })),
    ...(report.rounds ? { rounds: { ...report.rounds, resolved: report.rounds.resolved.map((f) => findingJson(f, opts)) } } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
