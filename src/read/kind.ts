/** Which kind of file a table is, from its columns first and its title second. */
import type { FieldKey, Kind } from '../model/types.js';

const DELEGATION_ONLY: readonly FieldKey[] = [
  'decision', 'reason', 'scope', 'acceptance', 'resolution', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview',
];

/** The kind from the keys a header has (an ambiguous 状态 column is left out of `keys`). */
export function detectKind(keys: ReadonlySet<FieldKey>, title = ''): Kind | undefined {
  if (DELEGATION_ONLY.some((k) => keys.has(k))) return 'delegation';
  if (keys.has('itemStatus') || keys.has('version')) return 'catalogue';
  if (keys.has('batch') || keys.has('acceptedOn')) return 'zone';
  if (title.includes('目录')) return 'catalogue';
  if (title.includes('下放')) return 'delegation';
  if (title.includes('管委会') || title.includes('承接')) return 'zone';
  if (keys.has('legalBasis')) return 'catalogue';
  return undefined;
}

const DEPT_END = /(局|委|委员会|办|办公室|厅|院|中心|队|会|署|处|站|馆|所|部)$/u;
const LIST_WORDS = /(行政权力事项|权力事项|行政权力|下放事项清单|下放清单|事项清单|清单|目录|事项|汇总表|表)$/u;

/**
 * A department named by a title, sheet or file name ("市市场监管局下放事项清单" → 市市场监管局),
 * for one-department files without a department column.
 */
export function departmentHint(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let s = text.replace(/\.[a-z]+$/iu, '').replace(/[（(].*?[）)]/gu, '').replace(/\d{4}年?|v\d+|[-_ 0-9]+/giu, '').trim();
  s = s.replace(/^(市级|济南市)?下放(高新区)?(管委会)?(的)?/u, '');
  for (let i = 0; i < 4 && LIST_WORDS.test(s); i++) s = s.replace(LIST_WORDS, '');
  s = s.replace(/(下放|拟下放|承接)$/u, '');
  if (s.length < 2 || s.length > 20 || !DEPT_END.test(s)) return undefined;
  if (/^(sheet|工作表|说明|封面|目录)/iu.test(s)) return undefined;
  return s;
}
