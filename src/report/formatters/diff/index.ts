/** The diff formatters by --format name, loaded when used. */
import { DIFF_FORMATS } from '../../formats.js';
import type { DiffResult } from '../../../diff/types.js';
import { fitLines } from '../../wrap.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';
import type { DiffFormatOptions } from './pretty.js';

export type { DiffFormatOptions };

export { DIFF_FORMATS };
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export type DiffFormatter = (d: DiffResult, o: DiffFormatOptions) => string;

export const DIFF_FORMATTERS: FormatterLoaders<DiffFormat, DiffFormatter> = {
  pretty: async () => (await import('./pretty.js')).formatDiffPretty,
  json: async () => (await import('./json.js')).formatDiffJson,
  markdown: async () => (await import('./markdown.js')).formatDiffMarkdown,
  html: async () => (await import('./html.js')).formatDiffHtml,
};

/** The diff result as text in the named format (an unknown name is a UsageError). */
export async function formatDiff(result: DiffResult, format: string, opts: DiffFormatOptions): Promise<string> {
  const text = (await loadFormatter(DIFF_FORMATTERS, format))(result, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}
