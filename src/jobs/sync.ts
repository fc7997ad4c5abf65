/** The `sync` job: reads the new catalogue, the list and (optionally) the old catalogue, and writes the updated list when asked. */
import { UsageError } from '../errors.js';
import type { ReadOptions } from '../read/options.js';
import type { SyncResult } from '../sync/types.js';

export interface SyncFilesOptions {
  /** The new catalogue file (required). */
  catalogue?: string;
  /** The previous catalogue: also say what changed in the catalogue itself. */
  from?: string;
  /** A correspondence table (调整对照表) of the catalogue revision (issue 18). */
  map?: string;
  /** Write the updated list here (format from the extension). */
  write?: string;
  /** Differences of form only count. */
  strict?: boolean;
  force?: boolean;
  inPlace?: boolean;
  read?: ReadOptions;
}

/** What a catalogue change means for the list at `listPath` (`qingdan sync`). */
export async function syncFiles(listPath: string, opts: SyncFilesOptions = {}): Promise<SyncResult> {
  if (!opts.catalogue) {
    throw new UsageError('usage', { reason: 'usage-sync-catalogue' });
  }
  const [{ readList }, { sync, updatedList }] = await Promise.all([import('../read/index.js'), import('../sync/index.js')]);
  const read = opts.read ?? {};
  const asCatalogue = { ...read, kind: 'catalogue' as const, sheet: undefined };
  const catalogue = await readList(opts.catalogue, asCatalogue);
  const from = opts.from ? await readList(opts.from, asCatalogue) : undefined;
  const list = await readList(listPath, read);
  const map = opts.map ? await (await import('../read/map.js')).readRevisionMap(opts.map) : undefined;
  const result = sync(catalogue, list, { from, strict: opts.strict, map });
  if (opts.write) {
    const { writeList } = await import('../write/index.js');
    const inputs = [listPath, opts.catalogue, ...(opts.from ? [opts.from] : []), ...(opts.map ? [opts.map] : [])];
    await writeList(updatedList(list, result, catalogue), opts.write, { force: opts.force, inPlace: opts.inPlace, inputs });
  }
  return result;
}
