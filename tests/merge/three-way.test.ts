import { describe, expect, it } from 'vitest';
import { merge3 } from '../../src/merge/three-way.js';
import { CONFLICT_COLUMN } from '../../src/merge/types.js';
import { keyed, list, type Spec } from './helpers.js';

const A: Spec = { code: 'A', name: '食品经营许可', category: '行政许可', department: '市市场监管局', decision: '下放', status: '待承接' };
const B: Spec = { code: 'B', name: '药品零售许可', category: '行政许可', department: '市市场监管局', decision: '下放', status: '待承接' };
const C: Spec = { code: 'C', name: '广告发布登记', category: '行政许可', department: '市市场监管局', decision: '下放' };
const base = list([A, B, C], 'base.yaml');
const side = (specs: Spec[], file: string) => list(specs, file);

describe('merge3', () => {
  it('takes a change made on one side only', () => {
    const ours = side([{ ...A, status: '已承接' }, B, C], 'ours.yaml');
    const r = merge3(base, ours, base);
    expect(r.conflicts).toEqual([]);
    expect(r.list.items.find((i) => i.code === 'A')?.status).toBe('已承接');
  });

  it('keeps changes to different fields of one item from both sides', () => {
    const ours = side([{ ...A, status: '已承接' }, B, C], 'ours.yaml');
    const theirs = side([{ ...A, note: '含网络经营' }, B, C], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.list.items[0]).toMatchObject({ code: 'A', status: '已承接', note: '含网络经营' });
  });

  it('reports the same field changed to different values, with base, ours and theirs and the places', () => {
    const ours = side([{ ...A, status: '已承接' }, B, C], 'ours.yaml');
    const theirs = side([{ ...A, status: '暂缓承接' }, B, C], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts).toEqual([
      {
        kind: 'changed', code: 'A', field: 'status', base: '待承接', ours: '已承接', theirs: '暂缓承接',
        places: [{ file: 'base.yaml', row: 2 }, { file: 'ours.yaml', row: 2 }, { file: 'theirs.yaml', row: 2 }],
      },
    ]);
    // by default the item in conflict is left out of the list, and counted
    expect(r.list.items.map((i) => i.code)).toEqual(['B', 'C']);
    expect(r.summary).toEqual({ rows: 3, items: 2, conflicts: 1, dropped: 1, deleted: 0, copies: 0 });
  });

  it('does not count a difference of form only (width, spaces, traditional characters) as a change', () => {
    const ours = side([{ ...A, name: '食品經營許可' }, B, C], 'ours.yaml');
    const theirs = side([{ ...A, name: '食品经营许可 ' }, B, C], 'theirs.yaml');
    expect(merge3(base, ours, theirs).conflicts).toEqual([]);
    // a real change on one side wins over a change of form on the other, as written
    const real = side([{ ...A, name: '食品经营许可（含仓储）' }, B, C], 'theirs.yaml');
    const r = merge3(base, ours, real);
    expect(r.conflicts).toEqual([]);
    expect(r.list.items[0].name).toBe('食品经营许可（含仓储）');
  });

  it('keeps the text as the side wrote it when only that side changed its form', () => {
    const ours = side([{ ...A, name: '食品經營許可' }, B, C], 'ours.yaml');
    expect(merge3(base, ours, base).list.items[0].name).toBe('食品經營許可');
    expect(merge3(base, base, ours).list.items[0].name).toBe('食品經營許可');
  });

  it('takes a deletion when the other side left the item alone', () => {
    const ours = side([A, C], 'ours.yaml');
    const r = merge3(base, ours, base);
    expect(r.list.items.map((i) => i.code)).toEqual(['A', 'C']);
    expect(r.deleted).toEqual([{ code: 'B' }]);
    expect(r.summary).toEqual({ rows: 3, items: 2, conflicts: 0, dropped: 0, deleted: 1, copies: 0 });
  });

  it('reports an item deleted on one side and changed on the other', () => {
    const ours = side([A, C], 'ours.yaml');
    const theirs = side([A, { ...B, status: '已承接' }, C], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts).toEqual([
      {
        kind: 'deleted', code: 'B', field: 'status', base: '待承接', theirs: '已承接', deletedBy: 'ours',
        places: [{ file: 'base.yaml', row: 3 }, { file: 'theirs.yaml', row: 3 }],
      },
    ]);
    expect(merge3(base, ours, theirs, { conflicts: 'keep-ours' }).list.items.map((i) => i.code)).toEqual(['A', 'C']);
    expect(merge3(base, ours, theirs, { conflicts: 'keep-theirs' }).list.items.map((i) => i.code)).toEqual(['A', 'B', 'C']);
    const marked = merge3(base, ours, theirs, { conflicts: 'mark' }).list.items.find((i) => i.code === 'B');
    expect(marked?.status).toBe('已承接');
    expect(marked?.extra?.[CONFLICT_COLUMN]).toContain('本方删除了此事项');
  });

  it('takes an item added on one side, and one added on both sides identically without conflict', () => {
    const D: Spec = { code: 'D', name: '新事项', category: '行政确认', department: '市市场监管局', decision: '下放' };
    const ours = side([A, B, D, C], 'ours.yaml');
    const theirs = side([A, B, C, { ...D }], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts).toEqual([]);
    expect(r.list.items.map((i) => i.code)).toEqual(['A', 'B', 'D', 'C']);
  });

  it('reports an item added on both sides differently, per field', () => {
    const D: Spec = { code: 'D', name: '新事项', category: '行政确认', department: '市市场监管局', decision: '下放' };
    const ours = side([A, B, C, D], 'ours.yaml');
    const theirs = side([A, B, C, { ...D, category: '行政许可', decision: '不下放' }], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts.map((c) => [c.kind, c.code, c.field, c.base, c.ours, c.theirs])).toEqual([
      ['added', 'D', 'category', undefined, '行政确认', '行政许可'],
      ['added', 'D', 'decision', undefined, '下放', '不下放'],
    ]);
  });

  it('places an item only theirs added after the item that precedes it there', () => {
    const D: Spec = { code: 'D', department: 'x' };
    const E: Spec = { code: 'E', department: 'x' };
    const ours = side([A, B, C, { code: 'Z' }], 'ours.yaml');
    const theirs = side([D, A, E, B, C], 'theirs.yaml');
    expect(merge3(base, ours, theirs).list.items.map((i) => i.code)).toEqual(['D', 'A', 'E', 'B', 'C', 'Z']);
  });

  it('resolves with keep-ours, keep-theirs, or marks both values in the 冲突 column', () => {
    const ours = side([{ ...A, status: '已承接' }, B, C], 'ours.yaml');
    const theirs = side([{ ...A, status: '暂缓承接' }, B, C], 'theirs.yaml');
    expect(merge3(base, ours, theirs, { conflicts: 'keep-ours' }).list.items[0].status).toBe('已承接');
    expect(merge3(base, ours, theirs, { conflicts: 'keep-theirs' }).list.items[0].status).toBe('暂缓承接');
    const m = merge3(base, ours, theirs, { conflicts: 'mark' });
    expect(m.list.items[0].status).toBe('已承接');
    expect(m.list.items[0].extra?.[CONFLICT_COLUMN]).toBe('承接状态：原为“待承接”，本方改为“已承接”，对方改为“暂缓承接”');
    expect(m.list.extraColumns).toEqual([CONFLICT_COLUMN]);
    const en = merge3(base, ours, theirs, { conflicts: 'mark', lang: 'en' });
    expect(en.list.items[0].extra?.[CONFLICT_COLUMN]).toBe('承接状态: base "待承接", ours "已承接", theirs "暂缓承接"');
    expect(m.summary).toMatchObject({ items: 3, conflicts: 1, dropped: 0 });
  });

  it('merges extra columns like contract fields', () => {
    const ours = side([{ ...A, extra: { 联系人: '张三' } }, B, C], 'ours.yaml');
    const theirs = side([{ ...A, extra: { 联系人: '李四' } }, B, C], 'theirs.yaml');
    const r = merge3(base, ours, theirs);
    expect(r.conflicts.map((c) => c.field)).toEqual(['extra:联系人']);
    expect(merge3(base, ours, base).list.items[0].extra).toEqual({ 联系人: '张三' });
  });

  it('never conflicts on sequence numbers, and numbers the result afresh when both sides were numbered', () => {
    const num = (specs: Spec[], file: string) => side(specs.map((s, i) => ({ ...s, seq: String(i + 1) })), file);
    const D: Spec = { code: 'D', department: 'x' };
    const E: Spec = { code: 'E', department: 'x' };
    const b = num([A, B, C], 'base.yaml');
    const r = merge3(b, num([D, A, B, C], 'ours.yaml'), num([A, B, E, C], 'theirs.yaml'));
    expect(r.conflicts).toEqual([]);
    expect(r.list.items.map((i) => `${i.seq}${i.code}`)).toEqual(['1D', '2A', '3B', '4E', '5C']);
  });

  it('merge3(B, B, X) is X, item for item and in X’s order', () => {
    const x = side([C, { ...A, status: '已承接' }, { code: 'D', department: 'y' }], 'x.yaml');
    const r = merge3(base, base, x);
    expect(r.list.items.map((i) => i.code)).toEqual(['C', 'A', 'D']);
    expect(keyed(r.list.items)).toEqual(keyed(x.items));
  });

  it('gives an occurrence of a duplicated key its own identity, so no row is lost', () => {
    const dup = side([A, { ...A, note: '第二行' }, B, C], 'ours.yaml');
    const r = merge3(base, dup, base);
    expect(r.list.items.map((i) => i.code)).toEqual(['A', 'A', 'B', 'C']);
  });
});
