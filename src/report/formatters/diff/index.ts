/** The diff formatters by name. */
import { DIFF_FORMATS } from '../../formats.js';
import type { DiffResult } from '../../../diff/types.js';
import { formatDiffHtml } from './html.js';
import { formatDiffJson } from './json.js';
import { formatDiffMarkdown } from './markdown.js';
import { formatDiffPretty, type DiffFormatOptions } from './pretty.js';

export type { DiffFormatOptions };

export { DIFF_FORMATS };
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_FORMATTERS: Record<DiffFormat, (d: DiffResult, o: DiffFormatOptions) => string> = {
  pretty: formatDiffPretty,
  json: formatDiffJson,
  markdown: formatDiffMarkdown,
  html: formatDiffHtml,
};
