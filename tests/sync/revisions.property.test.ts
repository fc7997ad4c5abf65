/**
 * Property (issue 18): diff + sync + --write applied to a list give the list a clerk would write by hand
 * (every row accounted for: recoded, merged, split, cancelled, kept), and no accepted item is ever
 * asked to be decided again when a table or a note maps it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MapEntry, RevisionMap } from '../../src/model/revision-map.js';
import type { Item } from '../../src/model/types.js';
import { CANCELLED_NOTE, sync, updatedList } from '../../src/sync/index.js';
import { list } from '../diff/helpers.js';

type Fate = 'keep' | 'recode' | 'split' | 'cancel' | 'merge';
const D = '市教育局';
const DECISIONS = [{ decision: '下放', status: '已承接' }, { decision: '下放', status: '待承接' }, { decision: '不下放' }, { decision: '暂不下放' }];

interface Case {
  fates: Fate[];
  listed: boolean[];
  decisions: number[];
  order: number[];
  byNote: boolean;
}

const arbCase = fc.integer({ min: 2, max: 14 }).chain((n) => fc.record({
  fates: fc.array(fc.constantFrom<Fate>('keep', 'recode', 'split', 'cancel', 'merge'), { minLength: n, maxLength: n }),
  listed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
  decisions: fc.array(fc.integer({ min: 0, max: DECISIONS.length - 1 }), { minLength: n, maxLength: n }),
  order: fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }),
  byNote: fc.boolean(),
}));

const name = (i: number): string => `第${'甲乙丙丁戊己庚辛壬癸子丑寅卯'[i]}类事项许可`;

/** The old and new catalogues, the table, and what a clerk expects of each old code. */
function build(c: Case) {
  const n = c.fates.length;
  const old = list('catalogue', [...Array(n).keys()].map((i) => ({ code: `O${i}`, name: name(i), category: '行政许可', department: D })), 'old.yaml');
  const items: { code: string; name: string; subItem?: string; itemStatus?: string; note?: string }[] = [];
  const entries: MapEntry[] = [];
  const place = [{ file: 'map.csv', row: 2 }];
  // Consecutive 'merge' items (by index) merge into one; a lone one is kept.
  const mergeGroups: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (c.fates[i] !== 'merge') continue;
    const last = mergeGroups[mergeGroups.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else mergeGroups.push([i]);
  }
  const fate = (i: number): Fate => (c.fates[i] === 'merge' && mergeGroups.find((g) => g.includes(i))!.length < 2 ? 'keep' : c.fates[i]);
  for (let i = 0; i < n; i++) {
    const f = fate(i);
    if (f === 'keep') items.push({ code: `O${i}`, name: name(i) });
    if (f === 'cancel') items.push({ code: `O${i}`, name: name(i), itemStatus: '已取消' });
    if (f === 'recode') {
      items.push({ code: `N${i}`, name: name(i), ...(c.byNote ? { note: `原编码O${i}` } : {}) });
      entries.push({ kind: 'recode', from: [`O${i}`], into: [`N${i}`], places: place });
    }
    if (f === 'split') {
      for (const [k, sub] of ['新办', '变更'].entries()) items.push({ code: `S${i}-${k + 1}`, name: name(i), subItem: sub, ...(c.byNote ? { note: `由O${i}拆分` } : {}) });
      entries.push({ kind: 'split', from: [`O${i}`], into: [`S${i}-1`, `S${i}-2`], places: place });
    }
  }
  for (const g of mergeGroups.filter((x) => x.length >= 2)) {
    items.push({ code: `M${g[0]}`, name: `合并事项${g[0]}`, ...(c.byNote ? { note: `由${g.map((i) => `O${i}`).join('、')}合并` } : {}) });
    entries.push({ kind: 'merge', from: g.map((i) => `O${i}`), into: [`M${g[0]}`], places: place });
  }
  const neu = list('catalogue', items.map((i) => ({ category: '行政许可', department: D, ...i })), 'new.yaml');
  const map: RevisionMap | undefined = c.byNote ? undefined : { file: 'map.csv', entries };
  return { old, neu, map, fate, mergeGroups };
}

describe('sync --write across a revision, as a clerk would', () => {
  it('accounts for every row and carries every decision', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { old, neu, map, fate, mergeGroups } = build(c);
        const rows = c.order.filter((i) => c.listed[i]);
        const dl = list('delegation', rows.map((i) => ({ code: `O${i}`, name: name(i), category: '行政许可', department: D, ...DECISIONS[c.decisions[i]] })), 'dl.yaml');
        const r = sync(neu, dl, { from: old, ...(map ? { map } : {}) });
        const out = updatedList(dl, r, neu);
        // What the clerk writes, row by row in the list's order.
        const want: [string, string | undefined, string | undefined][] = [];
        const done = new Set<number>();
        const val = (i: number) => DECISIONS[c.decisions[i]] as { decision: string; status?: string };
        for (const i of rows) {
          const f = fate(i);
          if (f === 'keep' || f === 'cancel') want.push([`O${i}`, val(i).decision, val(i).status]);
          if (f === 'recode') want.push([`N${i}`, val(i).decision, val(i).status]);
          if (f === 'split') for (const k of [1, 2]) want.push([`S${i}-${k}`, val(i).decision, val(i).status]);
          if (f === 'merge') {
            const g = mergeGroups.find((x) => x.includes(i))!;
            if (done.has(g[0])) continue;
            done.add(g[0]);
            const parts = g.filter((x) => c.listed[x]).map(val);
            const agree = parts.every((p) => p.decision === parts[0].decision && p.status === parts[0].status);
            want.push([`M${g[0]}`, agree ? parts[0].decision : undefined, agree ? parts[0].status : undefined]);
          }
        }
        expect(out.items.map((it: Item) => [it.code, it.decision, it.status])).toEqual(want);
        // Every changed row says why; every cancelled one is marked.
        for (const it of out.items) {
          if (/^[NSM]/u.test(it.code)) expect(it.note).toMatch(/^调整说明：/u);
          const i = Number(it.code.slice(1));
          if (it.code.startsWith('O') && fate(i) === 'cancel') expect(it.note).toContain(CANCELLED_NOTE);
        }
        // No item the list had is to decide again, and nothing is unknown.
        expect(r.decide).toEqual([]);
        expect(r.unknown).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never asks to decide again on an accepted item a table or a note maps, with or without --from', () => {
    fc.assert(
      fc.property(arbCase, fc.boolean(), (c, withFrom) => {
        const { old, neu, map, fate, mergeGroups } = build(c);
        const dl = list('delegation', c.order.map((i) => ({ code: `O${i}`, name: name(i), category: '行政许可', department: D, decision: '下放', status: '已承接' })), 'dl.yaml');
        const r = sync(neu, dl, { ...(withFrom ? { from: old } : {}), ...(map ? { map } : {}) });
        const mapped = new Set<string>();
        for (let i = 0; i < c.fates.length; i++) {
          if (fate(i) === 'recode') mapped.add(`N${i}`);
          if (fate(i) === 'split') ['1', '2'].forEach((k) => mapped.add(`S${i}-${k}`));
        }
        for (const g of mergeGroups) if (g.length >= 2) mapped.add(`M${g[0]}`);
        expect(r.decide.filter((d) => mapped.has(d.code))).toEqual([]);
        expect(r.unknown).toEqual([]);
        expect(r.merge.every((m) => m.agreed && m.status === '已承接')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
