import { describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { CANCELLED_NOTE, sync, updatedList } from '../../src/sync/index.js';
import { keyOf } from '../../src/diff/fields.js';
import { list } from '../diff/helpers.js';

const FIX = 'tests/fixtures/diff';

describe('sync', () => {
  it('turns a catalogue change into items to decide, cancel, update, and unknown ones', async () => {
    const catalogue = await readList(`${FIX}/catalogue-new.yaml`);
    const from = await readList(`${FIX}/catalogue-old.yaml`);
    const dl = await readList(`${FIX}/delegation.yaml`);
    const r = sync(catalogue, dl, { from });
    expect(r.decide).toEqual([{ code: '370100-QR-0001', department: '市市场监管局', name: '食品小作坊登记', category: '行政确认', why: 'new' }]);
    expect(r.cancel).toEqual([{ code: '370100-CF-0001', department: '市市场监管局', name: '对无证经营的处罚' }]);
    expect(r.update.map((u) => [u.code, u.subItem, Object.fromEntries(Object.entries(u.fields).map(([f, c]) => [f, [c.old, c.new]]))])).toEqual([
      ['0042', '新办', { legalBasis: ['《中华人民共和国建筑法》第七条', '《中华人民共和国建筑法》第七条、第八条'] }],
      ['370100-XK-0003', undefined, { department: ['市卫生健康委', '市市场监管局'] }],
    ]);
    // Issue 18: a recoded item is a recode action (not an update of its code), keeping its decision.
    expect(r.recode).toEqual([{ oldCode: '370100-XK-0002', newCode: '370100-XK-0102', name: '药品零售企业许可', source: 'suggested', evidence: expect.objectContaining({ match: 'same-name' }) }]);
    expect(r.unknown).toEqual([{ code: '370100-QT-0009', name: '档案查阅审批' }]);
    expect(r.summary).toEqual({ decide: 1, cancel: 1, update: 2, unknown: 1, recode: 1, merge: 0, split: 0 });
    expect(r.catalogueChanges?.summary).toMatchObject({ added: 1, recoded: 1, cancelled: 1 });
  });

  it('with --from, only items new since the old catalogue are to decide, not every item the list lacks', async () => {
    const catalogue = await readList(`${FIX}/catalogue-new.yaml`);
    const from = await readList(`${FIX}/catalogue-old.yaml`);
    const dl = await readList(`${FIX}/delegation.yaml`);
    // A zone list carries only accepted items: drop one that is old news, it must not come back to decide.
    const partial = { ...dl, items: dl.items.filter((i) => i.code !== '370100-XK-0001') };
    const r = sync(catalogue, partial, { from });
    expect(r.decide.map((d) => d.code)).toEqual(['370100-QR-0001']);
    expect(sync(catalogue, partial).decide.map((d) => d.code)).toContain('370100-XK-0001');
  });

  it('without --from, an old code matching a catalogue item of its department by name is a suggested recode, the rest gaps', async () => {
    const catalogue = await readList(`${FIX}/catalogue-new.yaml`);
    const r = sync(catalogue, await readList(`${FIX}/delegation.yaml`));
    expect(r.unknown.map((u) => u.code)).toEqual(['370100-QT-0009']);
    expect(r.recode.map((e) => [e.oldCode, e.newCode, e.source])).toEqual([['370100-XK-0002', '370100-XK-0102', 'suggested']]);
    expect(r.decide.map((d) => [d.code, d.why])).toEqual([['370100-QR-0001', 'gap']]);
    expect(r.catalogueChanges).toBeUndefined();
  });

  it('decides only for the list\'s own departments, and not for cancelled catalogue items', () => {
    const catalogue = list('catalogue', [
      { code: 'A', name: '甲', category: '行政许可', department: '市教育局' },
      { code: 'B', name: '乙', category: '行政许可', department: '市教育局', itemStatus: '已取消' },
      { code: 'C', name: '丙', category: '行政许可', department: '市民政局' },
    ]);
    const r = sync(catalogue, list('delegation', [], 'dl.yaml'), {});
    expect(r.decide).toEqual([]);
    const withDept = sync(catalogue, { ...list('delegation', []), department: '市教育局' });
    expect(withDept.decide.map((d) => d.code)).toEqual(['A']);
  });

  it('form-only differences of names are not updates unless strict', () => {
    const catalogue = list('catalogue', [{ code: 'A', name: '食品經營許可', category: '行政许可', department: '市市场监管局' }]);
    const dl = list('delegation', [{ code: 'A', name: '食品经营许可 ', category: '行政许可', department: '市市场监管局', decision: '下放' }]);
    expect(sync(catalogue, dl).update).toEqual([]);
    expect(Object.keys(sync(catalogue, dl, { strict: true }).update[0].fields)).toEqual(['name']);
  });

  it('updates the list: bases refreshed, code renewed in place, cancelled items marked, new items added with no decision', async () => {
    const catalogue = await readList(`${FIX}/catalogue-new.yaml`);
    const dl = await readList(`${FIX}/delegation.yaml`);
    const out = updatedList(dl, sync(catalogue, dl, { from: await readList(`${FIX}/catalogue-old.yaml`) }), catalogue);
    const byKey = new Map(out.items.map((it) => [keyOf(it), it]));
    expect(out.items.map((it) => it.code)).toEqual(['370100-XK-0001', '370100-XK-0102', '370100-XK-0003', '370100-CF-0001', '0042', '0042', '370100-QT-0009', '370100-QR-0001']);
    expect(byKey.get('0042\u0000新办')?.legalBasis).toBe('《中华人民共和国建筑法》第七条、第八条');
    expect(byKey.get('370100-XK-0102')).toMatchObject({ mode: '委托', decision: '下放' });
    expect(byKey.get('370100-XK-0003')?.department).toBe('市市场监管局');
    expect(byKey.get('370100-CF-0001')?.note).toBe(`第二批；${CANCELLED_NOTE}`);
    const added = byKey.get('370100-QR-0001');
    expect(added).toMatchObject({ name: '食品小作坊登记', category: '行政确认', department: '市市场监管局' });
    expect(added?.decision).toBeUndefined();
    expect(added?.itemStatus).toBeUndefined();
    // The updated list is in sync, except for what a person must decide.
    const again = sync(catalogue, out);
    expect(again.summary).toEqual({ decide: 0, cancel: 1, update: 0, unknown: 1, recode: 0, merge: 0, split: 0 });
    expect(byKey.get('370100-XK-0102')?.note).toMatch(/^调整说明：原编码370100-XK-0002改码为370100-XK-0102/u);
  });

  it('does not add items to decide to a zone list', () => {
    const catalogue = list('catalogue', [{ code: 'A', name: '甲', category: '行政许可', department: '市教育局' }]);
    const zone = { ...list('zone', [{ code: 'Z', name: '乙', category: '行政许可', department: '市教育局' }]) };
    const r = sync(catalogue, zone);
    expect(r.decide.map((d) => d.code)).toEqual(['A']);
    expect(updatedList(zone, r, catalogue).items.map((it) => it.code)).toEqual(['Z']);
  });
});
