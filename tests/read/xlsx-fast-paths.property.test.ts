/**
 * The fast paths of the .xlsx reader answer as the general code they stand in for: each is checked
 * by fast-check against the implementation it replaced (kept here as the reference), on random input
 * cut into random chunks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeUtf8Length } from '../../src/read/decode.js';
import type { MergeRange } from '../../src/read/grid.js';
import { parseIndex, utf8Text } from '../../src/read/sheet-xml.js';
import { parseMergeRef, scanMerges } from '../../src/read/xlsx.js';

async function* chunksOf(bufs: readonly Buffer[]): AsyncGenerator<Buffer> {
  for (const b of bufs) yield b;
}
async function collect(it: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const x of it) s += x;
  return s;
}

/** utf8Text as it was: a trailing incomplete sequence carried by hand, each chunk decoded by Buffer.toString. */
async function* utf8TextBefore(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let carry: Buffer | undefined;
  for await (const c of chunks) {
    if (!carry && c.every((b) => b < 0x80)) {
      yield c.toString('latin1');
      continue;
    }
    const bytes = carry ? Buffer.concat([carry, c]) : c;
    const cut = completeUtf8Length(bytes);
    carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : undefined;
    if (cut > 0) yield bytes.toString('utf8', 0, cut);
  }
  if (carry) yield carry.toString('utf8');
}

/** Bytes cut at the given points (each taken modulo the length), in order. */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const at = [...new Set(points.map((p) => (bytes.length === 0 ? 0 : p % (bytes.length + 1))))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of at) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

// Text of every width (ASCII markup, CJK, astral characters, a BOM) and bytes that are not UTF-8 at all.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => Buffer.from(s)),
  fc.constantFrom('<si><t>', '</t></si>', '序号', '事项编码', '𠀀𝐄', '\ufeff', '\r\n', '\ufffd').map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 8 }).map((a) => Buffer.from(a)),
  fc.constantFrom([0xe4], [0xe4, 0xb8], [0xf0, 0x9f], [0xf0, 0x9f, 0x98], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0x80], [0xff], [0xef, 0xbb, 0xbf]).map((a) => Buffer.from(a)),
);
const bytesArb = fc.array(piece, { maxLength: 30 }).map((ps) => Buffer.concat(ps));

describe('utf8Text (streaming TextDecoder, ASCII chunks as they are)', () => {
  it('gives the text the chunk-by-chunk Buffer.toString decoding gave, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, fc.array(fc.nat(), { maxLength: 12 }), async (bytes, points) => {
        const chunks = cut(bytes, points);
        const now = await collect(utf8Text(chunksOf(chunks)));
        const before = await collect(utf8TextBefore(chunksOf(chunks)));
        expect(now).toBe(before);
        // And the same as decoding the whole at once: a cut never changes a character.
        expect(now).toBe(bytes.toString('utf8'));
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps a BOM, whole or cut, at the start and inside', async () => {
    const bom = Buffer.from('\ufeff<a>\ufeff</a>');
    for (let i = 0; i <= bom.length; i++) {
      expect(await collect(utf8Text(chunksOf([bom.subarray(0, i), bom.subarray(i)])))).toBe('\ufeff<a>\ufeff</a>');
    }
  });
});

describe('parseIndex (a shared-string index read by a loop of char codes)', () => {
  const text = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.stringMatching(/^[0-9]{1,12}$/u),
    fc.stringMatching(/^[ \t\n+-]?[0-9]{0,10}[ .e0-9a-z]{0,3}$/u),
    fc.nat().map(String),
    fc.constantFrom('', ' 1', '1 ', '+1', '-0', '0x1f', '1e3', '１２', '٣', '999999999', '1000000000', '0000000001'),
  );
  it('is Number.parseInt(text, 10) for any text', () => {
    fc.assert(fc.property(text, (s) => Object.is(parseIndex(s), Number.parseInt(s, 10))), { numRuns: 5000 });
  });
});

/** The merge scan as it was: each chunk joined to the last bytes of the one before, then searched. */
async function scanMergesBefore(stream: AsyncIterable<Buffer>): Promise<MergeRange[]> {
  const END = Buffer.from('</sheetData>');
  let carry: Buffer = Buffer.alloc(0);
  let after: string[] | undefined;
  for await (const buf of stream) {
    if (after) {
      after.push(buf.toString('latin1'));
      continue;
    }
    const joined = carry.length ? Buffer.concat([carry, buf]) : buf;
    const at = joined.indexOf(END);
    if (at >= 0) after = [joined.subarray(at).toString('latin1')];
    else carry = joined.subarray(Math.max(0, joined.length - END.length));
  }
  if (!after) return [];
  const text = after.join('');
  const start = text.indexOf('<mergeCells');
  if (start < 0) return [];
  const end = text.indexOf('</mergeCells>', start);
  const NO_MERGES_AFTER = /<(?:phoneticPr|conditionalFormatting|dataValidations|hyperlinks|printOptions|pageMargins|pageSetup|headerFooter|drawing|legacyDrawing|tableParts|extLst)\b/;
  const section = text.slice(start, end < 0 ? (NO_MERGES_AFTER.exec(text.slice(start))?.index ?? text.length) + start : end);
  const out: MergeRange[] = [];
  for (const m of section.matchAll(/<mergeCell\b[^>]*?\bref="([^"]+)"/g)) {
    const r = parseMergeRef(m[1]);
    if (r) out.push(r);
  }
  return out;
}

