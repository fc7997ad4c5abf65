/**
 * Issue 18: `sync --write` applies recodes, merges and splits in place: the new items stand where the
 * old ones stood, every other row and field stays as it was, and each changed row gets a 调整说明
 * in its 备注 naming the old codes (so every row read is accounted for in what is written).
 */
import { diffKey, keyOf } from '../diff/fields.js';
import type { Item, PowerList } from '../model/types.js';
import { ADJUSTMENT_NOTE } from '../text/revisions.js';
import type { SyncResult } from './types.js';

/** The catalogue fields a list carries a copy of. */
const COPIED = ['name', 'subItem', 'category', 'department', 'legalBasis'] as const;
/** The fields of a decision and its acceptance: carried by a recode, a split and an agreed merge. */
const DECISION_FIELDS = ['decision', 'reason', 'mode', 'scope', 'acceptance', 'resolution', 'batch', 'status', 'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview'] as const;

const withNote = (it: Item, text: string): void => {
  it.note = it.note ? `${it.note}；${text}` : text;
};

/** A copy of the list's row under the catalogue item's identity and copied fields. */
function moved(row: Item, c: Item | undefined, code: string, carried: ReadonlySet<string>): Item {
  const it: Item = { ...row, ...(row.extra ? { extra: { ...row.extra } } : {}), code };
  delete it.raw;
  if (c) {
    for (const f of COPIED) {
      if (f !== 'subItem' && f !== 'name' && !carried.has(f) && !row[f]) continue;
      if (c[f]) it[f] = c[f];
      else delete it[f];
    }
  }
  return it;
}

export function applyRevisions(list: PowerList, result: SyncResult, catalogue: PowerList): PowerList {
  if (result.recode.length + result.merge.length + result.split.length === 0) return list;
  const cat = new Map<string, Item>();
  for (const c of catalogue.items) if (!cat.has(keyOf(c))) cat.set(keyOf(c), c);
  const byCode = (code: string, subItem?: string): Item | undefined =>
    cat.get(diffKey(code, subItem)) ?? cat.get(diffKey(code, undefined)) ?? catalogue.items.find((c) => c.code === code);
  const carried = new Set<string>(list.columns.map((c) => c.key));
  const recodes = new Map(result.recode.map((r) => [diffKey(r.oldCode, undefined), r]));
  const merges = new Map<string, SyncResult['merge'][number]>();
  for (const m of result.merge) for (const c of m.from) merges.set(c, m);
  const splits = new Map(result.split.map((s) => [s.from, s]));
  const basis = (e: { document?: string; effective?: string }): string => ADJUSTMENT_NOTE.basis(e);
  const out: Item[] = [];
  const mergedDone = new Set<string>();
  // A target the list already holds under its own row (an item merged into one that stays): the
  // part's row goes into that row, named in its note, rather than standing twice.
  const taken = new Set([...recodes.keys(), ...merges.keys(), ...splits.keys()]);
  const existing = new Map<string, Item>();
  for (const row of list.items) if (!taken.has(row.code)) existing.set(keyOf(row), row);
  const folded = new Map<Item, string[]>();
  const fold = (target: Item | undefined, note: string): boolean => {
    if (!target) return false;
    folded.set(target, [...(folded.get(target) ?? []), note]);
    return true;
  };
  const held = (code: string, subItem?: string): Item | undefined => existing.get(diffKey(code, subItem)) ?? existing.get(diffKey(code, undefined));
  for (const row of list.items) {
    const r = recodes.get(row.code);
    if (r && (r.subItem === undefined || r.subItem === row.subItem || !row.subItem)) {
      const note = ADJUSTMENT_NOTE.recode({ from: row.code, into: r.newCode, basis: basis(r) });
      if (fold(held(r.newCode, r.subItem ?? row.subItem), note)) continue;
      const it = moved(row, byCode(r.newCode, r.subItem ?? row.subItem), r.newCode, carried);
      withNote(it, note);
      out.push(it);
      continue;
    }
    const m = merges.get(row.code);
    if (m) {
      // The merged item stands where its first part stood; the other parts are named in its note.
      if (mergedDone.has(m.into)) continue;
      mergedDone.add(m.into);
      if (fold(held(m.into), ADJUSTMENT_NOTE.merge({ from: m.from, into: m.into, basis: basis(m), agreed: true }))) continue;
      const it = moved(row, byCode(m.into), m.into, carried);
      if (!m.agreed) for (const f of DECISION_FIELDS) delete it[f];
      withNote(it, ADJUSTMENT_NOTE.merge({ from: m.from, into: m.into, basis: basis(m), agreed: m.agreed }));
      out.push(it);
      continue;
    }
    const s = splits.get(row.code);
    if (s) {
      for (const code of s.into) {
        if (fold(held(code), ADJUSTMENT_NOTE.split({ from: row.code, into: code, basis: basis(s) }))) continue;
        const it = moved(row, byCode(code), code, carried);
        withNote(it, ADJUSTMENT_NOTE.split({ from: row.code, into: code, basis: basis(s) }));
        out.push(it);
      }
      continue;
    }
    out.push(row);
  }
  return {
    ...list,
    items: out.map((it) => {
      const notes = folded.get(it);
      if (!notes) return it;
      const copy = { ...it };
      for (const n of notes) withNote(copy, n);
      return copy;
    }),
  };
}
