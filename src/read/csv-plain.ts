/**
 * The fast path of the CSV reader: papaparse's parser tokenises text decoded from the file a chunk
 * at a time, as long as the text is plainly well formed — the shape in which papaparse and
 * csv-parse (with the reader's options) give the same records. Anything else, and anything
 * csv-parse would report or treat specially, makes the tokeniser give up (`undefined`), and the
 * reader has csv-parse read the file instead (src/read/csv.ts).
 *
 * Well formed here means:
 * - outside quotes, one kind of line break, LF or CRLF, the first one met (no lone CR, no LF without
 *   its CR in a CRLF file): csv-parse takes the first break outside quotes as the record delimiter
 *   and reads the other kinds as text; inside quotes any break is text to both;
 * - a quote only at the start of a field, the field then closed by a quote followed by the
 *   delimiter, a line break or the end of the text, with quotes inside written twice ("");
 * - no record that could reach csv-parse's record size cap (its count is at most three UTF-8 bytes
 *   per UTF-16 unit of the record's values), no record still open after a third of that cap.
 * Papaparse's own leniencies (spaces after a closing quote, a quote inside an unquoted field, an
 * unclosed quote) are outside this shape, so they never decide a record.
 *
 * Papa.Parser is the parser papaparse's own chunked streaming drives (its parse(input, baseIndex,
 * ignoreLastRow), typed in @types/papaparse); tests/read/csv-plain.test.ts holds it to csv-parse.
 */
import Papa from 'papaparse';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** V8 copies a substring shorter than this; a longer one is a view of the string it was cut from. */
const SLICE_MIN = 13;

/**
 * A copy of a value that is a view of a piece's text, so that a value kept long (a code as a map
 * key in a diff, the items a review holds) does not keep the whole piece alive. A copy of a
 * substring stays in two bytes a character when the piece has Chinese text; a short value of
 * URI-safe ASCII (codes such as 370100-XK-0002, dates) is made one byte a character, as csv-parse's
 * decoding made it: encodeURIComponent gives such a value back unchanged, in one-byte form.
 */
function detached(v: string): string {
  if (v.length <= 64 && v.charCodeAt(0) < 128) {
    try {
      const e = encodeURIComponent(v);
      if (e.length === v.length) return e;
    } catch {
      // a lone surrogate
    }
  }
  // A concatenation, flattened by the slice into a string of its own.
  return (' ' + v).slice(1);
}

/** The records with their long values detached from the piece's text (in place). */
function detach(records: string[][]): string[][] {
  for (const record of records) {
    for (let i = 0; i < record.length; i++) if (record[i].length >= SLICE_MIN) record[i] = detached(record[i]);
  }
  return records;
}

export class PlainCsv {
  private parser: Papa.Parser | undefined;
  private newline: '\n' | '\r\n' | undefined;
  private rest = '';
  private failed = false;
  private readonly delimCode: number;
  /** csv-parse's cap in its units; 0: none. */
  private readonly cap: number;