describe('scanMerges (each chunk searched where it lies, the cut between two looked at alone)', () => {
  const ref = fc.tuple(fc.constantFrom('A', 'B', 'AA', 'XFD', '$C'), fc.integer({ min: 1, max: 99 }), fc.constantFrom('A', 'C', 'AB'), fc.integer({ min: 1, max: 99 }))
    .map(([a, r1, b, r2]) => `${a}${r1}:${b}${r2}`);
  const part = fc.oneof(
    fc.constantFrom('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', '</sheetData>', '</sheetData', '<mergeCells count="2">', '</mergeCells>', '<pageMargins left="0.7"/>', '<x/>', ' '),
    ref.map((r) => `<mergeCell ref="${r}"/>`),
    fc.string({ maxLength: 6 }),
  );
  const sheet = fc.tuple(fc.array(part, { maxLength: 10 }), fc.boolean(), fc.array(part, { maxLength: 10 }))
    .map(([before, end, tail]) => Buffer.from(`<worksheet><sheetData>${before.join('')}${end ? '</sheetData>' : ''}${tail.join('')}</worksheet>`, 'latin1'));
  it('finds the merges the joined-chunk scan found, wherever the chunks are cut', async () => {
    await fc.assert(
      fc.asyncProperty(sheet, fc.array(fc.nat(), { maxLength: 20 }), async (bytes, points) => {
        const chunks = cut(bytes, points);
        expect(await scanMerges(chunksOf(chunks))).toEqual(await scanMergesBefore(chunksOf(chunks)));
        expect(await scanMerges(chunksOf(chunks))).toEqual(await scanMerges(chunksOf([bytes])));
      }),
      { numRuns: 2000 },
    );
  });
  it('an end tag cut at every byte of it, in chunks of one byte too', async () => {
    const bytes = Buffer.from('<sheetData><row/></sheetData><mergeCells><mergeCell ref="A1:B2"/></mergeCells>');
    const one = [...bytes].map((b) => Buffer.from([b]));
    expect(await scanMerges(chunksOf(one))).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    for (let i = 0; i <= bytes.length; i++) {
      expect(await scanMerges(chunksOf([bytes.subarray(0, i), bytes.subarray(i)]))).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
    }
  });
});

describe('SheetReader: a shared-string cell read straight, every other cell by the general rules', () => {
  const shared = ['', '序号', '事项编码', ' x ', '0', 'a&b'];
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cell = fc.oneof(
    fc.record({ kind: fc.constant('s' as const), index: fc.nat(shared.length - 1), formula: fc.boolean() }),
    fc.record({ kind: fc.constant('inline' as const), text: fc.constantFrom('', 'XK1', '名称') }),
    fc.record({ kind: fc.constant('str' as const), text: fc.constantFrom('', 'v', '结果') }),
    fc.record({ kind: fc.constant('n' as const), n: fc.integer({ min: -5, max: 99999 }) }),
    fc.record({ kind: fc.constant('b' as const), b: fc.boolean() }),
    fc.constant({ kind: 'none' as const }),
  );
  const row = fc.array(fc.tuple(cell, fc.nat(3), fc.boolean()), { maxLength: 8 });
  const letters = (col: number): string => {
    let s = '';
    for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
    return s;
  };
  it('gives each cell the value its kind has, in its column', async () => {
    const { SheetReader } = await import('../../src/read/sheet-xml.js');
    fc.assert(
      fc.property(fc.array(row, { maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, points) => {
        let xml = '<worksheet><sheetData>';
        const expected: [number, unknown[]][] = [];
        rows.forEach((cells, r) => {
          xml += `<row r="${r + 1}">`;
          const values: unknown[] = [];
          let col = -1;
          for (const [c, gap, withRef] of cells) {
            col += 1 + (withRef ? gap : 0);
            const ref = withRef ? ` r="${letters(col)}${r + 1}"` : '';
            let value: unknown = null;
            switch (c.kind) {
              case 's':
                xml += `<c${ref} t="s">${c.formula ? '<f>A1</f>' : ''}<v>${c.index}</v></c>`;
                value = shared[c.index];
                break;
              case 'inline':
                xml += `<c${ref} t="inlineStr"><is><t>${escape(c.text)}</t></is></c>`;
                value = c.text;
                break;
              case 'str':
                xml += `<c${ref} t="str"><f>B1</f><v>${escape(c.text)}</v></c>`;
                value = c.text;
                break;
              case 'n':
                xml += `<c${ref}><v>${c.n}</v></c>`;
                value = c.n;
                break;
              case 'b':
                xml += `<c${ref} t="b"><v>${c.b ? 1 : 0}</v></c>`;
                value = c.b;
                break;
              case 'none':
                xml += `<c${ref}/>`;
                break;
            }
            if (value !== null && value !== '') {
              while (values.length < col) values.push(null);
              values[col] = value;
            }
          }
          xml += '</row>';
          if (values.length > 0) expected.push([r + 1, values]);
        });
        xml += '</sheetData></worksheet>';
        const reader = new SheetReader({ shared, styles: [], date1904: false, maxField: 1024, place: { file: 'x.xlsx' } });
        const got: [number, unknown[]][] = [];
        // Cut as text (the reader is given text), at any point of it.
        const at = [...new Set(points.map((p) => p % (xml.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...at].map((from, i, all) => xml.slice(from, all[i + 1] ?? xml.length));
        for (const chunk of chunks) {
          reader.write(chunk);
          for (const g of reader.take()) got.push([g.row, g.cells]);
        }
        reader.end();
        for (const g of reader.take()) got.push([g.row, g.cells]);
        expect(got).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });
});
