/**
 * The XML parts of an .xlsx read on saxes (a SAX parser, no DOM, no entity expansion): relationships,
 * the workbook's sheet list, the number formats of the styles, the shared strings, and the sheet
 * data, whose cells go straight into each row's array of values (no object per cell). What the cells
 * mean follows SpreadsheetML: t="s" an index into the shared strings, "inlineStr" the runs of <is>
 * joined (phonetic runs <rPh> left out), "str" a formula's text, "b" a boolean, "e" an error text,
 * "d" an ISO date, else a number (a date when its style's number format is a date format); a formula
 * cell is its cached value, never computed.
 */
import { isAscii } from 'node:buffer';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { InputError } from '../errors.js';
import type { Place } from '../model/types.js';
import type { CellValue, GridRow } from './grid.js';
import { isDateFormat, serialToDate } from './cell-format.js';

/** An element's name without its namespace prefix ("x:row" → "row"). */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** An attribute by its local name, whatever its prefix ("r:id", "ns1:id"). */
function attrLocal(attributes: Record<string, string>, name: string): string | undefined {
  for (const k in attributes) if (k === name || k.endsWith(`:${name}`)) return attributes[k];
  return undefined;
}

interface Handlers {
  opentag?: (tag: SaxesTagPlain) => void;
  closetag?: (tag: SaxesTagPlain) => void;
  /** Also given the text of CDATA sections. */
  text?: (text: string) => void;
}

/**
 * A parser with the handlers a part needs. saxes keeps each handler in a property that `on()` (or
 * `off()`) adds to the parser, so parsers given different handlers, or the same in another order,
 * have different hidden classes, and its character loop, which every part goes through, turns
 * polymorphic: the sheet was parsed about a quarter slower after the relationships, styles and
 * shared strings had each had a parser of another shape. So every parser has the same four, in
 * this order, a missing one left undefined (saxes then does the work for it no more than before:
 * no text is gathered for a part without a text handler).
 */
function parser(h: Handlers): SaxesParser {
  const p: SaxesParser = new SaxesParser({ position: true });
  if (h.opentag) p.on('opentag', h.opentag);
  else p.off('opentag');
  if (h.closetag) p.on('closetag', h.closetag);
  else p.off('closetag');
  if (h.text) {
    p.on('text', h.text);
    p.on('cdata', h.text);
  } else {
    p.off('text');
    p.off('cdata');
  }
  return p;
}

/**
 * UTF-8 bytes → text, chunk by chunk, a character cut at a chunk's end carried into the next (by a
 * streaming TextDecoder: ICU's, which writes UTF-16 at once and is faster on CJK text than
 * Buffer.toString; a bad sequence is U+FFFD as there). ignoreBOM keeps a BOM as text: the XML parser
 * is the one to skip it. A chunk of ASCII alone (a sheet whose text is in the shared strings is all
 * markup) is taken as it is, without the work of decoding, unless the decoder may hold the start of
 * a character: only a chunk ending in a byte of 0x80 or more can leave one.
 */
export async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending = false;
  for await (const c of chunks) {
    if (typeof c === 'string') {
      yield c;
      continue;
    }
    if (c.length === 0) continue;
    if (!pending && isAscii(c)) {
      yield c.toString('latin1');
      continue;
    }
    decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
    const text = decoder.decode(c, { stream: true });
    pending = c[c.length - 1] >= 0x80;
    if (text.length > 0) yield text;
  }
  if (pending && decoder) {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  }
}

/** Feeds a part's text to a parser; the parser's errors are thrown (saxes: "line:column: message"). */
async function feed(stream: AsyncIterable<string | Buffer>, p: SaxesParser): Promise<void> {
  for await (const chunk of utf8Text(stream)) p.write(chunk);
  p.close();
}

export interface Relationship {
  id: string;
  target: string;
  type?: string;
  external: boolean;
}

/** A .rels part's relationships. */
export async function parseRels(stream: AsyncIterable<string | Buffer>): Promise<Relationship[]> {
  const out: Relationship[] = [];
  const p = parser({
    opentag: (tag) => {
      if (local(tag.name) !== 'Relationship') return;
      const a = tag.attributes;
      if (a.Id !== undefined && a.Target !== undefined) out.push({ id: a.Id, target: a.Target, type: a.Type, external: a.TargetMode === 'External' });
    },
  });
  await feed(stream, p);
  return out;
}

