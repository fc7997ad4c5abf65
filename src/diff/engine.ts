/**
 * The diff engine, fed item by item so large files never have to be held whole (issue 9, item 3):
 * the old side is kept as key → fingerprint of its compared fields, with its items serialized
 * (OldStore: in memory, or a temporary file past a size); the new side streams past it and only its
 * added and changed items are kept. Each file is read once.
 */
import type { Item, Kind } from '../model/types.js';
import { fieldSelection, fingerprint, keyOf, type FieldSelection } from './fields.js';
import { OldStore } from './old-store.js';
import { buildResult, type ListMeta } from './result.js';
import type { DiffOptions, DiffResult } from './types.js';

const MATCHED = '';

export interface EngineOptions extends DiffOptions {
  /** Bytes of serialized old items kept in memory before they go to a temporary file (default 64 MiB). */
  memoryLimit?: number;
}

interface OldEntry {
  /** Fingerprint of the compared fields; MATCHED once the new side had the key. */
  fp: string;
  offset: number;
  length: number;
}

export class DiffEngine {
  private readonly sel: FieldSelection;
  private readonly old = new Map<string, OldEntry>();
  private readonly store: OldStore;
  private readonly added = new Map<string, Item>();
  private readonly changedNew = new Map<string, Item>();
  private unchanged = 0;

  constructor(private readonly opts: EngineOptions = {}) {
    this.sel = fieldSelection(opts);
    this.store = new OldStore(opts.memoryLimit);
  }

  /** First pass: an item of the old version. A repeated key keeps the first item. */
  addOld(item: Item): void {
    const key = keyOf(item);
    if (this.old.has(key)) return;
    const { offset, length } = this.store.put(item);
    this.old.set(key, { fp: fingerprint(item, this.sel), offset, length });
  }

  /** Second pass: an item of the new version. */
  addNew(item: Item): void {
    const key = keyOf(item);
    const entry = this.old.get(key);
    if (entry === undefined) {
      if (!this.added.has(key)) this.added.set(key, item);
      return;
    }
    if (entry.fp === MATCHED) return;
    const same = entry.fp === fingerprint(item, this.sel);
    entry.fp = MATCHED;
    if (same) this.unchanged++;
    else this.changedNew.set(key, item);
  }

  /** The result, once both sides are done; the old side's changed and removed items are read back. */
  finish(oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    try {
      const removed = new Map<string, Item>();
      for (const [key, entry] of this.old) {
        if (entry.fp !== MATCHED) removed.set(key, this.store.get(entry));
      }
      const changed: [Item, Item][] = [];
      for (const [key, it] of this.changedNew) {
        const entry = this.old.get(key);
        if (entry) changed.push([this.store.get(entry), it]);
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
    });
  }
}

export type { ListMeta, Kind };
