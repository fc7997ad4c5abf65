/**
 * The diff engine, fed item by item so large files never have to be held whole (issue 9, item 3):
 * the old side is kept as key → slot (a StringTable: typed arrays, no string per key), with its items
 * as lines of code units (OldStore: in memory, or a temporary file past a size); the new side streams
 * past it, each item checked in place against its old one's compared fields, and only its added and
 * changed items are kept. Each file is read once.
 */
import type { Item, Kind } from '../model/types.js';
import { fieldSelection, keyOf, type FieldSelection } from './fields.js';
import { OldStore } from './old-store.js';
import { buildResult, type ListMeta } from './result.js';
import { REVISION_NOTE, type Codes } from './revisions.js';
import { grown, StringTable } from './string-table.js';
import type { DiffOptions, DiffResult } from './types.js';

export interface EngineOptions extends DiffOptions {
  /** Bytes of serialized old items kept in memory before they go to a temporary file (default 64 MiB). */
  memoryLimit?: number;
}

export class DiffEngine {
  private readonly sel: FieldSelection;
  /**
   * The old side's codes and keys, in one table (an item without a sub-item has its code for key:
   * one string for both). Per id: the slot of the key's item in the store + 1 (0: not a key), and
   * whether it is an old code and a code of the new side.
   */
  private readonly strings = new StringTable();
  private slotOf = new Uint32Array(1024);
  private isOldCode = new Uint8Array(1024);
  private inNew = new Uint8Array(1024);
  private oldCodeCount = 0;
  private codesInNew = 0;
  private readonly store: OldStore;
  /** Per slot: its code's id, and whether the new side had its key. */
  private codeOf = new Uint32Array(1024);
  private matched = new Uint8Array(1024);
  private readonly added = new Map<string, Item>();
  private readonly changedNew = new Map<string, Item>();
  private unchanged = 0;
  /** Issue 18: the new items whose note speaks of a revision. */
  private readonly noted: Item[] = [];

  constructor(private readonly opts: EngineOptions = {}) {
    this.sel = fieldSelection(opts);
    this.store = new OldStore(this.sel, opts.memoryLimit);
  }

  /** First pass: an item of the old version. A repeated key keeps the first item. */
  addOld(item: Item): void {
    const code = this.id(item.code);
    if (!this.isOldCode[code]) {
      this.isOldCode[code] = 1;
      this.oldCodeCount++;
    }
    const key = keyOf(item);
    const k = key === item.code ? code : this.id(key);
    if (this.slotOf[k] !== 0) return;
    const slot = this.store.put(item);
    if (slot >= this.codeOf.length) {
      this.codeOf = grown(this.codeOf, slot + 1);
      this.matched = grown(this.matched, slot + 1);
    }
    this.codeOf[slot] = code;
    this.slotOf[k] = slot + 1;
  }

  /** The id of a string in the table, added if new. */
  private id(s: string): number {
    const id = this.strings.add(s);
    if (id >= this.slotOf.length) {
      this.slotOf = grown(this.slotOf, id + 1);
      this.isOldCode = grown(this.isOldCode, id + 1);
      this.inNew = grown(this.inNew, id + 1);
    }
    return id;
  }

  /** Second pass: an item of the new version. */
  addNew(item: Item): void {
    const key = keyOf(item);
    if (item.note && REVISION_NOTE.test(item.note)) this.noted.push(item);
    const k = this.strings.find(key);
    const i = k < 0 ? -1 : this.slotOf[k] - 1;
    if (i < 0) {
      if (!this.added.has(key)) this.added.set(key, item);
      return;
    }
    if (this.matched[i]) return;
    this.matched[i] = 1;
    const code = this.codeOf[i];
    if (!this.inNew[code]) {
      this.inNew[code] = 1;
      this.codesInNew++;
    }
    if (this.store.sameAs(i, item)) this.unchanged++;
    else this.changedNew.set(key, item);
  }

  private oldItem(slot: number): Item {
    return this.store.get(slot, this.strings.get(this.codeOf[slot]));
  }

  private oldCode(c: string): number {
    const id = this.strings.find(c);
    return id >= 0 && this.isOldCode[id] === 1 ? id : -1;
  }

  /** The codes of the new side: those of its items with an old key, and those of its added items. */
  private newCodes(): Codes {
    const inNew = (c: string): boolean => {
      const id = this.oldCode(c);
      return id >= 0 && this.inNew[id] === 1;
    };
    const addedCodes = new Set<string>();
    for (const it of this.added.values()) if (!inNew(it.code)) addedCodes.add(it.code);
    return { has: (c) => addedCodes.has(c) || inNew(c), size: this.codesInNew + addedCodes.size };
  }

  private oldCodes(): Codes {
    return { has: (c) => this.oldCode(c) >= 0, size: this.oldCodeCount };
  }

  /** The result, once both sides are done; the old side's changed and removed items are read back. */
  finish(oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    try {
      const removed = new Map<string, Item>();
      for (let i = 0; i < this.store.size; i++) {
        if (this.matched[i]) continue;
        const it = this.oldItem(i);
        removed.set(keyOf(it), it);
      }
      const changed: [Item, Item][] = [];
      for (const [key, it] of this.changedNew) changed.push([this.oldItem(this.slotOf[this.strings.find(key)] - 1), it]);
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
      revisions: { map: this.opts.map, noted: this.noted, oldCodes: this.oldCodes(), newCodes: this.newCodes() },
    });
  }
}

export type { ListMeta, Kind };
