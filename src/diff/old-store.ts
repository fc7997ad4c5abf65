/**
 * The old side's items, kept as lines of UTF-16 code units rather than as objects (no string per
 * stored item for the garbage collector), so a diff holds one compact line per old item: its
 * compared fields first, then the rest of the item. A value is its length and its code units, or a
 * reference into a dictionary of the short values that repeat (categories, departments, statuses,
 * dates). The first `memoryLimit` bytes of lines stay in memory in 1 MiB chunks, where a new item is
 * checked against its old one in place (no old item is decoded to be compared); the lines after that
 * go to a temporary file, with a hash of their compared fields, and are read back only for the items
 * that turned out changed or removed (each input file is read once).
 *
 * The store keeps what the Item type holds but its code (the caller's table of codes has it): the
 * contract fields, extra and raw, and the source (file, sheet, row, lines, and the table's headers,
 * shared by reference).
 */
import { createHash, hash } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIELD_KEYS } from '../model/columns.js';
import type { FieldKey, Item, Source } from '../model/types.js';
import type { FieldSelection } from './fields.js';
import { grown, StringTable } from './string-table.js';

/** Code units per memory chunk (1 MiB); a longer line gets a chunk of its own. */
const CHUNK = 1 << 19;
/** Bytes of lines gathered before a write to the temporary file. */
const FILE_BATCH = 1 << 20;

// A value's first code unit: its length (below LONG), or one of these.
const ABSENT = 0xffff;
const REF = 0xfffe;
const LONG = 0xfffd;

/** Values up to this long may go to the dictionary (any file, sheet and header name may). */
const DICT_MAX_LENGTH = 24;
/** A field that has put this many distinct values in the dictionary puts no more (it does not repeat). */
const DICT_FIELD_BUDGET = 2048;
const DICT_SIZE = 0xffff;

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per item.
const sha1 = (bytes: Uint8Array): Buffer =>
  typeof hash === 'function' ? hash('sha1', bytes, 'buffer') : createHash('sha1').update(bytes).digest();

/** The compared extra columns of an item: header, value pairs, sorted by header, empties left out (as comparedText). */
function comparedExtras(item: Item, sel: FieldSelection): string[] | undefined {
  const extra = item.extra;
  if (!extra) return undefined;
  let out: string[] | undefined;
  for (const h of Object.keys(extra).sort()) {
    const v = extra[h];
    if (v !== '' && sel.extra(h)) (out ??= []).push(h, v);
  }
  return out;
}

export class OldStore {
  /** Items stored (slots 0 … size − 1). */
  size = 0;
  private cap = 1024;
  /** Per slot: its memory chunk (-1: in the file), offset (code units in the chunk, bytes in the file) and length in code units. */
  private chunkOf = new Int32Array(this.cap);
  private offOf = new Float64Array(this.cap);
  private lenOf = new Uint32Array(this.cap);
  /** Per slot in the file: 64 bits of the sha1 of its compared fields (a crafted file cannot hide a change behind a collision). */
  private fpHi = new Uint32Array(0);
  private fpLo = new Uint32Array(0);

  private readonly chunks: Uint16Array[] = [];
  private cur = new Uint16Array(0);
  private pos = 0;
  private memoryBytes = 0;
  private spilled = false;

  private fd: number | undefined;
  private dir: string | undefined;
  private fileBytes = 0;
  /** Lines on their way to the file. */
  private batch = new Uint16Array(FILE_BATCH / 2);
  private batchUnits = 0;

  /** The line being written, and the compared fields as hashed. */
  private w = new Uint16Array(1 << 14);
  private p = 0;

  /** The dictionary (a StringTable: a value is looked up without a Map's hashing of every fresh string), and its values as strings. */
  private readonly dict = new StringTable();
  private readonly dictValues: string[] = [];
  /** Per field position (compared keys, code, the other keys, extra values, raw values): distinct values it has put in the dictionary; -1 once over budget. */
  private readonly dictUse: Int32Array;
  /** Per field position, 256 entries of dictionary id + 1 by a cheap hash of the value (length, first and last code unit): a repeated value is found without hashing it whole. */
  private readonly memo: Int32Array;
  private readonly extraField: number;
  private readonly rawField: number;
  /** The position of the values with no budget (file, sheet, header names, keys of extra and raw). */
  private readonly freeField: number;

  /** Per-table field headers, shared by the items of a table (not repeated on every line). */
  private readonly headers: Source['headers'][] = [];
  private lastHeaders: Source['headers'] | undefined;
  private lastHeadersNo = 0;

  private readonly keys: readonly FieldKey[];
  /** The contract keys not compared (code aside: it is always kept in the rest). */
  private readonly restKeys: readonly FieldKey[];

