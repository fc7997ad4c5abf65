/**
 * validate --format html: the review as one self-contained, printable page — findings grouped by
 * department and rule, a text filter and severity checkboxes, each rule linking to its docs page where
 * --docs-url says they are published, else to its explanation carried in the page (#rule-ID, collapsed).
 * Stable hooks for tests and scripts: #filter, #summary, #shown-count, input.severity-toggle,
 * section.department[data-department], section.rule[data-rule], tr.finding[data-rule][data-severity].
 */
import type { Finding } from '../../../check/finding.js';
import type { Lang } from '../../../text/lang.js';
import { noticeMessage } from '../../text/notices.js';
import { RULE_TITLES, SEVERITY_LABELS, SUMMARY_LINE, VALIDATE_TEXT as T } from '../../text/validate.js';
import {
  countOf, departmentLabel, departmentOf, departmentsByWeight, groupBy, messageOf, ruleDoc, rulePage, rulePageIn, rulesPresent,
  SEVERITY_ORDER, type ReportInput, type ValidateFormatOptions, type WaivedFinding,
} from './common.js';
import { esc } from '../../../util/html.js';
import { SCRIPT, STYLE } from './html-assets.js';
import { roundCells, roundHead, roundMark, roundRows, ROUND_TEXT, scopeLine } from './rounds.js';

/** Text safe in HTML content and double-quoted attributes (the one escaper, util/html.ts). */
export { esc };

function findingRow(f: Finding, report: ReportInput, lang: Lang, cls = 'finding'): string {
  const department = departmentOf(f, report) ?? '';
  const search = [f.rule, f.code, f.file, f.sheet, f.column, department].filter(Boolean).join(' ');
  const attrs = [
    `class="${cls} severity-${f.severity}"`,
    `data-rule="${esc(f.rule)}"`,
    `data-severity="${f.severity}"`,
    `data-department="${esc(department)}"`,
    f.code ? `data-code="${esc(f.code)}"` : '',
    f.round ? `data-round="${f.round}"` : '',
    `data-search="${esc(search)}"`,
  ].filter(Boolean);
  const cells = [
    `<td class="sev">${esc(SEVERITY_LABELS[f.severity][lang])}${f.round ? ` <span class="round round-${f.round}">${esc(roundMark(f, lang))}</span>` : ''}</td>`,
    `<td class="file">${esc(f.file ?? '')}${f.sheet ? ` <span class="count">${esc(f.sheet)}</span>` : ''}</td>`,
    `<td class="row">${f.row ?? ''}</td>`,
    `<td class="column">${esc(f.column ?? '')}</td>`,
    `<td class="code">${f.code ? `<code>${esc(f.code)}</code>` : ''}</td>`,
    `<td class="message">${esc(messageOf(f, lang))}</td>`,
  ];
  return `<tr ${attrs.join(' ')}>${cells.join('')}</tr>`;
}

function tableHead(lang: Lang): string {
  const heads = [T.severity, T.file, T.row, T.column, T.code, T.message].map((t) => `<th>${esc(t[lang])}</th>`);
  return `<thead><tr>${heads.join('')}</tr></thead>`;
}

function departmentSection(department: string | undefined, findings: Finding[], report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang } = opts;
  const byRule = groupBy(findings, (f) => f.rule);
  const rules = rulesPresent(findings).map((rule) => {
    const fs = byRule.get(rule) ?? [];
    const href = opts.docsBase === undefined ? `#rule-${rule}` : ruleDoc(rule, opts.docsBase);
    const title = `<a href="${esc(href)}">${esc(rule)}</a> — ${esc(RULE_TITLES[rule][lang])} <span class="count">(${fs.length})</span>`;
    const rows = fs.map((f) => findingRow(f, report, lang)).join('\n');
    return `<section class="rule" data-rule="${esc(rule)}">\n<h3>${title}</h3>\n<table>${tableHead(lang)}<tbody>\n${rows}\n</tbody></table>\n</section>`;
  });
  const label = departmentLabel(department, lang);
  const c = countOf(findings);
  const counts = SEVERITY_ORDER.map((s) => `${SEVERITY_LABELS[s][lang]} ${c[s]}`).join(' · ');
  return `<section class="department" data-department="${esc(department ?? '')}">\n<h2>${esc(label)} <span class="count">${esc(counts)}</span></h2>\n${rules.join('\n')}\n</section>`;
}

function waivedSection(waived: readonly WaivedFinding[], report: ReportInput, lang: Lang): string {
  if (waived.length === 0) return '';
  const rows = waived.map((w) => findingRow(w, report, lang, 'waived'));
  return `<section id="waived">\n<h2>${esc(T.waived[lang])} <span class="count">(${waived.length})</span></h2>\n<table>${tableHead(lang)}<tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>`;
}

