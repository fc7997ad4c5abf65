/**
 * Formula neutralisation (OWASP "CSV injection"): a cell that begins with = + - @ tab or CR must
 * never run in a spreadsheet.
 *
 * - .xlsx: every value is written as a string cell; exceljs writes strings as shared or inline
 *   strings, never as <f> formulas, so nothing is changed and the text reads back as written.
 * - .csv: the cell is prefixed with an apostrophe ('). To keep this reversible, text that already
 *   begins with apostrophes followed by a trigger gets one more. A reader undoes it with
 *   `unneutraliseCsv`: strip ONE leading apostrophe when the raw field matches /^'+[=+\-@\t\r]/.
 */

const TRIGGER = /^'*[=+\-@\t\r]/u;
const MARKED = /^'+[=+\-@\t\r]/u;

/** Whether a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return /^[=+\-@\t\r]/u.test(text);
}

/** A CSV cell's text made safe: an apostrophe before a formula-like start. */
export function neutraliseCsv(text: string): string {
  // A first-character check before the regex: this runs for every cell of large files.
  const c = text.charCodeAt(0);
  if (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) return `'${text}`;
  return c === 39 && TRIGGER.test(text) ? `'${text}` : text;
}

/** The inverse of neutraliseCsv, for CSV readers: the raw field (before trimming) → the text. */
export function unneutraliseCsv(field: string): string {
  return MARKED.test(field) ? field.slice(1) : field;
}
