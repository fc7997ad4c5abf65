/** One self-contained HTML page of a list (no script, no network): title, publication facts, one table. */
import type { PowerList } from '../model/types.js';
import { DEFAULT_TITLES } from '../text/export.js';
import { groups, outputColumns, type OutputColumns } from './canonical.js';
import { publicationLines, type Publication } from './publish.js';
import { esc } from '../util/html.js';
import { rowTexts } from './xlsx-sheet.js';


const STYLE = `body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em;text-align:center}ul.meta{color:#555;font-size:.9em}
table{border-collapse:collapse;width:100%;font-size:.9em}th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;white-space:pre-wrap}
thead th{background:#d9e1f2;position:sticky;top:0}tbody tr:nth-child(even){background:#f6f8fb}
@media print{thead{display:table-header-group}body{margin:0}}`;

/** The HTML page of a list, chunk by chunk. */
export function* htmlChunks(list: PowerList, opts: { title?: string; extraColumns?: readonly string[]; publication?: Publication; columns?: OutputColumns } = {}): Generator<string> {
  const cols = opts.columns ?? outputColumns(list, opts.extraColumns);
  const headers = [...cols.fields.map((c) => c.header), ...cols.extra];
  const title = esc(opts.title ?? list.title ?? DEFAULT_TITLES[list.kind]);
  let head = `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n`;
  head += `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<h1>${title}</h1>\n`;
  if (opts.publication) head += `<ul class="meta">\n${publicationLines(opts.publication).map((l) => `<li>${esc(l)}</li>`).join('\n')}\n</ul>\n`;
  head += `<table>\n<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>\n<tbody>\n`;
  yield head;
  for (const group of groups(list.items)) {
    yield group.map((item) => `<tr>${rowTexts(item, cols).map((t) => `<td>${esc(t)}</td>`).join('')}</tr>\n`).join('');
  }
  yield '</tbody>\n</table>\n</body>\n</html>\n';
}
