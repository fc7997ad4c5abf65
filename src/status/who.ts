/** `qingdan status --who`: who exercises an item today, the zone or the municipal department, and why. */
import { normaliseValue, parseBatch } from '../model/normalise.js';
import type { PowerList } from '../model/types.js';
import { collectEntries, type CatalogueIndex, type Entry, type EntryOptions } from './entries.js';
import { catalogueOf } from './status.js';
import type { WhoAnswer, WhoReport } from './types.js';

/** The answer for one collected entry. */
export function answerFor(e: Entry): WhoAnswer {
  const a: WhoAnswer = { code: e.item.code, exercisedBy: e.why === 'accepted' ? 'zone' : 'department', why: e.why };
  if (e.item.subItem) a.subItem = e.item.subItem;
  if (e.name) a.name = e.name;
  if (e.department) a.department = e.department;
  const batch = e.item.batch ? parseBatch(e.item.batch) : undefined;
  if (batch !== undefined) a.batch = batch;
  if (e.item.acceptedOn) a.acceptedOn = e.item.acceptedOn;
  if (e.why === 'accepted') {
    a.confirmations = {};
    if (e.item.delegatorConfirmation) a.confirmations.delegator = e.item.delegatorConfirmation;
    if (e.item.receiverConfirmation) a.confirmations.receiver = e.item.receiverConfirmation;
  }
  if (e.takenBack?.document) a.document = e.takenBack.document;
  if (e.overdue) a.overdue = { due: e.overdue.due, days: e.overdue.days };
  a.file = e.item.source.file;
  a.row = e.item.source.row;
  return a;
}

/** Codes are compared as written apart from width and spaces ("ＸＫ 0001" is XK0001). */
const sameCode = (a: string, b: string): boolean => normaliseValue(a).toUpperCase() === normaliseValue(b).toUpperCase();

function answersFrom(code: string, entries: readonly Entry[], catalogue: CatalogueIndex): WhoAnswer[] {
  const found = entries.filter((e) => sameCode(e.item.code, code));
  if (found.length > 0) return found.map(answerFor);
  const known = [...catalogue.byCode.entries()].find(([c]) => sameCode(c, code))?.[1]?.[0];
  // In the catalogue but in no list, or nowhere: the department keeps it, for a reason we cannot tell.
  const a: WhoAnswer = { code: known?.code ?? code, exercisedBy: 'department', why: 'unknown' };
  if (!known) a.inCatalogue = false;
  if (known?.name) a.name = known.name;
  if (known?.department) a.department = known.department;
  return [a];
}

/**
 * Who exercises the item `code` today. One answer per item of that code (several when it has
 * sub-items); an 'unknown' answer when no delegation list has it.
 */
export function whoExercises(code: string, lists: readonly PowerList[], catalogue?: PowerList, options: EntryOptions = {}): WhoAnswer[] {
  const index = catalogueOf(lists, { catalogue });
  return answersFrom(code, collectEntries(lists, index, undefined, options), index);
}

/** The answers for many codes, in the order asked. */
export function whoReport(codes: readonly string[], lists: readonly PowerList[], catalogue?: PowerList, options: EntryOptions = {}): WhoReport {
  const index = catalogueOf(lists, { catalogue });
  const entries = collectEntries(lists, index, undefined, options);
  return { version: 1, who: codes.flatMap((c) => answersFrom(c, entries, index)) };
}
