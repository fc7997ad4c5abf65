// The diff's store of old items: every item comes back exactly as it went in, whether its line was
// kept in memory or went to the temporary file, and a new item is recognised as the same exactly when
// its compared text (comparedText) is the old one's, under any memory limit and field selection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedText, fieldSelection } from '../../src/diff/fields.js';
import { OldStore } from '../../src/diff/old-store.js';
import { StringTable } from '../../src/diff/string-table.js';
import type { Item } from '../../src/model/types.js';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', '"', '\\', '\u0001', '\uD800', '\uDC00x', '\uFFFF', '\uFFFE', '\uFFFD', '食品經營許可 😀', 'a\nb', '已承接', '行政许可'),
  fc.string({ unit: 'grapheme', minLength: 25, maxLength: 80 }),
);
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const headers = [{ name: '事项名称' }, { name: '名称', code: '编码' }];

export const anItem = fc.record({
  code: fc.string({ minLength: 1, maxLength: 8 }),
  name: opt(text),
  subItem: opt(text),
  category: opt(fc.constantFrom('', '行政许可', '行政处罚', '\uFFFE')),
  department: opt(text),
  legalBasis: opt(text),
  seq: opt(text),
  version: opt(text),
  status: opt(fc.constantFrom('', '已承接', '待承接')),
  acceptedOn: opt(fc.constantFrom('2016-06-30', '2017-01-01', '')),
  extra: opt(fc.dictionary(fc.constantFrom('联系电话', '备注2', 'x', '\uFFFF'), text)),
  raw: opt(fc.dictionary(fc.constantFrom('acceptedOn', 'batch'), text)),
  row: fc.oneof(fc.nat(100_000), fc.constant(2 ** 32 + 5), fc.constant(1.5)),
  sheet: opt(fc.constantFrom('清单', '')),
  lines: opt(fc.dictionary(fc.constantFrom('name', 'code'), fc.nat(1000))),
  table: fc.nat(1),
}).map(({ row, table, sheet, lines, ...f }) => {
  const it = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Item;
  it.source = { file: 'a.xlsx', row, headers: headers[table] };
  if (sheet !== undefined) it.source.sheet = sheet;
  if (lines !== undefined) it.source.lines = lines;
  return it;
});

/** A changed copy of an item: one field (compared or not) rewritten, added or taken away, or in form only. */
const variant = (it: Item): fc.Arbitrary<Item> =>
  fc.record({
    field: fc.constantFrom('name', 'legalBasis', 'seq', 'status', 'version', 'category', '联系电话', 'x', 'acceptedOn'),
    to: opt(fc.oneof(text, fc.constant(''))),
  }).map(({ field, to }) => {
    const b = structuredClone(it);
    b.source.headers = it.source.headers;
    if (field === '联系电话' || field === 'x') {
      b.extra = { ...b.extra };
      if (to === undefined) delete b.extra[field];
      else b.extra[field] = to;
    } else if (to === undefined) delete (b as unknown as Record<string, unknown>)[field];
    else (b as unknown as Record<string, unknown>)[field] = to;
    return b;
  });

const selections = fc.constantFrom({}, { fields: ['name', '联系电话'] }, { ignore: ['legalBasis', 'x'] }, { fields: ['seq', 'version', 'status'] }, { strict: true });

describe('OldStore', () => {
  it('gives back every item exactly, in memory or from the file', () => {
    fc.assert(
      fc.property(fc.array(anItem, { maxLength: 30 }), fc.integer({ min: 0, max: 6000 }), selections, (items, limit, opts) => {
        const store = new OldStore(fieldSelection(opts), limit);
        const before = structuredClone(items);
        try {
          const slots = items.map((it) => store.put(it));
          expect(slots).toEqual(items.map((_, i) => i));
          expect(items).toEqual(before); // putting leaves the item as it was
          items.forEach((it, i) => {
            const back = store.get(slots[i], it.code);
            expect(back).toEqual(before[i]);
            expect(JSON.stringify(back.extra)).toBe(JSON.stringify(before[i].extra)); // extra columns in their order
            expect(back.source.headers).toBe(it.source.headers);
          });
        } finally {
          store.close();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds a new item the same as its old one exactly when their compared texts are equal', () => {
    fc.assert(
      fc.property(
        fc.array(anItem, { minLength: 1, maxLength: 20 }).chain((olds) => fc.tuple(fc.constant(olds), fc.tuple(...olds.map((o) => fc.oneof(fc.constant(o), variant(o), anItem))))),
        fc.integer({ min: 0, max: 6000 }),
        selections,
        ([olds, news], limit, opts) => {
          const sel = fieldSelection(opts);
          const store = new OldStore(sel, limit);
          try {
            for (const it of olds) store.put(it);
            olds.forEach((o, i) => {
              expect(store.sameAs(i, news[i])).toBe(comparedText(o, sel) === comparedText(news[i], sel));
              expect(store.sameAs(i, o)).toBe(true);
            });
          } finally {
            store.close();
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('spills past its memory limit and still answers', () => {
    const sel = fieldSelection({});
    const store = new OldStore(sel, 1 << 12);
    const items = Array.from({ length: 2000 }, (_, i) => ({ code: `C${i}`, name: `名称${i}`, legalBasis: '依据'.repeat(i % 50), source: { file: 'a.csv', row: i + 2, headers: headers[0] } }) as Item);
    try {
      for (const it of items) store.put(it);
      expect(store.inMemory(0)).toBe(true);
      expect(store.inMemory(1999)).toBe(false);
      for (const i of [0, 7, 500, 1999]) {
        expect(store.get(i, items[i].code)).toEqual(items[i]);
        expect(store.sameAs(i, items[i])).toBe(true);
        expect(store.sameAs(i, { ...items[i], name: 'x' })).toBe(false);
      }
    } finally {
      store.close();
    }
  });

  it('keeps lines longer than a chunk and than a write to the file', () => {
    const sel = fieldSelection({});
    for (const limit of [0, 64 * 1024 * 1024]) {
      const store = new OldStore(sel, limit);
      const long = '《食品安全法》第三十五条'.repeat(60_000);
      const items = [1, long.length, 3, 2].map((n, i) => ({ code: `C${i}`, legalBasis: long.slice(0, n), source: { file: 'a.csv', row: i + 2, headers: headers[0] } }) as Item);
      try {
        for (const it of items) store.put(it);
        items.forEach((it, i) => {
          expect(store.get(i, it.code)).toEqual(it);
          expect(store.sameAs(i, it)).toBe(true);
          expect(store.sameAs(i, { ...it, legalBasis: `${it.legalBasis}x` })).toBe(false);
        });
      } finally {
        store.close();
      }
    }
  });
});

describe('StringTable', () => {
  it('numbers strings in the order they come, once each, and finds them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(text, fc.string({ maxLength: 3 })), { maxLength: 3000 }), fc.array(text, { maxLength: 20 }), (strings, others) => {
        const t = new StringTable();
        const ref = new Map<string, number>();
        for (const s of strings) {
          if (!ref.has(s)) ref.set(s, ref.size);
          expect(t.add(s)).toBe(ref.get(s));
        }
        expect(t.size).toBe(ref.size);
        for (const [s, id] of ref) {
          expect(t.find(s)).toBe(id);
          expect(t.get(id)).toBe(s);
        }
        for (const s of others) expect(t.find(s)).toBe(ref.get(s) ?? -1);
      }),
      { numRuns: 100 },
    );
  });
});
