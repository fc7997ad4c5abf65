/**
 * CSV/TSV → grid rows, streamed: encoding and delimiter detected, CRLF, lone CR and quoted line breaks.
 * Papaparse tokenises well-formed text (src/read/csv-plain.ts); csv-parse reads, and reports on,
 * anything else, from the file's start, the records given already left out.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse, CsvError } from 'csv-parse';
import { fsReason, InputError } from '../errors.js';
import { PlainCsv } from './csv-plain.js';
import { Decoder, sniffEncoding, Utf8Checker, type Encoding } from './decode.js';
import type { GridRow, GridSheet, ReadLimits } from './grid.js';

const SNIFF_BYTES = 1 << 20;
const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * Undoes qingdan's formula neutralisation (src/write/neutralise.ts): the CSV writer puts an
 * apostrophe before a cell that begins with = + - @ tab or CR (and one more before apostrophes
 * already followed by one), so one leading apostrophe before such a start is a marker, not text.
 */
export function unneutralise(field: string): string {
  return field.charCodeAt(0) === 39 && /^'+[=+\-@\t\r]/u.test(field) ? field.slice(1) : field;
}


/** Counts a delimiter outside quotes on each of the first lines; the most consistent one wins. */
export function detectDelimiter(sample: string, fallback = ','): string {
  const lines: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < sample.length && lines.length < 20; i++) {
    const ch = sample[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (i > start) lines.push(sample.slice(start, i));
      start = i + 1;
    }
  }
  if (lines.length === 0) lines.push(sample);
  let best = fallback;
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => {
      let n = 0;
      let q = false;
      for (const ch of l) {
        if (ch === '"') q = !q;
        else if (!q && ch === d) n++;
      }
      return n;
    });
    const max = Math.max(...counts);
    // Score: lines that have the delimiter at all, weighted by how many columns it makes.
    const score = counts.filter((c) => c > 0).length * Math.log2(max + 1);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

async function readHead(path: string): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

function csvError(err: unknown, file: string, limits: ReadLimits, nextRow: number): InputError {
  if (err instanceof InputError) return err;
  if (err instanceof CsvError) {
    const e = err as CsvError & { lines?: number; records?: number };
    if (e.code === 'CSV_MAX_RECORD_SIZE') return new InputError('csv-record-too-large', { limit: limits.maxRecord }, { file, row: (e.records ?? 0) + 1 }, { cause: err });
    // csv-parse names the line where parsing stopped, at the end of the file; the broken cell is in
    // the record after the last good one, which is the row a spreadsheet shows it in.
    if (e.code === 'CSV_QUOTE_NOT_CLOSED') return new InputError('csv-malformed', { unclosed: true, row: nextRow }, { file, row: nextRow }, { cause: err });
    return new InputError('csv-malformed', { reason: 'csv-parse', csv: e.code, row: nextRow }, { file, row: nextRow }, { cause: err });
  }
  if (typeof (err as NodeJS.ErrnoException)?.code === 'string') return new InputError('file-unreadable-os', fsReason(err), { file }, { cause: err });
  return new InputError('csv-malformed', {}, { file }, { cause: err });
}

/**
 * The records of a parser in the batches it has them (all it holds at each moment, a chunk's worth),
 * so its consumer awaits once a batch and not once a record.
 */
async function* recordBatches(parser: Readable): AsyncGenerator<string[][]> {
  let ended = false;
  let failed: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const rouse = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  parser.on('readable', rouse);
  parser.on('end', () => ((ended = true), rouse()));
  parser.on('error', (error) => ((failed = { error }), rouse()));
  try {
    for (;;) {
      const batch: string[][] = [];
      for (let r = parser.read() as string[] | null; r !== null; r = parser.read() as string[] | null) batch.push(r);
      if (batch.length > 0) yield batch;
      else if (failed) throw failed.error;
      else if (ended) return;
      else await new Promise<void>((ok) => (wake = ok));
    }
  } finally {
    // A consumer that stops early (a sheet without a header) closes the file.
    parser.destroy();
  }
}

/** How the CSV reader reads, for tests: `plain: false` has csv-parse read every file; `chunk`: bytes read at a time. */
export interface CsvTuning {
  plain?: boolean;
  chunk?: number;
}

