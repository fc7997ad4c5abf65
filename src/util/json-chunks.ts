/**
 * A JSON document written chunk by chunk with the very bytes of `JSON.stringify(doc, null, 2)`:
 * a report's long arrays (validate's findings) are turned into text one element at a time while
 * the document is written, instead of first as a copy of the whole array and then as one string.
 */

/** An array of a document whose elements are made (and stringified) only as the document is written. */
export class LazyArray {
  constructor(readonly items: Iterable<unknown>) {}
}

/** The elements of `items` mapped by `fn`, made one at a time. */
export function* mapped<T, U>(items: Iterable<T>, fn: (x: T) => U): Generator<U> {
  for (const x of items) yield fn(x);
}

/** A chunk is handed on once it holds this many UTF-16 code units. */
const CHUNK = 1 << 16;

const nest = (text: string, spaces: string): string => text.replace(/\n/gu, `\n${spaces}`);

/**
 * `JSON.stringify(Object.fromEntries(entries), null, 2) + '\n'`, chunk by chunk: entries are written
 * in their order, an undefined (or function) value is left out as JSON.stringify leaves it out, and
 * a LazyArray is written element by element (an element JSON cannot write is `null`, as in any array).
 */
export function* prettyJsonChunks(entries: ReadonlyArray<readonly [string, unknown]>): Generator<string> {
  const present = entries.filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (present.length === 0) {
    yield '{}\n';
    return;
  }
  let text = '{\n';
  for (let i = 0; i < present.length; i++) {
    const [key, value] = present[i]!;
    const end = i === present.length - 1 ? '\n' : ',\n';
    text += `  ${JSON.stringify(key)}: `;
    if (!(value instanceof LazyArray)) {
      text += `${nest(JSON.stringify(value, null, 2), '  ')}${end}`;
      continue;
    }
    let n = 0;
    text += '[';
    for (const element of value.items) {
      text += `${n++ === 0 ? '' : ','}\n    ${nest(JSON.stringify(element, null, 2) ?? 'null', '    ')}`;
      if (text.length >= CHUNK) {
        yield text;
        text = '';
      }
    }
    text += `${n === 0 ? ']' : '\n  ]'}${end}`;
  }
  yield `${text}}\n`;
}
