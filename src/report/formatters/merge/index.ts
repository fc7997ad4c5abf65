/** The merge report formatters by --format name, loaded when used. */
import { MERGE_FORMATS } from '../../formats.js';
import type { MergeReport } from '../../../merge/report.js';
import type { Lang } from '../../../text/lang.js';
import { fitLines } from '../../wrap.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';

export interface MergeFormatOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width in columns for pretty (lines wrapped, tables fitted; report/wrap.ts). */
  width?: number;
}

export { MERGE_FORMATS };
export type MergeFormat = (typeof MERGE_FORMATS)[number];

export const MERGE_FORMATTERS: FormatterLoaders<MergeFormat, (r: MergeReport, o: MergeFormatOptions) => string> = {
  pretty: async () => (await import('./pretty.js')).formatMergePretty,
  json: async () => (await import('./json.js')).formatMergeJson,
  markdown: async () => (await import('./markdown.js')).formatMergeMarkdown,
};

/** The merge report as text in the named format (an unknown name is a UsageError). */
export async function formatMerge(report: MergeReport, format: string, opts: MergeFormatOptions): Promise<string> {
  const text = (await loadFormatter(MERGE_FORMATTERS, format))(report, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}
