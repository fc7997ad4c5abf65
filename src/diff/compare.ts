/** Field-level comparison of two versions of one item, and the regressions between them. */
import { ACCEPTED, CANCELLED, DEFERRED, DELEGATE, NOT_DELEGATE, PENDING, WITHHOLD } from '../model/enums.js';
import type { Item, Kind } from '../model/types.js';
import { LONG_TEXT, comparedFields, fieldValue, foldValue, type FieldSelection } from './fields.js';
import type { DiffPlace, FieldChange, FieldName, RegressionEntry } from './types.js';
import { wordDiff } from './words.js';

/** The fields whose values differ (after folding unless strict), with old and new text. */
export function compareItems(a: Item, b: Item, sel: FieldSelection): Record<FieldName, FieldChange> {
  const out: Record<FieldName, FieldChange> = {};
  for (const f of comparedFields(a, b, sel)) {
    const va = fieldValue(a, f);
    const vb = fieldValue(b, f);
    if (va === vb || foldValue(f, va, sel.strict) === foldValue(f, vb, sel.strict)) continue;
    const change: FieldChange = { old: va, new: vb };
    if (LONG_TEXT.has(f) && va !== '' && vb !== '') change.words = wordDiff(va, vb);
    out[f] = change;
  }
  return out;
}

/** A catalogue item whose 事项状态 went from 有效 (or empty) to 已取消. */
export function isCancellation(change: FieldChange | undefined): boolean {
  return change !== undefined && change.new === CANCELLED && change.old !== CANCELLED;
}

/** The acceptance state of an item: zone lists hold only accepted items; catalogues have none. */
function acceptance(item: Item, kind: Kind): string | undefined {
  if (kind === 'zone') return ACCEPTED;
  if (kind === 'catalogue') return undefined;
  return item.status || PENDING;
}

type Regression = Omit<RegressionEntry, 'code' | 'subItem' | 'name'>;

/** Steps back in the hand-over between two versions of an accepted item. */
export function regressions(a: Item, aKind: Kind, b: Item, bKind: Kind, sel: FieldSelection): Regression[] {
  if (acceptance(a, aKind) !== ACCEPTED) return [];
  const out: Regression[] = [];
  const now = acceptance(b, bKind);
  if (now !== undefined && now !== ACCEPTED && sel.includes('status')) {
    out.push({ what: now === DEFERRED ? 'accepted-to-deferred' : 'accepted-to-pending', old: ACCEPTED, new: b.status || PENDING });
  }
  const rewritten = (f: 'batch' | 'acceptedOn'): boolean =>
    sel.includes(f) && (a[f] ?? '') !== '' && foldValue(f, a[f] ?? '', sel.strict) !== foldValue(f, b[f] ?? '', sel.strict);
  if (rewritten('batch')) out.push({ what: 'batch-rewritten', old: a.batch ?? '', new: b.batch ?? '' });
  if (rewritten('acceptedOn')) out.push({ what: 'accepted-on-rewritten', old: a.acceptedOn ?? '', new: b.acceptedOn ?? '' });
  if (sel.includes('decision') && a.decision === DELEGATE && (b.decision === NOT_DELEGATE || b.decision === WITHHOLD)) {
    out.push({ what: 'decision-withdrawn', old: DELEGATE, new: b.decision });
  }
  return out;
}

/** An accepted item that disappeared. */
export function removalRegression(a: Item, aKind: Kind): Regression | undefined {
  return acceptance(a, aKind) === ACCEPTED ? { what: 'accepted-removed', old: ACCEPTED, new: '' } : undefined;
}

export function placeOf(item: Item): DiffPlace {
  const p: DiffPlace = { file: item.source.file, row: item.source.row };
  if (item.source.sheet !== undefined) p.sheet = item.source.sheet;
  return p;
}
