/** Issue 18: a list's item met by a catalogue recode, merge or split becomes a recode, merge or split action. */
import { compareItems } from '../diff/compare.js';
import { diffKey, keyOf, type FieldSelection } from '../diff/fields.js';
import type { RevisionBasis } from '../diff/types.js';
import type { Item } from '../model/types.js';
import type { ListRevisions } from './revisions.js';
import type { SyncResult } from './types.js';

const basisOf = (e: Partial<RevisionBasis>): RevisionBasis => ({
  source: e.source ?? 'suggested',
  ...(e.document ? { document: e.document } : {}),
  ...(e.effective ? { effective: e.effective } : {}),
  ...(e.evidence ? { evidence: e.evidence } : {}),
});

const values = (it: Item): { decision?: string; status?: string } => ({
  ...(it.decision ? { decision: it.decision } : {}),
  ...(it.status ? { status: it.status } : {}),
});

/** The catalogue item a code (and sub-item) now names. */
const target = (cat: ReadonlyMap<string, Item>, code: string, subItem?: string): Item | undefined =>
  cat.get(diffKey(code, subItem)) ?? cat.get(diffKey(code, undefined)) ?? [...cat.values()].find((c) => c.code === code);

/** True when the item was taken by a revision (and its action recorded); its targets are then covered. */
export function carryRevision(
  it: Item, rev: ListRevisions, cat: ReadonlyMap<string, Item>, sel: FieldSelection, carried: ReadonlySet<string>, result: SyncResult, covered: Set<string>,
): boolean {
  const r = rev.recodes.get(it.code);
  if (r) {
    const c = target(cat, r.newCode, it.subItem ?? r.subItem);
    if (!c) return false;
    covered.add(keyOf(c));
    const fields = compareItems(it, c, sel);
    for (const f of Object.keys(fields)) if (!carried.has(f) && !fields[f].old) delete fields[f];
    result.recode.push({
      oldCode: it.code, newCode: c.code, ...(c.subItem ? { subItem: c.subItem } : {}), ...(c.name ?? it.name ? { name: c.name ?? it.name } : {}),
      ...basisOf(r), ...(Object.keys(fields).length > 0 ? { fields } : {}),
    });
    return true;
  }
  const m = rev.merges.get(it.code);
  if (m) {
    const c = target(cat, m.into);
    if (!c) return false;
    covered.add(keyOf(c));
    let entry = result.merge.find((e) => e.into === m.into);
    if (!entry) {
      entry = { from: [], into: m.into, ...(c.name ? { name: c.name } : {}), ...(c.department ? { department: c.department } : {}), agreed: true, parts: [], ...basisOf(m) };
      result.merge.push(entry);
    }
    if (!entry.from.includes(it.code)) entry.from.push(it.code);
    entry.parts.push({ code: it.code, ...(it.subItem ? { subItem: it.subItem } : {}), ...values(it) });
    return true;
  }
  const s = rev.splits.get(it.code);
  if (s) {
    const targets = s.into.map((code) => target(cat, code)).filter((c): c is Item => c !== undefined);
    if (targets.length === 0) return false;
    for (const c of targets) covered.add(keyOf(c));
    result.split.push({
      from: it.code, into: targets.map((c) => c.code), ...(it.name ? { name: it.name } : {}), ...(it.department ? { department: it.department } : {}),
      ...values(it), confirm: true, ...basisOf(s),
    });
    return true;
  }
  return false;
}

/** Merges: the parts' decision and status when they agree, else to decide; every list in code order. */
export function finishRevisions(result: SyncResult): void {
  for (const e of result.merge) {
    const first = e.parts[0];
    e.agreed = e.parts.every((p) => (p.decision ?? '') === (first?.decision ?? '') && (p.status ?? '') === (first?.status ?? ''));
    delete e.decision;
    delete e.status;
    if (e.agreed && first) Object.assign(e, values(first as Item));
  }
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  result.recode.sort((a, b) => cmp(a.oldCode, b.oldCode));
  result.merge.sort((a, b) => cmp(a.into, b.into));
  result.split.sort((a, b) => cmp(a.from, b.from));
}