export interface WorkbookSheet {
  name: string;
  rId: string;
  state?: string;
}

/** The workbook's sheets in order, and whether its serial dates count from 1904. */
export async function parseWorkbook(stream: AsyncIterable<string | Buffer>): Promise<{ sheets: WorkbookSheet[]; date1904: boolean }> {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  const p = parser({
    opentag: (tag) => {
      const name = local(tag.name);
      if (name === 'sheet') {
        const rId = attrLocal(tag.attributes, 'id');
        if (tag.attributes.name !== undefined && rId !== undefined) sheets.push({ name: tag.attributes.name, rId, state: tag.attributes.state });
      } else if (name === 'workbookPr') {
        // Excel writes date1904="1"; LibreOffice writes "true".
        const v = tag.attributes.date1904;
        date1904 = v === '1' || v === 'true';
      }
    },
  });
  await feed(stream, p);
  return { sheets, date1904 };
}

/** The built-in number formats that show dates or times (ECMA-376 18.8.30, and the zh-CN ones 27–36, 50–58). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
const BUILTIN_TEXT: Record<number, string> = { 1: '0', 49: '@' };

/** What a cell style's number format means for a value: a date, or a code shown as text. */
export interface CellStyle {
  /** A plain number with this style is a date. */
  date: boolean;
  /** A formula's numeric result with this style is a date. */
  formulaDate: boolean;
  /** A whole number with this style is shown as text: '@' as it is, a positive count: padded with zeros to it. */
  code?: '@' | number;
}

const PLAIN: CellStyle = { date: false, formulaDate: false };

/** A number format's meaning, as the number-format rules of cell-format.ts read it, worked out once per style. */
function styleOf(numFmtId: number, formatCode: string | undefined): CellStyle {
  const fmt = formatCode ?? BUILTIN_TEXT[numFmtId];
  if (fmt === undefined) return BUILTIN_DATE.has(numFmtId) ? { date: true, formulaDate: true } : PLAIN;
  const bare = fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  const date = /[ymdhMsb]/.test(bare);
  const first = fmt.split(';')[0].replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1');
  const code = first === '@' ? '@' : /^0+$/.test(first) ? first.length : undefined;
  return { date, formulaDate: isDateFormat(fmt), ...(code !== undefined ? { code } : {}) };
}

/** The styles part: each cell style (cellXfs, by index) as its number format's meaning. */
export async function parseStyles(stream: AsyncIterable<string | Buffer>): Promise<CellStyle[]> {
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const p = parser({
    opentag: (tag) => {
      const name = local(tag.name);
      if (name === 'numFmt') {
        const id = Number.parseInt(tag.attributes.numFmtId ?? '', 10);
        if (Number.isInteger(id) && tag.attributes.formatCode !== undefined) formats.set(id, tag.attributes.formatCode);
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        xfs.push(Number.parseInt(tag.attributes.numFmtId ?? '0', 10) || 0);
      }
    },
    closetag: (tag) => {
      if (local(tag.name) === 'cellXfs') inCellXfs = false;
    },
  });
  await feed(stream, p);
  const byFormat = new Map<number, CellStyle>();
  return xfs.map((id) => {
    let s = byFormat.get(id);
    if (!s) byFormat.set(id, (s = styleOf(id, formats.get(id))));
    return s;
  });
}

/**
 * Stops text that runs on without a tag for longer than the field cap, before the parser holds it
 * whole: the distance from the last '<' is counted over the chunks.
 */
class RunGuard {
  private run = 0;
  constructor(private readonly limit: number) {}
  /** True when the chunk takes a run of text past the limit. */
  over(chunk: string): boolean {
    const lt = chunk.lastIndexOf('<');
    this.run = lt < 0 ? this.run + chunk.length : chunk.length - lt - 1;
    return this.run > this.limit;
  }
}

