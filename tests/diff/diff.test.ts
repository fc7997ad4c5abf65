import { describe, expect, it } from 'vitest';
import { diff } from '../../src/diff/index.js';
import { BASIS, list } from './helpers.js';

const base = { name: '食品经营许可', category: '行政许可', department: '市市场监管局', legalBasis: BASIS } as const;

describe('diff', () => {
  it('is empty for the same list reordered, renumbered and differing only in form', () => {
    const a = list('catalogue', [
      { seq: '1', code: 'XK001', ...base },
      { seq: '2', code: 'XK002', ...base, name: '食品生产许可', note: '第一行\n第二行' },
    ]);
    const b = list('catalogue', [
      { seq: '9', code: 'XK002', ...base, name: '食品生產許可 *', note: '第一行 第二行' },
      { seq: '8', code: 'XK001', ...base, department: '市市场监管局 ' },
    ]);
    const d = diff(a, b);
    expect(d.summary).toEqual({ added: 0, removed: 0, changed: 0, cancelled: 0, recoded: 0, transferred: 0, regressions: 0, takenBack: 0, unchanged: 2 });
  });

  it('counts form differences under strict', () => {
    const a = list('catalogue', [{ code: 'XK002', ...base, name: '食品生产许可' }]);
    const b = list('catalogue', [{ code: 'XK002', ...base, name: '食品生產許可' }]);
    expect(diff(a, b, { strict: true }).changed).toEqual([
      expect.objectContaining({ code: 'XK002', fields: { name: { old: '食品生产许可', new: '食品生產許可' } } }),
    ]);
  });

  it('reports added, removed and changed fields with old and new, and a word diff of long text', () => {
    const a = list('catalogue', [
      { code: 'XK001', ...base },
      { code: 'XK002', ...base, name: '食品生产许可' },
    ]);
    const b = list('catalogue', [
      { code: 'XK001', ...base, legalBasis: BASIS.replace('第三十五条', '第三十六条') },
      { code: 'XK003', ...base, name: '餐饮服务许可' },
    ]);
    const d = diff(a, b, { pairing: false });
    expect(d.added.map((e) => e.code)).toEqual(['XK003']);
    expect(d.added[0].item).toMatchObject({ code: 'XK003', name: '餐饮服务许可', category: '行政许可' });
    expect(d.removed.map((e) => e.code)).toEqual(['XK002']);
    expect(d.changed).toHaveLength(1);
    const change = d.changed[0].fields.legalBasis;
    expect(change.old).toBe(BASIS);
    expect(change.words?.filter((w) => w.op !== 'equal')).toEqual([
      { op: 'delete', text: '十五' },
      { op: 'insert', text: '十六' },
    ]);
    expect(d.summary).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 0 });
  });

  it('reports cancellation apart from other changes', () => {
    const a = list('catalogue', [{ code: 'XK001', ...base, itemStatus: '有效' }, { code: 'XK002', ...base, name: '乙' }]);
    const b = list('catalogue', [{ code: 'XK001', ...base, itemStatus: '已取消', note: '法律修订' }, { code: 'XK002', ...base, name: '乙', itemStatus: '已取消' }]);
    const d = diff(a, b);
    expect(d.cancelled.map((c) => c.code)).toEqual(['XK001', 'XK002']);
    // disjoint kinds: XK001's other change travels with its cancellation, not also under changed
    expect(d.cancelled[0].fields && Object.keys(d.cancelled[0].fields)).toEqual(['note']);
    expect(d.changed).toEqual([]);
    expect(d.summary).toMatchObject({ cancelled: 2, changed: 0, unchanged: 0 });
  });

  it('counts every item under one kind only, and the kinds add up to the items compared', () => {
    const a = list('catalogue', [
      { code: 'XK001', ...base }, { code: 'XK002', ...base, name: '乙' }, { code: 'XK003', ...base, name: '丙' },
      { code: 'XK004', ...base, name: '丁' }, { code: 'XK005', ...base, name: '戊' },
    ]);
    const b = list('catalogue', [
      { code: 'XK001', ...base, itemStatus: '已取消', department: '市教育局', note: '法律修订' }, // cancelled, transferred and changed at once
      { code: 'XK002', ...base, name: '乙', department: '市教育局', legalBasis: '《新法》' }, // transferred and changed
      { code: 'XK003', ...base, name: '丙', legalBasis: '《新法》' }, // changed
      { code: 'XK004', ...base, name: '丁' }, // unchanged
      { code: 'XK006', ...base, name: '己' }, // added (XK005 removed)
    ]);
    const d = diff(a, b);
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1, cancelled: 1, recoded: 0, transferred: 1, regressions: 0, takenBack: 0, unchanged: 1 });
    const s = d.summary;
    const keys = new Set([...a.items, ...b.items].map((i) => i.code)).size;
    expect(s.added + s.removed + s.changed + s.cancelled + s.recoded + s.transferred + s.unchanged).toBe(keys);
    expect(d.cancelled[0].fields && Object.keys(d.cancelled[0].fields).sort()).toEqual(['department', 'note']);
    expect(d.transferred[0]).toMatchObject({ code: 'XK002', from: base.department, to: '市教育局', fields: { legalBasis: { new: '《新法》' } } });
  });

  it('pairs a recoded item, and not with --no-pairing', () => {
    const a = list('catalogue', [{ code: 'XK001', ...base }]);
    const b = list('catalogue', [{ code: 'XK101', ...base, name: '食品经营许可*' }]);
    const d = diff(a, b);
    expect(d.recoded).toEqual([{ oldCode: 'XK001', newCode: 'XK101', name: '食品经营许可*' }]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    const n = diff(a, b, { pairing: false });
    expect([n.recoded.length, n.added.length, n.removed.length]).toEqual([0, 1, 1]);
  });

  it('reports a department change as transferred', () => {
    const a = list('catalogue', [{ code: 'XK001', ...base }]);
    const b = list('catalogue', [{ code: 'XK001', ...base, department: '市卫生健康委' }]);
    const d = diff(a, b);
    expect(d.transferred).toEqual([{ code: 'XK001', name: base.name, from: '市市场监管局', to: '市卫生健康委' }]);
    expect(d.changed).toEqual([]);
  });

  it('keys sub-items apart', () => {
    const a = list('catalogue', [{ code: 'XK001', subItem: '新办', ...base }, { code: 'XK001', subItem: '变更', ...base }]);
    const b = list('catalogue', [{ code: 'XK001', subItem: '变更', ...base, note: '新' }, { code: 'XK001', subItem: '新办', ...base }]);
    const d = diff(a, b);
    expect(d.changed.map((c) => [c.code, c.subItem])).toEqual([['XK001', '变更']]);
    expect(d.summary.unchanged).toBe(1);
  });

  it('narrows the comparison with fields and ignore (Chinese headers accepted)', () => {
    const a = list('catalogue', [{ code: 'XK001', ...base, note: '甲' }]);
    const b = list('catalogue', [{ code: 'XK001', ...base, name: '改名', note: '乙' }]);
    expect(Object.keys(diff(a, b, { ignore: ['备注'] }).changed[0].fields)).toEqual(['name']);
    expect(Object.keys(diff(a, b, { fields: ['note'] }).changed[0].fields)).toEqual(['note']);
    expect(diff(a, b, { fields: ['legalBasis'] }).summary.unchanged).toBe(1);
  });

  it('compares extra columns by header', () => {
    const a = list('catalogue', [{ code: 'XK001', ...base, extra: { 联系电话: '1' } }]);
    const b = list('catalogue', [{ code: 'XK001', ...base, extra: { 联系电话: '2' } }]);
    expect(diff(a, b).changed[0].fields).toEqual({ 联系电话: { old: '1', new: '2' } });
  });
});

