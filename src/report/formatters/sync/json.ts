/** `sync --format json`: the result object as the contract shows it. */
import type { SyncResult } from '../../../sync/types.js';

export function formatSyncJson(r: SyncResult): string {
  return `${JSON.stringify(r, null, 2)}\n`;
}
