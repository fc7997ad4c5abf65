/** `diff --format json`: the result object as the contract shows it. */
import type { DiffResult } from '../../../diff/types.js';

export function formatDiffJson(d: DiffResult): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
