/** validate --format json: the contract's shape, each finding with its message in the chosen language. */
import type { Finding } from '../../../check/finding.js';
import type { ValidateReport, WaivedFinding } from '../../../check/report.js';
import { noticeMessage } from '../../text/notices.js';
import { findingMessage } from '../../text/rules.js';
import type { ValidateFormatOptions } from './types.js';
import { LazyArray, mapped, prettyJsonChunks } from '../../../util/json-chunks.js';

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

/**
 * The JSON document of cli-contract.md ("validate --format json"), chunk by chunk: each finding is
 * given its message and turned into text as the document is written, so no second copy of the
 * findings and no single string of the whole document is made (the bytes are JSON.stringify's).
 */
export function validateJsonChunks(report: ValidateReport, opts: ValidateFormatOptions): Iterable<string> {
  const json = (f: Finding | WaivedFinding): Record<string, unknown> => findingJson(f, opts);
  return prettyJsonChunks([
    ['version', report.version],
    ['files', report.files],
    ['findings', new LazyArray(mapped(report.findings, json))],
    ['waived', new LazyArray(mapped(report.waived, json))],
    ['summary', report.summary],
    ['notices', (report.notices ?? []).map((n) => ({ ...n, message: noticeMessage(n, opts.lang) }))],
    ['rounds', report.rounds ? { ...report.rounds, resolved: report.rounds.resolved.map(json) } : undefined],
  ]);
}

/** The JSON document of cli-contract.md ("validate --format json") as one string. */
export const validateJson = (report: ValidateReport, opts: ValidateFormatOptions): string => [...validateJsonChunks(report, opts)].join('');
