/** `sync --format html`: one self-contained page with the to-do tables; the catalogue's own changes side by side. */
import type { SyncResult } from '../../../sync/types.js';
import { fieldLabel } from '../../text/diff.js';
import { syncCounts, syt } from '../../text/sync.js';
import { codeLabel } from '../diff/common.js';
import { diffSections, htmlPage } from '../diff/html.js';
import type { DiffFormatOptions } from '../diff/pretty.js';
import { esc } from '../../../util/html.js';
import { actionCounts, decideTitle, htmlActions } from './revisions.js';

export function formatSyncHtml(r: SyncResult, o: DiffFormatOptions): string {
  const { lang } = o;
  const parts: string[] = [];
  const td = (s: string | undefined, cls = ''): string => `<td${cls ? ` class="${cls}"` : ''}>${esc(s ?? '')}</td>`;
  const table = (key: Parameters<typeof syt>[0], n: number, rows: string[]): void => {
    if (n > 0) parts.push(`<section><h2>${esc(syt(key, lang))} ${n}</h2><table>${rows.join('')}</table></section>`);
  };
  if (r.decide.length > 0) parts.push(`<section><h2>${esc(decideTitle(r, lang))} ${r.decide.length}</h2><table>${r.decide.map((e) => `<tr>${td(codeLabel(e), 'code')}${td(e.name)}${td(e.department)}${td(e.category)}</tr>`).join('')}</table></section>`);
  parts.push(...htmlActions(r, lang));
  table('cancel', r.cancel.length, r.cancel.map((e) => `<tr>${td(codeLabel(e), 'code')}${td(e.name)}${td(e.department)}</tr>`));
  table('update', r.update.length, r.update.flatMap((e) => Object.entries(e.fields).map(([f, c]) =>
    `<tr>${td(codeLabel(e), 'code')}${td(e.name)}<th class="f">${esc(fieldLabel(f, lang))}</th><td class="old"><del>${esc(c.old)}</del></td><td class="new"><ins>${esc(c.new)}</ins></td></tr>`)));
  table('unknown', r.unknown.length, r.unknown.map((e) => `<tr>${td(codeLabel(e), 'code')}${td(e.name)}</tr>`));
  if (parts.length === 0) parts.push(`<p>${esc(syt('inSync', lang))}</p>`);
  if (r.catalogueChanges) {
    parts.push(`<h1>${esc(syt('catalogueChanges', lang))}</h1>`, ...diffSections(r.catalogueChanges, lang));
  }
  const head = `<h1>${esc(syt('title', lang))}</h1><p class="code">${esc(r.list?.file ?? '')} ⇐ ${esc(r.catalogue?.file ?? '')}</p><p>${esc(syncCounts(r.summary, lang) + actionCounts(r.summary, lang))}</p>`;
  return htmlPage(syt('title', lang), `${head}\n${parts.join('\n')}`, lang);
}
