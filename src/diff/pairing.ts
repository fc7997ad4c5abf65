/** Recoding: a removed and an added item with the same name, department, category and sub-item are one item renumbered. */
import { foldName } from '../model/normalise.js';
import type { Item } from '../model/types.js';

const signature = (it: Item): string =>
  `${foldName(it.name ?? '')}\u0001${foldName(it.department ?? '')}\u0001${it.category ?? ''}\u0001${foldName(it.subItem ?? '')}`;

/** Signature → key, for signatures held by exactly one item (ambiguous ones are never paired). */
function unique(items: ReadonlyMap<string, Item>): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const [key, it] of items) {
    if (!it.name) continue;
    const s = signature(it);
    seen.set(s, seen.has(s) ? null : key);
  }
  const out = new Map<string, string>();
  for (const [s, key] of seen) if (key !== null) out.set(s, key);
  return out;
}

/** Pairs of [removed key, added key] that are the same item under a new code. */
export function pairRecoded(removed: ReadonlyMap<string, Item>, added: ReadonlyMap<string, Item>): [string, string][] {
  if (removed.size === 0 || added.size === 0) return [];
  const olds = unique(removed);
  const news = unique(added);
  const pairs: [string, string][] = [];
  for (const [s, oldKey] of olds) {
    const newKey = news.get(s);
    if (newKey !== undefined) pairs.push([oldKey, newKey]);
  }
  return pairs;
}
