/**
 * The SheetJS reader: every .xls, .et and .ods twin (written by LibreOffice from the same .fods
 * source as the .xlsx fixture) reads item for item like its .xlsx.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import type { PowerList } from '../../src/model/types.js';
import { fixture, readError } from '../helpers/read.js';

const UNKINDED = new Set(['heading-rows', 'leading-zeros', 'simple']);
const twins = readdirSync(fixture('xlsx', 'twins')).sort();
const names = [...new Set(twins.map((f) => f.replace(/\.[^.]+$/, '')))];

/** What a list says, without where it came from (file names differ between twins). */
function content(list: PowerList): unknown {
  const { file: _f, ...rest } = list;
  return JSON.parse(JSON.stringify(rest, (k, v) => (k === 'file' ? undefined : v)));
}

describe('workbook twins', () => {
  it('there is an .xls, .et and .ods twin of every .fods source but legacy', () => {
    expect(names.length).toBeGreaterThanOrEqual(11);
    for (const n of names) for (const ext of ['xls', 'et', 'ods']) expect(twins).toContain(`${n}.${ext}`);
  });
  for (const name of names) {
    for (const ext of ['xls', 'et', 'ods']) {
      it(`${name}.${ext} reads like ${name}.xlsx`, async () => {
        // Some fixtures show one quirk and no kind; read both twins as delegation lists then.
        const kind = UNKINDED.has(name) ? ('delegation' as const) : undefined;
        const want = content(await readList(fixture('xlsx', `${name}.xlsx`), { kind })) as { items: { code: string }[] };
        const got = content(await readList(fixture('xlsx', 'twins', `${name}.${ext}`), { kind })) as { items: { code: string }[] };
        if (name === 'formulas' && ext !== 'ods') {
          // LibreOffice's BIFF8 export stores a text formula's cached result as the number 0, with
          // no STRING record after it (the FORMULA records' bytes say so); a reader has only the
          // cached value. Everything else of the twin, numeric formulas included, reads alike.
          expect(got.items.map((i) => i.code)).toEqual(want.items.map(() => '0'));
          got.items.forEach((g, i) => (g.code = want.items[i].code));
        }
        expect(got).toEqual(want);
      });
    }
  }
});

describe('workbook containers', () => {
  it('an .xls whose Workbook stream is larger than the limit is refused from the OLE directory, before SheetJS reads it', async () => {
    const err = await readError(fixture('xlsx', 'twins', 'simple.xls'), { limits: { maxWorkbook: 1000 } });
    expect([err.key, err.args.part]).toEqual(['workbook-too-large', 'Workbook']);
  });
  it('an .ods part larger than the limit is refused from the zip directory', async () => {
    const err = await readError(fixture('xlsx', 'twins', 'simple.ods'), { limits: { maxWorkbook: 1000 } });
    expect(err.key).toBe('workbook-too-large');
  });
  it('a damaged .xls is xlsx-corrupt', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-wb-'));
    const half = join(dir, 'half.xls');
    writeFileSync(half, readFileSync(fixture('xlsx', 'twins', 'simple.xls')).subarray(0, 3000));
    expect((await readError(half)).key).toBe('xlsx-corrupt');
    rmSync(dir, { recursive: true, force: true });
  });
  it('a folder of .xlsx, .xls, .et and .ods lists reads each', async () => {
    const { readLists } = await import('../../src/read/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-wb-'));
    for (const ext of ['xlsx', 'xls', 'et', 'ods']) {
      const from = ext === 'xlsx' ? fixture('xlsx', 'title-rows.xlsx') : fixture('xlsx', 'twins', `title-rows.${ext}`);
      writeFileSync(join(dir, `list.${ext}`), readFileSync(from));
    }
    const { lists, failures } = await readLists([dir]);
    expect(failures).toEqual([]);
    expect(lists.map((l) => l.items.length)).toEqual(Array(4).fill(lists[0].items.length));
    rmSync(dir, { recursive: true, force: true });
  });
});
