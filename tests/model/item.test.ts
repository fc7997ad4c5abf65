import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_BY_KEY, FIELD_KEYS } from '../../src/model/columns.js';
import { buildItemOf, canonicalAsIs, normaliseField } from '../../src/model/item.js';
import { cleanText } from '../../src/model/normalise.js';
import type { FieldKey, Item, Source } from '../../src/model/types.js';

const source: Source = { file: 'a.csv', row: 2, headers: {} };

/** The general path alone: every value through normaliseField, as buildItemOf did before its fast path. */
function reference(key: FieldKey, v: string): Item {
  const item: Item = { code: '', source };
  const n = normaliseField(key, v, false, true);
  if (n) {
    item[key] = n.value;
    if (n.raw !== undefined) item.raw = { [key]: n.raw };
  }
  return item;
}

const enumValues = [...new Set(Object.values(COLUMN_BY_KEY).flatMap((c) => c.values ?? []))];
// Full-width and half-width digits and letters, spaces of all kinds, traditional characters, the
// marks of dates and batches, and enum spellings, so that random values come near the canonical ones.
const chars = fc.constantFrom(...'0123456789０１２３４５６７８９-/.年月日第批次一二三十两 \u3000\u00a0\u2007\t\n已承接待下放許可审批廣ＡBz'.split(''));
const value = fc.oneof(
  fc.constantFrom(...enumValues),
  fc.array(chars, { minLength: 1, maxLength: 12 }).map((a) => a.join('')),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
    .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.bigInt({ min: 0n, max: 10n ** 20n }).map(String),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }),
);

describe('buildItemOf', () => {
  it('keeps a value in canonical form as normaliseField would (fast path against the general path)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELD_KEYS), value, (key, raw) => {
        const v = cleanText(raw);
        if (v === '') return;
        expect(buildItemOf([key], [v], 1, source, undefined, false, true)).toEqual(reference(key, v));
      }),
      { numRuns: 3000, examples: [['acceptedOn', '2016-06-31'], ['acceptedOn', '0099-01-01'], ['batch', '000000000000003'], ['batch', '1234567890123456'], ['status', '已承接']] },
    );
  });

  it('takes the fast path for values in canonical form only', () => {
    expect(canonicalAsIs('acceptedOn', '2016-06-30')).toBe('2016-06-30');
    expect(canonicalAsIs('acceptedOn', '2016/06/30')).toBeUndefined();
    expect(canonicalAsIs('batch', '12')).toBe('12');
    expect(canonicalAsIs('batch', '012')).toBeUndefined();
    expect(canonicalAsIs('batch', '第3批')).toBeUndefined();
    expect(canonicalAsIs('status', '已承接')).toBe('已承接');
    expect(canonicalAsIs('status', '已 承接')).toBeUndefined();
    expect(canonicalAsIs('name', '已 承接')).toBe('已 承接');
  });
});
