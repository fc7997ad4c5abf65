/** The export --publish formatters by --format name, loaded when used. */
import type { PublishReport } from '../../../write/gate.js';
import type { Lang } from '../../../text/lang.js';
import type { EXPORT_FORMATS } from '../../formats.js';
import { fitLines } from '../../wrap.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';

export type PublishFormat = (typeof EXPORT_FORMATS)[number];
export type PublishFormatter = (r: PublishReport, o: { lang: Lang }) => string;

export const PUBLISH_FORMATTERS: FormatterLoaders<PublishFormat, PublishFormatter> = {
  pretty: async () => (await import('./pretty.js')).formatPublishPretty,
  json: async () => (await import('./json.js')).formatPublishJson,
};

/** The publish report as text in the named format (an unknown name is a UsageError). */
export async function formatPublish(report: PublishReport, format: string, opts: { lang: Lang; width?: number }): Promise<string> {
  const text = (await loadFormatter(PUBLISH_FORMATTERS, format))(report, opts);
  return format === 'pretty' ? fitLines(text, opts.width) : text;
}