  constructor(
    private readonly sel: FieldSelection,
    private readonly memoryLimit = 64 * 1024 * 1024,
  ) {
    this.keys = sel.keys;
    this.restKeys = FIELD_KEYS.filter((k) => k !== 'code' && !sel.keys.includes(k));
    this.extraField = this.keys.length + 1 + this.restKeys.length;
    this.rawField = this.extraField + 1;
    this.freeField = this.rawField + 1;
    this.dictUse = new Int32Array(this.freeField + 1);
    this.memo = new Int32Array((this.freeField + 1) * 256);
  }

  /** Appends an item; returns its slot. */
  put(item: Item): number {
    if (this.size === this.cap) this.grow();
    const slot = this.size++;
    this.p = 0;
    this.writeLine(item);
    const n = this.p;
    this.lenOf[slot] = n;
    if (!this.spilled && this.memoryBytes + n * 2 > this.memoryLimit) this.spilled = true;
    if (!this.spilled) {
      if (this.pos + n > this.cur.length) {
        this.cur = new Uint16Array(Math.max(CHUNK, n));
        this.chunks.push(this.cur);
        this.pos = 0;
      }
      this.cur.set(this.w.subarray(0, n), this.pos);
      this.chunkOf[slot] = this.chunks.length - 1;
      this.offOf[slot] = this.pos;
      this.pos += n;
      this.memoryBytes += n * 2;
      return slot;
    }
    if (this.fpHi.length < this.cap) {
      this.fpHi = grown(this.fpHi, this.cap);
      this.fpLo = grown(this.fpLo, this.cap);
    }
    this.chunkOf[slot] = -1;
    if (this.batchUnits + n > this.batch.length) this.flush();
    this.offOf[slot] = this.fileBytes + this.batchUnits * 2;
    if (n > this.batch.length) this.write(this.w, n);
    else {
      this.batch.set(this.w.subarray(0, n), this.batchUnits);
      this.batchUnits += n;
    }
    const fp = this.fingerprint(item);
    this.fpHi[slot] = fp.readUInt32LE(0);
    this.fpLo[slot] = fp.readUInt32LE(4);
    return slot;
  }

  /** Whether the slot's line is in memory (else only a hash of its compared fields is checked). */
  inMemory(slot: number): boolean {
    return this.chunkOf[slot] >= 0;
  }