/** Opens a CSV/TSV file as one grid sheet whose rows are parsed as they are read. */
export async function readCsvSheet(path: string, file: string, limits: ReadLimits, tsv = false, tuning: CsvTuning = {}): Promise<GridSheet & { encoding: Encoding; delimiter: string }> {
  const { plain: tryPlain = true, chunk: chunkBytes = 1 << 16 } = tuning;
  const head = await readHead(path);
  if (head.length === 0) throw new InputError('empty-file', {}, { file });
  const { encoding, bom } = sniffEncoding(head);
  const sample = new Decoder(encoding, file).decode(head.subarray(bom, Math.min(head.length, 65536)), false);
  const delimiter = tsv ? '\t' : detectDelimiter(sample);

  /** Numbers the records from row `n + 1` on and undoes the formula neutralisation, in place. */
  function gridRows(records: string[][], n: number): GridRow[] {
    const batch: GridRow[] = new Array(records.length);
    for (let b = 0; b < records.length; b++) {
      const record = records[b];
      for (let i = 0; i < record.length; i++) record[i] = unneutralise(record[i]);
      batch[b] = { row: n + b + 1, cells: record };
    }
    return batch;
  }

  /**
   * The fast path (src/read/csv-plain.ts): papaparse on the decoded text, while it is plainly well
   * formed. Yields the records' batches; returns whether it read the whole file, or gave up (text
   * csv-parse must read, or a byte the decoder refuses: csv-parse's path names it as ever).
   */
  async function* plainBatches(): AsyncGenerator<string[][], boolean> {
    const tokens = new PlainCsv(delimiter, limits.maxRecord);
    const decoder = encoding === 'utf-8' ? new Utf8Checker(file) : new Decoder(encoding, file);
    const stream = createReadStream(path, { start: bom, highWaterMark: chunkBytes });
    const chunks = stream[Symbol.asyncIterator]();
    try {
      for (;;) {
        let records: string[][] | undefined;
        try {
          const next = await chunks.next();
          if (next.done) break;
          records = tokens.push(decoder.decode(next.value as Buffer));
        } catch {
          return false;
        }
        if (!records) return false;
        if (records.length > 0) yield records;
      }
      let records: string[][] | undefined;
      try {
        const tail = decoder.decode(Buffer.alloc(0), true);
        records = tail ? tokens.push(tail) : [];
        const last = records && tokens.end();
        records = last && records!.concat(last);
      } catch {
        return false;
      }
      if (!records) return false;
      if (records.length > 0) yield records;
      return true;
    } finally {
      stream.destroy();
    }
  }

  /** csv-parse reading the file from its start, the first `skip` records (given already) left out. */
  async function* parsedBatches(skip: number): AsyncGenerator<string[][]> {
    // UTF-8 goes to csv-parse as bytes (it decodes each field); other encodings are decoded first.
    async function* bytes(): AsyncGenerator<Buffer> {
      const checker = new Utf8Checker(file);
      const stream = createReadStream(path, { start: bom, highWaterMark: chunkBytes });
      for await (const chunk of stream) yield checker.check(chunk as Buffer);
      checker.check(Buffer.alloc(0), true);
    }
    async function* text(): AsyncGenerator<string> {
      const decoder = new Decoder(encoding, file);
      const stream = createReadStream(path, { start: bom, highWaterMark: chunkBytes });
      for await (const chunk of stream) {
        const s = decoder.decode(chunk as Buffer);
        if (s) yield s;
      }
      const tail = decoder.decode(new Uint8Array(0), true);
      if (tail) yield tail;
    }
    const source = Readable.from(encoding === 'utf-8' ? bytes() : text());
    const parser = parse({
      delimiter,
      relax_column_count: true,
      relax_quotes: false,
      skip_empty_lines: false,
      max_record_size: limits.maxRecord,
    });
    source.on('error', (e) => parser.destroy(e));
    source.pipe(parser);
    // Records csv-parse has given, those left out counted: the row of an error is reckoned from them.
    let seen = 0;
    try {
      for await (const records of recordBatches(parser)) {
        seen += records.length;
        if (skip >= records.length) skip -= records.length;
        else if (skip > 0) {
          yield records.slice(skip);
          skip = 0;
        } else yield records;
      }
    } catch (err) {
      throw csvError(err, file, limits, seen + 1);
    }
  }

  async function* batches(): AsyncGenerator<GridRow[]> {
    let n = 0;
    const plain = tryPlain ? plainBatches() : (async function* (): AsyncGenerator<string[][], boolean> { return false; })();
    try {
      for (;;) {
        const next = await plain.next();
        if (next.done) {
          if (next.value) return;
          break;
        }
        yield gridRows(next.value, n);
        n += next.value.length;
      }
    } finally {
      // A consumer that stops early closes the file.
      await plain.return(false);
    }
    for await (const records of parsedBatches(n)) {
      yield gridRows(records, n);
      n += records.length;
    }
  }
  async function* rows(): AsyncGenerator<GridRow> {
    for await (const batch of batches()) yield* batch;
  }
  return { rows: rows(), batches: batches(), encoding, delimiter };
}