  constructor(private readonly delimiter: string, maxRecord: number) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') throw new Error(`delimiter ${JSON.stringify(delimiter)} is not one character`);
    this.delimCode = delimiter.charCodeAt(0);
    this.cap = maxRecord > 0 ? maxRecord : 0;
  }

  /** Whether the tokeniser has given up on the text (every later call answers undefined). */
  get gaveUp(): boolean {
    return this.failed;
  }

  /**
   * The records completed by the next piece of text (the last, unfinished one waits for more), or
   * undefined when the text is not plainly well formed.
   */
  push(text: string): string[][] | undefined {
    if (this.failed) return undefined;
    const input = this.rest + text;
    if (!this.parser && !this.start(input, false)) return this.fail();
    if (!this.parser) {
      this.rest = input;
      return this.tooLong(input) ? this.fail() : [];
    }
    const res = this.parser.parse(input, 0, true) as Papa.ParseResult<string[]>;
    // An error in the unfinished last record (a closing quote, its CRLF cut by the piece's end) is
    // left for the next piece, which reads that record again.
    if (res.errors.some((e) => e.row === undefined || e.row < res.data.length)) return this.fail();
    const end = res.meta.cursor;
    if (!this.wellFormed(input, end, false) || !this.withinCap(res.data, input.length)) return this.fail();
    this.rest = input.slice(end);
    if (this.tooLong(this.rest)) return this.fail();
    return detach(res.data);
  }

  /** The last record, if the text did not end with a line break; undefined when not well formed. */
  end(): string[][] | undefined {
    if (this.failed) return undefined;
    const input = this.rest;
    this.rest = '';
    if (input === '') return [];
    if (!this.parser && !this.start(input, true)) return this.fail();
    const res = this.parser!.parse(input, 0, false) as Papa.ParseResult<string[]>;
    if (res.errors.length > 0 || res.data.length !== 1) return this.fail();
    if (!this.wellFormed(input, input.length, true) || !this.withinCap(res.data, input.length)) return this.fail();
    return detach(res.data);
  }

  private fail(): undefined {
    this.failed = true;
    this.rest = '';
    this.parser = undefined;
    return undefined;
  }

  /**
   * Chooses the line break from the first one outside quotes, as csv-parse does, and makes the
   * parser; false for a lone CR. Without a break yet (or a CR last, its LF maybe in the next piece)
   * it waits, unless the text ended.
   */
  private start(input: string, final: boolean): boolean {
    let quoted = false;
    let i = 0;
    for (; i < input.length; i++) {
      const ch = input.charCodeAt(i);
      if (ch === QUOTE) quoted = !quoted;
      else if (!quoted && (ch === LF || ch === CR)) break;
    }
    if (i === input.length) {
      if (!final) return true;
      this.newline = '\n';
    } else if (input.charCodeAt(i) === LF) this.newline = '\n';
    else if (input.charCodeAt(i + 1) === LF) this.newline = '\r\n';
    else if (i === input.length - 1 && !final) return true;
    else return false;
    this.parser = new Papa.Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"', escapeChar: '"' });
    return true;
  }

  /** Whether a record still open at `rest` could be one csv-parse refuses as too large. */
  private tooLong(rest: string): boolean {
    return this.cap > 0 && rest.length * 3 > this.cap;
  }

  /** Whether every record is surely under csv-parse's cap (checked record by record only when the text could hold one that is not). */
  private withinCap(records: string[][], inputLength: number): boolean {
    if (this.cap === 0 || inputLength * 3 <= this.cap) return true;
    for (const record of records) {
      let size = 0;
      for (const field of record) size += field.length;
      if (size * 3 > this.cap) return false;
    }
    return true;
  }

  /**
   * Whether input[0, end) — whole records from a record start — is plainly well formed: outside
   * quotes, only the chosen line break; quoted fields only from a field's start, closed by a quote
   * before the delimiter, a line break or the end of the text (`final`: the text ends at `end`).
   * Inside quotes anything goes, as for both parsers.
   */
  private wellFormed(input: string, end: number, final: boolean): boolean {
    const delim = this.delimCode;
    const crlf = this.newline === '\r\n';
    // The next LF and CR at or after the segment being checked (-1: none), found once each.
    let lf = crlf ? input.indexOf('\n') : -1;
    let cr = input.indexOf('\r');
    let from = 0;
    for (;;) {
      const q = input.indexOf('"', from);
      const to = q === -1 || q >= end ? end : q;
      // Line breaks outside quotes, in [from, to).
      while (cr !== -1 && cr < to) {
        if (cr >= from && (!crlf || input.charCodeAt(cr + 1) !== LF)) return false;
        cr = input.indexOf('\r', cr + 1);
      }
      while (lf !== -1 && lf < to) {
        if (lf >= from && input.charCodeAt(lf - 1) !== CR) return false;
        lf = input.indexOf('\n', lf + 1);
      }
      if (to === end) return true;
      // An opening quote: at the start of a field.
      if (q > 0) {
        const before = input.charCodeAt(q - 1);
        if (before !== delim && before !== LF) return false;
      }
      // Its closing quote, past doubled ones.
      let c = input.indexOf('"', q + 1);
      for (;;) {
        if (c === -1 || c >= end) return false;
        if (input.charCodeAt(c + 1) !== QUOTE) break;
        c = input.indexOf('"', c + 2);
      }
      from = c + 1;
      if (from === end) {
        if (!final) return false;
      } else {
        const next = input.charCodeAt(from);
        if (next !== delim && next !== LF && next !== CR) return false;
      }
    }
  }
}
