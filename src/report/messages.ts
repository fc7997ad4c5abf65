/** The message catalogue: every text qingdan shows, in zh-CN and en, keyed and typed. */
import type { QingdanError } from '../errors.js';
import type { Place } from '../model/types.js';
import type { Lang } from '../text/lang.js';
import { DEBUG_CAUSE, ERROR_MESSAGES, INTERNAL_ERROR, PLACE } from './text/errors.js';

export { DEBUG_CAUSE, ERROR_MESSAGES, INTERNAL_ERROR };

/** "file, sheet “x”, row 3, column “y”" in the chosen language. */
export function formatPlace(where: Place | undefined, lang: Lang): string {
  return where ? PLACE[lang](where) : '';
}

/** The one-line text of an error: place, then message. */
export function errorMessage(err: QingdanError, lang: Lang): string {
  const text = ERROR_MESSAGES[err.key][lang](err.args);
  const place = formatPlace(err.where, lang);
  return place ? `${place}: ${text}` : text;
}
