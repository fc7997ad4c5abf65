/** The status and --who formatters by --format name, loaded when used. */
import { STATUS_FORMATS } from '../../formats.js';
import type { StatusReport, WhoReport } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { fitLines } from '../../wrap.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';

export { formatStatusHtml } from './html.js';

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  width?: number;
}

export { STATUS_FORMATS };
export type StatusFormat = (typeof STATUS_FORMATS)[number];

export const STATUS_FORMATTERS: FormatterLoaders<StatusFormat, (r: StatusReport, o: FormatOptions) => string> = {
  pretty: async () => (await import('./pretty.js')).formatStatusPretty,
  json: async () => (await import('./json.js')).formatStatusJson,
  markdown: async () => (await import('./markdown.js')).formatStatusMarkdown,
};

export const WHO_FORMATTERS: FormatterLoaders<StatusFormat, (r: WhoReport, o: FormatOptions) => string> = {
  pretty: async () => (await import('./who-pretty.js')).formatWhoPretty,
  json: async () => (await import('./json.js')).formatWhoJson,
  markdown: async () => (await import('./who-markdown.js')).formatWhoMarkdown,
};

/** The status report as text in the named format (an unknown name is a UsageError). */
export async function formatStatus(report: StatusReport, format: string, opts: FormatOptions): Promise<string> {
  const text = (await loadFormatter(STATUS_FORMATTERS, format))(report, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}

/** The --who answers as text in the named format (an unknown name is a UsageError). */
export async function formatWho(report: WhoReport, format: string, opts: FormatOptions): Promise<string> {
  const text = (await loadFormatter(WHO_FORMATTERS, format))(report, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}
