/**
 * Issue 13 point 1: no value changes on its way through. For every pair of readable formats, a list
 * read from one, written to the other and read again holds the same values: impossible dates stay
 * text, leading zeros stay, long text, formula-looking text and control characters come back as read.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, DECISIONS, STATUSES } from '../../src/model/enums.js';
import type { ItemFields, PowerList } from '../../src/model/types.js';
import { readList } from '../../src/read/index.js';
import { writeList } from '../../src/write/index.js';
import { content, makeItem, makeList, tempDir } from './helpers.js';

const RUNS = Number(process.env.ROUNDTRIP_RUNS ?? 6);
const FORMATS = ['yaml', 'json', 'csv', 'xlsx'] as const;

const CHARS = ['食', '品', '许', '可', '《', '》', '0', '1', '9', 'a', ' ', '\n', '\t', ',', '"', "'", '=', '+', '-', '@', '\u0001', '\u0007', '\u001b', '\u007f'];
const awkward = fc.constantFrom('=SUM(A1:A3)', '+86 531', '-1', '@x', '=1+1', '0012', '007', '00000', '2016-06-31', '2016-02-30', '1e5', 'true', 'null', '~', '- a', '# x');
const piece = fc.oneof(fc.string({ unit: fc.constantFrom(...CHARS), minLength: 1, maxLength: 30 }), awkward);
const text = piece.map((t) => `事${t}`);
const longText = fc.integer({ min: 2_000, max: 20_000 }).map((n) => '依据《中华人民共和国行政许可法》第十二条，'.repeat(Math.ceil(n / 20)).slice(0, n));
const code = fc.oneof(fc.stringMatching(/^0[0-9]{1,9}$/u), fc.constantFrom('=1+1', '@x', '+86', '-001', '007'));
const date = fc.oneof(
  fc.constantFrom('2016-06-31', '2016-02-30', '2016-13-01', '2017-02-29', '2016-00-10', '2016-06-30', '2016-02-29'),
  fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const fields = fc.record({
  code, name: text, category: fc.constantFrom(...CATEGORIES), department: text, decision: fc.constantFrom(...DECISIONS),
  legalBasis: maybe(fc.oneof(longText, text)), note: maybe(text), status: maybe(fc.constantFrom(...STATUSES)),
  acceptedOn: maybe(date), delegatorConfirmation: maybe(text), phone: maybe(fc.oneof(awkward, text)),
});

const listArb = fc.array(fields, { minLength: 1, maxLength: 6 }).map((rows) =>
  makeList('delegation', rows.map((r, i) => {
    const { phone, ...rest } = r;
    const f = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) as ItemFields & { code: string };
    return makeItem(f, i + 3, phone ? { 联系电话: phone } : undefined);
  }), { title: '往返测试清单', extraColumns: ['联系电话'] }),
);


async function through(list: PowerList, ext: string): Promise<PowerList> {
  const path = join(tempDir(), `list.${ext}`);
  await writeList(list, path);
  return readList(path, { kind: list.kind });
}

describe('every format pair: read → write → read gives the values read', () => {
  for (const from of FORMATS) {
    it(`from .${from} to ${FORMATS.map((f) => `.${f}`).join(', ')}`, async () => {
      await fc.assert(fc.asyncProperty(listArb, async (made) => {
        const read = await through(made, from);
        const want = read.items.map(content);
        for (const to of FORMATS) expect((await through(read, to)).items.map(content), `.${from} → .${to}`).toEqual(want);
      }), { numRuns: RUNS });
    }, 120_000);
  }

  it('an impossible date stays the text it was in every writer, a real one becomes a date cell', async () => {
    const list = makeList('delegation', [
      makeItem({ code: '0012', name: '甲', category: '行政许可', department: '市司法局', decision: '下放', status: '已承接', acceptedOn: '2016-06-31' }, 3),
      makeItem({ code: '0013', name: '乙', category: '行政许可', department: '市司法局', decision: '下放', status: '已承接', acceptedOn: '2016-06-30' }, 4),
    ]);
    for (const to of FORMATS) {
      const back = await through(list, to);
      expect(back.items.map((i) => i.acceptedOn), to).toEqual(['2016-06-31', '2016-06-30']);
    }
    const { default: ExcelJS } = await import('exceljs');
    const path = join(tempDir(), 'list.xlsx');
    await writeList(list, path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const cells: unknown[] = [];
    for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => { if (/^2016/u.test(String(c.value instanceof Date ? c.value.toISOString() : c.value))) cells.push(c.value); }));
    expect(cells).toEqual(['2016-06-31', new Date(Date.UTC(2016, 5, 30))]);
    for (const to of ['md', 'html']) {
      const p = join(tempDir(), `list.${to}`);
      await writeList(list, p);
      const t = await readFile(p, 'utf8');
      expect(t, to).toContain('2016-06-31');
      expect(t, to).not.toContain('2016-07-01');
    }
  });
});
