// The papaparse fast path of the CSV reader (src/read/csv-plain.ts) against csv-parse with the
// reader's options: where the fast path gives records they are csv-parse's, in any chunking; where it
// gives up, the reader's csv-parse path gives the rest, and the reader's rows and errors are those of
// the csv-parse reader alone.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlainCsv } from '../../src/read/csv-plain.js';
import { readCsvSheet, type CsvTuning } from '../../src/read/csv.js';
import { Utf8Checker } from '../../src/read/decode.js';
import { DEFAULT_LIMITS } from '../../src/read/grid.js';
import { QingdanError } from '../../src/errors.js';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/** csv-parse on the whole text as the reader configures it: the records it gives, and its error code if it stops. */
function reference(text: string, delimiter: string, maxRecord = 1_000_000): { records: string[][]; error?: string } {
  const records: string[][] = [];
  try {
    parse(Buffer.from(text, 'utf8'), {
      delimiter,
      relax_column_count: true,
      relax_quotes: false,
      skip_empty_lines: false,
      max_record_size: maxRecord,
      on_record: (r: string[]) => (records.push(r), r),
    });
    return { records };
  } catch (err) {
    return { records, error: (err as { code?: string }).code ?? String(err) };
  }
}

/** The fast path on `text` cut into pieces of the given sizes (cycled): the records it gave, and whether it gave up. */
function plain(text: string, delimiter: string, sizes: number[], maxRecord = 1_000_000): { records: string[][]; gaveUp: boolean } {
  const tokens = new PlainCsv(delimiter, maxRecord);
  const records: string[][] = [];
  let at = 0;
  for (let k = 0; at < text.length; k++) {
    const size = sizes.length ? sizes[k % sizes.length] : text.length;
    const got = tokens.push(text.slice(at, at + size));
    at += size;
    if (!got) return { records, gaveUp: true };
    records.push(...got);
  }
  const last = tokens.end();
  if (!last) return { records, gaveUp: true };
  records.push(...last);
  return { records, gaveUp: false };
}

/** Whatever the fast path gives is csv-parse's: all of it, or a prefix before it gave up. */
function agrees(text: string, delimiter: string, sizes: number[], maxRecord?: number): boolean {
  const ref = reference(text, delimiter, maxRecord);
  const got = plain(text, delimiter, sizes, maxRecord);
  if (got.gaveUp) expect(ref.records.slice(0, got.records.length)).toEqual(got.records);
  else {
    expect(ref.error).toBeUndefined();
    expect(got.records).toEqual(ref.records);
  }
  return !got.gaveUp;
}

// Random text from the pieces that matter to a CSV parser.
const PIECES = ['a', 'b', 'xy', '中', '文', '𠀀', ',', ';', '\t', '|', '"', '""', '\n', '\r\n', '\r', ' ', '\uFEFF', "'=", ''];
const anyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

// Well-formed CSV: fields plain or quoted (quotes doubled, delimiters and line breaks inside),
// records joined by LF or CRLF, empty records, with or without a last line break.
function wellFormed(delimiter: string): fc.Arbitrary<string> {
  const plainChar = fc.constantFrom('a', 'b', '1', '中', '文', '𠀀', ' ', "'", '=', '-', '\uFEFF', ...DELIMITERS.filter((d) => d !== delimiter));
  const quotedChar = fc.constantFrom('a', '中', '𠀀', ' ', '""', delimiter, '\n', '\r\n', "'");
  const field = fc.oneof(
    fc.array(plainChar, { maxLength: 6 }).map((c) => c.join('')),
    fc.array(quotedChar, { maxLength: 6 }).map((c) => `"${c.join('')}"`),
  );
  const record = fc.array(field, { minLength: 1, maxLength: 5 }).map((f) => f.join(delimiter));
  return fc
    .tuple(fc.array(record, { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([records, nl, last]) => records.join(nl) + (last && records.length ? nl : ''));
}

const sizes = fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 5 });

