/**
 * The diff engine, fed item by item so large files never have to be held whole (issue 9, item 3):
 * the old side is kept as key → slot, with its items serialized (OldStore: in memory, or a temporary
 * file past a size); the new side streams past it, each item checked against the old one's compared
 * text, and only its added and changed items are kept. Each file is read once.
 */
import { createHash, hash } from 'node:crypto';
import type { Item, Kind } from '../model/types.js';
import { comparedText, fieldSelection, keyOf, type FieldSelection } from './fields.js';
import { OldStore, type Slot } from './old-store.js';
import { buildResult, type ListMeta } from './result.js';
import { REVISION_NOTE } from './revisions.js';
import type { DiffOptions, DiffResult } from './types.js';

export interface EngineOptions extends DiffOptions {
  /** Bytes of serialized old items kept in memory before they go to a temporary file (default 64 MiB). */
  memoryLimit?: number;
}

/**
 * The old side, one slot per key in typed arrays (no object per item: a million-row diff keeps its
 * heap small and its garbage collection short): where the serialized item is, and whether the new
 * side had the key. For an item whose line went to the temporary file, 64 bits of a hash of its
 * compared text (sha1: a crafted file cannot hide a change behind a collision).
 */
class OldTable {
  size = 0;
  private cap = 1024;
  fpHi = new Uint32Array(this.cap);
  fpLo = new Uint32Array(this.cap);
  offset = new Float64Array(this.cap);
  length = new Uint32Array(this.cap);
  head = new Uint32Array(this.cap);
  matched = new Uint8Array(this.cap);

  add(slot: Slot): number {
    if (this.size === this.cap) this.grow();
    const i = this.size++;
    this.offset[i] = slot.offset;
    this.length[i] = slot.length;
    this.head[i] = slot.head;
    return i;
  }

  setHash(i: number, fp: Buffer): void {
    this.fpHi[i] = fp.readUInt32LE(0);
    this.fpLo[i] = fp.readUInt32LE(4);
  }

  sameHash(i: number, fp: Buffer): boolean {
    return this.fpHi[i] === fp.readUInt32LE(0) && this.fpLo[i] === fp.readUInt32LE(4);
  }

  slot(i: number): Slot {
    return { offset: this.offset[i], length: this.length[i], head: this.head[i] };
  }

  private grow(): void {
    this.cap *= 2;
    const more = <T extends Uint32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(this.cap);
      b.set(a);
      return b;
    };
    this.fpHi = more(this.fpHi, (n) => new Uint32Array(n));
    this.fpLo = more(this.fpLo, (n) => new Uint32Array(n));
    this.offset = more(this.offset, (n) => new Float64Array(n));
    this.length = more(this.length, (n) => new Uint32Array(n));
    this.head = more(this.head, (n) => new Uint32Array(n));
    this.matched = more(this.matched, (n) => new Uint8Array(n));
  }
}

// crypto.hash (Node 20.12+) hashes in one call, without a Hash object per item.
const textHash = (text: string): Buffer =>
  typeof hash === 'function' ? hash('sha1', text, 'buffer') : createHash('sha1').update(text).digest();

export class DiffEngine {
  private readonly sel: FieldSelection;
  /** Old key → its slot in the table. */
  private readonly index = new Map<string, number>();
  private readonly table = new OldTable();
  private readonly store: OldStore;
  private readonly added = new Map<string, Item>();
  private readonly changedNew = new Map<string, Item>();
  private unchanged = 0;
  /** Issue 18: every code of either side, and the new items whose note speaks of a revision. */
  private readonly oldCodes = new Set<string>();
  private readonly newCodes = new Set<string>();
  private readonly noted: Item[] = [];

  constructor(private readonly opts: EngineOptions = {}) {
    this.sel = fieldSelection(opts);
    this.store = new OldStore(this.sel.keys, opts.memoryLimit);
  }

  /** First pass: an item of the old version. A repeated key keeps the first item. */
  addOld(item: Item): void {
    const key = keyOf(item);
    this.oldCodes.add(item.code);
    if (this.index.has(key)) return;
    const text = comparedText(item, this.sel);
    const slot = this.store.put(item, text);
    const i = this.table.add(slot);
    if (!this.store.inMemory(slot)) this.table.setHash(i, textHash(text));
    this.index.set(key, i);
  }

  /** Second pass: an item of the new version. */
  addNew(item: Item): void {
    const key = keyOf(item);
    this.newCodes.add(item.code);
    if (item.note && REVISION_NOTE.test(item.note)) this.noted.push(item);
    const i = this.index.get(key);
    if (i === undefined) {
      if (!this.added.has(key)) this.added.set(key, item);
      return;
    }
    if (this.table.matched[i]) return;
    this.table.matched[i] = 1;
    const text = comparedText(item, this.sel);
    const slot = this.table.slot(i);
    const same = this.store.inMemory(slot) ? this.store.sameText(slot, text) : this.table.sameHash(i, textHash(text));
    if (same) this.unchanged++;
    else this.changedNew.set(key, item);
  }

  /** The result, once both sides are done; the old side's changed and removed items are read back. */
  finish(oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    try {
      const removed = new Map<string, Item>();
      for (const [key, i] of this.index) {
        if (!this.table.matched[i]) removed.set(key, this.store.get(this.table.slot(i)));
      }
      const changed: [Item, Item][] = [];
      for (const [key, it] of this.changedNew) {
        const i = this.index.get(key);
        if (i !== undefined) changed.push([this.store.get(this.table.slot(i)), it]);
      }
      return this.result(removed, changed, oldMeta, newMeta);
    } finally {
      this.store.close();
    }
  }

  private result(removed: Map<string, Item>, changed: [Item, Item][], oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    return buildResult({
      sel: this.sel,
      pairing: this.opts.pairing !== false,
      removed,
      added: this.added,
      changed,
      unchanged: this.unchanged,
      oldMeta,
      newMeta,
      revisions: { map: this.opts.map, noted: this.noted, oldCodes: this.oldCodes, newCodes: this.newCodes },
    });
  }
}

export type { ListMeta, Kind };
