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

/** A cell on one line: line breaks in a header or value shown as ⏎ (a table row must not break). */
const flat = (cell: string): string => (cell.includes('\n') || cell.includes('\r') ? cell.replace(/\r\n|\r|\n/gu, '⏎') : cell);

/**
 * Renders rows (first row = header) as an aligned text table; colour codes are ignored when measuring.
 * With `width`, a table wider than that is shown one record per block instead: the first cell, then
 * a `header: value` line for each other cell (the lines are wrapped by fitLines, report/wrap.ts).
 */
export function renderTable(rows: readonly (readonly string[])[], align: readonly Align[] = [], width?: number): string {
  if (rows.length === 0) return '';
  const flatRows = rows.map((r) => r.map(flat));
  const cols: number[] = [];
  for (const r of flatRows) r.forEach((cell, i) => (cols[i] = Math.max(cols[i] ?? 0, displayWidth(cell))));
  const [head, ...body] = flatRows;
  if (width !== undefined && width > 0 && cols.reduce((n, w) => n + w, 0) + 2 * (cols.length - 1) > width) return recordBlocks(head, body, width);
  const line = (r: readonly string[]): string => r.map((cell, i) => padTo(cell, cols[i], align[i])).join('  ').trimEnd();
  const rule = cols.map((w) => '─'.repeat(w)).join('  ');
  return [line(head), rule, ...body.map(line)].join('\n') + '\n';
}

const bare = (s: string): string => s.replace(/\x1b\[[0-9;]*m/gu, '').trim();

/**
 * One block per record: its first cell, then its other cells as `header: value` pairs (a header left
 * empty: the value alone), as many to a line as fit the width, two spaces apart.
 */
function recordBlocks(head: readonly string[], body: readonly (readonly string[])[], width: number): string {
  const blocks = body.map((r) => {
    const lines = [r[0] ?? ''];
    let line = '';
    for (let i = 1; i < r.length; i++) {
      const label = (head[i] ?? '').trim();
      const value = r[i].trim();
      if (bare(label) === '' && bare(value) === '') continue;
      const pair = bare(label) === '' ? value : `${label}: ${value}`;
      if (line !== '' && displayWidth(`  ${line}  ${pair}`) > width) {
        lines.push(`  ${line}`);
        line = '';
      }
      line = line === '' ? pair : `${line}  ${pair}`;
    }
    if (line !== '') lines.push(`  ${line}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** A progress bar of `width` cells for a fraction between 0 and 1. */
export function bar(fraction: number, width = 20): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.round(f * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}
