/**
 * `export --publish` as text: on refusal, a short report of what blocks publication, by rule and by
 * department, each with its place; after a publication, what was published and what was left out.
 */
import type { Finding } from '../../../check/finding.js';
import type { BlockedItem, PublishReport } from '../../../write/gate.js';
import type { Lang } from '../../../text/lang.js';
import { PUBLISH_TEXT as T, reasonsText } from '../../../text/publish.js';
import { compareText } from '../../../util/compare.js';
import { formatPlace } from '../../messages.js';
import { findingMessage } from '../../text/rules.js';


function byRule(findings: readonly Finding[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]));
}

/** Departments in order of first appearance, each with its blocked items and its blocking findings. */
function byDepartment(r: PublishReport, lang: Lang): Map<string, { items: BlockedItem[]; findings: Finding[] }> {
  const out = new Map<string, { items: BlockedItem[]; findings: Finding[] }>();
  const get = (d: string | undefined) => {
    const key = d || T.noDepartment[lang]();
    let g = out.get(key);
    if (!g) out.set(key, (g = { items: [], findings: [] }));
    return g;
  };
  for (const b of r.blocked) get(b.department).items.push(b);
  for (const f of r.findings) get(f.department).findings.push(f);
  return out;
}

const findingLine = (f: Finding, lang: Lang, indent: string): string =>
  `${indent}${f.rule}  ${formatPlace(f, lang)}: ${findingMessage(f, lang)}\n`;

export function formatPublishPretty(r: PublishReport, opts: { lang: Lang }): string {
  const { lang } = opts;
  const counts = { ...r.counts };
  let out = '';
  if (!r.refused) {
    out += T.published[lang](counts);
    if (r.blocked.length > 0) out += T.withheld[lang](counts);
    return out;
  }
  out += T.refused[lang](counts);
  if (r.fileLevel) out += T.fileLevel[lang]();
  if (r.findings.length > 0) {
    out += `\n${T.byRule[lang]()}\n`;
    for (const [rule, n] of byRule(r.findings)) out += `  ${rule}  ${n}\n`;
  }
  out += `\n${T.byDepartment[lang]()}\n`;
  for (const [department, g] of byDepartment(r, lang)) {
    out += `${T.department[lang]({ department, items: g.items.length })}\n`;
    for (const b of g.items) {
      const place = T.row[lang]({ file: b.file, sheet: b.sheet, row: b.row });
      out += `  ${b.code}${b.subItem ? ` / ${b.subItem}` : ''} ${b.name ?? ''} — ${place}: ${reasonsText(b.reasons, b, lang)}\n`;
    }
    for (const f of g.findings) out += findingLine(f, lang, '  - ');
  }
  out += `\n${T.hint[lang]()}`;
  return out;
}
