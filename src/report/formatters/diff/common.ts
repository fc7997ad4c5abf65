/** Pieces the diff formatters share: item labels and shortened word differences. */
import type { WordPart } from '../../../diff/types.js';

/** "XK001" or "XK001 / 新办". */
export const codeLabel = (e: { code: string; subItem?: string }): string => (e.subItem ? `${e.code} / ${e.subItem}` : e.code);

/** Equal stretches longer than this are shortened to their ends, so a one-word change in a long basis stays readable. */
const CONTEXT = 12;

/** The word parts with long equal stretches shortened ("…"). */
export function shortenWords(parts: readonly WordPart[], context = CONTEXT): WordPart[] {
  return parts.map((p, i) => {
    if (p.op !== 'equal') return p;
    const chars = [...p.text];
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = (first || last ? 1 : 2) * context;
    if (chars.length <= keep + 1) return p;
    if (first) return { op: 'equal', text: `…${chars.slice(-context).join('')}` };
    if (last) return { op: 'equal', text: `${chars.slice(0, context).join('')}…` };
    return { op: 'equal', text: `${chars.slice(0, context).join('')}…${chars.slice(-context).join('')}` };
  });
}

/** Text on one line: line breaks shown as ⏎. */
export const oneLine = (s: string): string => s.replace(/\r?\n/gu, '⏎');
