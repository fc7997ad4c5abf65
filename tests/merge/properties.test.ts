/** Properties of merge and merge3 (fast-check): no row is lost, identity, symmetry. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/merge/consolidate.js';
import { merge3 } from '../../src/merge/three-way.js';
import type { MergeConflict, MergeResult } from '../../src/merge/types.js';
import { itemKey, type PowerList } from '../../src/model/types.js';
import { keyed, list, type Spec } from './helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// Small pools, so that keys collide and values repeat; names include forms that differ only in
// width, spaces or traditional characters.
const code = fc.constantFrom('A1', 'A2', 'A3', 'B1', 'B2', 'C1');
const subItem = fc.option(fc.constantFrom('子项一', '子项二'), { nil: undefined });
const name = fc.constantFrom('食品经营许可', '食品經營許可', '食品经营许可 ', '药品零售许可', 'ＡＢＣ登记', 'ABC登记');
const status = fc.constantFrom('待承接', '已承接', '暂缓承接');
const note = fc.constantFrom('含网络经营', '仅限园区', '第 2 批');
const dept = fc.constantFrom('市教育局', '市民政局', '市市场监管局');

const spec: fc.Arbitrary<Spec> = fc.record(
  { code, subItem, name, status: fc.option(status, { nil: undefined }), note: fc.option(note, { nil: undefined }), department: dept },
  { requiredKeys: ['code', 'name', 'department'] },
).map((s) => {
  const out: Spec = { code: s.code, name: s.name, department: s.department };
  if (s.subItem) out.subItem = s.subItem;
  if (s.status) out.status = s.status;
  if (s.note) out.note = s.note;
  return out;
});

/** A list with one row per key. */
const uniqueList = (file: string): fc.Arbitrary<PowerList> =>
  fc.uniqueArray(spec, { selector: (s) => itemKey(s), maxLength: 8 }).map((specs) => list(specs, file));