  /** Whether `item`'s compared fields are those of the item at `slot` (as comparedText would find: as written, empty = absent). */
  sameAs(slot: number, item: Item): boolean {
    const c = this.chunkOf[slot];
    if (c < 0) {
      this.p = 0;
      const fp = this.fingerprint(item);
      return this.fpHi[slot] === fp.readUInt32LE(0) && this.fpLo[slot] === fp.readUInt32LE(4);
    }
    const u = this.chunks[c];
    let p = this.offOf[slot];
    const fields = item as unknown as Record<string, string | undefined>;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) {
      p = this.matchValue(u, p, fields[keys[i]] ?? '');
      if (p < 0) return false;
    }
    const extras = comparedExtras(item, this.sel);
    const n = extras === undefined ? 0 : extras.length;
    if (u[p] !== n >>> 16 || u[p + 1] !== (n & 0xffff)) return false;
    p += 2;
    for (let i = 0; i < n; i++) {
      p = this.matchValue(u, p, (extras as string[])[i]);
      if (p < 0) return false;
    }
    return true;
  }

  /** The item stored at a slot; `code` is its code (kept by the caller, not in the line). */
  get(slot: number, code: string): Item {
    const n = this.lenOf[slot];
    const c = this.chunkOf[slot];
    let u: Uint16Array;
    let p = 0;
    if (c >= 0) {
      u = this.chunks[c];
      p = this.offOf[slot];
    } else {
      this.flush();
      u = new Uint16Array(n);
      readSync(this.fd as number, u, 0, n * 2, this.offOf[slot]);
    }
    return new Reader(u, p, n, (d) => this.dictValue(d)).item(code, this.keys, this.restKeys, this.headers);
  }

  /** Removes the temporary file, if there is one. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.chunks.length = 0;
    this.cur = new Uint16Array(0);
    this.batch = new Uint16Array(0);
    this.batchUnits = 0;
  }

  // Writing a line.

  private writeLine(item: Item): void {
    const fields = item as unknown as Record<string, string | undefined>;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) this.value(fields[keys[i]], i);
    const extras = comparedExtras(item, this.sel);
    this.count(extras === undefined ? 0 : extras.length);
    if (extras) for (let i = 0; i < extras.length; i++) this.value(extras[i], i & 1 ? this.extraField : -1);
    let f = keys.length + 1;
    const source = item.source;
    this.value(source.file, -1);
    this.value(source.sheet, -1);
    this.number(source.row);
    this.count(this.headersNo(source.headers));
    this.pairs(source.lines as Record<string, number> | undefined, -2);
    const rest = this.restKeys;
    for (let i = 0; i < rest.length; i++) this.value(fields[rest[i]], f++);
    this.pairs(item.extra, this.extraField);
    this.pairs(item.raw, this.rawField);
  }

  private room(n: number): void {
    if (this.p + n <= this.w.length) return;
    const w = new Uint16Array(Math.max(this.w.length * 2, this.p + n));
    w.set(this.w.subarray(0, this.p));
    this.w = w;
  }

  /** A value: absent, a dictionary reference, or its length and code units. `field`: its position for the dictionary's budget (-1: none, always tried). */
  private value(v: string | undefined, field: number): void {
    this.room(3);
    const w = this.w;
    if (v === undefined) {
      w[this.p++] = ABSENT;
      return;
    }
    const n = v.length;
    if (n > 0 && (n <= DICT_MAX_LENGTH || field < 0)) {
      const d = this.dictRef(v, field);
      if (d >= 0) {
        w[this.p++] = REF;
        w[this.p++] = d;
        return;
      }
    }
    if (n < LONG) w[this.p++] = n;
    else {
      w[this.p++] = LONG;
      w[this.p++] = n >>> 16;
      w[this.p++] = n & 0xffff;
    }
    this.room(n);
    const u = this.w;
    const at = this.p;
    for (let i = 0; i < n; i++) u[at + i] = v.charCodeAt(i);
    this.p += n;
  }

  private dictRef(v: string, field: number): number {
    const f = field < 0 ? this.freeField : field;
    const used = this.dictUse[f];
    if (used < 0) return -1;
    const n = v.length;
    const m = f * 256 + ((n * 31 + v.charCodeAt(0) * 7 + v.charCodeAt(n - 1)) & 255);
    const hit = this.memo[m] - 1;
    if (hit >= 0 && this.dictValues[hit] === v) return hit;
    let d = this.dict.find(v);
    if (d < 0) {
      if (this.dict.size >= DICT_SIZE) return -1;
      if (field >= 0) this.dictUse[f] = used + 1 >= DICT_FIELD_BUDGET ? -1 : used + 1;
      d = this.dict.add(v);
      // A copy (the table's), so the dictionary holds no string sliced out of a reader's larger text.
      this.dictValues[d] = this.dict.get(d);
    }
    this.memo[m] = d + 1;
    return d;
  }

  /** A dictionary value as a string. */
  private dictValue(d: number): string {
    return this.dictValues[d];
  }

  /** A count (or small number): two code units. */
  private count(n: number): void {
    this.room(2);
    this.w[this.p++] = n >>> 16;
    this.w[this.p++] = n & 0xffff;
  }

  /** A number: a whole one below 2³² in two code units after a 0, else its text after a 1. */
  private number(n: number): void {
    if (Number.isInteger(n) && n >= 0 && n < 2 ** 32 && !Object.is(n, -0)) {
      this.room(1);
      this.w[this.p++] = 0;
      this.count(n);
    } else {
      this.room(1);
      this.w[this.p++] = 1;
      this.value(JSON.stringify(n), -1);
    }
  }

  /** An object of string keys to strings (`field`: their position) or numbers (-2): absent, or its count and pairs in order. */
  private pairs(o: Record<string, string> | Record<string, number> | undefined, field: number): void {
    if (o === undefined) {
      this.room(1);
      this.w[this.p++] = ABSENT;
      return;
    }
    const ks = Object.keys(o);
    this.room(1);
    this.w[this.p++] = 0;
    this.count(ks.length);
    for (const k of ks) {
      this.value(k, -1);
      if (field === -2) this.number((o as Record<string, number>)[k]);
      else this.value((o as Record<string, string>)[k], field);
    }
  }

  private headersNo(h: Source['headers']): number {
    if (h === this.lastHeaders) return this.lastHeadersNo;
    let i = this.headers.indexOf(h);
    if (i < 0) i = this.headers.push(h) - 1;
    this.lastHeaders = h;
    this.lastHeadersNo = i;
    return i;
  }

  // Comparing in place.

  /** Past the stored value at p if it is `v` (absent counts as ''), else -1. */
  private matchValue(u: Uint16Array, p: number, v: string): number {
    const head = u[p];
    if (head === ABSENT) return v === '' ? p + 1 : -1;
    if (head === REF) return this.dictValues[u[p + 1]] === v ? p + 2 : -1;
    let n = head;
    p++;
    if (head === LONG) {
      n = u[p] * 0x10000 + u[p + 1];
      p += 2;
    }
    if (v.length !== n) return -1;
    for (let i = 0; i < n; i++) if (u[p + i] !== v.charCodeAt(i)) return -1;
    return p + n;
  }

  /** sha1 of the compared fields as comparedText sees them (absent = ''; lengths and code units, no dictionary). */
  private fingerprint(item: Item): Buffer {
    const at = this.p;
    const fields = item as unknown as Record<string, string | undefined>;
    const keys = this.keys;
    for (let i = 0; i < keys.length; i++) this.plain(fields[keys[i]] ?? '');
    const extras = comparedExtras(item, this.sel);
    const n = extras === undefined ? 0 : extras.length;
    this.count(n);
    for (let i = 0; i < n; i++) this.plain((extras as string[])[i]);
    const fp = sha1(new Uint8Array(this.w.buffer, at * 2, (this.p - at) * 2));
    this.p = at;
    return fp;
  }

  /** A value as fingerprinted: its length and code units. */
  private plain(v: string): void {
    this.count(v.length);
    this.room(v.length);
    const u = this.w;
    const at = this.p;
    for (let i = 0; i < v.length; i++) u[at + i] = v.charCodeAt(i);
    this.p += v.length;
  }

  private flush(): void {
    if (this.batchUnits === 0) return;
    this.write(this.batch, this.batchUnits);
    this.batchUnits = 0;
  }

  /** Appends the first `units` code units of `from` to the file. */
  private write(from: Uint16Array, units: number): void {
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'qingdan-diff-'));
      this.fd = openSync(join(this.dir, 'old.lines'), 'w+');
    }
    writeSync(this.fd, from, 0, units * 2, this.fileBytes);
    this.fileBytes += units * 2;
  }

  private grow(): void {
    this.cap *= 2;
    this.chunkOf = grown(this.chunkOf, this.cap);
    this.offOf = grown(this.offOf, this.cap);
    this.lenOf = grown(this.lenOf, this.cap);
    if (this.spilled) {
      this.fpHi = grown(this.fpHi, this.cap);
      this.fpLo = grown(this.fpLo, this.cap);
    }
  }
}

