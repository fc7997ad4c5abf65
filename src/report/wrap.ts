/**
 * Pretty text fitted to a terminal width: every line longer than the width is wrapped with a
 * hanging indent (continuation lines start under the text of the field they break in, never at
 * column 0), measured by display width (a CJK character takes two columns). Breaks fall at spaces
 * and between CJK characters, never inside a code, date, path or ASCII word, and not before closing
 * punctuation; a word wider than the whole line is cut only as a last resort. Colour codes take no
 * width and are never cut.
 */
import { displayWidth } from './table.js';

/** Line breaks inside a value or header shown as a visible mark, so one value stays on one line. */
export const LINE_MARK = '⏎';

/** Text on one line: each line break (CR LF, LF or CR) shown as ⏎. */
export function oneLine(s: string): string {
  return s.includes('\n') || s.includes('\r') ? s.replace(/\r\n|\r|\n/gu, LINE_MARK) : s;
}

const ANSI = /\x1b\[[0-9;]*m/gu;
// Breaks may fall on either side of a wide (CJK) character...
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
// ...but not before closing punctuation, nor after opening punctuation.
const NO_START = /^[，。、；：！？）》」』】〕”’,.;:!?)\]}%·…—～]/u;
const NO_END = /[（《「『【〔“‘([{]$/u;

interface Unit {
  /** The visible character with the colour codes just before it. */
  text: string;
  width: number;
  space: boolean;
  wide: boolean;
}

/** The line as units: one visible character each, colour codes attached to the character after them (trailing ones to the last). */
function unitsOf(line: string): { units: Unit[]; tail: string } {
  const units: Unit[] = [];
  let pending = '';
  let last = 0;
  const push = (chunk: string): void => {
    for (const ch of chunk) {
      units.push({ text: pending + ch, width: ch === '\t' ? 1 : displayWidth(ch), space: ch === ' ', wide: WIDE.test(ch) });
      pending = '';
    }
  };
  for (const m of line.matchAll(ANSI)) {
    push(line.slice(last, m.index));
    pending += m[0];
    last = m.index + m[0].length;
  }
  push(line.slice(last));
  return { units, tail: pending };
}

const visible = (u: Unit): string => u.text.replace(ANSI, '');

/** Whether a line may break between units a and b (neither a space). */
function breakable(a: Unit, b: Unit): boolean {
  if (!a.wide && !b.wide) return false;
  return !NO_START.test(visible(b)) && !NO_END.test(visible(a));
}

interface Word {
  units: Unit[];
  width: number;
  /** Spaces before the word on the line (dropped when the line breaks there). */
  gap: Unit[];
  /** Column (from the line's start) where the word starts when the line is not wrapped. */
  at: number;
  /** The word starts a field: it follows two or more spaces (an aligned column of the line). */
  field: boolean;
}

// A path is one word, whatever script its names are in (examples/jinan/depts/市公安局.xlsx), even
// where it runs into the text around it: up to its extension, or a path of ASCII names.
const PATH = /[\w.~:-]*(?:[/\\][^\s/\\]+?)*[/\\][^\s/\\]*?\.[A-Za-z][A-Za-z0-9]{1,4}(?![A-Za-z0-9])|[\w.~:-]*(?:[/\\][\w.~-]+)+[/\\]?/gu;

/** For each unit, the number of the path it is part of (0: none). */
function pathsOf(units: readonly Unit[]): number[] {
  const text = units.map(visible);
  const starts: number[] = [];
  let at = 0;
  for (const t of text) {
    starts.push(at);
    at += t.length;
  }
  const line = text.join('');
  const of = new Array<number>(units.length).fill(0);
  let n = 0;
  for (const m of line.matchAll(PATH)) {
    if (m[0] === '' || !/[/\\]/u.test(m[0])) continue;
    n++;
    for (let i = 0; i < units.length; i++) if (starts[i] >= m.index && starts[i] < m.index + m[0].length) of[i] = n;
  }
  return of;
}

function wordsOf(units: readonly Unit[]): { lead: Unit[]; words: Word[] } {
  let i = 0;
  while (i < units.length && units[i].space) i++;
  const lead = units.slice(0, i);
  const words: Word[] = [];
  let col = lead.reduce((n, u) => n + u.width, 0);
  let gap: Unit[] = [];
  let cur: Word | undefined;
  const path = pathsOf(units);
  for (; i < units.length; i++) {
    const u = units[i];
    if (u.space) {
      cur = undefined;
      gap.push(u);
      col += u.width;
      continue;
    }
    const prev = cur?.units.at(-1);
    const inPath = path[i] !== 0 && path[i] === path[i - 1];
    if (!cur || (!inPath && prev && breakable(prev, u))) {
      cur = { units: [], width: 0, gap, at: col, field: gap.length >= 2 };
      words.push(cur);
      gap = [];
    }
    cur.units.push(u);
    cur.width += u.width;
    col += u.width;
  }
  return { lead, words };
}

const join = (units: readonly Unit[]): string => units.map((u) => u.text).join('');
const widthOf = (units: readonly Unit[]): number => units.reduce((n, u) => n + u.width, 0);

/** One line wrapped to `width` columns. */
function wrapLine(line: string, width: number): string[] {
  const { units, tail } = unitsOf(line);
  const { lead, words } = wordsOf(units);
  const leadWidth = widthOf(lead);
  const room = Math.max(8, Math.floor(width / 2));
  const out: string[] = [];
  let text = join(lead);
  let col = leadWidth;
  let atStart = true;
  let hang: number | undefined;
  // The field a break falls in gives the hang (under the field's start) when that leaves room for text.
  let fieldStart = leadWidth;
  const newLine = (): void => {
    out.push(text.trimEnd());
    text = ' '.repeat(hang!);
    col = hang!;
    atStart = true;
  };
  for (const w of words) {
    if (w.field) fieldStart = w.at;
    const gap = atStart ? 0 : widthOf(w.gap);
    if (col + gap + w.width <= width) {
      text += (atStart ? '' : join(w.gap)) + join(w.units);
      col += gap + w.width;
      atStart = false;
      continue;
    }
    if (hang === undefined) {
      const under = fieldStart > leadWidth ? fieldStart : leadWidth + 2;
      hang = under <= room ? under : Math.min(leadWidth + 2, room);
    }
    if (!atStart) newLine();
    // A word too wide for the hang gets a line of its own at a smaller indent where it fits there.
    const least = Math.min(leadWidth + 2, hang);
    if (out.length > 0 && col > least && col + w.width > width && least + w.width <= width) {
      text = ' '.repeat(least);
      col = least;
    }
    // A word wider than the line is cut where it must: the only break inside a word.
    let rest = w.units;
    while (rest.length > 0 && col + widthOf(rest) > width) {
      let n = 0;
      let taken = 0;
      while (n < rest.length && col + taken + rest[n].width <= width) taken += rest[n++].width;
      text += join(rest.slice(0, Math.max(1, n)));
      rest = rest.slice(Math.max(1, n));
      newLine();
    }
    text += join(rest);
    col += widthOf(rest);
    atStart = rest.length === 0 && atStart;
  }
  out.push(text.trimEnd() + tail);
  return out;
}

/** The text with every line fitted to `width` columns (undefined or 0: as it is). */
export function fitLines(text: string, width: number | undefined): string {
  if (!width || width < 1) return text;
  return text
    .split('\n')
    // A line that surely fits is not measured (string-width costs microseconds a line).
    .flatMap((line) => (widthBound(line) <= width || displayWidth(line) <= width ? [line] : wrapLine(line, width)))
    .join('\n');
}

/** An upper bound of a line's display width: no character takes more than two columns, none below U+1100 more than one. */
export function widthBound(line: string): number {
  let w = line.length;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) >= 0x1100) w++;
  return w;
}
