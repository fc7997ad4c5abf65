/** Issue 18: merges and splits (and what a recode rests on) in the diff formatters, one helper per format. */
import type { DiffResult, MergedEntry, RecodedEntry, SplitEntry } from '../../../diff/types.js';
import type { Lang } from '../../../text/lang.js';
import { esc } from '../../../util/html.js';
import { PUNCT } from '../../../text/punct.js';
import { SUMMARY_KEYS, countsLine } from '../../text/diff.js';
import { basisText, rvt } from '../../text/revisions.js';
import { takenBackCount } from '../../text/takeback.js';
import type { Palette } from '../pretty.js';

const sep = (lang: Lang): string => PUNCT[lang].list;

/** "，合并 1，拆分 1" after the counts line; nothing when there are none. */
export function revisionCounts(s: DiffResult['summary'], lang: Lang): string {
  const n = { merged: s.merged ?? 0, split: s.split ?? 0 };
  if (n.merged + n.split === 0) return '';
  const keys = ['merged', 'split'] as const;
  return lang === 'en' ? keys.map((k) => `, ${n[k]} ${rvt(k, lang).toLowerCase()}`).join('') : keys.map((k) => `，${rvt(k, lang)} ${n[k]}`).join('');
}

/** The whole counts line of a diff in every format: the kinds, then merges and splits, then items taken back. */
export function summaryLine(d: DiffResult, lang: Lang): string {
  const back = d.takenBack?.length ?? 0;
  return `${countsLine(d.summary, lang, SUMMARY_KEYS)}${revisionCounts(d.summary, lang)}${back ? `${PUNCT[lang].comma}${takenBackCount(back, lang)}` : ''}`;
}

/** The basis of a recode, when it has one: " · 对照表，济政发〔2017〕12号". */
export const recodeBasis = (e: RecodedEntry, lang: Lang): string => (e.source ? ` · ${basisText({ ...e, source: e.source }, lang)}` : '');

const mergeLine = (e: MergedEntry, lang: Lang): string => `${e.from.join(sep(lang))} → ${e.into}${e.name ? ` ${e.name}` : ''}`;
const splitLine = (e: SplitEntry, lang: Lang): string => `${e.from} → ${e.into.join(sep(lang))}${e.name ? ` ${e.name}` : ''}`;

/** Terminal groups: merged, then split. */
export function prettyRevisions(d: DiffResult, p: Palette, lang: Lang): string[] {
  const out: string[] = [];
  const group = (title: string, lines: string[]): void => {
    if (lines.length > 0) out.push('', p.heading(`${title} ${lines.length / 2}`), ...lines);
  };
  group(rvt('merged', lang), (d.merged ?? []).flatMap((e) => [`  ${p.changed('⇉')} ${mergeLine(e, lang)}${e.department ? p.dim(` · ${e.department}`) : ''}`, `      ${p.dim(basisText(e, lang))}`]));
  group(rvt('split', lang), (d.split ?? []).flatMap((e) => [`  ${p.changed('⇶')} ${splitLine(e, lang)}${e.department ? p.dim(` · ${e.department}`) : ''}`, `      ${p.dim(basisText(e, lang))}`]));
  return out;
}

/** Markdown rows: [kind, code, name, field, old, new], cells already escaped by `cell`. */
export function markdownRevisions(d: DiffResult, lang: Lang, cell: (s: string) => string): string[][] {
  const rows: string[][] = [];
  for (const e of d.merged ?? []) rows.push([rvt('merged', lang), `\`${e.into}\``, cell(e.name ?? ''), cell(basisText(e, lang)), e.from.map((c) => `\`${c}\``).join(sep(lang)), `\`${e.into}\``]);
  for (const e of d.split ?? []) rows.push([rvt('split', lang), `\`${e.from}\``, cell(e.name ?? ''), cell(basisText(e, lang)), `\`${e.from}\``, e.into.map((c) => `\`${c}\``).join(sep(lang))]);
  return rows;
}

/** HTML sections. */
export function htmlRevisions(d: DiffResult, lang: Lang): string[] {
  const parts: string[] = [];
  const section = (title: string, rows: string[]): void => {
    if (rows.length > 0) parts.push(`<section><h2>${esc(title)} ${rows.length}</h2><table>${rows.join('')}</table></section>`);
  };
  const codes = (cs: string[], mark: 'del' | 'ins'): string => cs.map((c) => `<${mark} class="code">${esc(c)}</${mark}>`).join(esc(sep(lang)));
  const tr = (name: string | undefined, change: string, basis: string): string =>
    `<tr><td>${esc(name ?? '')}</td><td>${change}</td><td class="muted">${esc(basis)}</td></tr>`;
  section(rvt('merged', lang), (d.merged ?? []).map((e) => tr(e.name, `${codes(e.from, 'del')} → ${codes([e.into], 'ins')}`, basisText(e, lang))));
  section(rvt('split', lang), (d.split ?? []).map((e) => tr(e.name, `${codes([e.from], 'del')} → ${codes(e.into, 'ins')}`, basisText(e, lang))));
  return parts;
}
