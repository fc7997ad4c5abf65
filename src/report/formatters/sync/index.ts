/** The sync formatters by name. */
import { SYNC_FORMATS } from '../../formats.js';
import type { SyncResult } from '../../../sync/types.js';
import type { DiffFormatOptions } from '../diff/pretty.js';
import { formatSyncHtml } from './html.js';
import { formatSyncJson } from './json.js';
import { formatSyncMarkdown } from './markdown.js';
import { formatSyncPretty } from './pretty.js';

export { SYNC_FORMATS };
export type SyncFormat = (typeof SYNC_FORMATS)[number];

export const SYNC_FORMATTERS: Record<SyncFormat, (r: SyncResult, o: DiffFormatOptions) => string> = {
  pretty: formatSyncPretty,
  json: formatSyncJson,
  markdown: formatSyncMarkdown,
  html: formatSyncHtml,
};
