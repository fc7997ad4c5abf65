/** The list brought up to date with a sync result, through applyDiff: bases refreshed, cancelled items marked, new items added. */
import { applyDiff } from '../diff/apply.js';
import { diffKey, itemRecord, keyOf } from '../diff/fields.js';
import type { ChangedEntry, DiffResult, RecodedEntry } from '../diff/types.js';
import type { Item, PowerList } from '../model/types.js';
import type { SyncResult } from './types.js';
import { applyRevisions } from './apply-revisions.js';

/** What a cancelled item's note says, since delegation and zone lists have no 事项状态 column. */
export const CANCELLED_NOTE = '市级目录已取消';

/** The sync result as a diff of the list: what applyDiff needs to produce the updated list. */
export function syncPatch(list: PowerList, result: SyncResult, catalogue: PowerList): DiffResult {
  const items = new Map<string, Item>(list.items.map((it) => [keyOf(it), it]));
  const catItems = new Map<string, Item>(catalogue.items.map((it) => [keyOf(it), it]));
  const recoded: RecodedEntry[] = [];
  const changed: ChangedEntry[] = [];
  for (const u of result.update) {
    const { code, ...fields } = u.fields;
    if (code) recoded.push({ oldCode: code.old, newCode: code.new, ...(u.subItem ? { subItem: u.subItem } : {}) });
    changed.push({ code: code ? code.new : u.code, ...(u.subItem ? { subItem: u.subItem } : {}), fields });
  }
  for (const c of result.cancel) {
    const note = items.get(diffKey(c.code, c.subItem))?.note ?? '';
    if (note.includes(CANCELLED_NOTE)) continue;
    changed.push({ code: c.code, ...(c.subItem ? { subItem: c.subItem } : {}), fields: { note: { old: note, new: note ? `${note}；${CANCELLED_NOTE}` : CANCELLED_NOTE } } });
  }
  // A zone list holds only what the zone exercises: new items wait for a decision in the delegation list.
  const added = list.kind === 'zone' ? [] : result.decide.flatMap((e) => {
    const c = catItems.get(diffKey(e.code, e.subItem));
    if (!c) return [];
    // The catalogue's status, version, note and extra columns are the catalogue's own, not the list's.
    const { itemStatus: _s, version: _v, note: _n, extra: _e, ...rec } = itemRecord(c);
    void _s; void _v; void _n; void _e;
    return [{ code: c.code, ...(c.subItem ? { subItem: c.subItem } : {}), item: rec }];
  });
  return {
    version: 1, key: 'code', added, removed: [], changed, cancelled: [], recoded, transferred: [], regressions: [], merged: [], split: [],
    summary: { added: added.length, removed: 0, changed: changed.length, cancelled: 0, recoded: recoded.length, transferred: 0, regressions: 0, merged: 0, split: 0, unchanged: 0 },
  };
}

/** The updated list: names, categories, departments and bases refreshed from the catalogue, cancelled items marked, new items added with the decision empty. */
export function updatedList(list: PowerList, result: SyncResult, catalogue: PowerList): PowerList {
  // Issue 18: recodes, merges and splits first, in place; then bases, cancellations and new items.
  const revised = applyRevisions(list, result, catalogue);
  return applyDiff(revised, syncPatch(revised, result, catalogue));
}
