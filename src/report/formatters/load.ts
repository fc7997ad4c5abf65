/** The lazily loaded formatter maps: one per command, from --format name to a loader, so a run loads only the formatter it prints with. */
import { UsageError } from '../../errors.js';

/** Every format name of a command has a loader (a missing one does not compile). */
export type FormatterLoaders<F extends string, Fn> = { readonly [K in F]: () => Promise<Fn> };

/** The formatter named `name`; an unknown name is a usage error (exit 2), never a silent default. */
export async function loadFormatter<F extends string, Fn>(loaders: FormatterLoaders<F, Fn>, name: string): Promise<Fn> {
  if (!Object.hasOwn(loaders, name)) {
    throw new UsageError('usage', { reason: 'usage-format', name, names: Object.keys(loaders) });
  }
  return loaders[name as F]();
}
