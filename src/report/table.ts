/** Plain-text tables aligned by display width, so CJK text (two columns a character) lines up. */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

// string-width is exact but costs microseconds a call: printable ASCII is one column a character,
// and other texts (column headers, labels, departments) repeat, so their widths are remembered.
const ASCII = /^[\x20-\x7e]*$/u;
const widths = new Map<string, number>();

/** The display width of text in a terminal (a CJK character takes two columns). */
export function displayWidth(s: string): number {
  if (ASCII.test(s)) return s.length;
  let w = widths.get(s);
  if (w === undefined) {
    w = stringWidth(s);
    if (widths.size < 100_000) widths.set(s, w);
  }
  return w;
}

/** Pads text to a display width. */
export function padTo(text: string, width: number, align: Align = 'left'): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** Renders rows (first row = header) as an aligned text table; colour codes are ignored when measuring. */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  if (rows.length === 0) return '';
  const cols: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (cols[i] = Math.max(cols[i] ?? 0, displayWidth(cell))));
  const line = (r: readonly string[]): string => r.map((cell, i) => padTo(cell, cols[i], align[i])).join('  ').trimEnd();
  const [head, ...body] = rows;
  const rule = cols.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}

/** A progress bar of `width` cells for a fraction between 0 and 1. */
export function bar(fraction: number, width = 20): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