/** Reads a line back into an item: decoded as one string, its values are slices of it. */
class Reader {
  private readonly line: string;
  private readonly base: number;

  constructor(
    private readonly u: Uint16Array,
    private p: number,
    length: number,
    private readonly dict: (d: number) => string,
  ) {
    this.base = p;
    this.line = Buffer.from(u.buffer, u.byteOffset + p * 2, length * 2).toString('utf16le');
  }

  item(code: string, keys: readonly FieldKey[], restKeys: readonly FieldKey[], headers: readonly Source['headers'][]): Item {
    const fields: Record<string, string> = {};
    for (const k of keys) {
      const v = this.value();
      if (v !== undefined) fields[k] = v;
    }
    const extras = this.count();
    for (let i = 0; i < extras; i++) this.value();
    const source = { file: this.value() } as Source;
    const sheet = this.value();
    if (sheet !== undefined) source.sheet = sheet;
    source.row = this.number();
    const h = this.count();
    const lines = this.pairs(true);
    if (lines) source.lines = lines as Source['lines'];
    source.headers = headers[h];
    const item = { code, source } as Item;
    for (const k of FIELD_KEYS) if (fields[k] !== undefined) item[k] = fields[k];
    for (const k of restKeys) {
      const v = this.value();
      if (v !== undefined) item[k] = v;
    }
    const extra = this.pairs(false);
    if (extra) item.extra = extra as Record<string, string>;
    const raw = this.pairs(false);
    if (raw) item.raw = raw as Item['raw'];
    return item;
  }

  private value(): string | undefined {
    const u = this.u;
    const head = u[this.p++];
    if (head === ABSENT) return undefined;
    if (head === REF) return this.dict(u[this.p++]);
    let n = head;
    if (head === LONG) {
      n = u[this.p] * 0x10000 + u[this.p + 1];
      this.p += 2;
    }
    const at = this.p - this.base;
    const s = n === 0 ? '' : this.line.slice(at, at + n);
    this.p += n;
    return s;
  }

  private count(): number {
    const n = this.u[this.p] * 0x10000 + this.u[this.p + 1];
    this.p += 2;
    return n;
  }

  private number(): number {
    const tag = this.u[this.p++];
    return tag === 0 ? this.count() : (JSON.parse(this.value() as string) as number);
  }

  private pairs(numbers: boolean): Record<string, string | number> | undefined {
    if (this.u[this.p++] === ABSENT) return undefined;
    const n = this.count();
    const o: Record<string, string | number> = {};
    for (let i = 0; i < n; i++) {
      const k = this.value() as string;
      o[k] = numbers ? this.number() : (this.value() as string);
    }
    return o;
  }
}
