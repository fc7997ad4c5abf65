/** The sync formatters by --format name, loaded when used. */
import { SYNC_FORMATS } from '../../formats.js';
import type { SyncResult } from '../../../sync/types.js';
import type { DiffFormatOptions } from '../diff/pretty.js';
import { fitLines } from '../../wrap.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';

export { SYNC_FORMATS };
export type SyncFormat = (typeof SYNC_FORMATS)[number];
export type SyncFormatter = (r: SyncResult, o: DiffFormatOptions) => string;

export const SYNC_FORMATTERS: FormatterLoaders<SyncFormat, SyncFormatter> = {
  pretty: async () => (await import('./pretty.js')).formatSyncPretty,
  json: async () => (await import('./json.js')).formatSyncJson,
  markdown: async () => (await import('./markdown.js')).formatSyncMarkdown,
  html: async () => (await import('./html.js')).formatSyncHtml,
};

/** The sync result as text in the named format (an unknown name is a UsageError). */
export async function formatSync(result: SyncResult, format: string, opts: DiffFormatOptions): Promise<string> {
  const text = (await loadFormatter(SYNC_FORMATTERS, format))(result, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}
