/** Plain-text tables aligned by display width, so CJK text (two columns a character) lines up. */
import stringWidth from 'string-width';

export type Align = 'left' | 'right';

/** Pads text to a display width. */
export function padTo(text: string, width: number, align: Align = 'left'): string {
  const gap = Math.max(0, width - stringWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** Renders rows (first row = header) as an aligned text table; colour codes are ignored when measuring. */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  if (rows.length === 0) return '';
  const widths: number[] = [];
  for (const r of rows) r.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  const line = (r: readonly string[]): string => r.map((cell, i) => padTo(cell, widths[i], align[i])).join('  ').trimEnd();
  const [head, ...body] = rows;
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}

/** A progress bar of `width` cells for a fraction between 0 and 1. */
export function bar(fraction: number, width = 20): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