/** The shared strings, each as plain text (the runs of rich text joined, phonetic runs left out). */
export async function parseSharedStrings(stream: AsyncIterable<string | Buffer>, maxField: number, place: Place): Promise<string[]> {
  const out: string[] = [];
  let text = '';
  let inT = false;
  let inRph = false;
  const tooLarge = (): InputError => new InputError('field-too-large', { limit: maxField }, place);
  const p = parser({
    opentag: (tag) => {
      switch (local(tag.name)) {
        case 'si':
          text = '';
          break;
        case 't':
          inT = !inRph;
          break;
        case 'rPh':
          inRph = true;
          break;
      }
    },
    closetag: (tag) => {
      switch (local(tag.name)) {
        case 'si':
          out.push(text);
          text = '';
          break;
        case 't':
          inT = false;
          break;
        case 'rPh':
          inRph = false;
          break;
      }
    },
    text: (s) => {
      if (!inT) return;
      text += s;
      if (text.length > maxField) throw tooLarge();
    },
  });
  const guard = new RunGuard(maxField + 4096);
  for await (const s of utf8Text(stream)) {
    if (guard.over(s)) throw tooLarge();
    p.write(s);
  }
  p.close();
  return out;
}

export interface SheetReadContext {
  shared: readonly string[];
  styles: readonly CellStyle[];
  date1904: boolean;
  maxField: number;
  place: Place;
}

const enum Capture {
  None,
  Value,
  Inline,
}

/** "AB12" → 27 (the 0-based column); -1 when the reference has no letters. */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // '$'
  }
  return col - 1;
}

/**
 * Number.parseInt(text, 10), for the text of a <v>: a run of 1 to 9 ASCII digits (every index of a
 * shared string Excel writes) is read by a loop of char codes, anything else by parseInt itself.
 */
export function parseIndex(text: string): number {
  const n = text.length;
  if (n === 0 || n > 9) return Number.parseInt(text, 10);
  let v = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.parseInt(text, 10);
    v = v * 10 + d;
  }
  return v;
}

const rowOfRef = (ref: string | undefined): number | undefined => {
  const m = ref ? /\d+/.exec(ref) : null;
  return m ? Number(m[0]) : undefined;
};

/**
 * Parses a worksheet's XML as it is written to it, collecting the rows that have a value; `take()`
 * hands over the rows completed so far. Stops caring after </sheetData> (`done`).
 */
export class SheetReader {
  done = false;
  private readonly p: SaxesParser;
  private readonly guard: RunGuard;
  private rows: GridRow[] = [];
  private inData = false;
  private rowNo = 0;
  private cells: CellValue[] | undefined;
  private any = false;
  private col = -1;
  private ref: string | undefined;
  private type: string | undefined;
  private style: CellStyle = PLAIN;
  private formula = false;
  private value: string | undefined;
  private inline: string | undefined;
  private inRph = false;
  private inIs = false;
  private capture = Capture.None;
  private text = '';

  constructor(private readonly ctx: SheetReadContext) {
    this.guard = new RunGuard(ctx.maxField + 4096);
    this.p = parser({ opentag: (tag) => this.open(tag), closetag: (tag) => this.close(tag), text: (s) => this.onText(s) });
  }

  private tooLarge(): InputError {
    const cell = this.ref;
    return new InputError('field-too-large', { limit: this.ctx.maxField, cell }, { ...this.ctx.place, row: rowOfRef(cell) ?? (this.cells ? this.rowNo : undefined) });
  }

  write(chunk: string): void {
    if (this.done) return;
    if (this.guard.over(chunk)) throw this.tooLarge();
    this.p.write(chunk);
  }

  end(): void {
    if (!this.done) this.p.close();
  }

  take(): GridRow[] {
    const r = this.rows;
    this.rows = [];
    return r;
  }

  private onText(s: string): void {
    if (this.capture === Capture.None) return;
    this.text += s;
    if (this.text.length + (this.inline?.length ?? 0) > this.ctx.maxField) throw this.tooLarge();
  }

