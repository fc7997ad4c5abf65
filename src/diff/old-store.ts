/**
 * The old side's items, kept serialized rather than as objects, so a diff holds one compact line
 * per old item: in memory while they fit in `memoryLimit` bytes, then in a temporary file that is
 * read back only for the items that turned out changed or removed (one reading of each file).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Item, Source } from '../model/types.js';

/** Where an item's line is: its offset and length in bytes. */
export interface Slot {
  offset: number;
  length: number;
}

export class OldStore {
  private chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingBytes = 0;
  private size = 0;
  private fd: number | undefined;
  private dir: string | undefined;
  /** Per-table field headers, shared by the items of a table (not repeated on every line). */
  private readonly headers: Source['headers'][] = [];

  constructor(private readonly memoryLimit = 64 * 1024 * 1024) {}

  /** Appends an item; returns where it is. */
  put(item: Item): Slot {
    let h = this.headers.indexOf(item.source.headers);
    if (h < 0) h = this.headers.push(item.source.headers) - 1;
    // The item as it is, less its table's shared headers (put back on reading), without copying it.
    const source = item.source;
    const headers = source.headers;
    (source as { headers?: Source['headers'] }).headers = undefined;
    let line: string;
    try {
      line = `${h} ${JSON.stringify(item)}`;
    } finally {
      source.headers = headers;
    }
    const length = Buffer.byteLength(line);
    const slot = { offset: this.size, length };
    this.pending.push(line);
    this.pendingBytes += length;
    this.size += length;
    if (this.pendingBytes >= 1 << 20) this.flush();
    return slot;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buf = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
    if (this.fd === undefined && this.size <= this.memoryLimit) {
      this.chunks.push(buf);
      return;
    }
    if (this.fd === undefined) {
      this.dir = mkdtempSync(join(tmpdir(), 'qingdan-diff-'));
      this.fd = openSync(join(this.dir, 'old.jsonl'), 'w+');
      for (const c of this.chunks) writeSync(this.fd, c);
      this.chunks = [];
    }
    writeSync(this.fd, buf);
  }

  /** The item stored at a slot. */
  get(slot: Slot): Item {
    this.flush();
    let bytes: Buffer;
    if (this.fd !== undefined) {
      bytes = Buffer.alloc(slot.length);
      readSync(this.fd, bytes, 0, slot.length, slot.offset);
    } else {
      bytes = this.slice(slot);
    }
    const text = bytes.toString('utf8');
    const space = text.indexOf(' ');
    const item = JSON.parse(text.slice(space + 1)) as Item;
    item.source.headers = this.headers[Number(text.slice(0, space))];
    return item;
  }

  private slice(slot: Slot): Buffer {
    let at = 0;
    const parts: Buffer[] = [];
    let need = slot.length;
    let pos = slot.offset;
    for (const c of this.chunks) {
      if (need === 0) break;
      if (pos < at + c.length) {
        const from = pos - at;
        const take = Math.min(need, c.length - from);
        parts.push(c.subarray(from, from + take));
        need -= take;
        pos += take;
      }
      at += c.length;
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts);
  }

  /** Removes the temporary file, if there is one. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.chunks = [];
  }
}
