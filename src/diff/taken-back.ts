/**
 * The taken-back kind of diff (收回, issue 18 point 2): an item accepted (已承接) in the old version
 * that the new one does not delegate (不下放/暂不下放, after any settled dispute), or that is gone
 * from the zone list. It is reported once, under takenBack: not as changed, removed or a regression.
 */
import { ACCEPTED } from '../model/enums.js';
import { effectiveDecision } from '../model/decision.js';
import { notDelegated, takeBackDocument } from '../model/taken-back.js';
import type { Item, Kind } from '../model/types.js';
import { placeOf } from './compare.js';
import type { FieldSelection } from './fields.js';
import type { FieldChange, FieldName, TakenBackEntry, TakenBackSide } from './types.js';

const wasAccepted = (a: Item, kind: Kind): boolean => kind === 'zone' || (kind === 'delegation' && a.status === ACCEPTED);

function oldSide(a: Item): TakenBackSide {
  const side: TakenBackSide = { ...placeOf(a), status: ACCEPTED };
  if (a.batch) side.batch = a.batch;
  if (a.acceptedOn) side.acceptedOn = a.acceptedOn;
  return side;
}

function entry(a: Item, b: Item | undefined): TakenBackEntry {
  const it = b ?? a;
  const e: TakenBackEntry = { code: it.code, ...(it.subItem ? { subItem: it.subItem } : {}), ...(it.name ? { name: it.name } : {}), old: oldSide(a) };
  const department = it.department || a.department;
  if (department) e.department = department;
  return e;
}

/** The entry when the new version no longer delegates an item the old one had accepted. */
export function takenBack(a: Item, aKind: Kind, b: Item, bKind: Kind, fields: Record<FieldName, FieldChange>, sel: FieldSelection): TakenBackEntry | undefined {
  // Compared with the decision left out (--fields, --ignore), the decision cannot have changed.
  if (!sel.includes('decision') || !wasAccepted(a, aKind) || bKind !== 'delegation' || !notDelegated(b)) return undefined;
  const e = entry(a, b);
  e.new = { ...placeOf(b), decision: effectiveDecision(b), ...(b.status ? { status: b.status } : {}) };
  const document = takeBackDocument(b);
  if (document) e.document = document;
  if (Object.keys(fields).length > 0) e.fields = fields;
  return e;
}

/**
 * The entry when an item is gone from the zone list: an old zone-list item with no new version, the
 * new side being a zone list too (a deleted file, git's /dev/null, takes nothing back item by item).
 */
export function zoneTakenBack(a: Item, oldMeta: { kind: Kind }, newMeta: { kind: Kind; file: string }): TakenBackEntry | undefined {
  return oldMeta.kind === 'zone' && newMeta.kind === 'zone' && newMeta.file !== '/dev/null' ? entry(a, undefined) : undefined;
}
