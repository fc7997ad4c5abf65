/**
 * The old side's items, kept serialized rather than as objects, so a diff holds one compact line
 * per old item: its compared text first (comparedText), then the rest of the item as JSON. The
 * first `memoryLimit` bytes of lines stay in memory, where a new item's compared text is checked
 * against them byte for byte; the lines after that go to a temporary file, read back only for the
 * items that turned out changed or removed (each input file is read once).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FieldKey, Item, Source } from '../model/types.js';

/** Where an item's line is: its offset and length in bytes, and the bytes of its compared text. */
export interface Slot {
  offset: number;
  length: number;
  head: number;
}

export class OldStore {
  /** The lines kept in memory, in chunks of whole lines, and where each chunk starts. */
  private chunks: Buffer[] = [];
  private starts: number[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  private size = 0;
  /** Bytes of lines in memory; the lines from here on are in the file. Infinity until the first spill. */
  private memoryEnd = Infinity;
  private fd: number | undefined;
  private dir: string | undefined;
  /** Per-table field headers, shared by the items of a table (not repeated on every line). */
  private readonly headers: Source['headers'][] = [];
  private readonly saved: (string | undefined)[];
  private scratch = Buffer.allocUnsafe(1 << 16);

  /** `keys`: the fields the compared text holds, in its order (FieldSelection.keys). */
  constructor(
    private readonly keys: readonly FieldKey[],
    private readonly memoryLimit = 64 * 1024 * 1024,
  ) {
    this.saved = new Array(keys.length);
  }

  /** Appends an item and its compared text; returns where it is. */
  put(item: Item, text: string): Slot {
    let h = this.headers.indexOf(item.source.headers);
    if (h < 0) h = this.headers.push(item.source.headers) - 1;
    const rest = this.restOf(item);
    const head = Buffer.byteLength(text);
    const line = `${text}${h} ${rest}`;
    const length = head + Buffer.byteLength(rest) + String(h).length + 1;
    if (this.memoryEnd === Infinity && this.size + length > this.memoryLimit) {
      this.flush();
      this.memoryEnd = this.size;
    }
    const slot = { offset: this.size, length, head };
    this.pending.push(line);
    this.pendingBytes += length;
    this.size += length;
    if (this.pendingBytes >= 1 << 20) this.flush();
    return slot;
  }

  /**
   * The item as JSON less what the compared text already holds (its non-empty compared fields) and
   * its table's shared headers; both are put back on reading. The item is not copied: the fields are
   * set aside for the one synchronous stringify and restored.
   */
  private restOf(item: Item): string {
    const keys = this.keys;
    const saved = this.saved;
    const fields = item as unknown as Record<string, string | undefined>;
    for (let i = 0; i < keys.length; i++) {
      const v = fields[keys[i]];
      saved[i] = v;
      if (v) fields[keys[i]] = undefined;
    }
    const source = item.source;
    const headers = source.headers;
    (source as { headers?: Source['headers'] }).headers = undefined;
    try {
      return JSON.stringify(item);
    } finally {
      source.headers = headers;
      for (let i = 0; i < keys.length; i++) if (saved[i]) fields[keys[i]] = saved[i];
    }
  }

  /** Whether the line at `slot` is in memory (else only a hash of its compared text can be checked). */
  inMemory(slot: Slot): boolean {
    return slot.offset < this.memoryEnd;
  }

  /** Whether the compared text of an item in memory is `text`, byte for byte. */
  sameText(slot: Slot, text: string): boolean {
    if (this.pending.length > 0) this.flush();
    if (text.length * 3 > this.scratch.length) this.scratch = Buffer.allocUnsafe(text.length * 3);
    const n = this.scratch.write(text);
    if (n !== slot.head) return false;
    const c = this.chunkAt(slot.offset);
    const from = slot.offset - this.starts[c];
    return this.scratch.compare(this.chunks[c], from, from + n, 0, n) === 0;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''));
    const start = this.size - this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    if (start < this.memoryEnd) {
      this.chunks.push(buf);
      this.starts.push(start);
      return;
    }
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'qingdan-diff-'));
      this.fd = openSync(join(this.dir, 'old.jsonl'), 'w+');
    }
    writeSync(this.fd, buf, 0, buf.length, start - this.memoryEnd);
  }

  /** The item stored at a slot. */
  get(slot: Slot): Item {
    if (this.pending.length > 0) this.flush();
    let bytes: Buffer;
    if (this.inMemory(slot)) {
      const c = this.chunkAt(slot.offset);
      const from = slot.offset - this.starts[c];
      bytes = this.chunks[c].subarray(from, from + slot.length);
    } else {
      bytes = Buffer.alloc(slot.length);
      readSync(this.fd as number, bytes, 0, slot.length, slot.offset - this.memoryEnd);
    }
    const values = JSON.parse(bytes.toString('utf8', 0, slot.head)) as string[];
    const rest = bytes.toString('utf8', slot.head);
    const space = rest.indexOf(' ');
    const item = JSON.parse(rest.slice(space + 1)) as Item;
    item.source.headers = this.headers[Number(rest.slice(0, space))];
    const fields = item as unknown as Record<string, string>;
    for (let i = 0; i < this.keys.length; i++) if (values[i] !== '') fields[this.keys[i]] = values[i];
    return item;
  }

  /** The chunk holding the line at `offset` (lines never straddle chunks). */
  private chunkAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Removes the temporary file, if there is one. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.chunks = [];
    this.starts = [];
  }
}
