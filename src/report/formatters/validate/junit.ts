/** validate --format junit: JUnit XML for CI test reports, a testsuite per file and a testcase per finding. */
import type { Finding } from '../../../check/finding.js';
import type { FailOn } from '../../../config/types.js';
import { fails } from '../../../check/summary.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage, NOTICES_TITLE } from '../../text/notices.js';
import { COLON, SEVERITY_LABELS, VALIDATE_TEXT as T } from '../../text/validate.js';
import { byFile, messageOf, ruleDoc, sheetAndColumn, type ReportInput, type ValidateFormatOptions, type WaivedFinding } from './common.js';

// XML 1.0 forbids most C0 controls and unpaired surrogates even as character references.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text fit for an XML element. */
export function xmlText(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** Text fit for an XML attribute value in double quotes (line breaks kept as references). */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;')
    .replace(/\r/gu, '&#13;')
    .replace(/\n/gu, '&#10;')
    .replace(/\t/gu, '&#9;');
}

const attr = (name: string, value: string | number): string => ` ${name}="${xmlAttr(String(value))}"`;

function caseName(f: Finding): string {
  return [f.rule, f.code, f.row !== undefined ? `@${f.row}${f.column ? `:${f.column}` : ''}` : undefined].filter(Boolean).join(' ');
}

function body(f: Finding, lang: Lang, docsBase?: string): string {
  const where = sheetAndColumn(f, lang);
  // The rule's page is named only where --docs-url says it is published.
  const docs = docsBase === undefined ? `${T.rule[lang]}${COLON[lang]}${f.rule}` : `${T.docs[lang]}${COLON[lang]}${ruleDoc(f.rule, docsBase)}`;
  return [messageOf(f, lang), where, docs].filter(Boolean).join('\n');
}

function testcase(f: Finding, suite: string, lang: Lang, failOn: FailOn, docsBase?: string): string {
  const open = `    <testcase${attr('classname', suite)}${attr('name', caseName(f))}>`;
  const message = messageOf(f, lang);
  // Failures are exactly the findings at or above --fail-on; the others are passing cases with their text.
  if (!fails(f, failOn)) return `${open}<system-out>${xmlText(body(f, lang, docsBase))}</system-out></testcase>`;
  const failure = `<failure${attr('message', message)}${attr('type', `${f.rule} (${SEVERITY_LABELS[f.severity][lang]})`)}>${xmlText(body(f, lang, docsBase))}</failure>`;
  return `${open}${failure}</testcase>`;
}

function waivedCase(f: WaivedFinding, suite: string, lang: Lang): string {
  const why = [T.waived[lang], f.waiver.reason, f.waiver.acceptedBy, f.waiver.expires].filter(Boolean).join(' · ');
  return `    <testcase${attr('classname', suite)}${attr('name', caseName(f))}><skipped${attr('message', why)}/></testcase>`;
}

/** The report as JUnit XML; a file without findings is one passing testcase. */
export function formatJunit(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang } = opts;
  const waivedByFile = (file: string | undefined) => report.waived.filter((w) => w.file === file);
  const groups = byFile(report.findings, report);
  for (const w of report.waived) if (!groups.some((g) => g.file === w.file)) groups.push({ file: w.file, findings: [] });
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const suites = groups.map(({ file, findings }) => {
    const name = file ?? T.noPlace[lang];
    const waived = waivedByFile(file);
    const cases = [...findings.map((f) => testcase(f, name, lang, report.summary.failOn, opts.docsBase)), ...waived.map((w) => waivedCase(w, name, lang))];
    if (cases.length === 0) cases.push(`    <testcase${attr('classname', name)}${attr('name', T.noFindings[lang])}/>`);
    const failed = findings.filter((f) => fails(f, report.summary.failOn)).length;
    tests += cases.length;
    failures += failed;
    skipped += waived.length;
    const head = `  <testsuite${attr('name', name)}${attr('tests', cases.length)}${attr('failures', failed)}${attr('errors', 0)}${attr('skipped', waived.length)}>`;
    return [head, ...cases, '  </testsuite>'].join('\n');
  });
  const notices = report.notices ?? [];
  if (notices.length > 0) {
    // Notices fail nothing: passing test cases that say what was not done, in system-out.
    const cases = notices.map((n) => `    <testcase${attr('classname', n.file ?? 'qingdan')}${attr('name', n.kind)}><system-out>${xmlText(noticeMessage(n, lang))}</system-out></testcase>`);
    tests += cases.length;
    suites.push([`  <testsuite${attr('name', NOTICES_TITLE[lang])}${attr('tests', cases.length)}${attr('failures', 0)}${attr('errors', 0)}${attr('skipped', 0)}>`, ...cases, '  </testsuite>'].join('\n'));
  }
  const root = `<testsuites${attr('name', 'qingdan validate')}${attr('tests', tests)}${attr('failures', failures)}${attr('errors', 0)}${attr('skipped', skipped)}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...suites, '</testsuites>', ''].join('\n');
}
