/** `status --who` for people: one line per item, with the confirmations when the zone has accepted it. */
import type { WhoReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { st, WHO_LINE } from '../../text/status.js';
import { palette } from '../pretty.js';
import { OVERDUE_TEXT } from '../../text/acceptance.js';
import { documentLine } from '../../text/takeback.js';
import { PUNCT } from '../../../text/punct.js';

export function formatWhoPretty(report: WhoReport, { lang, color }: { lang: Lang; color: boolean }): string {
  const p = palette(color);
  const lines: string[] = [];
  for (const a of report.who) {
    const zone = a.exercisedBy === 'zone';
    const code = a.subItem ? `${a.code}（${a.subItem}）` : a.code;
    const text = WHO_LINE[lang]({ ...a, code, zone });
    lines.push(zone ? p.ok(text) : a.why === 'unknown' ? p.warning(text) : text);
    if (a.confirmations && (a.confirmations.delegator || a.confirmations.receiver)) {
      const c = [a.confirmations.delegator, a.confirmations.receiver].filter(Boolean).join(PUNCT[lang].comma);
      lines.push(p.dim(`  ${st('confirmations', lang)}${PUNCT[lang].colon}${c}`));
    }
    if (a.document) lines.push(`  ${documentLine(a.document, lang)}`);
    if (a.overdue) lines.push(p.warning(`  ${OVERDUE_TEXT[lang].who(a.overdue.due, a.overdue.days)}`));
    if (a.file) lines.push(p.dim(`  ${a.file}${a.row ? `:${a.row}` : ''}`));
  }
  return lines.join('\n') + '\n';
}
