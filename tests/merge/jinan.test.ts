/** The bundled Jinan example: consolidating its department lists gives its consolidated list, item for item. */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { merge } from '../../src/merge/consolidate.js';
import type { MergeResult } from '../../src/merge/types.js';
import type { Item, PowerList } from '../../src/model/types.js';
import { readList, readLists } from '../../src/read/index.js';

const JINAN = resolve(import.meta.dirname, '..', '..', 'examples', 'jinan');
const rel = (file: string): string => relative(JINAN, file);

/** An item's data: every field and extra column except its place, its number and its 来源. */
function data(it: Item): Record<string, unknown> {
  const { source: _s, raw: _r, seq: _q, extra, ...rest } = it;
  void _s; void _r; void _q;
  const e = Object.fromEntries(Object.entries(extra ?? {}).filter(([h]) => h !== '来源'));
  return Object.keys(e).length ? { ...rest, extra: e } : rest;
}
/** The example's own expected validate findings of one rule. */
function findingsOf(rule: string): { rule: string; file: string; row: number; code: string }[] {
  const all = JSON.parse(readFileSync(join(JINAN, 'expected-findings.json'), 'utf8')) as { rule: string; file: string; row: number; code: string }[];
  return all.filter((f) => f.rule === rule);
}
const key = (it: Item): string => (it.subItem ? `${it.code} / ${it.subItem}` : it.code);

let depts: PowerList[];
let expected: PowerList;
let result: MergeResult;

beforeAll(async () => {
  const { lists, failures } = await readLists([join(JINAN, 'depts')]);
  expect(failures.map((f) => [f.file, f.error.key])).toEqual([]);
  depts = lists;
  expected = await readList(join(JINAN, 'delegation-consolidated.yaml'));
  result = merge(depts);
});

describe('merge of examples/jinan/depts', () => {
  it('reads the 46 department lists (市人防办 sent none), 3,250 rows', () => {
    expect(depts).toHaveLength(46);
    expect(result.summary.rows).toBe(3250);
  });

  it('gives delegation-consolidated.yaml item for item (codes and every field; source and 序号 aside)', () => {
    expect(result.conflicts).toEqual([]);
    expect(result.list.items).toHaveLength(expected.items.length);
    const got = new Map(result.list.items.map((it) => [key(it), data(it)]));
    for (const want of expected.items) expect(got.get(key(want)), key(want)).toEqual(data(want));
  });

  it('merges the two rows copied whole, the ones validate reports as duplicate-code, and accounts for every row', () => {
    const dups = findingsOf('duplicate-code').map((f) => [f.code, f.file, f.row]).sort();
    const copies = result.copies.map((c) => [c.code, rel(c.places[1].file!), c.places[1].row]).sort();
    expect(copies).toEqual(dups);
    expect(result.summary).toEqual({ rows: 3250, items: 3248, conflicts: 0, dropped: 2, deleted: 0, copies: 2 });
  });

  it('in catalogue order with --catalogue (the consolidated list’s order), the three mistyped codes last', async () => {
    const catalogue = await readList(join(JINAN, 'catalogue-2016.xlsx'), { kind: 'catalogue' });
    const known = new Set(catalogue.items.map((it) => it.code));
    const keys = merge(depts, { catalogue }).list.items.map(key);
    const inCatalogue = expected.items.filter((it) => known.has(it.code)).map(key);
    expect(keys.slice(0, inCatalogue.length)).toEqual(inCatalogue);
    const unknown = findingsOf('unknown-code').map((f) => f.code).sort();
    expect(unknown).toHaveLength(3);
    expect(keys.slice(inCatalogue.length).sort()).toEqual(unknown);
  });

  it('counts items per department as the department files hold them, less the copies', () => {
    const byDept = Object.fromEntries(result.byDepartment.map((d) => [d.department, d.items]));
    expect(byDept['市市场监管局']).toBe(475);
    expect(result.byDepartment.reduce((n, d) => n + d.items, 0)).toBe(3248);
  });
});
