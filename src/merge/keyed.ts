/** Items by key, and the order of a merged sequence of keys. */
import { itemKey, type Item } from '../model/types.js';

/**
 * Items by key. A key that occurs twice in one list (a duplicate-code finding for validate) gets
 * an occurrence number, so the second occurrence merges with the second on the other side and
 * no row is lost.
 */
export function byKey(items: readonly Item[]): Map<string, Item> {
  const map = new Map<string, Item>();
  for (const it of items) {
    const k = itemKey(it);
    if (!map.has(k)) {
      map.set(k, it);
      continue;
    }
    let n = 2;
    while (map.has(`${k}\u0001${n}`)) n++;
    map.set(`${k}\u0001${n}`, it);
  }
  return map;
}

/** Whether two keyed lists hold the same keys in the same order. */
export function sameKeys(a: Map<string, Item>, b: Map<string, Item>): boolean {
  if (a.size !== b.size) return false;
  const bk = b.keys();
  for (const k of a.keys()) if (bk.next().value !== k) return false;
  return true;
}

/**
 * The keys of `primary` in its order, with the keys only `secondary` has placed, in its order,
 * after the nearest key before them in `secondary` that `primary` also has (or first).
 */
export function interleave(primary: readonly string[], secondary: readonly string[]): string[] {
  const inPrimary = new Set(primary);
  const after = new Map<string | undefined, string[]>();
  let anchor: string | undefined;
  for (const k of secondary) {
    if (inPrimary.has(k)) {
      anchor = k;
      continue;
    }
    const list = after.get(anchor) ?? [];
    list.push(k);
    after.set(anchor, list);
  }
  const out: string[] = [];
  const emit = (anchorKey: string | undefined): void => {
    for (const k of after.get(anchorKey) ?? []) out.push(k);
  };
  emit(undefined);
  for (const k of primary) {
    out.push(k);
    emit(k);
  }
  return out;
}
