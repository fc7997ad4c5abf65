/**
 * Merges, splits and recodes between two catalogue versions (issue 18), from, in order of authority:
 * a correspondence table (`--map`), the new catalogue's own notes (备注 "由…合并", "拆分为…", "原编码…"),
 * and otherwise suggestions from the names of removed and added items within one department.
 * An item is part of one change at most; what is taken here is no longer added or removed.
 */
import { distance } from 'fastest-levenshtein';
import { InputError } from '../errors.js';
import type { MapEntry, RevisionKind, RevisionMap } from '../model/revision-map.js';
import { foldName, parseDate } from '../model/normalise.js';
import type { Item } from '../model/types.js';
import { itemRecord, keyOf } from './fields.js';
import { pairRecoded } from './pairing.js';
import type { MergedEntry, RecodedEntry, RevisionBasis, RevisionEvidence, SplitEntry } from './types.js';

/** A set of codes, as far as the revisions ask of it (a Set is one; the diff engine keeps its own, compact). */
export interface Codes {
  has(code: string): boolean;
  readonly size: number;
}

export interface RevisionInput {
  /** Removed and added items by key; what a change takes is deleted from them. */
  removed: Map<string, Item>;
  added: Map<string, Item>;
  map?: RevisionMap;
  /** Items of the new version whose note speaks of a merge, a split or a recode. */
  noted: readonly Item[];
  /** Every code of the old and of the new version (to check the table and read the notes). */
  oldCodes: Codes;
  newCodes: Codes;
  /** Suggestions from names (off with --no-pairing). */
  suggest: boolean;
  /** Check the table's old codes against oldCodes (sync without --from has only the list's codes: no). */
  checkOld?: boolean;
}

export interface RevisionOutput {
  merged: MergedEntry[];
  split: SplitEntry[];
  /** Recodes with their two items when both are known (the field changes travel with the entry). */
  recoded: { entry: RecodedEntry; old?: Item; new?: Item }[];
}

/** A note that speaks of a revision. */
export const REVISION_NOTE = /合并|并入|拆分|分设|分立|改码|原编码|原事项编码|编码调整|编码变更|调整编码|重新编码/u;
const FROM_SIDE = /(拆分为|拆分成|分设为|分立为|合并为|合并至|合并到|并入|改码为|编码调整为|编码变更为|调整编码为|重新编码为)/u;
const CODE = /[0-9A-Za-z][0-9A-Za-z-]*[0-9A-Za-z]/gu;
const QUOTED = /[“"「『]([^”"」』]+)[”"」』]/gu;
const DOCUMENT = /[\p{Script=Han}A-Za-z]+[〔［\[（(【]\d{4}[〕］\]）)】]\d+号/u;
const DATE = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}|\d{4}\/\d{1,2}\/\d{1,2}/u;

const kindOfNote = (note: string): RevisionKind | undefined =>
  /拆分|分设|分立/u.test(note) ? 'split' : /合并|并入/u.test(note) ? 'merge' : /改码|原编码|原事项编码|编码调整|编码变更|调整编码|重新编码/u.test(note) ? 'recode' : undefined;

/** 文号 and 生效日期 as a note writes them. */
export function noteBasis(note: string): { document?: string; effective?: string } {
  const doc = DOCUMENT.exec(note)?.[0]?.replace(/^(?:依据|根据|按照|经)/u, '');
  const date = DATE.exec(note)?.[0];
  const effective = date ? parseDate(date.replace(/\s+/gu, '')) : undefined;
  return { ...(doc ? { document: doc } : {}), ...(effective ? { effective } : {}) };
}

const byCodeOf = (items: ReadonlyMap<string, Item>): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const [k, it] of items) {
    const ks = m.get(it.code);
    if (ks) ks.push(k);
    else m.set(it.code, [k]);
  }
  return m;
};

const hasSurrogate = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
};

