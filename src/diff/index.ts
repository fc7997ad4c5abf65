/** `diff`: what changed between two versions of a list, keyed by code and sub-item, never by position. */
import type { PowerList } from '../model/types.js';
import { readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { DiffEngine, type EngineOptions } from './engine.js';
import type { ListMeta } from './result.js';
import type { DiffOptions, DiffResult } from './types.js';

export type { DiffOptions, DiffResult } from './types.js';
export { applyDiff } from './apply.js';
export { hasDifferences } from './types.js';

const meta = (list: PowerList, items: number): ListMeta => ({ file: list.file, kind: list.kind, items });

/** Compares two lists held in memory. */
export function diff(a: PowerList, b: PowerList, options: DiffOptions = {}): DiffResult {
  const engine = new DiffEngine({ ...options, keepLimit: Number.POSITIVE_INFINITY });
  for (const it of a.items) engine.addOld(it);
  for (const it of b.items) engine.addNew(it);
  return engine.finish(meta(a, a.items.length), meta(b, b.items.length));
}

export interface DiffFilesOptions extends EngineOptions {
  read?: Omit<ReadOptions, 'onItem'>;
}

/**
 * Compares two list files in bounded memory: the old file is held as fingerprints, the new one
 * streams past them, and the old file is read a second time for its changed and removed items
 * only when there were too many to keep.
 */
export async function diffFiles(oldPath: string, newPath: string, options: DiffFilesOptions = {}): Promise<DiffResult> {
  const engine = new DiffEngine(options);
  let oldCount = 0;
  let newCount = 0;
  const oldList = await readList(oldPath, { ...options.read, onItem: (it) => (oldCount++, engine.addOld(it)) });
  const newList = await readList(newPath, { ...options.read, onItem: (it) => (newCount++, engine.addNew(it)) });
  const need = engine.neededOld();
  if (need && need.size > 0) await readList(oldPath, { ...options.read, onItem: (it) => engine.supplyOld(it) });
  return engine.finish(meta(oldList, oldCount), meta(newList, newCount));
}
