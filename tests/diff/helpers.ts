/** Small in-memory lists for diff and sync tests. */
import type { Item, ItemFields, Kind, PowerList } from '../../src/model/types.js';

export function item(fields: ItemFields & { code: string; extra?: Record<string, string> }, row = 2, file = 'mem.yaml'): Item {
  return { ...fields, source: { file, row, headers: {} } };
}

export function list(kind: Kind, items: (ItemFields & { code: string; extra?: Record<string, string> })[], file = 'mem.yaml'): PowerList {
  return {
    kind,
    file,
    format: 'yaml',
    columns: [],
    items: items.map((f, i) => item(f, i + 2, file)),
    skipped: [],
    notes: [],
  };
}

export const BASIS = '《中华人民共和国食品安全法》第三十五条：国家对食品生产经营实行许可制度。';
