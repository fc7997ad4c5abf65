/** `diff` for a terminal: counts, then the groups (regressions, added, removed, cancelled, recoded, transferred, changed). */
import type { DiffResult, FieldChange } from '../../../diff/types.js';
import type { Lang } from '../../../text/lang.js';
import { REGRESSION_TEXT, dt, fieldLabel, type DiffTextKey } from '../../text/diff.js';
import { palette, type Palette } from '../pretty.js';
import { codeLabel, oneLine, shortenWords } from './common.js';
import { prettyRevisions, recodeBasis, summaryLine } from './revisions.js';
import { takenBackLine, sidePlace, tbt } from '../../text/takeback.js';

export interface DiffFormatOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width in columns for pretty (lines wrapped; report/wrap.ts). */
  width?: number;
}

function value(v: string, lang: Lang): string {
  return v === '' ? dt('empty', lang) : oneLine(v);
}

/** A changed field: word-level for long text (colour, or [-…-]{+…+} without it), else old → new. */
function fieldLine(name: string, c: FieldChange, p: Palette, lang: Lang, color: boolean): string {
  const label = `${fieldLabel(name, lang)}: `;
  if (!c.words) return `${label}${p.removed(value(c.old, lang))} → ${p.added(value(c.new, lang))}`;
  const text = shortenWords(c.words)
    .map((w) => {
      const t = oneLine(w.text);
      if (w.op === 'equal') return p.dim(t);
      if (w.op === 'delete') return color ? p.removed(t) : `[-${t}-]`;
      return color ? p.added(t) : `{+${t}+}`;
    })
    .join('');
  return `${label}${text}`;
}

export function formatDiffPretty(d: DiffResult, { lang, color }: DiffFormatOptions): string {
  const p = palette(color);
  const out: string[] = [];
  if (d.old && d.new) out.push(p.bold(`${d.old.file} → ${d.new.file}`));
  const back = d.takenBack ?? [];
  out.push(`${summaryLine(d, lang)}`);
  const group = (key: DiffTextKey, n: number, lines: string[]): void => {
    if (n === 0) return;
    out.push('', p.heading(`${dt(key, lang)} ${n}`), ...lines);
  };
  const named = (e: { code: string; subItem?: string; name?: string }): string => `${p.bold(codeLabel(e))}${e.name ? ` ${e.name}` : ''}`;
  group('regressions', d.regressions.length, d.regressions.map((r) => `  ${p.error('!')} ${named(r)}: ${p.error(REGRESSION_TEXT[r.what][lang](r))}`));
  // Taken back (issue 18): both places and the document, then the item's field changes.
  if (back.length > 0) out.push('', p.heading(`${tbt('title', lang)} ${back.length}`), ...back.flatMap((e) => [
    `  ${p.error('↩')} ${named(e)}${e.department ? p.dim(` · ${e.department}`) : ''}: ${p.error(takenBackLine(e, lang))}`,
    `      ${p.dim(`${tbt('was', lang)} ${sidePlace(e.old, lang)}${e.new ? ` · ${tbt('now', lang)} ${sidePlace(e.new, lang)}` : ''}`)}`,
    ...Object.entries(e.fields ?? {}).map(([f, c]) => `      ${fieldLine(f, c, p, lang, color)}`),
  ]));
  group('added', d.added.length, d.added.map((e) => `  ${p.added('+')} ${named({ ...e, name: e.item.name })}${e.item.department ? p.dim(` · ${e.item.department}`) : ''}`));
  group('removed', d.removed.length, d.removed.map((e) => `  ${p.removed('-')} ${named({ ...e, name: e.item.name })}${e.item.department ? p.dim(` · ${e.item.department}`) : ''}`));
  // The other field changes of a cancelled, recoded or transferred item come under its kind (the kinds are disjoint).
  const more = (fields: Record<string, FieldChange> | undefined): string[] =>
    Object.entries(fields ?? {}).map(([f, c]) => `      ${fieldLine(f, c, p, lang, color)}`);
  group('cancelled', d.cancelled.length, d.cancelled.flatMap((e) => [`  ${p.removed('×')} ${named(e)}`, ...more(e.fields)]));
  out.push(...prettyRevisions(d, p, lang));
  group('recoded', d.recoded.length, d.recoded.flatMap((e) => [`  ${p.changed('→')} ${p.removed(e.oldCode)} → ${p.added(e.newCode)}${e.subItem ? ` / ${e.subItem}` : ''}${e.name ? ` ${e.name}` : ''}${p.dim(recodeBasis(e, lang))}`, ...more(e.fields)]));
  group('transferred', d.transferred.length, d.transferred.flatMap((e) => [`  ${p.changed('⇄')} ${named(e)}: ${p.removed(e.from)} → ${p.added(e.to)}`, ...more(e.fields)]));
  group(
    'changed',
    d.changed.length,
    d.changed.flatMap((e) => [
      `  ${p.changed('~')} ${named(e)}${e.oldCode ? p.dim(` (${e.oldCode})`) : ''}`,
      ...Object.entries(e.fields).map(([f, c]) => `      ${fieldLine(f, c, p, lang, color)}`),
    ]),
  );
  if (d.summary.added + d.summary.removed + d.summary.changed + d.summary.cancelled + d.summary.recoded + d.summary.transferred + back.length + (d.summary.merged ?? 0) + (d.summary.split ?? 0) === 0) {
    out.push(p.ok(dt('same', lang)));
  }
  return `${out.join('\n')}\n`;
}
