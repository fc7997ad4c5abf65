/**
 * The diff engine, fed item by item so large files never have to be held whole (issue 9, item 3):
 * the old side is kept as key → slot (StringTable: typed arrays, no string per key), with its items
 * as lines of code units (OldStore: in memory, or a temporary file past a size); the new side streams
 * past it, each item checked in place against its old one's compared fields, and only its added and
 * changed items are kept. Each file is read once.
 */
import type { Item, Kind } from '../model/types.js';
import { fieldSelection, keyOf, type FieldSelection } from './fields.js';
import { OldStore } from './old-store.js';
import { buildResult, type ListMeta } from './result.js';
import { REVISION_NOTE, type Codes } from './revisions.js';
import { StringTable } from './string-table.js';
import type { DiffOptions, DiffResult } from './types.js';

export interface EngineOptions extends DiffOptions {
  /** Bytes of serialized old items kept in memory before they go to a temporary file (default 64 MiB). */
  memoryLimit?: number;
}

const grownBytes = (a: Uint8Array, n: number): Uint8Array => {
  const b = new Uint8Array(n);
  b.set(a);
  return b;
};

export class DiffEngine {
  private readonly sel: FieldSelection;
  /** Old key → its slot in the store (a key's id is its slot: a repeated key is not stored). */
  private readonly keys = new StringTable();
  private readonly store: OldStore;
  /** Per slot: whether the new side had the key. */
  private matched: Uint8Array = new Uint8Array(1024);
  /** Issue 18: every code of the old side, by id; per slot its code's id; per code id whether the new side has it. */
  private readonly oldCodes = new StringTable();
  private codeOf = new Uint32Array(1024);
  private codeInNew: Uint8Array = new Uint8Array(1024);
  private codesInNew = 0;
  private readonly added = new Map<string, Item>();
  private readonly changedNew = new Map<string, Item>();
  private unchanged = 0;
  /** The new items whose note speaks of a revision. */
  private readonly noted: Item[] = [];

  constructor(private readonly opts: EngineOptions = {}) {
    this.sel = fieldSelection(opts);
    this.store = new OldStore(this.sel, opts.memoryLimit);
  }

  /** First pass: an item of the old version. A repeated key keeps the first item. */
  addOld(item: Item): void {
    const code = this.oldCodes.add(item.code);
    const known = this.keys.size;
    const slot = this.keys.add(keyOf(item));
    if (slot < known) return;
    if (slot === this.codeOf.length) {
      const more = new Uint32Array(slot * 2);
      more.set(this.codeOf);
      this.codeOf = more;
      this.matched = grownBytes(this.matched, slot * 2);
    }
    this.codeOf[slot] = code;
    this.store.put(item);
  }

  /** Second pass: an item of the new version. */
  addNew(item: Item): void {
    const key = keyOf(item);
    if (item.note && REVISION_NOTE.test(item.note)) this.noted.push(item);
    const i = this.keys.find(key);
    if (i < 0) {
      if (!this.added.has(key)) this.added.set(key, item);
      return;
    }
    if (this.matched[i]) return;
    this.matched[i] = 1;
    const code = this.codeOf[i];
    if (code >= this.codeInNew.length) this.codeInNew = grownBytes(this.codeInNew, Math.max(code + 1, this.codeInNew.length * 2));
    if (!this.codeInNew[code]) {
      this.codeInNew[code] = 1;
      this.codesInNew++;
    }
    if (this.store.sameAs(i, item)) this.unchanged++;
    else this.changedNew.set(key, item);
  }

  /** The codes of the new side: those of its items with an old key, and those of its added items. */
  private newCodes(): Codes {
    const addedCodes = new Set<string>();
    for (const it of this.added.values()) if (!this.hasOldCodeInNew(it.code)) addedCodes.add(it.code);
    return { has: (c) => addedCodes.has(c) || this.hasOldCodeInNew(c), size: this.codesInNew + addedCodes.size };
  }

  private hasOldCodeInNew(c: string): boolean {
    const id = this.oldCodes.find(c);
    return id >= 0 && id < this.codeInNew.length && this.codeInNew[id] === 1;
  }

  /** The result, once both sides are done; the old side's changed and removed items are read back. */
  finish(oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    try {
      const removed = new Map<string, Item>();
      for (let i = 0; i < this.keys.size; i++) if (!this.matched[i]) removed.set(this.keys.get(i), this.store.get(i));
      const changed: [Item, Item][] = [];
      for (const [key, it] of this.changedNew) changed.push([this.store.get(this.keys.find(key)), it]);
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
      revisions: { map: this.opts.map, noted: this.noted, oldCodes: { has: (c) => this.oldCodes.find(c) >= 0, size: this.oldCodes.size }, newCodes: this.newCodes() },
    });
  }
}

export type { ListMeta, Kind };
