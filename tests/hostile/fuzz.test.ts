/**
 * Fuzzing the readers: random bytes, random mutations of valid files and random Unicode.
 * Every input either reads or fails with a QingdanError (exit 2 in the CLI), never anything else.
 * CI runs a modest number of cases; `npm run fuzz` runs many (FUZZ_RUNS).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QingdanError } from '../../src/errors.js';
import { readList } from '../../src/read/index.js';
import { cleanText } from '../../src/model/normalise.js';
import { fixture } from '../helpers/read.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const dir = mkdtempSync(join(tmpdir(), 'qingdan-fuzz-'));
let n = 0;

/** Reads bytes as a file with the given extension; returns 'read' or the error key; rethrows anything else. */
async function outcome(bytes: Uint8Array, ext: string): Promise<string> {
  const path = join(dir, `f${n++}${ext}`);
  writeFileSync(path, bytes);
  try {
    await readList(path, { limits: { maxRecord: 100_000 } });
    return 'read';
  } catch (err) {
    if (err instanceof QingdanError) return err.key;
    throw err;
  }
}

const SEEDS = [
  ['csv/gbk-crlf.csv', '.csv'],
  ['csv/utf8-bom.csv', '.csv'],
  ['csv/subitems-filled-down.csv', '.csv'],
  ['yaml/chinese-keys.yaml', '.yaml'],
  ['yaml/numeric-code.yaml', '.yaml'],
  // The SheetJS reader's formats, written by LibreOffice.
  ['xlsx/twins/subitems-merged-cells.xls', '.xls'],
  ['xlsx/twins/title-rows.et', '.et'],
  ['xlsx/twins/merged-header.ods', '.ods'],
] as const;

const mutation = (len: number) =>
  fc.array(fc.record({ at: fc.nat({ max: Math.max(0, len - 1) }), kind: fc.constantFrom('flip', 'drop', 'dup', 'insert'), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 8 });

function mutate(src: Buffer, ops: { at: number; kind: string; byte: number }[]): Buffer {
  let b = Buffer.from(src);
  for (const op of ops) {
    const at = Math.min(op.at, Math.max(0, b.length - 1));
    if (op.kind === 'flip') b[at] = op.byte;
    else if (op.kind === 'drop') b = Buffer.concat([b.subarray(0, at), b.subarray(at + 1)]);
    else if (op.kind === 'dup') b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + 16), b.subarray(at)]);
    else b = Buffer.concat([b.subarray(0, at), Buffer.from([op.byte]), b.subarray(at)]);
  }
  return b;
}

describe('fuzzing the readers', () => {
  it.each(['.csv', '.yaml', '.xlsx', '.tsv', '.xls', '.et', '.ods'])('random bytes as %s read or fail cleanly', async (ext) => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
      expect(typeof (await outcome(bytes, ext))).toBe('string');
    }), { numRuns: RUNS });
  });

  it.each(SEEDS)('mutations of %s read or fail cleanly', async (name, ext) => {
    const src = readFileSync(fixture(name));
    await fc.assert(fc.asyncProperty(mutation(src.length), async (ops) => {
      expect(typeof (await outcome(mutate(src, ops), ext))).toBe('string');
    }), { numRuns: RUNS });
  });

  // Random bytes behind a valid OLE2 header and directory reach SheetJS's BIFF parser itself.
  it('random bytes in the Workbook stream of a valid .xls container read or fail cleanly', async () => {
    const src = readFileSync(fixture('xlsx/twins/simple.xls'));
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 64, maxLength: 2048 }), fc.nat({ max: 2048 }), async (bytes, at) => {
      const b = Buffer.from(src);
      Buffer.from(bytes).copy(b, 512 + Math.min(at, b.length - 600));
      expect(typeof (await outcome(b, '.xls'))).toBe('string');
    }), { numRuns: RUNS });
  });

  it('random Unicode in cells (CJK, combining marks, surrogates, RTL, emoji) reads back as the same text', async () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('事', '項', 'é', '\u0301', '\u202e', '\u05d0', '😀', '👩‍👩‍👧', '\ud800', '\u3000', '，', '"', ',', '\n', '\r'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }).filter((c) => c !== '\u0000')), minLength: 1, maxLength: 30 });
    await fc.assert(fc.asyncProperty(text, async (name) => {
      const quoted = `"${name.replace(/"/gu, '""')}"`;
      const csv = `事项编码,事项名称,权力类别,下放意见\nA1,${quoted},行政许可,下放\n`;
      const path = join(dir, `u${n++}.csv`);
      writeFileSync(path, csv);
      const list = await readList(path);
      // What was written, as UTF-8 holds it (a lone surrogate becomes U+FFFD), cleaned as every cell is.
      const expected = cleanText(Buffer.from(name, 'utf8').toString('utf8'));
      expect(list.items.map((i) => [i.code, i.name ?? ''])).toEqual([['A1', expected]]);
    }), { numRuns: RUNS * 2 });
  });
});
