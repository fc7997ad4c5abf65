/**
 * The single pass of checkReview and the rules' fast paths against the rules as they were written
 * before (kept here as references): duplicate-code (catalogue duplicates read off its index, keys of
 * the last delegation list not kept), gap (matches by position), missing-value (no arrays per row).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCatalogue, matchItem } from '../../src/check/catalogue-index.js';
import type { Finding } from '../../src/check/finding.js';
import { at, listPlace, placeOf } from '../../src/check/place.js';
import { checkReview } from '../../src/check/review.js';
import { filled, foldCached, hasColumn, itemDepartment } from '../../src/check/rules/util.js';
import { DEFAULT_CONFIG } from '../../src/config/types.js';
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../src/model/columns.js';
import { ACCEPTED, DECISIONS, DELEGATE, PARTIAL } from '../../src/model/enums.js';
import { itemKey, type FieldKey, type Item, type Kind, type PowerList } from '../../src/model/types.js';
import { table, type Row } from './helpers.js';

type Out = Record<string, unknown>[];
const put = (out: Out, rule: string, place: object, details: object): void => void out.push({ rule, ...place, details });

function duplicateReference(lists: readonly PowerList[], catalogue: PowerList | undefined, out: Out): void {
  const across = new Map<string, { item: Item; list: PowerList }>();
  for (const list of catalogue ? [catalogue, ...lists] : lists) {
    const within = new Map<string, Item>();
    for (const item of list.items) {
      if (!item.code) continue;
      const key = itemKey(item);
      const first = within.get(key);
      if (first) {
        put(out, 'duplicate-code', at(item, 'code'), { ...(item.subItem ? { subItem: item.subItem } : {}), across: false, other: placeOf(first) });
        continue;
      }
      within.set(key, item);
      if (list.kind !== 'delegation') continue;
      const other = across.get(key);
      if (other && other.list !== list) {
        put(out, 'duplicate-code', at(item, 'code'), { ...(item.subItem ? { subItem: item.subItem } : {}), across: true, other: placeOf(other.item, itemDepartment(other.item, other.list)) });
      } else if (!other) across.set(key, { item, list });
    }
  }
}

function gapReference(lists: readonly PowerList[], catalogue: PowerList | undefined, out: Out): void {
  if (!catalogue) return;
  const index = indexCatalogue(catalogue);
  const matches = new Map<Item, ReturnType<typeof matchItem>>();
  for (const l of lists) if (l.kind !== 'catalogue') for (const item of l.items) if (item.code) matches.set(item, matchItem(index, item));
  const delegation = lists.filter((l) => l.kind === 'delegation');
  if (delegation.length === 0) return;
  const covered = new Set<Item>();
  const submitted = new Set<string>();
  const blind = new Set<string>();
  for (const list of delegation) {
    const seen = hasColumn(list, 'code') ? submitted : blind;
    if (list.department) seen.add(foldCached(list.department));
    for (const item of list.items) {
      const d = itemDepartment(item, list);
      if (d) seen.add(foldCached(d));
      for (const e of matches.get(item)?.covers ?? []) covered.add(e);
    }
  }
  for (const [folded, { department, items }] of index.byDepartment) {
    if (blind.has(folded) && !submitted.has(folded)) continue;
    if (!submitted.has(folded)) {
      put(out, 'gap', { file: catalogue.file, department }, { department, items: items.length });
      continue;
    }
    for (const e of items) {
      if (covered.has(e)) continue;
      const details: Record<string, unknown> = { department };
      if (e.name) details.name = e.name;
      if (e.subItem) details.subItem = e.subItem;
      put(out, 'gap', { ...at(e, 'code'), department }, details);
    }
  }
}

const NOT_DELEGATED: readonly string[] = DECISIONS.filter((d) => d !== DELEGATE);
function missingReference(list: PowerList, out: Out): void {
  if (list.items.length === 0) put(out, 'missing-value', listPlace(list), { field: 'code', header: COLUMN_BY_KEY.code.header, when: 'empty-list' });
  for (const item of list.items) {
    const empty = (field: FieldKey, when: string): void => {
      const header = item.source.headers[field] ?? COLUMN_BY_KEY[field].header;
      const details: Record<string, unknown> = { field, header, when };
      if (when === 'not-delegated' || when === 'delegated') details.decision = item.decision;
      if (when === 'partial') details.scope = item.scope;
      if (when === 'accepted') details.status = item.status;
      put(out, 'missing-value', at(item, field), details);
    };
    for (const field of REQUIRED_COLUMNS[list.kind]) if (hasColumn(list, field) && !filled(item[field])) empty(field, 'always');
    if (list.kind !== 'delegation') continue;
    const conditions: [FieldKey, string][] = [];
    if (item.decision !== undefined && NOT_DELEGATED.includes(item.decision)) conditions.push(['reason', 'not-delegated']);
    if (item.decision === DELEGATE) conditions.push(['mode', 'delegated'], ['scope', 'delegated']);
    if (item.decision === DELEGATE && item.scope === PARTIAL) conditions.push(['note', 'partial']);
    if (item.status === ACCEPTED) conditions.push(['batch', 'accepted'], ['acceptedOn', 'accepted']);
    for (const [field, when] of conditions) if (!filled(item[field])) empty(field, when);
  }
}

const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const row: fc.Arbitrary<Row> = fc.record({
  code: fc.constantFrom('A1', 'A2', 'A3', 'B1', ''),
  subItem: maybe(fc.constantFrom('甲', '乙', ' ')),
  name: maybe(fc.constantFrom('许可', '')),
  department: maybe(fc.constantFrom('市第1局', '市第2局')),
  decision: maybe(fc.constantFrom(...DECISIONS, '其他')),
  scope: maybe(fc.constantFrom(PARTIAL, '全部下放')),
  status: maybe(fc.constantFrom(ACCEPTED, '待承接')),
  mode: maybe(fc.constantFrom('委托', '')),
  batch: maybe(fc.constantFrom('1', '')),
  itemStatus: maybe(fc.constantFrom('有效', '已取消')),
}).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Row);
const list = (kind: Kind, n: number): fc.Arbitrary<PowerList> =>
  fc.tuple(fc.array(row, { maxLength: 8 }), maybe(fc.constantFrom('市第1局', '市第3局')))
    .map(([rows, department]) => table(kind, rows, { file: `${kind}-${n}.xlsx`, department }));
const review = fc.tuple(
  maybe(list('catalogue', 0)),
  fc.array(fc.constantFrom<Kind>('delegation', 'delegation', 'zone'), { maxLength: 4 }).chain((kinds) => fc.tuple(...kinds.map((k, i) => list(k, i + 1)))),
);

const only = (findings: readonly Finding[], rule: string): Out =>
  findings.filter((f) => f.rule === rule).map(({ severity: _s, department: _d, ...f }) => f as Record<string, unknown>);
const strip = (out: Out): Out => out.map(({ department: _d, ...f }) => f);

describe('checkReview against the rules as first written', () => {
  it('duplicate-code, gap and missing-value say the same of random reviews', () => {
    fc.assert(
      fc.property(review, ([catalogue, lists]) => {
        const findings = checkReview({ lists, catalogue }, DEFAULT_CONFIG, '2026-01-01');
        const dup: Out = [];
        duplicateReference(lists, catalogue, dup);
        const gap: Out = [];
        gapReference(lists, catalogue, gap);
        const missing: Out = [];
        for (const l of catalogue ? [catalogue, ...lists] : lists) missingReference(l, missing);
        // Findings go out in the order of the lists, each rule's in the order it reported them.
        const sorted = (out: Out): Out => [...out].sort((a, b) => JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
        expect(sorted(only(findings, 'duplicate-code'))).toEqual(sorted(strip(dup)));
        expect(only(findings, 'gap')).toEqual(strip(gap));
        expect(sorted(only(findings, 'missing-value'))).toEqual(sorted(strip(missing)));
      }),
      { numRuns: 400 },
    );
  });
});
