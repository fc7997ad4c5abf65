/** The JSON form: the same object as the YAML form, written in chunks. */
import type { PowerList } from '../model/types.js';
import { groups, headObject, itemObject, outputColumns } from './canonical.js';
import type { Publication } from './publish.js';

const indent = (text: string): string => text.replace(/\n/gu, '\n    ');

/** The JSON text of a list, chunk by chunk (two-space indentation, one key a line). */
export function* jsonChunks(list: PowerList, opts: { title?: string; extraColumns?: readonly string[]; publication?: Publication } = {}): Generator<string> {
  const cols = outputColumns(list, opts.extraColumns);
  const head = headObject(list, opts.title);
  let text = '{\n';
  for (const [k, v] of Object.entries(head)) text += `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`;
  if (opts.publication) text += `  "publication": ${indent(JSON.stringify(opts.publication, null, 2)).replace(/\n {4}/gu, '\n  ')},\n`;
  if (list.items.length === 0) {
    yield `${text}  "items": []\n}\n`;
    return;
  }
  yield `${text}  "items": [\n`;
  let first = true;
  for (const group of groups(list.items)) {
    const parts = group.map((item) => `    ${indent(JSON.stringify(itemObject(item, cols), null, 2))}`);
    yield (first ? '' : ',\n') + parts.join(',\n');
    first = false;
  }
  yield '\n  ]\n}\n';
}
