/** validate --format sarif: SARIF 2.1.0 for code-scanning dashboards. */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../../../check/finding.js';
import { DEFAULT_SEVERITY, RULE_IDS, type Severity } from '../../../check/rule-ids.js';
import { VERSION } from '../../../version.js';
import type { Lang } from '../../lang.js';
import { RULE_TITLES } from '../../text/validate.js';
import {
  departmentOf, messageOf, ruleDoc, rulePage, sheetAndColumn, type ReportInput, type ValidateFormatOptions, type WaivedFinding,
} from './common.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF artifact URI: relative paths against %SRCROOT%, absolute ones as file: URLs. */
export function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  return { uri: encodeURI(path.replace(/\\/gu, '/')), uriBaseId: '%SRCROOT%' };
}

function result(f: Finding, report: ReportInput, lang: Lang): Record<string, unknown> {
  const where = sheetAndColumn(f, lang);
  const text = where ? `${messageOf(f, lang)} (${where})` : messageOf(f, lang);
  const department = departmentOf(f, report);
  const r: Record<string, unknown> = {
    ruleId: f.rule,
    ruleIndex: RULE_IDS.indexOf(f.rule),
    level: LEVEL[f.severity],
    message: { text },
  };
  if (f.file) {
    const physicalLocation: Record<string, unknown> = { artifactLocation: artifactLocation(f.file) };
    if (f.row !== undefined) physicalLocation.region = { startLine: f.row };
    r.locations = [{ physicalLocation }];
  }
  // Same parts as a waiver's fingerprint (rule + code + department), so dashboards follow a finding across row moves.
  r.partialFingerprints = { 'qingdan/v1': [f.rule, f.code ?? '', department ?? ''].join('|') };
  const properties: Record<string, unknown> = {};
  if (f.sheet !== undefined) properties.sheet = f.sheet;
  if (f.column !== undefined) properties.column = f.column;
  if (f.code !== undefined) properties.code = f.code;
  if (department !== undefined) properties.department = department;
  properties.details = f.details;
  r.properties = properties;
  return r;
}

function waivedResult(w: WaivedFinding, report: ReportInput, lang: Lang): Record<string, unknown> {
  const justification = [w.waiver.reason, w.waiver.acceptedBy, w.waiver.expires].filter(Boolean).join(' · ');
  return { ...result(w, report, lang), suppressions: [justification ? { kind: 'external', justification } : { kind: 'external' }] };
}

/** The report as one SARIF 2.1.0 log with one run; every rule is declared with its docs page. */
export function formatSarif(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang } = opts;
  // SARIF wants an absolute helpUri: given only when the pages are published (--docs-url); the page
  // itself goes with every rule as its help, so a dashboard shows it without a link.
  const absolute = opts.docsBase !== undefined && /^[a-z][a-z0-9+.-]*:/iu.test(opts.docsBase);
  const rules = RULE_IDS.map((id) => {
    const page = rulePage(id);
    return {
      id,
      name: id,
      shortDescription: { text: RULE_TITLES[id][lang] },
      ...(absolute ? { helpUri: ruleDoc(id, opts.docsBase) } : {}),
      ...(page ? { help: { text: page, markdown: page } } : {}),
      defaultConfiguration: { level: LEVEL[DEFAULT_SEVERITY[id]] },
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'qingdan', version: VERSION, semanticVersion: VERSION, rules } },
        language: lang,
        columnKind: 'unicodeCodePoints',
        results: [...report.findings.map((f) => result(f, report, lang)), ...report.waived.map((w) => waivedResult(w, report, lang))],
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
