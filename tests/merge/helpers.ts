/** In-memory lists for merge tests: items with a place, lists with a kind and a file. */
import type { Item, ItemFields, PowerList } from '../../src/model/types.js';

export type Spec = ItemFields & { code: string; extra?: Record<string, string> };

/** An item at `file` row `row`. */
export function item(spec: Spec, file = 'list.yaml', row = 2): Item {
  const { extra, ...fields } = spec;
  const it: Item = { ...fields, source: { file, row, headers: {} } };
  if (extra) it.extra = { ...extra };
  return it;
}

/** A delegation list in `file`, its items at rows 2, 3, 4 … */
export function list(specs: readonly Spec[], file = 'list.yaml', more: Partial<PowerList> = {}): PowerList {
  return {
    kind: 'delegation',
    file,
    format: 'yaml',
    columns: [],
    items: specs.map((s, i) => item(s, file, i + 2)),
    skipped: [],
    notes: [],
    ...more,
  };
}

/** An item's data without its place, for comparing outputs. */
export function data(it: Item): Record<string, unknown> {
  const { source: _s, raw: _r, ...rest } = it;
  void _s; void _r;
  return rest;
}

/** code → data of every item. */
export function keyed(items: readonly Item[]): Record<string, Record<string, unknown>> {
  return Object.fromEntries(items.map((it) => [it.subItem ? `${it.code}/${it.subItem}` : it.code, data(it)]));
}
