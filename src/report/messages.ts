/** The message catalogue: every text qingdan shows, in zh-CN and en, keyed and typed. */
import type { QingdanError } from '../errors.js';
import type { Place } from '../model/types.js';
import type { Lang } from '../text/lang.js';
import { ERROR_MESSAGES } from './text/errors.js';

export { ERROR_MESSAGES };

/** "file, sheet “x”, row 3, column “y”" in the chosen language. */
export function formatPlace(where: Place | undefined, lang: Lang): string {
  if (!where) return '';
  const parts: string[] = [];
  if (where.file) parts.push(where.file);
  if (lang === 'en') {
    if (where.sheet) parts.push(`sheet "${where.sheet}"`);
    if (where.row) parts.push(`row ${where.row}`);
    if (where.column) parts.push(`column "${where.column}"`);
    return parts.join(', ');
  }
  if (where.sheet) parts.push(`工作表“${where.sheet}”`);
  if (where.row) parts.push(`第 ${where.row} 行`);
  if (where.column) parts.push(`“${where.column}”列`);
  return parts.join('，');
}

/** The one-line text of an error: place, then message. */
export function errorMessage(err: QingdanError, lang: Lang): string {
  const text = ERROR_MESSAGES[err.key][lang](err.args);
  const place = formatPlace(err.where, lang);
  return place ? `${place}: ${text}` : text;
}
