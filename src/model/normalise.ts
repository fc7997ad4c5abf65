/** Text normalisation: header matching, cell clean-up, the comparison form of names, dates and batches. */
import * as OpenCC from 'opencc-js/t2cn';
import { NAME_MARKS } from './enums.js';

// Zero-width characters, BOMs, U+FFFD from broken copy and paste, and C0/C1 controls other than line breaks and tab.
const STRAY = /[\u200B-\u200D\u2060\uFEFF\uFFFD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/gu;

/** Header text as matched: full-width → half-width, all whitespace and line breaks removed. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(STRAY, '').replace(SPACES, '').replace(/[()（）]/gu, (c) => (c === '（' ? '(' : c === '）' ? ')' : c)).toLowerCase();
}

/**
 * A cell's text as kept: stray characters removed, non-breaking spaces made plain, line ends made
 * \n, outer whitespace trimmed. Inner text is otherwise left as written.
 */
export function cleanText(text: string): string {
  // Most cells need nothing: one scan of the characters instead of four replacements.
  if (!needsCleaning(text)) return text;
  return text
    .replace(/\r\n?/gu, '\n')
    .replace(STRAY, '')
    .replace(/[\u00A0\u2007\u202F]/gu, ' ')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/** Whether a character is white space to JavaScript's \s (and so trimmed at either end of a cell). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether cleanText has anything to do: white space at either end, or anywhere a CR, a no-break
 * space, a zero-width character, a BOM, U+FFFD or a control character other than tab and line feed.
 * A scan of the character codes (most are ASCII letters or CJK, passed over by two comparisons).
 */
function needsCleaning(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(n - 1))) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (c < 0x20) {
      if (c !== 9 && c !== 10) return true;
    } else if (c <= 0xa0) {
      return true; // DEL, the C1 controls, no-break space
    } else if (c >= 0x2007 && c <= 0x2060) {
      if (c === 0x2007 || (c >= 0x200b && c <= 0x200d) || c === 0x202f || c === 0x2060) return true;
    } else if (c === 0xfeff || c === 0xfffd) {
      return true;
    }
  }
  return false;
}

/**
 * Text that every normalisation leaves as it is: printable ASCII other than the space, and CJK
 * unified ideographs (U+4E00–U+9FFF, which NFKC keeps and nothing composes with).
 */
function isPlain(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0x7f) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    return false;
  }
  return true;
}

/** An enum value as matched: full-width → half-width, whitespace removed. */
export function normaliseValue(text: string): string {
  if (isPlain(text)) return text;
  return text.normalize('NFKC').replace(STRAY, '').replace(SPACES, '');
}

let toSimplified: ((s: string) => string) | undefined;
let firsts: Set<number> | null | undefined;

/**
 * The first characters of the converter's dictionary entries (opencc-js's t2cn: one dictionary group,
 * phrases and characters, "source target|…"). A text holding none of them has nothing to convert, so
 * the converter (some 15 ms to build, a trie walk per character) is not needed for it. Null when the
 * dictionaries are not in the shape expected: then every text goes through the converter.
 */
function dictionaryFirsts(): Set<number> | null {
  try {
    const groups = (OpenCC as unknown as { Locale?: { to?: { cn?: unknown } } }).Locale?.to?.cn;
    if (!Array.isArray(groups)) return null;
    const set = new Set<number>();
    for (const group of groups) {
      if (!Array.isArray(group)) return null;
      for (const dict of group) {
        if (typeof dict !== 'string') return null;
        for (let at = 0; at < dict.length; ) {
          set.add(dict.codePointAt(at)!);
          const next = dict.indexOf('|', at);
          if (next < 0) break;
          at = next + 1;
        }
      }
    }
    return set.size > 0 ? set : null;
  } catch {
    return null;
  }
}

/** Whether the text holds a character some dictionary entry starts with. */
function mayConvert(text: string): boolean {
  if (firsts === undefined) firsts = dictionaryFirsts();
  if (firsts === null) return true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    const cp = text.codePointAt(i)!;
    if (firsts.has(cp)) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}

