/**
 * One self-contained HTML page of a list (no network): title, publication facts, one table. Fit to
 * read and print (issue 16 point 4): print CSS for A4 landscape with the table header repeated on
 * every page and page numbers in the footer, codes, dates and numbers never broken mid-token,
 * column widths by content. A publication adds a table of contents by department, a search box
 * that works offline (a few lines of inline script), and its 未公布事项.
 */
import type { ColumnDef } from '../model/columns.js';
import type { Item, PowerList } from '../model/types.js';
import { DEFAULT_TITLES, FILE_LABELS as L } from '../text/export.js';
import { PUBLISH_LABELS as P } from '../text/publish.js';
import { groups, outputColumns, type OutputColumns } from './canonical.js';
import { publicationLines, type Publication } from './publish.js';
import { esc } from '../util/html.js';
import { columnWidths, rowTexts } from './xlsx-sheet.js';
import { WITHHELD_HEADERS, withheldRow } from './xlsx-withheld.js';

const cssText = (s: string): string => `"${s.replace(/["\\]/gu, '\\$&')}"`;

const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em;text-align:center}h2{font-size:1.1em;margin:1.2em 0 .4em}ul.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;white-space:pre-wrap}
thead th{background:#d9e1f2;position:sticky;top:0}tbody tr:nth-child(even){background:#f6f8fb}
td.nw,th.nw{white-space:nowrap}tr.dept th{background:#eef1f7;text-align:left;position:static}
nav.toc ol{columns:3;font-size:.9em;margin:.4em 0 1em}nav.toc a{text-decoration:none;color:#1f4e9c}
.search{margin:.6em 0}.search input{font-size:1em;padding:3px 6px;width:24em}
@page{size:A4 landscape;margin:12mm 10mm 14mm;@bottom-center{content:${cssText(P.pageBefore)} counter(page) ${cssText(P.pageMiddle)} counter(pages) ${cssText(P.pageAfter)};font-size:9pt;color:#555}}
@media print{table{font-size:8.5pt}thead{display:table-header-group}thead th{position:static}tr{break-inside:avoid}body{margin:0}.search{display:none}nav.toc ol{columns:4}}`;

/** Filters the rows by the text typed (offline: no request, no library). */
const SEARCH = `(function(){var q=document.getElementById('q');if(!q)return;var rows=[].slice.call(document.querySelectorAll('#items tbody tr'));
q.addEventListener('input',function(){var t=q.value.trim().toLowerCase(),shown=0,head=null,any=false;
rows.forEach(function(r){if(r.className==='dept'){if(head)head.hidden=!any;head=r;any=false;return;}
var m=!t||r.textContent.toLowerCase().indexOf(t)>=0;r.hidden=!m;if(m){shown++;any=true;}});if(head)head.hidden=!any;
document.getElementById('shown').textContent=String(shown);});})();`;

/** A cell that must not break mid-token: codes, dates, numbers, enum values. */
const noWrap = (d: ColumnDef | undefined): boolean => d !== undefined && (d.key === 'code' || ['date', 'integer', 'batch', 'enum'].includes(d.type));
const cellClass = (d: ColumnDef | undefined): string => (noWrap(d) ? ' class="nw"' : '');

/**
 * Each header's least width, by content (issue 16 point 4): what its longest line needs (one em a CJK
 * character), at most 10em for names and 18em for long text such as the legal basis. A column whose
 * cells do not wrap needs none; an empty one gets none, so it takes no room.
 */
function headerStyles(defs: readonly (ColumnDef | undefined)[], headers: readonly string[], items: readonly Item[], cols: OutputColumns): string[] {
  const widths = columnWidths(headers.map(() => ''), items.slice(0, 5000).map((i) => rowTexts(i, cols)), defs);
  return defs.map((d, i) => {
    if (noWrap(d)) return '';
    const em = Math.min((widths[i] - 2) / 2, d?.type === 'text' ? 18 : 10);
    return em >= 2 ? ` style="min-width:${em}em"` : '';
  });
}

type Opts = { title?: string; extraColumns?: readonly string[]; publication?: Publication; columns?: OutputColumns };

function departmentsOf(items: readonly Item[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(i.department || L.none, (counts.get(i.department || L.none) ?? 0) + 1);
  return [...counts];
}

/** The HTML page of a list, chunk by chunk. */
export function* htmlChunks(list: PowerList, opts: Opts = {}): Generator<string> {
  const cols = opts.columns ?? outputColumns(list, opts.extraColumns);
  const defs: (ColumnDef | undefined)[] = [...cols.fields, ...cols.extra.map(() => undefined)];
  const headers = [...cols.fields.map((c) => c.header), ...cols.extra];
  const classes = defs.map(cellClass);
  const widths = headerStyles(defs, headers, list.items, cols);
  const title = esc(opts.title ?? list.title ?? DEFAULT_TITLES[list.kind]);
  const pub = opts.publication;
  let head = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
  head += `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${title}</h1>\n`;
  const departments = pub ? departmentsOf(list.items) : [];
  if (pub) {
    head += `<ul class="meta">\n${publicationLines(pub).map((l) => `<li>${esc(l)}</li>`).join('\n')}\n</ul>\n`;
    head += `<nav class="toc"><h2>${esc(P.contents)}</h2><ol>\n${departments.map(([d, n], k) => `<li><a href="#d${k + 1}">${esc(d)}</a>（${n}）</li>`).join('\n')}\n`;
    if (pub.withheld?.length) head += `<li><a href="#withheld">${esc(P.withheldSheet)}</a>（${pub.withheld.length}）</li>\n`;
    head += `</ol></nav>\n<div class="search"><label>${esc(P.search)} <input type="search" id="q" placeholder="${esc(P.searchHint)}"></label> ${esc(P.shown)} <span id="shown">${list.items.length}</span></div>\n`;
  }
  head += `<table id="items">\n<thead><tr>${headers.map((h, i) => `<th${classes[i]}${widths[i]}>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
  yield head;
  const index = new Map(departments.map(([d], k) => [d, k + 1]));
  let current: string | undefined;
  for (const group of groups(list.items)) {
    let text = '';
    for (const item of group) {
      const dept = item.department || L.none;
      if (pub && dept !== current) {
        current = dept;
        text += `<tr class="dept" id="d${index.get(dept)}"><th colspan="${headers.length}">${esc(dept)}</th></tr>\n`;
      }
      text += `<tr>${rowTexts(item, cols).map((t, i) => `<td${classes[i]}>${esc(t)}</td>`).join('')}</tr>\n`;
    }
    yield text;
  }
  let tail = '</tbody>\n</table>\n';
  if (pub?.withheld?.length) {
    tail += `<h2 id="withheld">${esc(P.withheldSheet)}（${pub.withheld.length}）</h2>\n<table id="withheld-items">\n<thead><tr>${WITHHELD_HEADERS.map((h, i) => `<th${i === 0 ? ' class="nw"' : ''}>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
    for (const w of pub.withheld) tail += `<tr>${withheldRow(w).map((t, i) => `<td${i === 0 ? ' class="nw"' : ''}>${esc(t)}</td>`).join('')}</tr>\n`;
    tail += '</tbody>\n</table>\n';
  }
  if (pub) tail += `<script>${SEARCH}</script>\n`;
  yield `${tail}</body>\n</html>\n`;
}
