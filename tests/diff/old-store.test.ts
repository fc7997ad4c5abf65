// The diff's store of old items: every item comes back exactly as it went in, whether its line was
// kept in memory or went to the temporary file, and a compared text is recognised byte for byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparedText, fieldSelection } from '../../src/diff/fields.js';
import { OldStore } from '../../src/diff/old-store.js';
import type { Item } from '../../src/model/types.js';

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '"', '\\', '\u0001', '\uD800', '食品經營許可 😀', 'a\nb'));
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const headers = [{ name: '事项名称' }, { name: '名称', code: '编码' }];

const anItem = fc.record({
  code: fc.string({ minLength: 1, maxLength: 8 }),
  name: opt(text),
  subItem: opt(text),
  legalBasis: opt(text),
  seq: opt(text),
  status: opt(fc.constantFrom('', '已承接')),
  extra: opt(fc.dictionary(fc.constantFrom('联系电话', '备注2', 'x'), text)),
  row: fc.nat(100_000),
  table: fc.nat(1),
}).map(({ row, table, ...f }) => {
  const it = Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as unknown as Item;
  it.source = { file: 'a.xlsx', sheet: '清单', row, lines: { name: row }, headers: headers[table] };
  return it;
});

describe('OldStore', () => {
  it('gives back every item exactly, in memory or from the file, and knows its compared text', () => {
    const sel = fieldSelection({});
    fc.assert(
      fc.property(fc.array(anItem, { maxLength: 30 }), fc.integer({ min: 0, max: 4000 }), (items, limit) => {
        const store = new OldStore(sel.keys, limit);
        const before = structuredClone(items);
        try {
          const slots = items.map((it) => store.put(it, comparedText(it, sel)));
          expect(items).toEqual(before); // putting leaves the item as it was
          items.forEach((it, i) => {
            expect(store.get(slots[i])).toEqual(before[i]);
            expect(store.get(slots[i]).source.headers).toBe(it.source.headers);
            if (store.inMemory(slots[i])) {
              expect(store.sameText(slots[i], comparedText(it, sel))).toBe(true);
              expect(store.sameText(slots[i], comparedText({ ...it, name: `${it.name ?? ''}x` }, sel))).toBe(false);
            }
          });
        } finally {
          store.close();
        }
      }),
      { numRuns: 300 },
    );
  });
});
