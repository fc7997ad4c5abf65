/** The YAML form of data-contract.md, written in chunks so large lists never become one string. */
import { Scalar, stringify } from 'yaml';
import type { PowerList } from '../model/types.js';
import { groups, headObject, itemObject, outputColumns, type OutputColumns } from './canonical.js';
import { publicationLines, type Publication } from './publish.js';
import { PUBLISH_LABELS as P } from '../text/publish.js';
import { withheldRow } from './xlsx-withheld.js';

const OPTS = { lineWidth: 0, minContentWidth: 0 } as const;

/** A code is always double-quoted, so a code like 0012 can never be read back as a number. */
function quotedItem(obj: Record<string, string | number>): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'code') {
      const s = new Scalar(String(v));
      s.type = Scalar.QUOTE_DOUBLE;
      out[k] = s;
    } else out[k] = v;
  }
  return out;
}

/** The YAML text of a list, chunk by chunk. */
export function* yamlChunks(list: PowerList, opts: { title?: string; extraColumns?: readonly string[]; publication?: Publication } = {}): Generator<string> {
  const cols: OutputColumns = outputColumns(list, opts.extraColumns);
  // A publication states its hash and changes as comments: readers take the file as a plain list.
  if (opts.publication) yield publicationLines(opts.publication).map((l) => `# ${l}\n`).join('');
  if (opts.publication?.withheld?.length) yield [`${P.withheldSheet}（${opts.publication.withheld.length}）`, ...opts.publication.withheld.map((w) => withheldRow(w).filter(Boolean).join(' '))].map((l) => `# ${l.replace(/\n/gu, ' ')}\n`).join('');
  yield stringify(headObject(list, opts.title), OPTS);
  if (list.items.length === 0) {
    yield 'items: []\n';
    return;
  }
  yield 'items:\n';
  for (const group of groups(list.items)) {
    const text = stringify({ items: group.map((item) => quotedItem(itemObject(item, cols))) }, OPTS);
    yield text.slice(text.indexOf('\n') + 1);
  }
}
