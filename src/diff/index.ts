/** `diff`: what changed between two versions of a list, keyed by code and sub-item, never by position. */
import type { PowerList } from '../model/types.js';
import { readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { DiffEngine, type EngineOptions } from './engine.js';
import type { ListMeta } from './result.js';
import type { DiffResult } from './types.js';

export type { DiffOptions, DiffResult } from './types.js';
export { applyDiff } from './apply.js';
export { hasDifferences } from './types.js';
export { textconv, textconvLine } from './textconv.js';

const meta = (list: PowerList, items: number): ListMeta => ({ file: list.file, kind: list.kind, items });

/** Compares two lists held in memory. */
export function diff(a: PowerList, b: PowerList, options: EngineOptions = {}): DiffResult {
  const engine = new DiffEngine(options);
  for (const it of a.items) engine.addOld(it);
  for (const it of b.items) engine.addNew(it);
  return engine.finish(meta(a, a.items.length), meta(b, b.items.length));
}

export interface DiffFilesOptions extends EngineOptions {
  read?: Omit<ReadOptions, 'onItem' | 'displayPath'>;
  /** Paths shown for the old and new file (git passes temporary files). */
  oldLabel?: string;
  newLabel?: string;
  /** A correspondence table file (`--map FILE`, issue 18), read before the lists. */
  mapFile?: string;
}

/** git's name for a missing side (a file added or deleted). */
export const NO_FILE = '/dev/null';

/**
 * Compares two list files in bounded memory: the old file is held as fingerprints, the new one
 * streams past them, and the old file is read a second time for its changed and removed items
 * only when there were too many to keep.
 */
export async function diffFiles(oldPath: string, newPath: string, options: DiffFilesOptions = {}): Promise<DiffResult> {
  const map = options.mapFile ? await (await import('../read/map.js')).readRevisionMap(options.mapFile) : options.map;
  const engine = new DiffEngine({ ...options, map });
  let oldCount = 0;
  let newCount = 0;
  const oldRead = { ...options.read, displayPath: options.oldLabel };
  const newRead = { ...options.read, displayPath: options.newLabel };
  const read = async (path: string, opts: ReadOptions): Promise<ListMeta | undefined> =>
    path === NO_FILE ? undefined : meta(await readList(path, opts), 0);
  const oldMeta = await read(oldPath, { ...oldRead, onItem: (it) => (oldCount++, engine.addOld(it)) });
  const newMeta = await read(newPath, { ...newRead, onItem: (it) => (newCount++, engine.addNew(it)) });
  const kind = oldMeta?.kind ?? newMeta?.kind ?? 'delegation';
  const empty = (label?: string): ListMeta => ({ file: label ?? NO_FILE, kind, items: 0 });
  return engine.finish(
    oldMeta ? { ...oldMeta, items: oldCount } : empty(options.oldLabel),
    newMeta ? { ...newMeta, items: newCount } : empty(options.newLabel),
  );
}