describe('the papaparse fast path against csv-parse', () => {
  it('gives csv-parse records, or a prefix of them before giving up, on any text in any chunking', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...DELIMITERS), sizes, (text, d, s) => void agrees(text, d, s)), { numRuns: 1000 });
  });

  it('reads well-formed text (quotes, LF or CRLF, empty fields and lines, ragged rows, BOM characters) to the end, as csv-parse does', () => {
    const arb = fc.constantFrom(...DELIMITERS).chain((d) => fc.tuple(fc.constant(d), wellFormed(d), sizes));
    fc.assert(
      fc.property(arb, ([d, text, s]) => {
        expect(agrees(text, d, s)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('with the text cut at every position', () => {
    const arb = fc.constantFrom(...DELIMITERS).chain((d) => fc.tuple(fc.constant(d), wellFormed(d)));
    fc.assert(
      fc.property(arb, ([d, text]) => {
        for (let i = 0; i <= text.length; i++) expect(agrees(text, d, [i || 1, text.length])).toBe(true);
      }),
      { numRuns: 150 },
    );
    // and any text, cut anywhere
    fc.assert(
      fc.property(anyText, fc.constantFrom(...DELIMITERS), (text, d) => {
        for (let i = 1; i <= text.length; i++) agrees(text, d, [i, text.length]);
      }),
      { numRuns: 150 },
    );
  });

  it('never gives a record csv-parse refuses as too large', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, wellFormed(',')), sizes, fc.integer({ min: 1, max: 80 }), (text, s, cap) => void agrees(text, ',', s, cap)),
      { numRuns: 500 },
    );
  });

  it('gives up on what csv-parse reports or reads differently', () => {
    const cases = [
      'a,"b\n', // unclosed quote
      'a,b"c\n', // quote inside an unquoted field
      'a, "b"\n', // quote after a space
      'a,"b" ,c\n', // space after a closing quote (papaparse would accept it)
      'a,"b"c\n', // text after a closing quote
      'a,b\rc,d\r', // lone CR line breaks
      'a,b\r\nc,d\ne,f\r\n', // LF in a CRLF file
      'a,b\nc,d\r\n', // CRLF in an LF file
      'a,"b"\r', // closing quote before a lone CR
    ];
    for (const text of cases) expect(plain(text, ',', []).gaveUp, JSON.stringify(text)).toBe(true);
    expect(plain(`a,${'x'.repeat(50)}\n`, ',', [], 100).gaveUp).toBe(true);
  });

  it('keeps long values, codes and lone surrogates whole when it copies them out of the text', () => {
    const values = ['370100-XK-0002-0001', 'abc def ghi jkl', `${'\uD800'}abcdefghijklmn`, `a${'\uDFFF'}bcdefghijklmn`, '事项名称事项名称事项名称事项名称', 'x%20y%20z%20w%20v', "A'B(C)D*E!F~G_H.I"];
    const text = values.join(',') + '\n' + values.map((v) => `"${v}"`).join(',') + '\n';
    expect(plain(text, ',', [5])).toEqual({ records: [values, values], gaveUp: false });
  });

  it('reads line breaks inside quotes of the other kind, as csv-parse does', () => {
    for (const text of ['a,"b\nc"\r\nd,e\r\n', 'a,"b\r\nc"\nd,e\n', '"x\ry"\n']) expect(agrees(text, ',', [3])).toBe(true);
  });
});

