/** The status dashboard as one self-contained HTML page: totals, inline SVG charts, a searchable and sortable item table. */
import type { Dashboard, DashboardItem, StatusCounts } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { DUPLICATES_NOTE, st, WHY_TEXT, type StatusTextKey } from '../../text/status.js';
import { acceptedShare, batchLine, countCells, departmentLabel, headerCells, percent } from './cells.js';
import { extraColumns, type ExtraColumn } from './extra-columns.js';
import { OVERDUE_TEXT } from '../../text/acceptance.js';
import { batchColumns, categoryBars, dateLine, departmentBars, legend } from './html-charts.js';
import { esc } from '../../../util/html.js';
import { SCRIPT, STYLE } from './html-assets.js';

// Nothing may be fetched: the page is opened from a file, offline, and printed.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** The totals as cards; data-total names the field so a test can compare them with the JSON. */
function totals(c: StatusCounts, hasCatalogue: boolean, lang: Lang, extra: readonly ExtraColumn[]): string {
  const cards: [string, StatusTextKey, number | string][] = [
    ['catalogue', 'catalogue', hasCatalogue ? c.catalogue : '—'],
    ['listed', 'listed', c.listed],
    ['delegated', 'delegated', c.decision['下放']],
    ['notDelegated', 'notDelegated', c.decision['不下放']],
    ['withheld', 'withheld', c.decision['暂不下放']],
    ['accepted', 'accepted', c.status['已承接']],
    ['pending', 'pending', c.status['待承接']],
    ['deferred', 'deferred', c.status['暂缓承接']],
    ['partial', 'partial', c.partial],
  ];
  const dl = cards.map(([k, label, v]) => `<div><dt>${esc(st(label, lang))}</dt><dd data-total="${k}">${esc(v)}</dd></div>`);
  for (const x of extra) dl.push(`<div><dt>${esc(x.head(lang))}</dt><dd data-total="${x.key}">${esc(x.value(c))}</dd></div>`);
  dl.push(`<div><dt>${esc(st('disputes', lang))}</dt><dd><span data-total="disputesOpen">${c.disputes.open}</span>/<span data-total="disputesResolved">${c.disputes.resolved}</span></dd></div>`);
  dl.push(`<div><dt>${esc(st('progress', lang))}</dt><dd data-total="progress">${percent(acceptedShare(c))}</dd></div>`);
  return `<dl id="totals">${dl.join('')}</dl>`;
}

function departmentTable(d: Dashboard, lang: Lang): string {
  const has = d.report.catalogueFile !== null;
  const extra = extraColumns(d.report);
  const head = [...headerCells(lang, extra), st('progress', lang)].map((h, i) => `<th${i ? ' class="n"' : ''}>${esc(h)}</th>`).join('');
  const tr = (label: string, c: StatusCounts, attrs: string): string =>
    `<tr${attrs}><td>${esc(label)}</td>${[...countCells(c, has, extra), percent(acceptedShare(c))].map((v) => `<td class="n">${esc(v)}</td>`).join('')}</tr>`;
  const body = d.report.departments.map((dep) => tr(departmentLabel(dep.department, lang), dep, ` data-department="${esc(dep.department)}"`));
  body.push(tr(st('total', lang), d.report.totals, ' class="total"'));
  return `<table id="departments"><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

const ITEM_COLUMNS: { key: StatusTextKey; numeric?: boolean; value: (it: DashboardItem, lang: Lang) => string; sort?: (it: DashboardItem) => string }[] = [
  { key: 'code', value: (it) => it.code + (it.subItem ? ` / ${it.subItem}` : '') },
  { key: 'name', value: (it) => it.name },
  { key: 'department', value: (it, lang) => departmentLabel(it.department, lang) },
  { key: 'category', value: (it) => it.category },
  { key: 'decision', value: (it) => it.decision },
  { key: 'status', value: (it, lang) => (it.overdueDays === undefined ? it.status : OVERDUE_TEXT[lang].cell(it.status, it.overdueDays)) },
  { key: 'exercisedBy', value: (it, lang) => WHY_TEXT[it.why][lang] },
  { key: 'batch', numeric: true, value: (it) => (it.batch === undefined ? '' : String(it.batch)) },
  { key: 'acceptedOn', value: (it) => it.acceptedOn ?? '' },
];

function itemTable(d: Dashboard, lang: Lang): string {
  const head = ITEM_COLUMNS.map((c) => `<th data-key="${c.key}"${c.numeric ? ' class="n"' : ''} scope="col">${esc(st(c.key, lang))}</th>`).join('');
  const rows = d.items.map((it) => {
    const cells = ITEM_COLUMNS.map((c) => c.value(it, lang));
    const search = [it.code, it.subItem ?? '', it.name, it.department, it.category, it.decision, it.status].join(' ').toLowerCase();
    const tds = cells.map((v, i) => `<td${ITEM_COLUMNS[i].numeric ? ' class="n"' : ''}${ITEM_COLUMNS[i].key === 'exercisedBy' ? ` class="why-${it.why}"` : ''}>${esc(v)}</td>`);
    return `<tr data-code="${esc(it.code)}" data-search="${esc(search)}">${tds.join('')}</tr>`;
  });
  return (
    `<p><input id="search" type="search" placeholder="${esc(st('search', lang))}" aria-label="${esc(st('search', lang))}">` +
    `<span class="muted">${esc(st('shown', lang))} <span id="count">${d.items.length}</span> / ${d.items.length}</span> <span class="hint">· ${esc(st('sortHint', lang))}</span></p>` +
    `<table id="items"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`
  );
}

/** Renders the dashboard; every text from the lists is escaped, and the script carries no data. */
export function formatStatusHtml(d: Dashboard, { lang, generatedAt }: { lang: Lang; generatedAt?: string }): string {
  const title = d.title ? `${d.title} · ${st('title', lang)}` : st('title', lang);
  const has = d.report.catalogueFile !== null;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="qingdan">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${esc(title)}</h1><p class="meta">${esc(st('generated', lang))}${generatedAt ? ` · ${esc(generatedAt)}` : ''}${has ? ` · ${esc(st('catalogue', lang))}: ${esc(d.report.catalogueFile)}` : ` · ${esc(st('noCatalogue', lang))}`}</p></header>
<main>
<section id="summary">${totals(d.report.totals, has, lang, extraColumns(d.report))}${d.report.duplicates ? `<p class="muted" id="duplicates">${esc(DUPLICATES_NOTE[lang]({ n: d.report.duplicates }))}</p>` : ''}</section>
<section id="by-department"><h2>${esc(st('byDepartment', lang))}</h2>${legend(lang)}<figure id="chart-departments">${departmentBars(d, lang)}</figure>${departmentTable(d, lang)}</section>
<section id="over-time"><h2>${esc(st('overTime', lang))}</h2><p class="muted">${esc(st('batches', lang))}: ${esc(batchLine(d.report.totals.batches, lang))}</p>
<div class="charts"><figure id="chart-batches"><figcaption>${esc(st('byBatch', lang))}</figcaption>${batchColumns(d, lang)}</figure><figure id="chart-dates"><figcaption>${esc(st('byDate', lang))}</figcaption>${dateLine(d, lang)}</figure></div></section>
<section id="categories"><h2>${esc(st('categoryMix', lang))}</h2><figure id="chart-categories">${categoryBars(d, lang)}</figure></section>
<section id="item-list"><h2>${esc(st('items', lang))}</h2>${itemTable(d, lang)}</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