/** An edit of `base`: items deleted, fields changed, items added, order shuffled. */
const edited = (base: PowerList, file: string): fc.Arbitrary<PowerList> =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.boolean(), fc.option(spec, { nil: undefined })), { minLength: base.items.length, maxLength: base.items.length }),
      fc.array(spec, { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([edits, added, reverse]) => {
      const specs: Spec[] = [];
      base.items.forEach((it, i) => {
        const [keep, change] = edits[i];
        if (!keep) return;
        const { source: _s, ...fields } = it;
        void _s;
        specs.push(change ? { ...fields, name: change.name, ...(change.status ? { status: change.status } : {}) } : (fields as Spec));
      });
      const keys = new Set(specs.map((s) => itemKey(s)));
      for (const a of added) if (!keys.has(itemKey(a))) (keys.add(itemKey(a)), specs.push(a));
      return list(reverse ? specs.reverse() : specs, file);
    });

const triple = uniqueList('base.yaml').chain((b) => fc.tuple(fc.constant(b), edited(b, 'ours.yaml'), edited(b, 'theirs.yaml')));

/** A conflict as seen from the other side. */
function swapped(c: MergeConflict): MergeConflict {
  const s: MergeConflict = { ...c, ours: c.theirs, theirs: c.ours, places: [...c.places] };
  if (c.ours === undefined) delete s.theirs;
  if (c.theirs === undefined) delete s.ours;
  if (c.deletedBy) s.deletedBy = c.deletedBy === 'ours' ? 'theirs' : 'ours';
  return s;
}
const conflictId = (c: MergeConflict): string => JSON.stringify([c.kind, c.code, c.subItem, c.field, c.base, c.ours, c.theirs, c.deletedBy]);
const conflictSet = (r: MergeResult): string[] => r.conflicts.map(conflictId).sort();

describe('merge properties', () => {
  it('the generated edits do conflict, delete and add (so the properties say something)', () => {
    const kinds = new Set<string>();
    let deleted = 0;
    for (const [b, o, t] of fc.sample(triple, { numRuns: 300, seed: 1 })) {
      const r = merge3(b, o, t);
      for (const c of r.conflicts) kinds.add(c.kind);
      deleted += r.deleted.length;
    }
    expect([...kinds].sort()).toEqual(['added', 'changed', 'deleted']);
    expect(deleted).toBeGreaterThan(0);
  });

  it('(a) consolidation loses no row: every row is in the output or named in a conflict, and the counts add up', () => {
    const lists = fc.array(fc.array(spec, { maxLength: 6 }), { minLength: 1, maxLength: 4 })
      .map((ls) => ls.map((specs, i) => list(specs, `dept${i}.yaml`)));
    fc.assert(
      fc.property(lists, fc.constantFrom('fail', 'keep-ours', 'keep-theirs', 'mark') as fc.Arbitrary<'fail'>, (ls, conflicts) => {
        const r = merge(ls, { conflicts });
        const out = new Set(r.list.items.map(itemKey));
        const named = new Set([...r.conflicts, ...r.copies].flatMap((c) => c.places.map((p) => `${p.file}:${p.row}`)));
        for (const l of ls) {
          for (const it of l.items) {
            expect(out.has(itemKey(it)) || named.has(`${it.source.file}:${it.source.row}`)).toBe(true);
          }
        }
        expect(r.summary.rows).toBe(ls.reduce((n, l) => n + l.items.length, 0));
        expect(r.summary.rows).toBe(r.summary.items + r.summary.dropped);
        // Distinct items: a conflicting key is one item, left out of the list only under fail.
        const left = conflicts === 'fail' ? new Set(r.conflicts.map(itemKey)).size : 0;
        expect(r.list.items.length + left).toBe(r.summary.items);
      }),
      { numRuns: RUNS },
    );
  });

  it('(a) three-way merging loses no key: each is in the output, deleted cleanly, or in a conflict', () => {
    fc.assert(
      fc.property(triple, ([b, o, t]) => {
        const r = merge3(b, o, t);
        const out = new Set(r.list.items.map(itemKey));
        const deleted = new Set(r.deleted.map(itemKey));
        const conflicted = new Set(r.conflicts.map(itemKey));
        for (const it of [...b.items, ...o.items, ...t.items]) {
          const k = itemKey(it);
          expect(out.has(k) || deleted.has(k) || conflicted.has(k)).toBe(true);
        }
        // a key deleted cleanly was in the base and is on at most one side, unchanged
        for (const k of deleted) expect(b.items.some((it) => itemKey(it) === k)).toBe(true);
        expect(r.summary.rows).toBe(r.summary.items + r.summary.deleted + r.summary.dropped);
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) merge3(B, B, X) = X and merge3(B, X, B) = X', () => {
    const pair = uniqueList('base.yaml').chain((b) => fc.tuple(fc.constant(b), edited(b, 'x.yaml')));
    fc.assert(
      fc.property(pair, ([b, x]) => {
        for (const r of [merge3(b, b, x), merge3(b, x, b)]) {
          expect(r.conflicts).toEqual([]);
          expect(r.list.items.map(itemKey)).toEqual(x.items.map(itemKey));
          expect(keyed(r.list.items)).toEqual(keyed(x.items));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) merging is symmetric up to the side named in a conflict', () => {
    fc.assert(
      fc.property(triple, ([b, o, t]) => {
        const ot = merge3(b, o, t);
        const to = merge3(b, t, o);
        expect(keyed(ot.list.items)).toEqual(keyed(to.list.items));
        expect(conflictSet(ot)).toEqual(to.conflicts.map(swapped).map(conflictId).sort());
        expect(keyed(merge3(b, o, t, { conflicts: 'keep-ours' }).list.items)).toEqual(keyed(merge3(b, t, o, { conflicts: 'keep-theirs' }).list.items));
        expect(ot.summary).toEqual(to.summary);
      }),
      { numRuns: RUNS },
    );
  });

  it('merge3(X, X, X) = X, and merge3(B, X, X) = X', () => {
    const pair = uniqueList('base.yaml').chain((b) => fc.tuple(fc.constant(b), edited(b, 'x.yaml')));
    fc.assert(
      fc.property(pair, ([b, x]) => {
        expect(keyed(merge3(x, x, x).list.items)).toEqual(keyed(x.items));
        const r = merge3(b, x, x);
        expect(r.conflicts).toEqual([]);
        expect(keyed(r.list.items)).toEqual(keyed(x.items));
      }),
      { numRuns: RUNS },
    );
  });
});
