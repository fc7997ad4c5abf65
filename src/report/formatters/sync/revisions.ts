/** Issue 18: the recode, merge and split actions of sync in each format, and the title of the decide section. */
import type { SyncResult } from '../../../sync/types.js';
import type { Lang } from '../../../text/lang.js';
import { esc } from '../../../util/html.js';
import { basisText, rvt } from '../../text/revisions.js';
import { syt } from '../../text/sync.js';
import type { Palette } from '../pretty.js';
import { PUNCT } from '../../../text/punct.js';

const sep = (lang: Lang): string => PUNCT[lang].list;
const vals = (v: { decision?: string; status?: string }, lang: Lang): string => [v.decision, v.status].filter(Boolean).join(' / ') || rvt('none', lang);

/** 待决定 as gaps (漏项) or as new in the catalogue (--from shows them added). */
export const decideTitle = (r: SyncResult, lang: Lang): string =>
  r.decide.length === 0 || !r.decide[0].why ? syt('decide', lang) : rvt(r.decide[0].why === 'new' ? 'decideNew' : 'decideGap', lang);

/** "，改码 1，合并 1，拆分 1" after the counts line; nothing when there are none. */
export function actionCounts(s: SyncResult['summary'], lang: Lang): string {
  const n = { recode: s.recode ?? 0, merge: s.merge ?? 0, split: s.split ?? 0 };
  if (n.recode + n.merge + n.split === 0) return '';
  const keys = ['recode', 'merge', 'split'] as const;
  return keys.map((k) => (lang === 'en' ? `, ${n[k]} to ${rvt(`${k}Short`, lang)}` : `，${rvt(`${k}Short`, lang)} ${n[k]}`)).join('');
}

/** One line per action, with what it rests on and the values carried. */
function lines(r: SyncResult, lang: Lang): { key: 'recode' | 'merge' | 'splitAction'; code: string; name?: string; change: string; values: string; basis: string }[] {
  const out: ReturnType<typeof lines> = [];
  for (const e of r.recode) out.push({ key: 'recode', code: e.oldCode, name: e.name, change: `${e.oldCode} → ${e.newCode}`, values: '', basis: basisText(e, lang) });
  for (const e of r.merge) {
    const parts = e.parts.map((p) => `${p.code}: ${vals(p, lang)}`).join(PUNCT[lang].semicolon);
    out.push({ key: 'merge', code: e.into, name: e.name, change: `${e.from.join(sep(lang))} → ${e.into}`, values: e.agreed ? `${rvt('agreed', lang)}${PUNCT[lang].colon}${vals(e, lang)}` : `${rvt('disagreed', lang)}${PUNCT[lang].paren(parts)}`, basis: basisText(e, lang) });
  }
  for (const e of r.split) out.push({ key: 'splitAction', code: e.from, name: e.name, change: `${e.from} → ${e.into.join(sep(lang))}`, values: `${vals(e, lang)}${PUNCT[lang].comma}${rvt('confirm', lang)}`, basis: basisText(e, lang) });
  return out;
}

export function prettyActions(r: SyncResult, p: Palette, lang: Lang): string[] {
  const out: string[] = [];
  for (const key of ['recode', 'merge', 'splitAction'] as const) {
    const ls = lines(r, lang).filter((l) => l.key === key);
    if (ls.length === 0) continue;
    out.push('', p.heading(`${rvt(key, lang)} ${ls.length}`));
    for (const l of ls) {
      out.push(`  ${p.changed('→')} ${p.bold(l.change)}${l.name ? ` ${l.name}` : ''}`);
      if (l.values) out.push(`      ${l.values}`);
      out.push(`      ${p.dim(l.basis)}`);
    }
  }
  return out;
}

/** Markdown rows: [kind, code, name, department, field, list value, catalogue value]. */
export function markdownActions(r: SyncResult, lang: Lang, cell: (s: string) => string): string[][] {
  return lines(r, lang).map((l) => [rvt(l.key === 'splitAction' ? 'splitShort' : `${l.key}Short`, lang), `\`${l.code}\``, cell(l.name ?? ''), '', cell(l.basis), cell(l.values), cell(l.change)]);
}

export function htmlActions(r: SyncResult, lang: Lang): string[] {
  const parts: string[] = [];
  for (const key of ['recode', 'merge', 'splitAction'] as const) {
    const ls = lines(r, lang).filter((l) => l.key === key);
    if (ls.length === 0) continue;
    const rows = ls.map((l) => `<tr><td class="code">${esc(l.change)}</td><td>${esc(l.name ?? '')}</td><td>${esc(l.values)}</td><td class="muted">${esc(l.basis)}</td></tr>`);
    parts.push(`<section><h2>${esc(rvt(key, lang))} ${ls.length}</h2><table>${rows.join('')}</table></section>`);
  }
  return parts;
}
