/** The status formatters by name. */
import { STATUS_FORMATS } from '../../formats.js';
import { formatStatusJson, formatWhoJson } from './json.js';
import { formatStatusMarkdown } from './markdown.js';
import { formatStatusPretty } from './pretty.js';
import { formatWhoMarkdown } from './who-markdown.js';
import { formatWhoPretty } from './who-pretty.js';
import type { StatusReport, WhoReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';

export { formatStatusHtml } from './html.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  width?: number;
}

export { STATUS_FORMATS };
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export const STATUS_FORMATTERS: Record<StatusFormat, (r: StatusReport, o: FormatOptions) => string> = {
  pretty: formatStatusPretty,
  json: formatStatusJson,
  markdown: formatStatusMarkdown,
};

export const WHO_FORMATTERS: Record<StatusFormat, (r: WhoReport, o: FormatOptions) => string> = {
  pretty: formatWhoPretty,
  json: formatWhoJson,
  markdown: formatWhoMarkdown,
};
