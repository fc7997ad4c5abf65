/** Turns compared pairs, removals and additions into the contract's diff result. */
import type { Item, Kind } from '../model/types.js';
import { compareItems, isCancellation, placeOf, regressions, removalRegression } from './compare.js';
import { itemRecord, type FieldSelection } from './fields.js';
import { pairRecoded } from './pairing.js';
import { takenBack, zoneTakenBack } from './taken-back.js';
import type { ChangedEntry, DiffResult, RecodedEntry, RegressionEntry, TakenBackEntry } from './types.js';

export interface ListMeta {
  file: string;
  kind: Kind;
  items: number;
}

export interface ResultInput {
  sel: FieldSelection;
  pairing: boolean;
  removed: ReadonlyMap<string, Item>;
  added: ReadonlyMap<string, Item>;
  /** [old, new] versions of items whose fingerprints differ. */
  changed: readonly [Item, Item][];
  unchanged: number;
  oldMeta: ListMeta;
  newMeta: ListMeta;
}

const ident = (it: Item): { code: string; subItem?: string } => (it.subItem ? { code: it.code, subItem: it.subItem } : { code: it.code });
const named = (it: Item): { name?: string } => (it.name ? { name: it.name } : {});

const byCode = <T extends { code?: string; newCode?: string; subItem?: string }>(a: T, b: T): number => {
  const ca = a.code ?? a.newCode ?? '';
  const cb = b.code ?? b.newCode ?? '';
  if (ca !== cb) return ca < cb ? -1 : 1;
  const sa = a.subItem ?? '';
  const sb = b.subItem ?? '';
  return sa === sb ? 0 : sa < sb ? -1 : 1;
};

export function buildResult(input: ResultInput): DiffResult {
  const { sel, oldMeta, newMeta } = input;
  const result: DiffResult = {
    version: 1,
    key: 'code',
    old: oldMeta,
    new: newMeta,
    added: [],
    removed: [],
    changed: [],
    cancelled: [],
    recoded: [],
    transferred: [],
    regressions: [],
    takenBack: [],
    summary: { added: 0, removed: 0, changed: 0, cancelled: 0, recoded: 0, transferred: 0, regressions: 0, takenBack: 0, unchanged: input.unchanged },
  };
  const back: TakenBackEntry[] = result.takenBack!;
  const removed = new Map(input.removed);
  const added = new Map(input.added);
  const pairs: [Item, Item, RecodedEntry | undefined][] = input.changed.map(([a, b]) => [a, b, undefined]);
  if (input.pairing) {
    for (const [oldKey, newKey] of pairRecoded(removed, added)) {
      const a = removed.get(oldKey) as Item;
      const b = added.get(newKey) as Item;
      removed.delete(oldKey);
      added.delete(newKey);
      const entry: RecodedEntry = { oldCode: a.code, newCode: b.code, ...(b.subItem ? { subItem: b.subItem } : {}), ...named(b) };
      result.recoded.push(entry);
      pairs.push([a, b, entry]);
    }
  }
  const regress = (it: Item, r: Omit<RegressionEntry, 'code' | 'subItem' | 'name'>): void => {
    result.regressions.push({ ...ident(it), ...named(it), ...r });
  };
  // cli-contract (second wave): the kinds are disjoint. An item is cancelled, else recoded, else
  // transferred, else changed, else unchanged; its other field changes travel with the one kind.
  for (const [a, b, recoded] of pairs) {
    const fields = compareItems(a, b, sel);
    // Taken back (issue 18): its own kind, with every field change and no regression of its own.
    const tb = recoded ? undefined : takenBack(a, oldMeta.kind, b, newMeta.kind, fields, sel);
    if (tb) {
      back.push(tb);
      continue;
    }
    for (const r of regressions(a, oldMeta.kind, b, newMeta.kind, sel)) regress(b, r);
    const cancelled = isCancellation(fields.itemStatus);
    if (cancelled) delete fields.itemStatus;
    const rest = (): { fields?: typeof fields } => (Object.keys(fields).length > 0 ? { fields } : {});
    if (cancelled) result.cancelled.push({ ...ident(b), ...named(b), ...rest() });
    else if (recoded) Object.assign(recoded, rest());
    else if (fields.department) {
      const { old: from, new: to } = fields.department;
      delete fields.department;
      result.transferred.push({ ...ident(b), ...named(b), from, to, ...rest() });
    } else if (Object.keys(fields).length > 0) {
      const entry: ChangedEntry = { ...ident(b), ...named(b), fields, places: { old: placeOf(a), new: placeOf(b) } };
      result.changed.push(entry);
    } else result.summary.unchanged++;
  }
  for (const a of removed.values()) {
    const tb = zoneTakenBack(a, oldMeta, newMeta);
    if (tb) {
      back.push(tb);
      continue;
    }
    result.removed.push({ ...ident(a), item: itemRecord(a), place: placeOf(a) });
    const r = removalRegression(a, oldMeta.kind);
    if (r) regress(a, r);
  }
  for (const b of added.values()) result.added.push({ ...ident(b), item: itemRecord(b), place: placeOf(b) });
  for (const list of [result.added, result.removed, result.changed, result.cancelled, result.transferred, result.regressions, back]) {
    (list as { code: string; subItem?: string }[]).sort(byCode);
  }
  result.recoded.sort((a, b) => byCode({ code: a.newCode, subItem: a.subItem }, { code: b.newCode, subItem: b.subItem }));
  const s = result.summary;
  s.added = result.added.length;
  s.removed = result.removed.length;
  s.changed = result.changed.length;
  s.cancelled = result.cancelled.length;
  s.recoded = result.recoded.length;
  s.transferred = result.transferred.length;
  s.regressions = result.regressions.length;
  s.takenBack = back.length;
  return result;
}