/** With --since: resolved, still open and new per department (#rounds, tr[data-department]), and the resolved findings (tr.resolved). */
function roundsSection(report: ReportInput, lang: Lang): string {
  const r = report.rounds;
  if (!r) return '';
  const head = `<thead><tr>${roundHead(lang).map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`;
  const rows = roundRows(r).map(({ department, counts }) => `<tr data-department="${esc(department)}" data-resolved="${counts.resolved}" data-open="${counts.open}" data-new="${counts.new}"><td>${esc(department)}</td>${roundCells(counts).map((c) => `<td class="row">${c}</td>`).join('')}</tr>`);
  const total = `<tr class="total"><td>${esc(T.total[lang])}</td>${roundCells(r.counts).map((c) => `<td class="row">${c}</td>`).join('')}</tr>`;
  const resolved = r.resolved.length
    ? `\n<details id="resolved"><summary>${esc(ROUND_TEXT.resolvedList[lang]({ n: r.resolved.length }))}</summary>\n<table>${tableHead(lang)}<tbody>\n${r.resolved.map((f) => findingRow(f, report, lang, 'resolved')).join('\n')}\n</tbody></table>\n</details>`
    : '';
  return `<section id="rounds" data-resolved="${r.counts.resolved}" data-open="${r.counts.open}" data-new="${r.counts.new}">\n<h2>${esc(ROUND_TEXT.title[lang]({ since: r.since }))}</h2>\n<table>${head}<tbody>\n${rows.join('\n')}\n${total}\n</tbody></table>${resolved}\n</section>`;
}

/** Each rule's page, carried in the report (no link to a page the reader may not have), collapsed. */
function ruleDocs(report: ReportInput, lang: Lang): string {
  const rules = rulesPresent([...report.findings, ...report.waived]);
  if (rules.length === 0) return '';
  const pages = rules.map((rule) => {
    const page = rulePage(rule);
    const text = page === undefined ? RULE_TITLES[rule][lang] : rulePageIn(page, lang);
    return `<details class="rule-doc" id="rule-${esc(rule)}"><summary><code>${esc(rule)}</code> — ${esc(RULE_TITLES[rule][lang])}</summary>\n<pre>${esc(text)}</pre>\n</details>`;
  });
  return `<section id="rule-docs">\n<h2>${esc(T.docs[lang])}</h2>\n${pages.join('\n')}\n</section>`;
}

function controls(report: ReportInput, lang: Lang): string {
  const c = countOf(report.findings);
  const boxes = SEVERITY_ORDER.map(
    (s) => `<label><input type="checkbox" class="severity-toggle" id="show-${s}" value="${s}" checked> ${esc(SEVERITY_LABELS[s][lang])} (<span id="count-${s}">${c[s]}</span>)</label>`,
  );
  const filter = `<input id="filter" type="search" autocomplete="off" placeholder="${esc(T.filter[lang])}" aria-label="${esc(T.filter[lang])}">`;
  const shown = `<span>${esc(T.shown[lang])} <b id="shown-count">${c.total}</b> / <span id="total-count">${c.total}</span></span>`;
  return `<nav class="controls">${filter}\n${boxes.join('\n')}\n${shown}</nav>`;
}

/** The report as one HTML page: no external resource, the same bytes for the same report. */
export function formatHtml(report: ReportInput, opts: ValidateFormatOptions): string {
  const { lang } = opts;
  const s = report.summary;
  const summary = `<p id="summary" data-items="${s.items}" data-errors="${s.errors}" data-warnings="${s.warnings}" data-infos="${s.infos}" data-waived="${s.waived}">${esc(SUMMARY_LINE[lang](s))}</p>`;
  const notices = report.notices ?? [];
  const scope = scopeLine(report, lang);
  const files = `${scope ? `<p id="scope" class="count">${esc(scope)}</p>\n` : ''}<p class="count">${report.files.map((f) => esc(f.path)).join(' · ')}</p>${notices.length ? `\n<ul id="notices">${notices.map((n) => `<li class="${n.level}" data-kind="${n.kind}">${esc(noticeMessage(n, lang))}${n.file ? ` <code>${esc(n.file)}</code>` : ''}</li>`).join('')}</ul>` : ''}`;
  const body = report.findings.length
    ? departmentsByWeight(report.findings, report).map(({ department, findings }) => departmentSection(department, findings, report, opts))
    : [`<p id="no-findings">${esc(T.noFindings[lang])}</p>`];
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(T.title[lang])}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(T.title[lang])}</h1>\n${summary}\n${files}</header>`,
    controls(report, lang),
    '<main>',
    ...(report.rounds ? [roundsSection(report, lang)] : []),
    ...body,
    waivedSection(report.waived, report, lang),
    opts.docsBase === undefined ? ruleDocs(report, lang) : '',
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
