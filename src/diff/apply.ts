/** Applies a diff result to the old list: applyDiff(a, diff(a, b)) has the items of b (by key and compared fields). */
import { COLUMN_BY_KEY } from '../model/columns.js';
import { CANCELLED } from '../model/enums.js';
import { foldName } from '../model/normalise.js';
import type { FieldKey, Item, PowerList } from '../model/types.js';
import { diffKey, keyOf } from './fields.js';
import type { DiffResult, FieldName, ItemRecord } from './types.js';

function setField(item: Item, field: FieldName, value: string): void {
  if (field in COLUMN_BY_KEY) {
    if (value === '') delete item[field as FieldKey];
    else item[field as Exclude<FieldKey, 'code'>] = value;
    return;
  }
  const extra = { ...(item.extra ?? {}) };
  if (value === '') delete extra[field];
  else extra[field] = value;
  if (Object.keys(extra).length > 0) item.extra = extra;
  else delete item.extra;
}

/** An item built from a JSON record (an added entry). */
export function itemFromRecord(rec: ItemRecord, file: string): Item {
  const { extra, ...fields } = rec;
  const item: Item = { code: '', ...fields, source: { file, row: 0, headers: {} } };
  if (extra && Object.keys(extra).length > 0) item.extra = { ...extra };
  return item;
}

/** Finds the old item of a recoded pair: by key, else by code and folded sub-item. */
function takeRecoded(items: Map<string, Item>, code: string, subItem: string | undefined): Item | undefined {
  const key = diffKey(code, subItem);
  let it = items.get(key);
  if (!it) {
    for (const [k, candidate] of items) {
      if (candidate.code === code && foldName(candidate.subItem ?? '') === foldName(subItem ?? '')) {
        it = candidate;
        items.delete(k);
        return it;
      }
    }
    return undefined;
  }
  items.delete(key);
  return it;
}

/** The list with the diff applied: removals, recodings, field changes, cancellations, transfers, additions. */
export function applyDiff(list: PowerList, d: DiffResult): PowerList {
  const items = new Map<string, Item>();
  // Items keep their places; a recoded item is renamed where it stands; additions come last.
  const order: Item[] = [];
  for (const it of list.items) {
    const key = keyOf(it);
    if (items.has(key)) continue;
    const copy = { ...it, ...(it.extra ? { extra: { ...it.extra } } : {}) };
    items.set(key, copy);
    order.push(copy);
  }
  const gone = new Set<Item>();
  for (const r of d.removed) {
    const key = diffKey(r.code, r.subItem);
    const it = items.get(key);
    if (it) gone.add(it);
    items.delete(key);
  }
  for (const r of d.recoded) {
    const it = takeRecoded(items, r.oldCode, r.subItem);
    if (!it) continue;
    it.code = r.newCode;
    for (const [f, change] of Object.entries(r.fields ?? {})) setField(it, f, change.new);
    items.set(keyOf(it), it);
  }
  const find = (code: string, subItem?: string): Item | undefined => items.get(diffKey(code, subItem));
  for (const c of d.changed) {
    const it = find(c.code, c.subItem);
    if (!it) continue;
    for (const [f, change] of Object.entries(c.fields)) setField(it, f, change.new);
  }
  for (const c of d.cancelled) {
    const it = find(c.code, c.subItem);
    if (!it) continue;
    for (const [f, change] of Object.entries(c.fields ?? {})) setField(it, f, change.new);
    it.itemStatus = CANCELLED;
  }
  for (const t of d.transferred) {
    const it = find(t.code, t.subItem);
    if (!it) continue;
    for (const [f, change] of Object.entries(t.fields ?? {})) setField(it, f, change.new);
    setField(it, 'department', t.to);
  }
  // Taken back (issue 18): the new row's fields, or gone from the zone list.
  for (const t of d.takenBack ?? []) {
    const it = find(t.code, t.subItem);
    if (!it) continue;
    if (!t.new) gone.add(it);
    for (const [f, change] of Object.entries(t.fields ?? {})) setField(it, f, change.new);
  }
  const added: Item[] = [];
  for (const a of d.added) {
    const it = itemFromRecord(a.item, list.file);
    const old = items.get(keyOf(it));
    if (old) gone.add(old);
    items.set(keyOf(it), it);
    added.push(it);
  }
  return { ...list, items: [...order.filter((it) => !gone.has(it)), ...added] };
}