describe('Utf8Checker.decode', () => {
  const bytes = fc.array(
    fc.oneof(
      fc.constantFrom(...['a', ',', '\n', '中', '𠀀', 'é'].map((c) => [...Buffer.from(c)])),
      fc.constantFrom([0xff], [0xe4, 0xb8], [0x80], [0xf0, 0x9f], [0x00], [0xc0, 0x80]),
    ),
    { maxLength: 30 },
  ).map((p) => Buffer.from(p.flat()));
  const outcome = (f: () => string): { text?: string; error?: unknown } => {
    try {
      return { text: f() };
    } catch (err) {
      return { error: err instanceof QingdanError ? [err.key, err.args] : err };
    }
  };
  it('decodes what check passes, and refuses what check refuses with the same error, in any chunking', () => {
    fc.assert(
      fc.property(bytes, sizes, (buf, s) => {
        const cuts: Buffer[] = [];
        for (let at = 0, k = 0; at < buf.length; k++) {
          const n = s.length ? s[k % s.length] : buf.length;
          cuts.push(buf.subarray(at, at + n));
          at += n;
        }
        const checker = new Utf8Checker('f.csv');
        const checked = outcome(() => {
          for (const c of cuts) checker.check(c);
          checker.check(Buffer.alloc(0), true);
          return new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
        });
        const decoder = new Utf8Checker('f.csv');
        const decoded = outcome(() => cuts.map((c) => decoder.decode(c)).join('') + decoder.decode(Buffer.alloc(0), true));
        expect(decoded).toEqual(checked);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the CSV reader with the fast path and without it', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qingdan-csv-plain-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  let files = 0;
  async function read(bytes: Buffer, tuning: CsvTuning, maxRecord: number): Promise<{ rows: unknown[]; error?: unknown; encoding?: string; delimiter?: string }> {
    const path = join(dir, `${files++}.csv`);
    await writeFile(path, bytes);
    const rows: unknown[] = [];
    try {
      const sheet = await readCsvSheet(path, 'list.csv', { ...DEFAULT_LIMITS, maxRecord }, false, tuning);
      for await (const batch of sheet.batches!) for (const r of batch) rows.push([r.row, ...r.cells]);
      return { rows, encoding: sheet.encoding, delimiter: sheet.delimiter };
    } catch (err) {
      return { rows: [], error: err instanceof QingdanError ? [err.key, err.args, err.where] : String(err) };
    }
  }

  // A list's text, encoded as the reader meets it, sometimes with a bad byte or a NUL put in.
  const file = fc
    .tuple(
      fc.oneof(anyText, wellFormed(','), wellFormed(';'), wellFormed('\t')),
      fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'gb18030'),
      fc.option(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0xff, 0x80)), { freq: 4 }),
    )
    .map(([text, enc, damage]) => {
      // A title row, then the text: rows before the place the fast path gives up at.
      const whole = `事项编码,事项名称\nA1,食品经营许可\n'=X,2\n${text}`;
      let bytes =
        enc === 'utf-8' ? Buffer.from(whole) : enc === 'utf-8-bom' ? Buffer.from(`\uFEFF${whole}`) : enc === 'utf-16le-bom' ? Buffer.from(`\uFEFF${whole}`, 'utf16le') : iconv.encode(whole, 'gb18030');
      if (damage) {
        const at = damage[0] % (bytes.length + 1);
        bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([damage[1]]), bytes.subarray(at)]);
      }
      return bytes;
    });

  it('gives the same rows and the same error, with chunks of any size', async () => {
    await fc.assert(
      fc.asyncProperty(file, fc.integer({ min: 1, max: 64 }), fc.constantFrom(20, 1_000_000), async (bytes, chunk, maxRecord) => {
        const fast = await read(bytes, { chunk }, maxRecord);
        const parsed = await read(bytes, { chunk, plain: false }, maxRecord);
        expect(fast).toEqual(parsed);
      }),
      { numRuns: 300 },
    );
  });

  it('after rows already given, hands over to csv-parse, which names the broken record', async () => {
    const text = '事项编码,事项名称\r\n' + 'A1,"食品\n经营"\r\n'.repeat(50) + 'A2,x"y\r\n' + 'A3,z\r\n';
    for (const chunk of [7, 64, 1 << 16]) {
      const fast = await read(Buffer.from(text), { chunk }, 1_000_000);
      expect(fast).toEqual(await read(Buffer.from(text), { chunk, plain: false }, 1_000_000));
      expect(fast.error).toEqual(['csv-malformed', { reason: 'csv-parse', csv: 'INVALID_OPENING_QUOTE', row: 52 }, { file: 'list.csv', row: 52 }]);
    }
    // and rows after a lone CR deep in the file, read by csv-parse from there on
    const mixed = '事项编码,事项名称\n' + 'A1,x\n'.repeat(500) + 'A2,y\rA3,z\n';
    const fast = await read(Buffer.from(mixed), { chunk: 100 }, 1_000_000);
    expect(fast).toEqual(await read(Buffer.from(mixed), { chunk: 100, plain: false }, 1_000_000));
    expect(fast.rows.at(-1)).toEqual([502, 'A2', 'y\rA3', 'z']);
  });

  it('stops reading when its consumer stops', async () => {
    const path = join(dir, 'early.csv');
    await writeFile(path, '事项编码,事项名称\n' + 'A1,x\n'.repeat(100_000));
    const sheet = await readCsvSheet(path, 'early.csv', DEFAULT_LIMITS, false, { chunk: 64 });
    let n = 0;
    for await (const batch of sheet.batches!) if ((n += batch.length) > 10) break;
    expect(n).toBeGreaterThan(10);
  });
});
