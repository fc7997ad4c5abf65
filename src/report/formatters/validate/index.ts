/** The validate formatters by --format name: one file each, loaded when used; adding one is a file and a line here. */
import { VALIDATE_FORMATS } from '../../formats.js';
import { loadFormatter, type FormatterLoaders } from '../load.js';
import type { ValidateReport } from '../../../check/report.js';
import type { ValidateFormatOptions, ValidateFormatter } from './types.js';

export type { ValidateFormatOptions, ValidateFormatter } from './types.js';

/** Every --format name validate accepts. */
export { VALIDATE_FORMATS };
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const VALIDATE_FORMATTERS: FormatterLoaders<ValidateFormat, ValidateFormatter> = {
  pretty: async () => (await import('./pretty.js')).formatPretty,
  json: async () => (await import('./json.js')).validateJson,
  github: async () => (await import('./github.js')).formatGithub,
  junit: async () => (await import('./junit.js')).formatJunit,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  html: async () => (await import('./html.js')).formatHtml,
};

/** The validate report as text in the named format (an unknown name is a UsageError). */
export async function formatValidate(report: ValidateReport, format: string, opts: ValidateFormatOptions): Promise<string> {
  const text = (await loadFormatter(VALIDATE_FORMATTERS, format))(report, opts);
  // Fitting to the terminal (string-width: some 20 ms of compiling Unicode property regular
  // expressions when loaded) is for pretty output only; the other formats do not load it.
  if (format !== 'pretty') return text;
  const { fitLines } = await import('../../wrap.js');
  return fitLines(text, opts.width);
}

/**
 * The validate report in the named format as a sequence of chunks, to be written as they come: the
 * JSON document streams its findings; every other format is one chunk, its formatter's text.
 */
export async function formatValidateChunks(report: ValidateReport, format: string, opts: ValidateFormatOptions): Promise<Iterable<string>> {
  if (format === 'json') return (await import('./json.js')).validateJsonChunks(report, opts);
  return [await formatValidate(report, format, opts)];
}
