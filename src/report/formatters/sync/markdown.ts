/** `sync --format markdown`: counts and one to-do table, for a pull-request comment or a work order. */
import type { SyncResult } from '../../../sync/types.js';
import { fieldLabel } from '../../text/diff.js';
import { syncCounts, syt } from '../../text/sync.js';
import { codeLabel } from '../diff/common.js';
import { cell, formatDiffMarkdown } from '../diff/markdown.js';
import type { DiffFormatOptions } from '../diff/pretty.js';
import { actionCounts, markdownActions } from './revisions.js';

export function formatSyncMarkdown(r: SyncResult, o: DiffFormatOptions): string {
  const { lang } = o;
  const out = [`### ${syt('title', lang)}${r.list && r.catalogue ? `: \`${r.list.file}\` ⇐ \`${r.catalogue.file}\`` : ''}`, '', syncCounts(r.summary, lang) + actionCounts(r.summary, lang), ''];
  const rows: string[][] = [];
  const row = (k: Parameters<typeof syt>[0], e: { code: string; subItem?: string }, name = '', dept = '', field = '', old = '', neu = ''): void => {
    rows.push([syt(k, lang), `\`${codeLabel(e)}\``, cell(name), cell(dept), field, cell(old), cell(neu)]);
  };
  for (const e of r.decide) row('decideShort', e, e.name, e.department);
  rows.push(...markdownActions(r, lang, cell));
  for (const e of r.cancel) row('cancelShort', e, e.name, e.department);
  for (const e of r.update) for (const [f, c] of Object.entries(e.fields)) row('updateShort', e, e.name, '', fieldLabel(f, lang), c.old, c.new);
  for (const e of r.unknown) row('unknownShort', e, e.name);
  if (rows.length === 0) out.push(syt('inSync', lang));
  else {
    const head = [syt('kind', lang), syt('code', lang), syt('name', lang), syt('department', lang), syt('field', lang), syt('listValue', lang), syt('catalogueValue', lang)];
    out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((x) => `| ${x.join(' | ')} |`));
  }
  if (r.catalogueChanges) out.push('', `#### ${syt('catalogueChanges', lang)}`, '', formatDiffMarkdown(r.catalogueChanges, o).split('\n').slice(2).join('\n').trimEnd());
  return `${out.join('\n')}\n`;
}
