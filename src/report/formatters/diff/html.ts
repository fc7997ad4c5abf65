/** `diff --format html`: one self-contained page (no scripts, no network), old and new side by side, changed words marked. */
import type { DiffResult, FieldChange, ItemRecord } from '../../../diff/types.js';
import type { Lang } from '../../../text/lang.js';
import { REGRESSION_TEXT, dt, fieldLabel } from '../../text/diff.js';
import { esc } from '../../../util/html.js';
import { codeLabel } from './common.js';
import { htmlRevisions, recodeBasis, summaryLine } from './revisions.js';
import { sidePlace, takenBackLine, tbt } from '../../text/takeback.js';
import type { DiffFormatOptions } from './pretty.js';

const STYLE = `
body{font:14px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f2328;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;text-align:left;white-space:pre-wrap;word-break:break-all}
th.f{width:9rem;background:#f6f8fa}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#ccffd8;text-decoration:none}
td.old{background:#fff8f8}td.new{background:#f8fff8}.code{font-family:ui-monospace,monospace}
.warn{color:#9a2b00}.muted{color:#656d76}
`;

const side = (c: FieldChange, which: 'old' | 'new'): string => {
  if (!c.words) return esc(c[which]);
  const skip = which === 'old' ? 'insert' : 'delete';
  const mark = which === 'old' ? 'del' : 'ins';
  return c.words
    .filter((w) => w.op !== skip)
    .map((w) => (w.op === 'equal' ? esc(w.text) : `<${mark}>${esc(w.text)}</${mark}>`))
    .join('');
};

const title = (e: { code: string; subItem?: string }, name?: string, extra = ''): string =>
  `<caption><span class="code">${esc(codeLabel(e))}</span> ${esc(name ?? '')}${extra}</caption>`;

function headRow(lang: Lang): string {
  return `<tr><th class="f">${esc(dt('field', lang))}</th><th>${esc(dt('oldVersion', lang))}</th><th>${esc(dt('newVersion', lang))}</th></tr>`;
}

function recordTable(e: { code: string; subItem?: string; item: ItemRecord }, which: 'old' | 'new', lang: Lang): string {
  const rows = Object.entries(e.item)
    .filter(([k]) => k !== 'extra')
    .map(([k, v]) => [k, String(v)] as [string, string])
    .concat(Object.entries(e.item.extra ?? {}));
  const cells = (v: string): string => (which === 'old' ? `<td class="old"><del>${esc(v)}</del></td><td></td>` : `<td></td><td class="new"><ins>${esc(v)}</ins></td>`);
  return `<table>${title(e, e.item.name)}${headRow(lang)}${rows.map(([k, v]) => `<tr><th class="f">${esc(fieldLabel(k, lang))}</th>${cells(v)}</tr>`).join('')}</table>`;
}

/** The diff's sections (regressions, cancelled, recoded, transferred, changed, added, removed) as HTML. */
export function diffSections(d: DiffResult, lang: Lang): string[] {
  const parts: string[] = [];
  const section = (key: Parameters<typeof dt>[0], n: number, body: string): void => {
    if (n > 0) parts.push(`<section><h2>${esc(dt(key, lang))} ${n}</h2>${body}</section>`);
  };
  const list = (rows: string[]): string => `<table>${rows.join('')}</table>`;
  const tr = (e: { code: string; subItem?: string }, name: string | undefined, text: string): string =>
    `<tr><td class="code" style="width:14rem">${esc(codeLabel(e))}</td><td>${esc(name ?? '')}</td><td>${text}</td></tr>`;
  section('regressions', d.regressions.length, list(d.regressions.map((r) => tr(r, r.name, `<span class="warn">${esc(REGRESSION_TEXT[r.what][lang](r))}</span>`))));
  // The other field changes of a cancelled, recoded or transferred item come under its kind (the kinds are disjoint).
  const more = (fields: DiffResult['changed'][number]['fields'] | undefined): string =>
    Object.entries(fields ?? {}).map(([f, c]) => `<br>${esc(fieldLabel(f, lang))}: <del>${side(c, 'old')}</del> → <ins>${side(c, 'new')}</ins>`).join('');
  // Taken back (issue 18): its own section, with both places and the document.
  const back = d.takenBack ?? [];
  if (back.length > 0) {
    const rows = back.map((e) => {
      const places = `${tbt('was', lang)} ${sidePlace(e.old, lang)}${e.new ? ` · ${tbt('now', lang)} ${sidePlace(e.new, lang)}` : ''}`;
      return tr(e, e.name, `<span class="warn">${esc(takenBackLine(e, lang))}</span>${e.department ? ` <span class="muted">${esc(e.department)}</span>` : ''}<br><span class="muted">${esc(places)}</span>${more(e.fields)}`);
    });
    parts.push(`<section id="taken-back"><h2>${esc(tbt('title', lang))} ${back.length}</h2>${list(rows)}</section>`);
  }
  section('cancelled', d.cancelled.length, list(d.cancelled.map((e) => tr(e, e.name, `${esc(fieldLabel('itemStatus', lang))}: <ins>已取消</ins>${more(e.fields)}`))));
  parts.push(...htmlRevisions(d, lang));
  section('recoded', d.recoded.length, list(d.recoded.map((e) => tr({ code: e.newCode, subItem: e.subItem }, e.name, `<del>${esc(e.oldCode)}</del> → <ins>${esc(e.newCode)}</ins><span class="muted">${esc(recodeBasis(e, lang))}</span>${more(e.fields)}`))));
  section('transferred', d.transferred.length, list(d.transferred.map((e) => tr(e, e.name, `<del>${esc(e.from)}</del> → <ins>${esc(e.to)}</ins>${more(e.fields)}`))));
  section(
    'changed',
    d.changed.length,
    d.changed
      .map((e) => {
        const rows = Object.entries(e.fields).map(([f, c]) => `<tr><th class="f">${esc(fieldLabel(f, lang))}</th><td class="old">${side(c, 'old')}</td><td class="new">${side(c, 'new')}</td></tr>`);
        const was = e.oldCode ? ` <span class="muted">(${esc(e.oldCode)})</span>` : '';
        return `<table>${title(e, e.name, was)}${headRow(lang)}${rows.join('')}</table>`;
      })
      .join(''),
  );
  section('added', d.added.length, d.added.map((e) => recordTable(e, 'new', lang)).join(''));
  section('removed', d.removed.length, d.removed.map((e) => recordTable(e, 'old', lang)).join(''));
  return parts;
}

/** A self-contained page: inline style, a policy that forbids every fetch, no script. */
export function htmlPage(pageTitle: string, body: string, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(pageTitle)}</title><style>${STYLE}</style></head>
<body>${body}
</body></html>
`;
}

export function formatDiffHtml(d: DiffResult, { lang }: DiffFormatOptions): string {
  const parts = diffSections(d, lang);
  const files = d.old && d.new ? `<p class="code">${esc(d.old.file)} → ${esc(d.new.file)}</p>` : '';
  const same = parts.length === 0 ? `<p>${esc(dt('same', lang))}</p>` : '';
  return htmlPage(dt('title', lang), `<h1>${esc(dt('title', lang))}</h1>${files}<p>${esc(summaryLine(d, lang))}</p>\n${parts.join('\n')}${same}`, lang);
}
