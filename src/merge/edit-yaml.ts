/**
 * The merged YAML list as an edit of ours's document, not a rewrite: with yaml's Document API only the
 * changed fields of changed items are set, removed items removed and added items inserted where
 * their side had them; comments, key order, quoting, blank lines and the `# yaml-language-server`
 * line stay as they were. Undefined when the document is not the plain form this can edit (then the
 * list is written afresh).
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { itemKey, type FieldKey, type Item, type PowerList } from '../model/types.js';
import { itemObject, outputColumns } from '../write/canonical.js';
import { fieldsOf, getField, sameValue } from './fields.js';
import type { MergeField } from './types.js';

const OPTS = { lineWidth: 0, minContentWidth: 0 } as const;

function itemsSeq(doc: Document): YAMLSeq | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const seq = root.get('items', true) ?? root.get('事项', true);
  return isSeq(seq) ? seq : undefined;
}

/** The key a field is written under in this item's map: as the file wrote it, else the English key. */
function keyName(item: Item, field: MergeField): string {
  if (field.startsWith('extra:')) return field.slice(6);
  return item.source.headers?.[field as FieldKey] ?? field;
}

/** A scalar for a new value in the style of the one it replaces (quoting kept; numbers stay numbers). */
function scalarLike(old: unknown, field: MergeField, value: string): Scalar {
  const wasNumber = isScalar(old) && typeof old.value === 'number';
  const s = new Scalar(wasNumber && /^-?\d+(\.\d+)?$/u.test(value) ? Number(value) : value);
  if (isScalar(old) && old.type && typeof s.value === 'string') s.type = old.type;
  if (field === 'code') s.type = Scalar.QUOTE_DOUBLE;
  return s;
}

/** A value replaced in place: the old scalar's place in the text, and the new scalar. */
interface Splice {
  old: Scalar;
  now: Scalar;
}

/**
 * Edits one item's map so that it holds `merged`'s values where they differ from `before`'s.
 * Returns false when it added or removed a key (then the text is the document's, written afresh).
 */
function editItem(doc: Document, map: YAMLMap, before: Item, merged: Item, splices: Splice[]): boolean {
  let plain = true;
  const fields: MergeField[] = [...fieldsOf([before, merged])];
  if (getField(before, 'seq') !== getField(merged, 'seq')) fields.push('seq');
  for (const f of fields) {
    const [was, now] = [getField(before, f), getField(merged, f)];
    if (was === now || (f !== 'seq' && sameValue(f, was, now) && now !== '' && was !== '')) continue;
    const key = keyName(before, f);
    if (now === '') {
      map.delete(key);
      plain = false;
      continue;
    }
    const old = map.get(key, true);
    const scalar = scalarLike(old, f, now);
    if (isScalar(old) && old.range) splices.push({ old, now: scalar });
    else plain = false;
    if (old !== undefined || map.has(key)) map.set(key, scalar);
    else map.add(doc.createPair(f.startsWith('extra:') ? key : f, scalar));
  }
  return plain;
}

/** The text of a scalar on one line, or undefined when it would take more. */
function scalarText(s: Scalar): string | undefined {
  const text = new Document(s).toString(OPTS).replace(/\n$/u, '');
  return text.includes('\n') ? undefined : text;
}

/** Replaces each old scalar's text by the new one's, from the end so earlier offsets hold. */
function spliced(text: string, splices: Splice[]): string | undefined {
  let out = text;
  for (const { old, now } of [...splices].sort((a, b) => b.old.range![0] - a.old.range![0])) {
    const t = scalarText(now);
    if (t === undefined) return undefined;
    out = out.slice(0, old.range![0]) + t + out.slice(old.range![1]);
  }
  return out;
}

/** A new item's map, as the YAML writer writes an item. */
function newItem(doc: Document, list: PowerList, item: Item): YAMLMap {
  const obj = itemObject(item, outputColumns(list));
  const map = doc.createNode(obj) as YAMLMap;
  const code = map.get('code', true);
  if (isScalar(code)) code.type = Scalar.QUOTE_DOUBLE;
  return map;
}

/** The merged list as ours's YAML text edited, or undefined when ours is not in a form this edits. */
export function editedYaml(oursText: string, ours: PowerList, merged: PowerList): string | undefined {
  const doc = parseDocument(oursText, { keepSourceTokens: false });
  if (doc.errors.length > 0) return undefined;
  const seq = itemsSeq(doc);
  if (!seq || seq.items.length !== ours.items.length || !seq.items.every(isMap)) return undefined;
  const nodes = new Map<string, { item: Item; node: YAMLMap }>();
  ours.items.forEach((item, i) => nodes.set(itemKey(item), { item, node: seq.items[i] as YAMLMap }));
  if (nodes.size !== ours.items.length) return undefined;
  const out: unknown[] = [];
  const splices: Splice[] = [];
  let plain = true;
  for (const item of merged.items) {
    const mine = nodes.get(itemKey(item));
    if (mine) {
      plain = editItem(doc, mine.node, mine.item, item, splices) && plain;
      out.push(mine.node);
    } else {
      out.push(newItem(doc, merged, item));
      plain = false;
    }
  }
  // Only values changed, items in the same order: the changed values are replaced in the text itself,
  // so every other byte (comments and their spacing included) stays. Else the edited document.
  const sameOrder = out.length === seq.items.length && out.every((n, i) => n === seq.items[i]);
  if (plain && sameOrder) {
    const text = spliced(oursText, splices);
    if (text !== undefined) return text;
  }
  seq.items = out;
  if (merged.items.length === 0) seq.flow = true;
  return doc.toString(OPTS);
}

