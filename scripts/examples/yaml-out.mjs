/** A small YAML writer that knows the line of every item and key (for documented finding rows). */
import YAML from 'yaml';

function scalar(v, indent, forceQuote) {
  if (typeof v === 'number') return String(v);
  const s = String(v);
  if (s.includes('\n')) return '|-\n' + s.split('\n').map((l) => (l ? ' '.repeat(indent) + l : '')).join('\n');
  if (forceQuote) return JSON.stringify(s);
  const out = YAML.stringify(s, { lineWidth: 0 }).replace(/\n$/u, '');
  return out.includes('\n') ? JSON.stringify(s) : out;
}

/**
 * Writes a document: a schema comment, top-level scalars, then `items` as a list of mappings.
 * Returns the text and, per item, the line of its first key and of each key (1-based).
 */
export function yamlDocument({ schema, top, items, quoteKeys = [] }) {
  const lines = [];
  if (schema) lines.push(`# yaml-language-server: $schema=${schema}`);
  for (const [k, v] of Object.entries(top)) if (v !== undefined) lines.push(`${k}: ${scalar(v, 2, false)}`);
  lines.push('items:');
  const places = [];
  for (const item of items) {
    const keyLines = {};
    let first;
    Object.entries(item).forEach(([k, v], i) => {
      if (v === undefined || v === '') return;
      const prefix = first === undefined ? '  - ' : '    ';
      const text = `${prefix}${k}: ${scalar(v, 6, quoteKeys.includes(k))}`;
      const line = lines.length + 1;
      if (first === undefined) first = line;
      keyLines[k] = line;
      lines.push(...text.split('\n'));
      void i;
    });
    places.push({ line: first, keyLines });
  }
  return { text: lines.join('\n') + '\n', places };
}
