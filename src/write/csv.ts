/** CSV output: canonical Chinese headers in canonical order, RFC 4180 quoting, CRLF, formula-safe. */
import type { PowerList } from '../model/types.js';
import { groups, outputColumns, type OutputColumns } from './canonical.js';
import { neutraliseCsv } from './neutralise.js';
import { publicationLines, type Publication } from './publish.js';
import { PUBLISH_LABELS as P } from '../text/publish.js';
import { withheldRow } from './xlsx-withheld.js';

/** RFC 4180: quote a field holding a quote, comma, CR or LF (and outer spaces, which readers trim). */
export function csvField(text: string): string {
  const safe = neutraliseCsv(text);
  return /[",\r\n]|^\s|\s$/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The CSV text of a list, chunk by chunk (no BOM; the caller adds it or encodes). */
export function* csvChunks(list: PowerList, opts: { extraColumns?: readonly string[]; publication?: Publication; columns?: OutputColumns } = {}): Generator<string> {
  const cols = opts.columns ?? outputColumns(list, opts.extraColumns);
  const header = [...cols.fields.map((c) => c.header), ...cols.extra];
  yield `${header.map(csvField).join(',')}\r\n`;
  for (const group of groups(list.items)) {
    let text = '';
    for (const item of group) {
      const cells = cols.fields.map((c) => csvField(item[c.key] ?? ''));
      for (const h of cols.extra) cells.push(csvField(item.extra?.[h] ?? ''));
      text += `${cells.join(',')}\r\n`;
    }
    yield text;
  }
  // A publication's hash goes in one footnote cell ("注：…"), which readers leave out of the items.
  if (opts.publication) {
    const pad = ','.repeat(header.length - 1);
    const withheld = opts.publication.withheld ?? [];
    const lines = [...publicationLines(opts.publication), ...(withheld.length ? [`${P.withheldSheet}（${withheld.length}）`] : []), ...withheld.map((w) => withheldRow(w).filter(Boolean).join(' '))];
    yield `${csvField(`注：${lines.join('\n')}`)}${pad}\r\n`;
  }
}
