/**
 * The validate formatters by --format name: one file each; adding one is a file and a line here
 * (and a case in load.ts, which the CLI uses to load only the formatter it prints with).
 */
import { VALIDATE_FORMATS } from '../../formats.js';
import { formatGithub } from './github.js';
import { formatHtml } from './html.js';
import { validateJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatPretty } from './pretty.js';
import { formatSarif } from './sarif.js';
import type { ValidateFormatter } from './types.js';

export type { ValidateFormatOptions, ValidateFormatter } from './types.js';

/** Every --format name validate accepts (the map may not have all of them yet). */
export { VALIDATE_FORMATS };
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const VALIDATE_FORMATTERS: Record<ValidateFormat, ValidateFormatter> = {
  pretty: formatPretty,
  json: validateJson,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
};