  private open(tag: SaxesTagPlain): void {
    const name = tag.name.length === 1 || tag.name.indexOf(':') < 0 ? tag.name : local(tag.name);
    switch (name) {
      case 'c': {
        if (!this.cells) return;
        const a = tag.attributes;
        const ref = a.r;
        this.ref = ref;
        const col = ref === undefined ? -1 : columnOf(ref);
        this.col = col >= 0 ? col : this.col + 1;
        this.type = a.t;
        const s = a.s;
        this.style = s === undefined ? PLAIN : (this.ctx.styles[Number.parseInt(s, 10)] ?? PLAIN);
        this.formula = false;
        this.value = undefined;
        this.inline = undefined;
        return;
      }
      case 'v':
        if (this.cells) {
          this.capture = Capture.Value;
          this.text = '';
        }
        return;
      case 't':
        if (this.inIs && !this.inRph) {
          this.capture = Capture.Inline;
          this.text = '';
        }
        return;
      case 'f':
        if (this.cells) this.formula = true;
        return;
      case 'is':
        if (this.cells) {
          this.inIs = true;
          this.inline ??= '';
        }
        return;
      case 'rPh':
        this.inRph = true;
        return;
      case 'row': {
        if (!this.inData) return;
        const r = tag.attributes.r;
        const n = r === undefined ? Number.NaN : Number.parseInt(r, 10);
        this.rowNo = Number.isInteger(n) && n > 0 ? n : this.rowNo + 1;
        this.cells = [];
        this.any = false;
        this.col = -1;
        return;
      }
      case 'sheetData':
        this.inData = true;
        return;
    }
  }

  private close(tag: SaxesTagPlain): void {
    const name = tag.name.length === 1 || tag.name.indexOf(':') < 0 ? tag.name : local(tag.name);
    switch (name) {
      case 'v':
        if (this.capture === Capture.Value) {
          this.value = this.text;
          this.capture = Capture.None;
        }
        return;
      case 't':
        if (this.capture === Capture.Inline) {
          this.inline += this.text;
          this.capture = Capture.None;
        }
        return;
      case 'c':
        if (this.cells) this.endCell(this.cells);
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'rPh':
        this.inRph = false;
        return;
      case 'row':
        if (this.cells && this.any) this.rows.push({ row: this.rowNo, cells: this.cells });
        this.cells = undefined;
        return;
      case 'sheetData':
        this.inData = false;
        this.done = true;
        return;
    }
  }

  private endCell(cells: CellValue[]): void {
    // A shared string with no formula and no inline text (nearly every cell of a list) goes straight
    // to the table; cellValue() gives the same for it.
    const v = this.type === 's' && !this.formula && this.inline === undefined && this.value !== undefined ? this.shared(this.value) : this.cellValue();
    if (v === null || v === '') return;
    const col = this.col;
    if (col === cells.length) cells.push(v);
    else {
      while (cells.length < col) cells.push(null);
      cells[col] = v;
    }
    this.any = true;
  }

  private number(text: string, date: boolean): CellValue {
    const n = Number.parseFloat(text);
    if (Number.isNaN(n)) return null;
    if (date) return serialToDate(n, this.ctx.date1904);
    const code = this.style.code;
    if (code !== undefined && Number.isInteger(n) && n >= 0) return code === '@' ? String(n) : String(n).padStart(code, '0');
    return n;
  }

  private cellValue(): CellValue {
    const { value, type } = this;
    if (this.formula) {
      // A formula is its cached result, never computed; no cached result is an empty cell.
      if (value === undefined) return null;
      if (type === 'str' || type === 'inlineStr') return value;
      if (type === 'e') return null;
      if (type === 's') return this.shared(value);
      return this.number(value, this.style.formulaDate);
    }
    if (type === 'inlineStr' || (value === undefined && this.inline !== undefined)) return this.inline ?? value ?? null;
    if (value === undefined) return null;
    switch (type) {
      case 's':
        return this.shared(value);
      case 'str':
      case 'e':
        return value;
      case 'b':
        return Number.parseInt(value, 10) !== 0;
      case 'd': {
        const d = new Date(value);
        return Number.isNaN(d.getTime()) ? value : d;
      }
      default:
        return this.number(value, this.style.date);
    }
  }

  private shared(text: string): string {
    const index = parseIndex(text);
    const { shared } = this.ctx;
    if (!(index >= 0 && index < shared.length)) {
      const cell = this.ref;
      throw new InputError('xlsx-shared-string', { index: text.trim(), count: shared.length, cell }, { ...this.ctx.place, row: rowOfRef(cell) ?? this.rowNo });
    }
    return shared[index];
  }
}
