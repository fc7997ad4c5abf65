// The diff engine (old items as lines in OldStore, keys and codes in a StringTable, compared in
// place) against a plain reference: the old items in a Map, compared by comparedText, the codes in
// Sets, the same result builder. On random pairs of lists (repeated keys, sub-items, notes that speak
// of revisions, extra columns), under any memory limit (the old side in memory, in the temporary
// file, or split) and field selection, the two give the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiffEngine } from '../../src/diff/engine.js';
import { comparedText, fieldSelection, keyOf } from '../../src/diff/fields.js';
import { buildResult } from '../../src/diff/result.js';
import { REVISION_NOTE } from '../../src/diff/revisions.js';
import type { DiffOptions, DiffResult } from '../../src/diff/types.js';
import type { Item, Kind } from '../../src/model/types.js';

const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const codes = ['0001', '0012', 'XK001', 'XK002', 'XK003', '370100-XK-0001', '370100-XK-0002', 'A\u0000b'];
const cjk = fc.string({ unit: fc.constantFrom(...'食品经营許可证國家对生产实行制度第三十五条《》，。：、 \n'), maxLength: 16 });

const anItem = fc.record({
  code: fc.constantFrom(...codes),
  subItem: opt(fc.constantFrom('新办', '变更', '', 'b')),
  name: opt(fc.oneof(fc.constantFrom('食品经营许可', '食品經營許可', '药品零售许可'), cjk)),
  category: opt(fc.constantFrom('行政许可', '行政处罚', '')),
  department: opt(fc.constantFrom('市市场监管局', '市卫生健康委', '市市場監管局')),
  legalBasis: opt(cjk),
  note: opt(fc.oneof(cjk, fc.constantFrom('由XK001合并', '拆分为XK002、XK003', '原编码0012', '并入“药品零售许可”'))),
  itemStatus: opt(fc.constantFrom('有效', '已取消')),
  decision: opt(fc.constantFrom('下放', '不下放')),
  status: opt(fc.constantFrom('待承接', '已承接', '暂缓承接')),
  batch: opt(fc.constantFrom('1', '2')),
  acceptedOn: opt(fc.constantFrom('2016-06-30', '2017-01-01')),
  seq: opt(fc.constantFrom('1', '2', '3')),
  extra: opt(fc.dictionary(fc.constantFrom('联系电话', '备注2'), fc.constantFrom('', '1', '2'))),
  row: fc.nat(50),
}).map(({ row, ...f }) => {
  const it = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Item;
  it.source = { file: 'mem.csv', row: row + 2, headers: { name: '事项名称' } };
  return it;
});

/** A new version: some old items kept as they are, some changed, some new ones. */
const newVersion = (olds: Item[]) =>
  fc.array(fc.oneof(anItem, ...(olds.length > 0 ? [fc.constantFrom(...olds), fc.tuple(fc.constantFrom(...olds), anItem).map(([o, n]) => ({ ...o, name: n.name, status: n.status }))] : [])), { maxLength: 25 });

/** The engine as it was: a Map of old items by key, comparedText, Sets of codes. */
function reference(a: Item[], b: Item[], opts: DiffOptions, kind: Kind): DiffResult {
  const sel = fieldSelection(opts);
  const index = new Map<string, Item>();
  const oldCodes = new Set<string>();
  const newCodes = new Set<string>();
  for (const it of a) {
    oldCodes.add(it.code);
    if (!index.has(keyOf(it))) index.set(keyOf(it), it);
  }
  const added = new Map<string, Item>();
  const changedNew = new Map<string, Item>();
  const matched = new Set<string>();
  const noted: Item[] = [];
  let unchanged = 0;
  for (const it of b) {
    newCodes.add(it.code);
    if (it.note && REVISION_NOTE.test(it.note)) noted.push(it);
    const key = keyOf(it);
    const old = index.get(key);
    if (!old) {
      if (!added.has(key)) added.set(key, it);
      continue;
    }
    if (matched.has(key)) continue;
    matched.add(key);
    if (comparedText(old, sel) === comparedText(it, sel)) unchanged++;
    else changedNew.set(key, it);
  }
  const removed = new Map([...index].filter(([k]) => !matched.has(k)));
  return buildResult({
    sel,
    pairing: opts.pairing !== false,
    removed,
    added,
    changed: [...changedNew].map(([k, it]) => [index.get(k) as Item, it]),
    unchanged,
    oldMeta: { file: 'a', kind, items: a.length },
    newMeta: { file: 'b', kind, items: b.length },
    revisions: { noted, oldCodes, newCodes },
  });
}

function engine(a: Item[], b: Item[], opts: DiffOptions & { memoryLimit: number }, kind: Kind): DiffResult {
  const e = new DiffEngine(opts);
  for (const it of a) e.addOld(it);
  for (const it of b) e.addNew(it);
  return e.finish({ file: 'a', kind, items: a.length }, { file: 'b', kind, items: b.length });
}

const selections = fc.constantFrom<DiffOptions>({}, { strict: true }, { pairing: false }, { fields: ['name', '联系电话'] }, { ignore: ['legalBasis', 'status'] }, { fields: ['seq', 'code'] });

describe('DiffEngine', () => {
  it('gives the reference result on any two lists, under any memory limit', () => {
    fc.assert(
      fc.property(
        fc.array(anItem, { maxLength: 25 }).chain((a) => fc.tuple(fc.constant(a), newVersion(a))),
        fc.oneof(fc.integer({ min: 0, max: 5000 }), fc.constant(64 * 1024 * 1024)),
        selections,
        fc.constantFrom<Kind>('catalogue', 'delegation', 'zone'),
        ([a, b], memoryLimit, opts, kind) => {
          const before = structuredClone([a, b]);
          expect(engine(a, b, { ...opts, memoryLimit }, kind)).toEqual(reference(before[0], before[1], opts, kind));
          expect([a, b]).toEqual(before); // the items are left as they were
        },
      ),
      { numRuns: 500 },
    );
  });
});
