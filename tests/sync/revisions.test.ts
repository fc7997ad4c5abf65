/** sync across a catalogue's merges, splits and recodes (issue 18): decisions carried, --write in place, gaps named. */
import { describe, expect, it } from 'vitest';
import { sync, updatedList } from '../../src/sync/index.js';
import type { RevisionMap } from '../../src/model/revision-map.js';
import { list } from '../diff/helpers.js';

const D = '市市场监管局';
const cat = (items: { code: string; name: string; subItem?: string; itemStatus?: string; note?: string }[]) =>
  list('catalogue', items.map((i) => ({ category: '行政许可', department: D, ...i })), 'cat.yaml');
const OLD = cat([
  { code: 'XK001', name: '食品生产许可' }, { code: 'XK002', name: '食品添加剂生产许可' }, { code: 'XK003', name: '药品经营许可' },
  { code: 'XK004', name: '特种设备检验机构核准' }, { code: 'XK005', name: '计量器具型式批准' }, { code: 'XK006', name: '印章刻制许可' },
]);
const NEW = cat([
  { code: 'XK101', name: '食品生产许可（含食品添加剂生产许可）' }, { code: 'XK103-01', name: '药品经营许可', subItem: '批发' },
  { code: 'XK103-02', name: '药品经营许可', subItem: '零售' }, { code: 'XK104', name: '特种设备检验机构核准' },
  { code: 'XK005', name: '计量器具型式批准' }, { code: 'XK006', name: '印章刻制许可' },
]);
const MAP: RevisionMap = {
  file: 'map.csv',
  entries: [
    { kind: 'merge', from: ['XK001', 'XK002'], into: ['XK101'], document: '济政发〔2017〕12号', effective: '2017-07-01', places: [{ file: 'map.csv', row: 2 }] },
    { kind: 'split', from: ['XK003'], into: ['XK103-01', 'XK103-02'], document: '济政发〔2017〕12号', places: [{ file: 'map.csv', row: 4 }] },
    { kind: 'recode', from: ['XK004'], into: ['XK104'], places: [{ file: 'map.csv', row: 6 }] },
  ],
};
const accepted = { decision: '下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30', mode: '直接下放' };
const dl = (second: Record<string, string> = accepted) => list('delegation', [
  { code: 'XK001', name: '食品生产许可', category: '行政许可', department: D, ...accepted },
  { code: 'XK005', name: '计量器具型式批准', category: '行政许可', department: D, decision: '不下放', reason: '涉及全市统筹' },
  { code: 'XK002', name: '食品添加剂生产许可', category: '行政许可', department: D, ...second },
  { code: 'XK003', name: '药品经营许可', category: '行政许可', department: D, ...accepted, note: '含批发、零售' },
  { code: 'XK004', name: '特种设备检验机构核准', category: '行政许可', department: D, decision: '暂不下放', reason: '待条件成熟' },
], 'dl.yaml');

