/**
 * The diff engine, fed item by item so large files never have to be held whole (issue 9, item 3):
 * the old side is kept as key → fingerprint of its compared fields; the new side streams past it and
 * only its added and changed items are kept; the old side's changed and removed items are kept
 * while they fit in `keepLimit`, else read again afterwards (`neededOld` / `supplyOld`).
 */
import type { Item, Kind } from '../model/types.js';
import { fieldSelection, fingerprint, keyOf, type FieldSelection } from './fields.js';
import { buildResult, type ListMeta } from './result.js';
import type { DiffOptions, DiffResult } from './types.js';

const MATCHED = '';

export interface EngineOptions extends DiffOptions {
  /** How many old items to keep whole before falling back to a second reading (default 50,000). */
  keepLimit?: number;
}

export class DiffEngine {
  private readonly sel: FieldSelection;
  private readonly keepLimit: number;
  /** Old key → fingerprint; MATCHED once the new side had the key. */
  private readonly oldFp = new Map<string, string>();
  private oldItems: Map<string, Item> | undefined = new Map();
  private readonly oldNeeded = new Map<string, Item>();
  private readonly added = new Map<string, Item>();
  private readonly changedNew = new Map<string, Item>();
  private unchanged = 0;
  private need: Set<string> | undefined;

  constructor(private readonly opts: EngineOptions = {}) {
    this.sel = fieldSelection(opts);
    this.keepLimit = opts.keepLimit ?? 50_000;
  }

  /** First pass: an item of the old version. A repeated key keeps the first item. */
  addOld(item: Item): void {
    const key = keyOf(item);
    if (this.oldFp.has(key)) return;
    this.oldFp.set(key, fingerprint(item, this.sel));
    if (!this.oldItems) return;
    if (this.oldItems.size >= this.keepLimit) this.oldItems = undefined;
    else this.oldItems.set(key, item);
  }

  /** Second pass: an item of the new version. */
  addNew(item: Item): void {
    const key = keyOf(item);
    const fp = this.oldFp.get(key);
    if (fp === undefined) {
      if (!this.added.has(key)) this.added.set(key, item);
      return;
    }
    if (fp === MATCHED) return;
    this.oldFp.set(key, MATCHED);
    if (fp === fingerprint(item, this.sel)) {
      this.unchanged++;
      this.oldItems?.delete(key);
    } else this.changedNew.set(key, item);
  }

  /** Keys of the old items still needed whole (changed or removed), or undefined when they were kept. */
  neededOld(): ReadonlySet<string> | undefined {
    if (this.oldItems) return undefined;
    const need = new Set(this.changedNew.keys());
    for (const [key, fp] of this.oldFp) if (fp !== MATCHED) need.add(key);
    this.need = need;
    return need;
  }

  /** Third pass, when needed: an old item read again. */
  supplyOld(item: Item): void {
    const key = keyOf(item);
    if (this.need?.has(key) && !this.oldNeeded.has(key)) this.oldNeeded.set(key, item);
  }

  /** The result, once both sides (and any second reading) are done. */
  finish(oldMeta: ListMeta, newMeta: ListMeta): DiffResult {
    const olds = this.oldItems ?? this.oldNeeded;
    const removed = new Map<string, Item>();
    for (const [key, fp] of this.oldFp) {
      if (fp === MATCHED) continue;
      const it = olds.get(key);
      if (it) removed.set(key, it);
    }
    const changed: [Item, Item][] = [];
    for (const [key, it] of this.changedNew) {
      const old = olds.get(key);
      if (old) changed.push([old, it]);
    }
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