describe('regressions', () => {
  const acc = { ...base, decision: '下放', mode: '直接下放', scope: '全部下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30' } as const;

  it('reports steps back in the hand-over, apart from ordinary changes', () => {
    const a = list('delegation', [
      { code: 'A1', ...acc }, { code: 'A2', ...acc }, { code: 'A3', ...acc }, { code: 'A4', ...acc }, { code: 'A5', ...acc }, { code: 'A6', ...acc },
      { code: 'P1', ...acc, status: '待承接' },
    ]);
    const b = list('delegation', [
      { code: 'A1', ...acc, status: '待承接' },
      { code: 'A2', ...acc, status: '暂缓承接' },
      { code: 'A3', ...acc, batch: '2' },
      { code: 'A4', ...acc, acceptedOn: '2017-01-01' },
      { code: 'A5', ...acc, decision: '不下放', reason: '法律规定' },
      { code: 'P1', ...acc, status: '已承接' },
    ]);
    const d = diff(a, b, { pairing: false });
    expect(d.regressions.map((r) => [r.code, r.what, r.old, r.new])).toEqual([
      ['A1', 'accepted-to-pending', '已承接', '待承接'],
      ['A2', 'accepted-to-deferred', '已承接', '暂缓承接'],
      ['A3', 'batch-rewritten', '1', '2'],
      ['A4', 'accepted-on-rewritten', '2016-06-30', '2017-01-01'],
      ['A6', 'accepted-removed', '已承接', ''],
    ]);
    // An accepted item no longer delegated is taken back (issue 18): its own kind, not a decision-withdrawn regression.
    expect(d.takenBack?.map((t) => t.code)).toEqual(['A5']);
    expect(d.summary.changed).toBe(5);
  });

  it('treats every zone-list item as accepted: one gone from the zone list is taken back, not a removal', () => {
    const z = { ...base, batch: '1', acceptedOn: '2016-06-30', mode: '直接下放' };
    const d = diff(list('zone', [{ code: 'Z1', ...z }]), list('zone', []));
    expect([d.regressions, d.removed, d.takenBack?.map((t) => [t.code, t.old.status, t.new])]).toEqual([[], [], [['Z1', '已承接', undefined]]]);
  });
});
