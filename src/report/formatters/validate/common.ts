/** What the validate formatters share: options, messages, doc links, grouping and counting (no output of its own). */
import { groupBy } from '../../../model/group.js';
import type { Finding } from '../../../check/finding.js';
import type { ValidateReport, WaivedFinding } from '../../../check/report.js';
import { RULE_IDS, type RuleId, type Severity } from '../../../check/rule-ids.js';
import type { Lang } from '../../../text/lang.js';
import type { ValidateFormatOptions } from './types.js';
import { formatPlace } from '../../messages.js';
import { findingMessage } from '../../text/rules.js';
import { VALIDATE_TEXT } from '../../text/validate.js';
import { compareText } from '../../../util/compare.js';
import { RULE_DOCS } from '../../../text/rule-docs.js';

/** A rule's documentation page (docs/rules/ID.md, compiled into text/rule-docs.ts at build), or undefined. */
export function rulePage(id: RuleId): string | undefined {
  return RULE_DOCS[id];
}

/** The part of a rule page in one language: the pages are Chinese first, then `## English`. */
export function rulePageIn(page: string, lang: Lang): string {
  const at = page.search(/^## English\s*$/mu);
  if (at < 0) return page.trim();
  return (lang === 'en' ? page.slice(at).replace(/^## English\s*/u, '') : page.slice(0, at)).trim();
}

/** The validate report as every formatter reads it. */
export type ReportInput = ValidateReport;
export type { WaivedFinding };

export type { ValidateFormatOptions };

export const DEFAULT_DOCS_BASE = 'docs/rules/';

/** The link to a rule's documentation page. */
export function ruleDoc(rule: RuleId, base: string = DEFAULT_DOCS_BASE): string {
  return `${base}${rule}.md`;
}

/** A finding's message in the chosen language, from the rules' message catalogue. */
export function messageOf(f: Finding, lang: Lang): string {
  return findingMessage(f, lang);
}

/** "sheet “x”, column “y”" (the parts of a place that a line number cannot say). */
export function sheetAndColumn(f: Finding, lang: Lang): string {
  return formatPlace({ sheet: f.sheet, column: f.column }, lang);
}

/** Code-unit order: the same on every machine and locale (the one comparison helper, util/compare.ts). */
export const cmp = compareText;

/** The department a finding belongs to: its own, else its file's, else undefined. */
export function departmentOf(f: Finding, report: ReportInput): string | undefined {
  if (f.department) return f.department;
  const file = f.file === undefined ? undefined : report.files.find((x) => x.path === f.file);
  if (file?.department) return file.department;
  const d = (f.details as { department?: unknown }).department;
  return typeof d === 'string' && d !== '' ? d : undefined;
}

/** Label of a department, or of findings without one. */
export function departmentLabel(department: string | undefined, lang: Lang): string {
  return department ?? VALIDATE_TEXT.noDepartment[lang];
}

/** Groups in first-seen order of `key` (findings come sorted; groups keep that order). */
export { groupBy };

export interface Counts {
  error: number;
  warning: number;
  info: number;
  total: number;
}

export function countOf(findings: readonly Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0, total: 0 };
  for (const f of findings) {
    c[f.severity] += 1;
    c.total += 1;
  }
  return c;
}

/** Rules present in the findings, in the contract's order. */
export function rulesPresent(findings: readonly Finding[]): RuleId[] {
  const seen = new Set(findings.map((f) => f.rule));
  return RULE_IDS.filter((r) => seen.has(r));
}

/** Departments of the findings: most errors first, then most findings, then by name; none last. */
export function departmentsByWeight(findings: readonly Finding[], report: ReportInput): { department: string | undefined; findings: Finding[] }[] {
  const groups = groupBy(findings, (f) => departmentOf(f, report) ?? '\u0000');
  return [...groups.entries()]
    .map(([k, fs]) => ({ department: k === '\u0000' ? undefined : k, findings: fs, c: countOf(fs) }))
    .sort(
      (a, b) =>
        Number(a.department === undefined) - Number(b.department === undefined) ||
        b.c.error - a.c.error ||
        b.c.total - a.c.total ||
        cmp(a.department ?? '', b.department ?? ''),
    )
    .map(({ department, findings: fs }) => ({ department, findings: fs }));
}

/** Files in the report's order, then files only findings name, then findings without a file (key ''). */
export function byFile(findings: readonly Finding[], report: ReportInput): { file: string | undefined; findings: Finding[] }[] {
  const groups = groupBy(findings, (f) => f.file ?? '');
  const order = [...report.files.map((f) => f.path)];
  for (const k of [...groups.keys()].sort(cmp)) if (k !== '' && !order.includes(k)) order.push(k);
  const out = order.map((file) => ({ file: file as string | undefined, findings: groups.get(file) ?? [] }));
  if (groups.has('')) out.push({ file: undefined, findings: groups.get('') ?? [] });
  return out;
}

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
