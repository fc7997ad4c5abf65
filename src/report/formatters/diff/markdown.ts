/** `diff --format markdown`: counts and one table, for a pull-request comment. */
import type { DiffResult, FieldChange } from '../../../diff/types.js';
import type { Lang } from '../../../text/lang.js';
import { REGRESSION_TEXT, dt, fieldLabel } from '../../text/diff.js';
import { codeLabel, shortenWords } from './common.js';
import { markdownRevisions, recodeBasis, summaryLine } from './revisions.js';
import { documentNote, newState, oldState, tbt } from '../../text/takeback.js';
import type { DiffFormatOptions } from './pretty.js';

/** A table cell: pipes escaped, line breaks as <br>, Markdown markup characters escaped. */
export const cell = (s: string): string =>
  s.replace(/[\\`*_~[\]<>|]/gu, (c) => (c === '|' ? '\\|' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`)).replace(/\r?\n/gu, '<br>');

function changeCells(c: FieldChange, lang: Lang): [string, string] {
  if (!c.words) return [cell(c.old) || dt('empty', lang), cell(c.new) || dt('empty', lang)];
  const parts = shortenWords(c.words);
  const old = parts.filter((w) => w.op !== 'insert').map((w) => (w.op === 'delete' ? `~~${cell(w.text)}~~` : cell(w.text))).join('');
  const neu = parts.filter((w) => w.op !== 'delete').map((w) => (w.op === 'insert' ? `**${cell(w.text)}**` : cell(w.text))).join('');
  return [old, neu];
}

export function formatDiffMarkdown(d: DiffResult, { lang }: DiffFormatOptions): string {
  const back = d.takenBack ?? [];
  const counts = `${summaryLine(d, lang)}`;
  const out: string[] = [`### ${dt('title', lang)}${d.old && d.new ? `: \`${d.old.file}\` → \`${d.new.file}\`` : ''}`, '', counts, ''];
  const rows: string[][] = [];
  const row = (kind: string, e: { code: string; subItem?: string }, name: string | undefined, field: string, old: string, neu: string): void => {
    rows.push([kind, `\`${codeLabel(e)}\``, cell(name ?? ''), field, old, neu]);
  };
  for (const r of d.regressions) row(`⚠️ ${dt('regressions', lang)}`, r, r.name, cell(REGRESSION_TEXT[r.what][lang](r)), cell(r.old), cell(r.new));
  // Taken back (issue 18): one row with both states and the document, then the other field changes.
  for (const e of back) {
    const kind = `↩️ ${tbt('title', lang)}`;
    row(kind, e, e.name, cell(`${fieldLabel('status', lang)} / ${fieldLabel('decision', lang)}`), cell(oldState(e, lang)), cell(`${newState(e, lang)}${documentNote(e, lang)}`));
    const rest = Object.entries(e.fields ?? {}).filter(([f]) => f !== 'status' && f !== 'decision');
    for (const [f, c] of rest) row(kind, e, e.name, fieldLabel(f, lang), ...changeCells(c, lang));
  }
  for (const e of d.added) row(dt('added', lang), e, e.item.name, '', '', '');
  for (const e of d.removed) row(dt('removed', lang), e, e.item.name, '', '', '');
  // The other field changes of a cancelled, recoded or transferred item come under its kind (the kinds are disjoint).
  const more = (kind: string, e: { code: string; subItem?: string }, name: string | undefined, fields: DiffResult['changed'][number]['fields'] | undefined): void => {
    for (const [f, c] of Object.entries(fields ?? {})) row(kind, e, name, fieldLabel(f, lang), ...changeCells(c, lang));
  };
  for (const e of d.cancelled) {
    row(dt('cancelled', lang), e, e.name, fieldLabel('itemStatus', lang), '', '已取消');
    more(dt('cancelled', lang), e, e.name, e.fields);
  }
  rows.push(...markdownRevisions(d, lang, cell));
  for (const e of d.recoded) {
    row(dt('recoded', lang), { code: e.newCode, subItem: e.subItem }, e.name, `${fieldLabel('code', lang)}${cell(recodeBasis(e, lang))}`, `\`${e.oldCode}\``, `\`${e.newCode}\``);
    more(dt('recoded', lang), { code: e.newCode, subItem: e.subItem }, e.name, e.fields);
  }
  for (const e of d.transferred) {
    row(dt('transferred', lang), e, e.name, fieldLabel('department', lang), cell(e.from), cell(e.to));
    more(dt('transferred', lang), e, e.name, e.fields);
  }
  for (const e of d.changed) {
    for (const [f, c] of Object.entries(e.fields)) row(dt('changed', lang), e, e.name, fieldLabel(f, lang), ...changeCells(c, lang));
  }
  if (rows.length === 0) return `${out.join('\n')}${dt('same', lang)}\n`;
  const head = [dt('kind', lang), dt('code', lang), dt('name', lang), dt('field', lang), dt('old', lang), dt('new', lang)];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`));
  return `${out.join('\n')}\n`;
}
