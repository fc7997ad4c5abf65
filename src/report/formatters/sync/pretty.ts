/** `sync` for a terminal: counts, then what to decide (per department), cancel, update and the unknown items. */
import type { SyncResult } from '../../../sync/types.js';
import { fieldLabel } from '../../text/diff.js';
import { syncCounts, syt } from '../../text/sync.js';
import { formatDiffPretty, type DiffFormatOptions } from '../diff/pretty.js';
import { codeLabel, oneLine, shortenWords } from '../diff/common.js';
import { palette } from '../pretty.js';
import { needsWork } from '../../../sync/types.js';
import { actionCounts, decideTitle, prettyActions } from './revisions.js';

export function formatSyncPretty(r: SyncResult, o: DiffFormatOptions): string {
  const { lang, color } = o;
  const p = palette(color);
  const out: string[] = [];
  if (r.catalogue && r.list) out.push(p.bold(`${r.list.file} ⇐ ${r.catalogue.file}`));
  out.push(syncCounts(r.summary, lang) + actionCounts(r.summary, lang));
  const label = (e: { code: string; subItem?: string; name?: string }): string => `${p.bold(codeLabel(e))}${e.name ? ` ${e.name}` : ''}`;
  if (r.decide.length > 0) {
    out.push('', p.heading(`${decideTitle(r, lang)} ${r.decide.length}`));
    let dept: string | undefined;
    for (const e of r.decide) {
      if (e.department !== dept) out.push(`  ${p.bold(e.department)}`);
      dept = e.department;
      out.push(`    ${p.added('?')} ${label(e)}${e.category ? p.dim(` · ${e.category}`) : ''}`);
    }
  }
  out.push(...prettyActions(r, p, lang));
  if (r.cancel.length > 0) {
    out.push('', p.heading(`${syt('cancel', lang)} ${r.cancel.length}`), ...r.cancel.map((e) => `  ${p.removed('×')} ${label(e)}${p.dim(` · ${e.department}`)}`));
  }
  if (r.update.length > 0) {
    out.push('', p.heading(`${syt('update', lang)} ${r.update.length}`));
    for (const e of r.update) {
      out.push(`  ${p.changed('~')} ${label(e)}`);
      for (const [f, c] of Object.entries(e.fields)) {
        const text = c.words
          ? shortenWords(c.words).map((w) => (w.op === 'equal' ? p.dim(oneLine(w.text)) : w.op === 'delete' ? (color ? p.removed(oneLine(w.text)) : `[-${oneLine(w.text)}-]`) : color ? p.added(oneLine(w.text)) : `{+${oneLine(w.text)}+}`)).join('')
          : `${p.removed(oneLine(c.old))} → ${p.added(oneLine(c.new))}`;
        out.push(`      ${fieldLabel(f, lang)}: ${text}`);
      }
    }
  }
  if (r.unknown.length > 0) {
    out.push('', p.heading(`${syt('unknown', lang)} ${r.unknown.length}`), ...r.unknown.map((e) => `  ${p.warning('!')} ${label(e)}`));
  }
  if (!needsWork(r)) out.push(p.ok(syt('inSync', lang)));
  if (r.catalogueChanges) out.push('', p.heading(syt('catalogueChanges', lang)), formatDiffPretty(r.catalogueChanges, o).trimEnd());
  return `${out.join('\n')}\n`;
}
