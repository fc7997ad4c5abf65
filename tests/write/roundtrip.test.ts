/**
 * Round trip (issue 7 item 4, issue 3 item 8): writing a list and reading it back with qingdan's
 * own readers gives the same items, for every writable format the readers take (.yaml, .json,
 * .csv, .xlsx).
 */
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCEPTANCES, CATEGORIES, DECISIONS, LEGAL_REVIEWS, MODES, RESOLUTIONS, SCOPES, STATUSES } from '../../src/model/enums.js';
import { cleanText } from '../../src/model/normalise.js';
import type { ItemFields, PowerList } from '../../src/model/types.js';
import { readList } from '../../src/read/index.js';
import { writeList } from '../../src/write/index.js';
import { content, makeItem, makeList, tempDir } from './helpers.js';

const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 25);

// Chinese text, quotes, commas, line breaks, formula starts and digits; none of it can begin a
// footnote (注：) or a heading row (一、), which readers rightly leave out.
const CHARS = ['食', '品', '经', '营', '许', '可', '《', '》', '（', '）', '第', '条', '0', '1', '9', 'a', 'Z', ' ', '\n', ',', '"', "'", '=', '+', '-', '@', '、', '；'];
const text = (min = 0) => fc.string({ unit: fc.constantFrom(...CHARS), minLength: min, maxLength: 40 }).map(cleanText);
const required = text(1).filter((t) => t.length > 0);
const longText = fc.array(text(1), { minLength: 1, maxLength: 6 }).map((lines) => cleanText(lines.join('\n')));
const code = fc.oneof(
  fc.stringMatching(/^0[0-9]{1,9}$/u),
  fc.stringMatching(/^[0-9]{6}-[A-Z]{2}-[0-9]{4}$/u),
  fc.constantFrom('=1+1', '@x', '+86', '-001'),
);
const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const fields = fc.record({
  code, name: required, subItem: maybe(required), category: fc.constantFrom(...CATEGORIES), department: required,
  legalBasis: maybe(longText), note: maybe(text(1)), decision: fc.constantFrom(...DECISIONS), reason: maybe(longText),
  mode: maybe(fc.constantFrom(...MODES)), scope: maybe(fc.constantFrom(...SCOPES)), acceptance: maybe(fc.constantFrom(...ACCEPTANCES)),
  resolution: maybe(fc.constantFrom(...RESOLUTIONS)), batch: maybe(fc.integer({ min: 1, max: 99 }).map(String)),
  status: maybe(fc.constantFrom(...STATUSES)), acceptedOn: maybe(date), delegatorConfirmation: maybe(text(1)),
  receiverConfirmation: maybe(text(1)), legalReview: maybe(fc.constantFrom(...LEGAL_REVIEWS)),
  phone: maybe(text(1)),
});

const listArb = fc.array(fields, { minLength: 1, maxLength: 12 }).map((rows) =>
  makeList('delegation', rows.map((r, i) => {
    const { phone, ...rest } = r;
    const f = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== '')) as ItemFields & { code: string };
    return makeItem(f, i + 3, phone ? { 联系电话: phone } : undefined);
  }), { title: '往返测试清单', extraColumns: ['联系电话'] }),
);


async function readBack(list: PowerList, ext: string): Promise<Record<string, unknown>[]> {
  const path = join(tempDir(), `list.${ext}`);
  await writeList(list, path);
  const back = await readList(path, { kind: list.kind });
  return back.items.map(content);
}

describe('round trip: write, read back, same items', () => {
  for (const ext of ['yaml', 'json', 'csv']) {
    it(`.${ext}`, async () => {
      await fc.assert(fc.asyncProperty(listArb, async (list) => {
        expect(await readBack(list, ext)).toEqual(list.items.map(content));
      }), { numRuns: RUNS });
    });
  }

  it('.xlsx', async () => {
    await fc.assert(fc.asyncProperty(listArb, async (list) => {
      expect(await readBack(list, 'xlsx')).toEqual(list.items.map(content));
    }), { numRuns: Math.ceil(RUNS / 2) });
  });

  it('keeps the awkward cases of the contract', async () => {
    const list = makeList('delegation', [
      makeItem({ code: '0012', name: '=1+1', category: '行政许可', department: '@x', decision: '下放', legalBasis: '《甲法》第一条\n\n《乙条例》第三条', acceptedOn: '2016-06-30', batch: '3' }, 3),
      makeItem({ code: "'=x", name: "''-y", category: '行政处罚', department: '市局', decision: '不下放', reason: '"引号", 逗号' }, 4),
    ]);
    for (const ext of ['yaml', 'json', 'csv', 'xlsx']) expect(await readBack(list, ext), ext).toEqual(list.items.map(content));
  });
});