/** Traditional → simplified characters, with opencc-js (the converter is built on first use). */
export function simplify(text: string): string {
  if (!mayConvert(text)) return text;
  const convert = (toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' }) as (s: string) => string);
  return convert(text);
}

const PUNCT = /[\p{P}\p{S}]/gu;

/**
 * The comparison form of a name: marks (*, ☆, ◇) left out, width folded, spaces and punctuation
 * removed, traditional characters made simplified. Idempotent.
 */
export function foldName(text: string): string {
  // Letters, digits and CJK ideographs alone (most names and departments): nothing to strip and
  // nothing for NFKC to change; only the traditional characters and the case are left to fold.
  if (isWordOnly(text)) {
    const simple = simplify(text);
    return simple === text ? text.toLowerCase() : simple.toLowerCase().normalize('NFKC');
  }
  const stripped = text.normalize('NFKC').replace(STRAY, '').replace(NAME_MARKS, '').replace(SPACES, '').replace(PUNCT, '');
  // Normalised again: a removal can join a letter to a combining mark (´ is a space and U+0301
  // under NFKC), which would compose only on a second fold.
  return simplify(stripped.normalize('NFKC')).toLowerCase().normalize('NFKC');
}

/**
 * Whether the text is ASCII letters and digits and CJK unified ideographs (U+4E00–U+9FFF) only: no
 * mark, space, punctuation or symbol for foldName to remove, nothing NFKC changes.
 */
function isWordOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    return false;
  }
  return true;
}

/** Text with only width, line breaks and spaces folded (for form-only comparisons of long text). */
export function foldText(text: string): string {
  // Printable ASCII and CJK ideographs alone: no width, stray character or space to fold.
  if (isPlain(text)) return simplify(text);
  return simplify(text.normalize('NFKC').replace(STRAY, '').replace(SPACES, '').normalize('NFKC'));
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Small Chinese numerals (一 … 九十九), as batches are written. */
export function parseChineseNumber(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十]+$/u.test(text)) return undefined;
  if (!text.includes('十')) {
    let n = 0;
    for (const ch of text) n = n * 10 + CN_DIGITS[ch];
    return n;
  }
  const [tens, ones] = text.split('十');
  if (text.split('十').length > 2) return undefined;
  const t = tens === '' ? 1 : CN_DIGITS[tens];
  const o = ones === '' ? 0 : CN_DIGITS[ones];
  if (t === undefined || o === undefined || tens.length > 1 || ones.length > 1) return undefined;
  return t * 10 + o;
}

/** A batch as written ("3", "第3批", "第三批", 3) → a positive integer, or undefined. */
export function parseBatch(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const s = normaliseValue(value).replace(/^第/u, '').replace(/[批次]$/u, '');
  if (/^\d+$/u.test(s)) {
    const n = Number(s);
    return n > 0 ? n : undefined;
  }
  const n = parseChineseNumber(s);
  return n && n > 0 ? n : undefined;
}

/** The number the ASCII digits s[from, to) make, or -1 when one of them is not a digit. */
export function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Whether the text is shaped YYYY-MM-DD: ten characters, digits with a hyphen at 4 and 7 (the calendar unchecked). */
export function isYmdShaped(s: string): boolean {
  return s.length === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45 && digitsAt(s, 0, 4) >= 0 && digitsAt(s, 5, 7) >= 0 && digitsAt(s, 8, 10) >= 0;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An Excel serial day number → YYYY-MM-DD (1900 system by default, 1904 when the workbook says so). */
export function serialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial) || serial < 1) return undefined;
  // 25569 is 1970-01-01 in the 1900 system (which counts the non-existent 1900-02-29); 24107 in 1904.
  const days = Math.floor(serial) - (date1904 ? 24107 : 25569);
  const dt = new Date(days * 86_400_000);
  return isoDate(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate());
}

/** A date as written (Date, Excel serial, 2016-06-30, 2016/6/30, 2016.6.30, 2016年6月30日) → YYYY-MM-DD. */
export function parseDate(value: string | number | Date, date1904 = false): string | undefined {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return undefined;
    return isoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') return serialToIso(value, date1904);
  const s = normaliseValue(value);
  // YYYY-MM-DD, as most dates are written (and all that qingdan writes): read without the expressions.
  if (isYmdShaped(s)) return isoDate(digitsAt(s, 0, 4), digitsAt(s, 5, 7), digitsAt(s, 8, 10));
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T.*|\d{1,2}:\d{2}(?::\d{2})?)?$/u.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/u.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/u.test(s)) return serialToIso(Number(s), date1904);
  return undefined;
}

/** The canonical spelling of an enum value, or undefined when it is not one of them. */
export function canonicalEnum(text: string, values: readonly string[], aliases: Record<string, string> = {}): string | undefined {
  // The catalogue's own string, not the equal one read (which can then be collected at once).
  const at = values.indexOf(text);
  if (at >= 0) return values[at];
  const v = normaliseValue(text);
  if (values.includes(v)) return v;
  if (aliases[v]) return aliases[v];
  const simple = simplify(v);
  if (values.includes(simple)) return simple;
  return aliases[simple];
}
