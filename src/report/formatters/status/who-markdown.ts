/** `status --who --format markdown`: one table row per item. */
import type { WhoReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { NOT_IN_CATALOGUE, st, WHY_TEXT } from '../../text/status.js';
import { OVERDUE_TEXT } from '../../text/acceptance.js';
import { documentLine } from '../../text/takeback.js';
import { PUNCT } from '../../../text/punct.js';

const cell = (s: string | number | undefined): string => String(s ?? '').replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');

export function formatWhoMarkdown(report: WhoReport, { lang }: { lang: Lang }): string {
  const head = [st('code', lang), st('name', lang), st('exercisedBy', lang), st('department', lang), st('status', lang), st('batch', lang), st('acceptedOn', lang)];
  const rows = report.who.map((a) => [
    cell(a.subItem ? `${a.code}（${a.subItem}）` : a.code),
    cell(a.name),
    a.inCatalogue === false ? '' : a.exercisedBy === 'zone' ? st('zone', lang) : st('municipal', lang),
    cell(a.department),
    a.inCatalogue === false
      ? NOT_IN_CATALOGUE[lang]
      : cell([WHY_TEXT[a.why][lang], a.document ? documentLine(a.document, lang) : '', a.overdue ? OVERDUE_TEXT[lang].who(a.overdue.due, a.overdue.days) : ''].filter(Boolean).join(PUNCT[lang].semicolon)),
    cell(a.batch),
    cell(a.acceptedOn),
  ]);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') + '\n';
}
