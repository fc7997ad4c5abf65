/** Correspondence tables (调整对照表, --map): every format, headers by alias, rows grouped, bad rows named (issue 18). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { readRevisionMap } from '../../src/read/map.js';

const FIX = 'tests/fixtures/map';
const dir = mkdtempSync(join(tmpdir(), 'qingdan-map-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EXPECTED = [
  { kind: 'merge', from: ['A1', 'A2'], into: ['M1'], document: '济政发〔2017〕12号', effective: '2017-07-01' },
  { kind: 'split', from: ['B1'], into: ['S1-01', 'S1-02'] },
  { kind: 'recode', from: ['C1'], into: ['R1'] },
];
const shape = (m: Awaited<ReturnType<typeof readRevisionMap>>) => m.entries.map(({ places: _p, ...e }) => (void _p, e));

describe('readRevisionMap', () => {
  it('reads a CSV table with aliased headers under a title row, grouping the rows of a merge and of a split', async () => {
    const m = await readRevisionMap(`${FIX}/map.csv`);
    expect(shape(m)).toEqual([EXPECTED[0], { ...EXPECTED[1], document: '济政发〔2017〕12号', effective: '2017-07-01' }, EXPECTED[2]]);
    expect(m.entries[0].places.map((p) => p.row)).toEqual([3, 4]);
  });

  it('reads the same table saved as .xlsx by LibreOffice', async () => {
    const m = await readRevisionMap(`${FIX}/map.xlsx`);
    expect(shape(m)).toEqual(shape(await readRevisionMap(`${FIX}/map.csv`)));
    expect(m.entries[2].places[0]).toMatchObject({ sheet: expect.any(String), row: 7 });
  });

  it('reads a YAML list with Chinese or English keys, several codes in one entry', async () => {
    expect(shape(await readRevisionMap(`${FIX}/map.yaml`))).toEqual(EXPECTED);
  });

  it('reads the jinan example table', async () => {
    const m = await readRevisionMap('examples/jinan/adjustments-2017.xlsx');
    expect(m.entries.map((e) => [e.kind, e.from.length, e.into.length, e.document, e.effective])).toEqual([
      ['recode', 1, 1, '济政发〔2017〕12号', '2017-07-01'],
      ['merge', 2, 1, '济政发〔2017〕12号', '2017-07-01'],
      ['split', 1, 2, '济政发〔2017〕12号', '2017-07-01'],
    ]);
  });

  it('infers the kind from the counts when 调整类型 is left out', async () => {
    const p = join(dir, 'no-kind.csv');
    writeFileSync(p, '原事项编码,新事项编码\nA1,M1\nA2,M1\nB1,S1\nB1,S2\nC1,R1\n');
    expect((await readRevisionMap(p)).entries.map((e) => e.kind)).toEqual(['merge', 'split', 'recode']);
  });

  const bad = async (text: string): Promise<InputError> => {
    const p = join(dir, `bad-${Math.random().toString(36).slice(2)}.csv`);
    writeFileSync(p, text);
    const err = await readRevisionMap(p).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    return err as InputError;
  };

  it('names the file, row and column of a bad row', async () => {
    const kind = await bad('原事项编码,新事项编码,调整类型\nA1,M1,合井\n');
    expect([kind.key, kind.args.reason, kind.where?.row, kind.where?.column]).toEqual(['map-invalid', 'map-kind', 2, '调整类型']);
    const empty = await bad('原事项编码,新事项编码,调整类型\nA1,,改码\n');
    expect([empty.args.reason, empty.where?.row, empty.where?.column]).toEqual(['map-code-empty', 2, '新事项编码']);
    const date = await bad('原编码,新编码,生效日期\nA1,M1,七月\n');
    expect([date.args.reason, date.where?.row, date.where?.column]).toEqual(['map-date', 2, '生效日期']);
    const twice = await bad('原编码,新编码,调整类型\nA1,M1,改码\nA1,M2,改码\n');
    expect([twice.args.reason, twice.where?.row]).toEqual(['map-twice', 3]);
    const column = await bad('原事项编码,调整类型\nA1,改码\n');
    expect([column.args.reason, column.args.missing]).toEqual(['map-columns', '新事项编码']);
  });
});
