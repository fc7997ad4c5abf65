/** The validate formatters by --format name: one file each; adding one is a file and a line here. */
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
import { VALIDATE_FORMATS } from '../../formats.js';
export { VALIDATE_FORMATS };
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export const VALIDATE_FORMATTERS: Partial<Record<ValidateFormat, ValidateFormatter>> = {
  pretty: formatPretty,
  json: validateJson,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  sarif: formatSarif,
  html: formatHtml,
};

/** The formatter for a name; json for a format whose formatter does not exist yet. */
export function validateFormatter(name: string): ValidateFormatter {
  return VALIDATE_FORMATTERS[name as ValidateFormat] ?? validateJson;
}
