/** The merge report formatters by name. */
import { MERGE_FORMATS } from '../../formats.js';
import type { MergeReport } from '../../../merge/report.js';
import type { Lang } from '../../../text/lang.js';
import { formatMergeJson } from './json.js';
import { formatMergeMarkdown } from './markdown.js';
import { formatMergePretty } from './pretty.js';

export interface MergeFormatOptions {
  lang: Lang;
  color: boolean;
}

export { MERGE_FORMATS };
export type MergeFormat = (typeof MERGE_FORMATS)[number];

export const MERGE_FORMATTERS: Record<MergeFormat, (r: MergeReport, o: MergeFormatOptions) => string> = {
  pretty: formatMergePretty,
  json: formatMergeJson,
  markdown: formatMergeMarkdown,
};
