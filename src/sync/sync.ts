/** `sync`: what a catalogue change means for a delegation or zone list. */
import { compareItems } from '../diff/compare.js';
import { diffKey, fieldSelection, keyOf } from '../diff/fields.js';
import { diff } from '../diff/index.js';
import { CANCELLED } from '../model/enums.js';
import { foldName } from '../model/normalise.js';
import type { Item, PowerList } from '../model/types.js';
import type { SyncOptions, SyncResult, UpdateEntry } from './types.js';
import { compareText } from '../util/compare.js';
import { carryRevision, finishRevisions } from './carry.js';
import { listRevisions } from './revisions.js';

/** The catalogue fields a list carries a copy of. */
export const SYNCED_FIELDS = ['name', 'category', 'department', 'legalBasis'] as const;

const ident = (it: Item): { code: string; subItem?: string } => (it.subItem ? { code: it.code, subItem: it.subItem } : { code: it.code });

function byKey(items: readonly Item[]): Map<string, Item> {
  const m = new Map<string, Item>();
  for (const it of items) {
    const k = keyOf(it);
    if (!m.has(k)) m.set(k, it);
  }
  return m;
}

const cmp = compareText;

/** Compares a list with the (new) catalogue: items to decide, to cancel, to update, and unknown ones. */
export function sync(catalogue: PowerList, list: PowerList, options: SyncOptions = {}): SyncResult {
  const sel = fieldSelection({ fields: [...SYNCED_FIELDS], strict: options.strict });
  const cat = byKey(catalogue.items);
  const changes = options.from ? diff(options.from, catalogue, { strict: options.strict, map: options.map }) : undefined;
  // Issue 18: the catalogue's recodes, merges and splits, and the list's items they take.
  const revisions = listRevisions(catalogue, list, cat, changes, options.map);
  const result: SyncResult = {
    version: 1,
    catalogue: { file: catalogue.file, items: catalogue.items.length },
    list: { file: list.file, kind: list.kind, items: list.items.length },
    decide: [], cancel: [], update: [], unknown: [], recode: [], merge: [], split: [],
    summary: { decide: 0, cancel: 0, update: 0, unknown: 0, recode: 0, merge: 0, split: 0 },
  };
  const departments = new Set<string>();
  if (list.department) departments.add(foldName(list.department));
  const covered = new Set<string>();
  const carried = new Set<string>(list.columns.map((c) => c.key));
  for (const it of list.items) {
    if (it.department) departments.add(foldName(it.department));
    const key = keyOf(it);
    // A list may name sub-items of a catalogue item that has none.
    const c = cat.get(key) ?? (it.subItem ? cat.get(diffKey(it.code, undefined)) : undefined);
    if ((!c || c.itemStatus === CANCELLED) && carryRevision(it, revisions, cat, sel, carried, result, covered)) continue;
    if (!c) {
      result.unknown.push({ ...ident(it), ...(it.name ? { name: it.name } : {}) });
      continue;
    }
    covered.add(keyOf(c));
    if (c.itemStatus === CANCELLED) {
      result.cancel.push({ ...ident(it), department: it.department ?? c.department ?? '', ...(it.name ? { name: it.name } : {}) });
      continue;
    }
    const fields = compareItems(it, c, sel);
    // A list without a 设定依据 column (common in delegation lists) carries no copy to bring up to date.
    for (const f of Object.keys(fields)) if (!carried.has(f) && !fields[f].old) delete fields[f];
    if (c.code !== it.code) fields.code = { old: it.code, new: c.code };
    if (Object.keys(fields).length > 0) {
      const entry: UpdateEntry = { ...ident(it), ...(it.name ? { name: it.name } : {}), fields };
      result.update.push(entry);
    }
  }
  // With --from, the catalogue's change is known: only items new since OLD need a decision (a zone
  // list lacks every item not yet accepted, which is no news); without it, every item the list lacks.
  const isNew = changes ? new Set(changes.added.map((a) => diffKey(a.code, a.item.subItem))) : undefined;
  for (const [key, c] of cat) {
    if (covered.has(key) || c.itemStatus === CANCELLED || !departments.has(foldName(c.department ?? ''))) continue;
    if (isNew && !isNew.has(key)) continue;
    result.decide.push({ ...ident(c), department: c.department ?? '', name: c.name ?? '', ...(c.category ? { category: c.category } : {}), why: isNew ? 'new' : 'gap' });
  }
  result.decide.sort((a, b) => cmp(a.department, b.department) || cmp(a.code, b.code) || cmp(a.subItem ?? '', b.subItem ?? ''));
  for (const l of [result.cancel, result.update, result.unknown]) {
    (l as { code: string; subItem?: string }[]).sort((a, b) => cmp(a.code, b.code) || cmp(a.subItem ?? '', b.subItem ?? ''));
  }
  finishRevisions(result);
  result.summary = {
    decide: result.decide.length, cancel: result.cancel.length, update: result.update.length, unknown: result.unknown.length,
    recode: result.recode.length, merge: result.merge.length, split: result.split.length,
  };
  if (changes) result.catalogueChanges = changes;
  return result;
}
