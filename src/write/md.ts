/** A Markdown rendering of a list: title, a publication's hash and changes, one table. */
import type { PowerList } from '../model/types.js';
import { DEFAULT_TITLES } from '../text/export.js';
import { groups, outputColumns, type OutputColumns } from './canonical.js';
import { publicationLines, type Publication } from './publish.js';
import { rowTexts } from './xlsx-sheet.js';
import { PUBLISH_LABELS as P } from '../text/publish.js';
import { WITHHELD_HEADERS, withheldRow } from './xlsx-withheld.js';

/** A table cell: pipes escaped, line breaks as <br>, HTML-like text made inert. */
export function mdCell(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/\|/gu, '\\|').replace(/</gu, '&lt;').replace(/\r?\n/gu, '<br>');
}

/** The Markdown text of a list, chunk by chunk. */
export function* mdChunks(list: PowerList, opts: { title?: string; extraColumns?: readonly string[]; publication?: Publication; columns?: OutputColumns } = {}): Generator<string> {
  const cols = opts.columns ?? outputColumns(list, opts.extraColumns);
  const headers = [...cols.fields.map((c) => c.header), ...cols.extra];
  let head = `# ${mdCell(opts.title ?? list.title ?? DEFAULT_TITLES[list.kind])}\n\n`;
  if (opts.publication) head += publicationLines(opts.publication).map((l) => `- ${mdCell(l)}\n`).join('') + '\n';
  head += `| ${headers.map(mdCell).join(' | ')} |\n|${headers.map(() => ' --- |').join('')}\n`;
  yield head;
  for (const group of groups(list.items)) {
    yield group.map((item) => `| ${rowTexts(item, cols).map(mdCell).join(' | ')} |\n`).join('');
  }
  const withheld = opts.publication?.withheld ?? [];
  if (withheld.length > 0) {
    let text = `\n## ${P.withheldSheet}（${withheld.length}）\n\n| ${WITHHELD_HEADERS.map(mdCell).join(' | ')} |\n|${WITHHELD_HEADERS.map(() => ' --- |').join('')}\n`;
    for (const w of withheld) text += `| ${withheldRow(w).map(mdCell).join(' | ')} |\n`;
    yield text;
  }
}