/** Levenshtein similarity of two folded names (by code points), 0…1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  // Without surrogates a code unit is a code point: fastest-levenshtein's distance is the same one.
  if (!hasSurrogate(a) && !hasSurrogate(b)) return a.length === 0 || b.length === 0 ? 0 : 1 - distance(a, b) / Math.max(a.length, b.length);
  const x = [...a];
  const y = [...b];
  if (x.length === 0 || y.length === 0) return 0;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[y.length] / Math.max(x.length, y.length);
}

const NUMBERS = /[0-9一二三四五六七八九十百千万零〇]+/gu;

/** Names at least this similar (and in one department) are suggested as one item recoded. */
export const SIMILAR = 0.8;
/** A removed name shorter than this (folded) is never taken as part of another. */
const MIN_PART = 4;
/** Past this many removed × added pairs in one department, names are not compared (only same-name recodes are found). */
const MAX_PAIRS = 250_000;

/** A function remembered by its argument (the suggestions fold the same names pair after pair). */
function remembered(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

export function detectRevisions(input: RevisionInput): RevisionOutput {
  const { removed, added, oldCodes, newCodes } = input;
  const fold = remembered(foldName);
  const dept = (it: Item): string => fold(it.department ?? '');
  const withoutNumbers = remembered((s) => s.replace(NUMBERS, ''));
  /** Names that differ only in their numbers (第3号…, 第4号…) are different items, never one renamed. */
  const nearName = (a: string, b: string): boolean => withoutNumbers(a) !== withoutNumbers(b);
  const out: RevisionOutput = { merged: [], split: [], recoded: [] };
  const used = new Set<string>();
  const removedByCode = byCodeOf(removed);
  const addedByCode = byCodeOf(added);
  const firstOf = (items: Map<string, Item>, byCode: Map<string, string[]>, code: string): Item | undefined => {
    const k = byCode.get(code)?.find((x) => items.has(x));
    return k ? items.get(k) : undefined;
  };
  const take = (items: Map<string, Item>, byCode: Map<string, string[]>, code: string): void => {
    for (const k of byCode.get(code) ?? []) items.delete(k);
  };
  const describe = (into: string[], from: string[]): { name?: string; department?: string } => {
    const it = into.map((c) => firstOf(added, addedByCode, c)).find(Boolean) ?? from.map((c) => firstOf(removed, removedByCode, c)).find(Boolean);
    return { ...(it?.name ? { name: it.name } : {}), ...(it?.department ? { department: it.department } : {}) };
  };
  const record = (kind: RevisionKind, from: string[], into: string[], basis: RevisionBasis, pair?: [Item, Item]): void => {
    for (const c of [...from, ...into]) used.add(c);
    if (kind === 'recode') {
      // One item renumbered: only its own key leaves (other sub-items of the code keep theirs).
      const a = pair?.[0] ?? firstOf(removed, removedByCode, from[0]);
      const b = pair?.[1] ?? firstOf(added, addedByCode, into[0]);
      const entry: RecodedEntry = { oldCode: from[0], newCode: into[0], ...(b?.subItem ? { subItem: b.subItem } : {}), ...((b ?? a)?.name ? { name: (b ?? a)?.name } : {}), ...basis };
      out.recoded.push({ entry, ...(a ? { old: a } : {}), ...(b ? { new: b } : {}) });
      if (a) removed.delete(keyOf(a));
      if (b) added.delete(keyOf(b));
      return;
    } else if (kind === 'merge') {
      const b = firstOf(added, addedByCode, into[0]);
      out.merged.push({ from, into: into[0], ...describe(into, from), ...basis, ...(b ? { item: itemRecord(b) } : {}) });
    } else {
      const items = into.flatMap((c) => (addedByCode.get(c) ?? []).map((k) => added.get(k)).filter((it): it is Item => it !== undefined));
      out.split.push({ from: from[0], into, ...describe(into, from), ...basis, ...(items.length > 0 ? { items: items.map((it) => ({ ...itemRecord(it), code: it.code })) } : {}) });
    }
    for (const c of from) take(removed, removedByCode, c);
    for (const c of into) take(added, addedByCode, c);
  };

  // 1. The correspondence table: every code must be in its version.
  for (const e of input.map?.entries ?? []) {
    check(e, input.map?.file ?? '', input.checkOld === false ? new Set() : oldCodes, newCodes);
    if ([...e.from, ...e.into].some((c) => used.has(c))) continue;
    const basis: RevisionBasis = { source: 'map', ...(e.document ? { document: e.document } : {}), ...(e.effective ? { effective: e.effective } : {}) };
    record(e.kind, e.from, e.kind === 'merge' ? [e.into[0]] : e.into, basis);
  }

  // 2. The catalogue's notes. A note on the target names its sources (由…合并, 由…拆分, 原编码…);
  // one on the source names its targets (拆分为…, 并入…, 改码为…).
  const groups = new Map<string, { kind: RevisionKind; from: string[]; into: string[]; basis: RevisionBasis }>();
  for (const it of input.noted) {
    const note = it.note ?? '';
    const kind = kindOfNote(note);
    if (!kind || used.has(it.code)) continue;
    const fromSide = FROM_SIDE.test(note);
    const pool = fromSide ? newCodes : oldCodes;
    const refs = [...new Set([...note.matchAll(CODE)].map((m) => m[0]).filter((c) => c !== it.code && pool.has(c) && !used.has(c)))];
    // Names in quotes, where the note gives names rather than codes: an item of the same department.
    const names = [...note.matchAll(QUOTED)].map((m) => fold(m[1]));
    if (names.length > 0) {
      const side = fromSide ? added : removed;
      for (const other of side.values()) {
        if (dept(other) === dept(it) && names.includes(fold(other.name ?? '')) && !refs.includes(other.code) && !used.has(other.code)) refs.push(other.code);
      }
    }
    if (refs.length === 0) continue;
    const basis: RevisionBasis = { source: 'note', ...noteBasis(note) };
    let from: string[];
    let into: string[];
    if (kind === 'merge') [from, into] = fromSide ? [[it.code], [refs[0]]] : [refs, [it.code]];
    else if (kind === 'split') [from, into] = fromSide ? [[it.code], refs] : [[refs[0]], [it.code]];
    else [from, into] = fromSide ? [[it.code], [refs[0]]] : [[refs[0]], [it.code]];
    const id = kind === 'merge' ? `m${into[0]}` : kind === 'split' ? `s${from[0]}` : `r${from[0]}`;
    const g = groups.get(id);
    if (g) {
      for (const c of kind === 'merge' ? from : into) if (!(kind === 'merge' ? g.from : g.into).includes(c)) (kind === 'merge' ? g.from : g.into).push(c);
      g.basis.document ??= basis.document;
      g.basis.effective ??= basis.effective;
    } else groups.set(id, { kind, from, into, basis });
  }
  for (const g of groups.values()) {
    if ([...g.from, ...g.into].some((c) => used.has(c))) continue;
    record(g.kind, g.from, [...g.into].sort(), g.basis);
  }

  if (!input.suggest) return sorted(out);

  // 3. Suggestions. Same name, department, category and sub-item: one item recoded.
  for (const [oldKey, newKey] of pairRecoded(removed, added)) {
    const a = removed.get(oldKey) as Item;
    const b = added.get(newKey) as Item;
    record('recode', [a.code], [b.code], { source: 'suggested', evidence: evidence('same-name', a, [a], [b]) }, [a, b]);
  }
  // A removed name contained in added names of its department: merged (several in one), split (one
  // in several) or recoded (one in one); else nearly the same name: recoded.
  const byDept = <T extends Item>(items: Iterable<T>): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const it of items) {
      if (!it.name) continue;
      const group = m.get(dept(it));
      if (group) group.push(it);
      else m.set(dept(it), [it]);
    }
    return m;
  };
  const newByDept = byDept(added.values());
  for (const [d, olds] of byDept([...removed.values()])) {
    const news = newByDept.get(d) ?? [];
    if (news.length === 0 || olds.length * news.length > MAX_PAIRS) continue;
    const text = (it: Item): string => fold(`${it.name ?? ''}${it.subItem ?? ''}`);
    const partOf = new Map<Item, Item[]>();
    const parts = new Map<Item, Item[]>();
    // A suggestion never pairs a code with itself, nor a code the other version still holds (a sub-item added or dropped).
    const free = (a: Item, b: Item): boolean =>
      a.code !== b.code && !newCodes.has(a.code) && !oldCodes.has(b.code) && removedByCode.get(a.code)?.length === 1 && addedByCode.get(b.code)?.length === 1;
    for (const a of olds) {
      const n = fold(a.name ?? '');
      if ([...n].length < MIN_PART) continue;
      for (const b of news) {
        if (!free(a, b) || !text(b).includes(n)) continue;
        partOf.set(a, [...(partOf.get(a) ?? []), b]);
        parts.set(b, [...(parts.get(b) ?? []), a]);
      }
    }
    for (const [b, as] of parts) {
      const only = as.filter((a) => partOf.get(a)?.length === 1);
      if (only.length >= 2 && only.every((a) => !used.has(a.code)) && !used.has(b.code)) {
        record('merge', only.map((a) => a.code).sort(), [b.code], { source: 'suggested', evidence: evidence('contained', b, only, [b]) });
      }
    }
    for (const [a, bs] of partOf) {
      if (used.has(a.code)) continue;
      const only = bs.filter((b) => parts.get(b)?.length === 1 && !used.has(b.code));
      if (only.length >= 2) record('split', [a.code], only.map((b) => b.code).sort(), { source: 'suggested', evidence: evidence('contained', a, [a], only) });
      else if (only.length === 1 && bs.length === 1 && fold(a.subItem ?? '') === fold(only[0].subItem ?? '')) record('recode', [a.code], [only[0].code], { source: 'suggested', evidence: evidence('contained', a, [a], only) }, [a, only[0]]);
    }
    const leftOld = olds.filter((a) => !used.has(a.code));
    const leftNew = news.filter((b) => !used.has(b.code));
    if (leftOld.length * leftNew.length > MAX_PAIRS) continue;
    const best = (x: Item, ys: Item[]): { y?: Item; s: number; second: number } => {
      let r: { y?: Item; s: number; second: number } = { s: 0, second: 0 };
      for (const y of ys) {
        const s = nearName(fold(x.name ?? ''), fold(y.name ?? '')) && (x.category ?? '') === (y.category ?? '') ? similarity(fold(x.name ?? ''), fold(y.name ?? '')) : 0;
        if (s > r.s) r = { y, s, second: r.s };
        else if (s > r.second) r.second = s;
      }
      return r;
    };
    for (const a of leftOld) {
      const m = best(a, leftNew.filter((b) => !used.has(b.code) && free(a, b) && (b.subItem ?? '') === (a.subItem ?? '')));
      if (!m.y || m.s < SIMILAR || m.second === m.s) continue;
      const back = best(m.y, leftOld.filter((x) => !used.has(x.code) && free(x, m.y as Item)));
      if (back.y !== a || back.second === back.s) continue;
      record('recode', [a.code], [m.y.code], { source: 'suggested', evidence: evidence('similar', a, [a], [m.y]) }, [a, m.y]);
    }
  }
  return sorted(out);
}

function evidence(match: RevisionEvidence['match'], at: Item, olds: Item[], news: Item[]): RevisionEvidence {
  const name = (it: Item): string => (it.subItem ? `${it.name ?? ''} / ${it.subItem}` : it.name ?? '');
  return { match, ...(at.department ? { department: at.department } : {}), old: olds.map(name), new: news.map(name) };
}

function check(e: MapEntry, file: string, oldCodes: Codes, newCodes: Codes): void {
  const place = e.places[0] ?? { file, row: 0 };
  if (oldCodes.size > 0) {
    const bad = e.from.find((c) => !oldCodes.has(c));
    if (bad) throw new InputError('map-invalid', { reason: 'map-code-unknown', code: bad, side: 'old' }, { ...place, column: '原事项编码' });
  }
  if (newCodes.size > 0) {
    const bad = e.into.find((c) => !newCodes.has(c));
    if (bad) throw new InputError('map-invalid', { reason: 'map-code-unknown', code: bad, side: 'new' }, { ...place, column: '新事项编码' });
  }
}

function sorted(out: RevisionOutput): RevisionOutput {
  out.merged.sort((a, b) => (a.into < b.into ? -1 : a.into > b.into ? 1 : 0));
  out.split.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  return out;
}
