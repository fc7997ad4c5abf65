/**
 * The catalogue's merges, splits and recodes as a list meets them (issue 18): from the diff of OLD and
 * NEW when --from is given; otherwise from the table, the catalogue's notes and, for a code the
 * catalogue no longer has, a suggestion from the names of the catalogue's items of the same department.
 */
import { diffKey, keyOf } from '../diff/fields.js';
import { detectRevisions, REVISION_NOTE } from '../diff/revisions.js';
import type { DiffResult, MergedEntry, RecodedEntry, SplitEntry } from '../diff/types.js';
import { CANCELLED } from '../model/enums.js';
import { foldName } from '../model/normalise.js';
import type { RevisionMap } from '../model/revision-map.js';
import type { Item, PowerList } from '../model/types.js';

export interface ListRevisions {
  recodes: Map<string, RecodedEntry>;
  merges: Map<string, MergedEntry>;
  splits: Map<string, SplitEntry>;
}

export function listRevisions(catalogue: PowerList, list: PowerList, cat: ReadonlyMap<string, Item>, changes: DiffResult | undefined, map: RevisionMap | undefined): ListRevisions {
  let recoded: RecodedEntry[];
  let merged: MergedEntry[];
  let split: SplitEntry[];
  if (changes) ({ recoded, merged, split } = changes);
  else {
    const departments = new Set<string>();
    if (list.department) departments.add(foldName(list.department));
    for (const it of list.items) if (it.department) departments.add(foldName(it.department));
    const listKeys = new Set(list.items.map(keyOf));
    const removed = new Map<string, Item>();
    for (const it of list.items) {
      const k = keyOf(it);
      if (cat.has(k) || (it.subItem && cat.has(diffKey(it.code, undefined))) || removed.has(k)) continue;
      removed.set(k, it);
    }
    const added = new Map<string, Item>();
    for (const [k, c] of cat) {
      if (listKeys.has(k) || c.itemStatus === CANCELLED || !departments.has(foldName(c.department ?? ''))) continue;
      added.set(k, c);
    }
    const out = detectRevisions({
      removed, added, map,
      noted: catalogue.items.filter((c) => c.note && REVISION_NOTE.test(c.note)),
      oldCodes: new Set(list.items.map((it) => it.code)),
      newCodes: new Set(catalogue.items.map((c) => c.code)),
      suggest: true,
      checkOld: false,
    });
    recoded = out.recoded.map((r) => r.entry);
    ({ merged, split } = out);
  }
  const result: ListRevisions = { recodes: new Map(), merges: new Map(), splits: new Map() };
  for (const r of recoded) result.recodes.set(r.oldCode, r);
  for (const m of merged) for (const c of m.from) result.merges.set(c, m);
  for (const s of split) result.splits.set(s.from, s);
  return result;
}
