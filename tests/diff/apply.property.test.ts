import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diff } from '../../src/diff/index.js';
import { FIELD_KEYS } from '../../src/model/columns.js';
import { foldValue, keyOf } from '../../src/diff/fields.js';
import type { Item, ItemFields, Kind, PowerList } from '../../src/model/types.js';
import { list } from './helpers.js';

const cjk = fc.string({ unit: fc.constantFrom(...'食品经营許可证國家对生产实行制度第三十五条《》，。：、 \n'), minLength: 1, maxLength: 24 });
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const fields = fc.record({
  code: fc.constantFrom('0001', '0012', '00120', 'XK001', 'XK002', '370100-XK-0001', '370100-XK-0002', '511A0146000000'),
  subItem: opt(fc.constantFrom('新办', '变更', '延續', '注 销')),
  name: opt(fc.oneof(fc.constantFrom('食品经营许可', '食品經營許可', '药品零售许可*'), cjk)),
  category: opt(fc.constantFrom('行政许可', '行政处罚', '其他行政权力')),
  department: opt(fc.constantFrom('市市场监管局', '市卫生健康委', '市市場監管局')),
  legalBasis: opt(cjk),
  note: opt(cjk),
  itemStatus: opt(fc.constantFrom('有效', '已取消')),
  decision: opt(fc.constantFrom('下放', '不下放')),
  status: opt(fc.constantFrom('待承接', '已承接', '暂缓承接')),
  batch: opt(fc.constantFrom('1', '2', '3')),
  acceptedOn: opt(fc.constantFrom('2016-06-30', '2017-01-01')),
  extra: opt(fc.record({ 联系电话: fc.constantFrom('1', '2') })),
});

const clean = (f: Record<string, unknown>): ItemFields & { code: string } =>
  Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as ItemFields & { code: string };

const listOf = (kind: Kind) =>
  fc.uniqueArray(fields.map(clean), { maxLength: 12, selector: (f) => keyOf(f) }).map((items) => list(kind, items));

const compared = FIELD_KEYS.filter((k) => k !== 'seq' && k !== 'version');

function view(l: PowerList, strict: boolean): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const it of l.items) {
    const rec: Record<string, string> = {};
    for (const k of compared) rec[k] = foldValue(k, (it as Item)[k] ?? '', strict);
    for (const [h, v] of Object.entries(it.extra ?? {})) if (v !== '') rec[`extra:${h}`] = v;
    out[keyOf(it)] = rec;
  }
  return out;
}

describe('applyDiff(A, diff(A, B)) = B', () => {
  for (const kind of ['catalogue', 'delegation'] as const) {
    it(`holds for any two ${kind} lists, strictly`, () => {
      fc.assert(
        fc.property(listOf(kind), listOf(kind), (a, b) => {
          expect(view(applyDiff(a, diff(a, b, { strict: true })), true)).toEqual(view(b, true));
        }),
        { numRuns: 300 },
      );
    });

    it(`holds for any two ${kind} lists up to form`, () => {
      fc.assert(
        fc.property(listOf(kind), listOf(kind), (a, b) => {
          expect(view(applyDiff(a, diff(a, b)), false)).toEqual(view(b, false));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('diff(A, A) is empty', () => {
    fc.assert(
      fc.property(listOf('delegation'), (a) => {
        const d = diff(a, a, { strict: true });
        expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0, cancelled: 0, recoded: 0, transferred: 0, unchanged: a.items.length });
      }),
    );
  });
});

describe('where the old side is kept does not change the diff', () => {
  it('gives the same result with the old items all in memory, all in the temporary file, or split between them', () => {
    fc.assert(
      fc.property(listOf('delegation'), listOf('delegation'), fc.integer({ min: 0, max: 3000 }), fc.boolean(), (a, b, memoryLimit, strict) => {
        expect(diff(a, b, { strict, memoryLimit })).toEqual(diff(a, b, { strict }));
      }),
      { numRuns: 200 },
    );
  });
});