describe('sync across merges, splits and recodes', () => {
  it('carries every decision: recode, merge (the parts agree), split (to confirm), none to decide again', () => {
    const r = sync(NEW, dl(), { from: OLD, map: MAP });
    expect(r.recode).toEqual([{ oldCode: 'XK004', newCode: 'XK104', name: '特种设备检验机构核准', source: 'map' }]);
    expect(r.merge).toEqual([{
      from: ['XK001', 'XK002'], into: 'XK101', name: '食品生产许可（含食品添加剂生产许可）', department: D, agreed: true, decision: '下放', status: '已承接',
      parts: [{ code: 'XK001', decision: '下放', status: '已承接' }, { code: 'XK002', decision: '下放', status: '已承接' }],
      source: 'map', document: '济政发〔2017〕12号', effective: '2017-07-01',
    }]);
    expect(r.split).toEqual([{ from: 'XK003', into: ['XK103-01', 'XK103-02'], name: '药品经营许可', department: D, decision: '下放', status: '已承接', confirm: true, source: 'map', document: '济政发〔2017〕12号' }]);
    expect([r.decide, r.unknown]).toEqual([[], []]);
    expect(r.summary).toEqual({ decide: 0, cancel: 0, update: 0, unknown: 0, recode: 1, merge: 1, split: 1 });
  });

  it('a merge whose parts disagree is to decide, with the parts\' values shown', () => {
    const r = sync(NEW, dl({ decision: '不下放', reason: '涉密' }), { from: OLD, map: MAP });
    expect(r.merge[0]).toMatchObject({ agreed: false, parts: [{ code: 'XK001', decision: '下放', status: '已承接' }, { code: 'XK002', decision: '不下放' }] });
    expect(r.merge[0].decision).toBeUndefined();
  });

  it('--write applies them in place with a 调整说明 on each changed row, and keeps every other row as it was', () => {
    const list0 = dl();
    const out = updatedList(list0, sync(NEW, list0, { from: OLD, map: MAP }), NEW);
    expect(out.items.map((i) => [i.code, i.subItem, i.decision, i.status])).toEqual([
      ['XK101', undefined, '下放', '已承接'],
      ['XK005', undefined, '不下放', undefined],
      ['XK103-01', '批发', '下放', '已承接'],
      ['XK103-02', '零售', '下放', '已承接'],
      ['XK104', undefined, '暂不下放', undefined],
    ]);
    expect(out.items[0]).toMatchObject({ name: '食品生产许可（含食品添加剂生产许可）', batch: '1', acceptedOn: '2016-06-30', note: '调整说明：由XK001、XK002合并为XK101（济政发〔2017〕12号，2017-07-01起）' });
    expect(out.items[1]).toEqual(list0.items[1]);
    expect(out.items[2].note).toBe('含批发、零售；调整说明：由XK003拆分为XK103-01（济政发〔2017〕12号），沿用原意见，请确认');
    expect(out.items[4]).toMatchObject({ reason: '待条件成熟', note: '调整说明：原编码XK004改码为XK104' });
    // Written once, the list is in sync.
    expect(sync(NEW, out, { from: OLD, map: MAP }).summary).toEqual({ decide: 0, cancel: 0, update: 0, unknown: 0, recode: 0, merge: 0, split: 0 });
  });

  it('a disagreeing merge is written with its decision empty and the parts named in its note', () => {
    const list0 = dl({ decision: '不下放', reason: '涉密' });
    const out = updatedList(list0, sync(NEW, list0, { map: MAP }), NEW);
    expect(out.items[0]).toMatchObject({ code: 'XK101' });
    expect(out.items[0].decision).toBeUndefined();
    expect(out.items[0].note).toMatch(/由XK001、XK002合并为XK101.*各原事项意见不一致，需重新决定/u);
  });

  it('without --from, the table alone carries them; without either, an old code is offered as a suggested recode', () => {
    expect(sync(NEW, dl(), { map: MAP }).summary).toMatchObject({ recode: 1, merge: 1, split: 1, unknown: 0, decide: 1 }); // XK006: a gap
    const r = sync(NEW, dl());
    expect(r.recode.map((e) => [e.oldCode, e.newCode, e.source, e.evidence?.match])).toEqual([['XK004', 'XK104', 'suggested', 'same-name']]);
    expect(r.merge.map((e) => [e.from, e.into, e.source])).toEqual([[['XK001', 'XK002'], 'XK101', 'suggested']]);
    expect(r.split.map((e) => [e.from, e.into, e.source])).toEqual([['XK003', ['XK103-01', 'XK103-02'], 'suggested']]);
    expect(r.unknown).toEqual([]);
  });

  it('the catalogue\'s notes are read without --from or a table', () => {
    const noted = cat(NEW.items.map((i) => ({ code: i.code, name: i.name ?? '', ...(i.subItem ? { subItem: i.subItem } : {}), ...(i.code === 'XK101' ? { note: '由XK001、XK002合并' } : {}) })));
    const r = sync(noted, dl());
    expect(r.merge.map((e) => [e.from, e.source])).toEqual([[['XK001', 'XK002'], 'note']]);
  });

  it('items the list never had are gaps (漏项), new ones only when --from shows them added', () => {
    const short = { ...dl(), items: dl().items.filter((i) => i.code !== 'XK005') };
    expect(sync(NEW, short).decide.map((d) => [d.code, d.why])).toEqual([['XK005', 'gap'], ['XK006', 'gap']]);
    expect(sync(NEW, short, { from: OLD, map: MAP }).decide).toEqual([]);
  });
});

describe('a merge into an item the list already has', () => {
  it('folds the part into the existing row (named in its note), never writing the item twice or dropping a row', () => {
    const old = cat([{ code: 'A', name: '甲许可' }, { code: 'B', name: '乙许可' }]);
    const neu = cat([{ code: 'B', name: '乙许可' }]);
    const map: RevisionMap = { file: 'map.csv', entries: [{ kind: 'merge', from: ['A'], into: ['B'], places: [{ file: 'map.csv', row: 2 }] }] };
    const dl0 = list('delegation', [
      { code: 'A', name: '甲许可', category: '行政许可', department: D, decision: '下放', status: '已承接' },
      { code: 'B', name: '乙许可', category: '行政许可', department: D, decision: '不下放', reason: '统筹' },
    ]);
    const r = sync(neu, dl0, { from: old, map });
    expect(r.merge.map((e) => [e.from, e.into])).toEqual([[['A'], 'B']]);
    const out = updatedList(dl0, r, neu);
    expect(out.items.map((i) => [i.code, i.decision])).toEqual([['B', '不下放']]);
    expect(out.items[0].note).toBe('调整说明：由A合并为B');
  });
});
