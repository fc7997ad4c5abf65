import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDiff, diff } from '../../src/diff/index.js';
import type { ItemFields } from '../../src/model/types.js';
import { BASIS, list } from './helpers.js';

const base = { name: '食品经营许可', category: '行政许可', department: '市市场监管局', legalBasis: BASIS } as const;
const acc = { ...base, decision: '下放', mode: '直接下放', scope: '全部下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30' } as const;
const back = { ...acc, decision: '不下放', reason: '收回：审计整改，济高管发〔2024〕11号', status: '', batch: '', acceptedOn: '' } as const;

describe('diff: taken back (收回)', () => {
  it('reports an accepted item no longer delegated once, with both places and the document', () => {
    const d = diff(list('delegation', [{ code: 'A1', ...acc }], 'old.yaml'), list('delegation', [{ code: 'A1', ...back }], 'new.yaml'));
    expect(d.takenBack).toEqual([{
      code: 'A1', name: base.name, department: base.department,
      old: { file: 'old.yaml', row: 2, status: '已承接', batch: '1', acceptedOn: '2016-06-30' },
      new: { file: 'new.yaml', row: 2, decision: '不下放' },
      document: '济高管发〔2024〕11号',
      fields: expect.objectContaining({ decision: { old: '下放', new: '不下放' }, status: { old: '已承接', new: '' } }),
    }]);
    expect([d.changed, d.regressions, d.removed]).toEqual([[], [], []]);
    expect(d.summary).toMatchObject({ takenBack: 1, changed: 0, regressions: 0 });
  });

  it('takes the document from a 收回文号 column, and needs none (暂不下放, a note)', () => {
    const withColumn = diff(list('delegation', [{ code: 'A1', ...acc }]), list('delegation', [{ code: 'A1', ...acc, decision: '暂不下放', reason: '待整改', extra: { 收回文号: '济政字〔2024〕3号' } }]));
    expect(withColumn.takenBack?.map((t) => [t.new?.decision, t.new?.status, t.document])).toEqual([['暂不下放', '已承接', '济政字〔2024〕3号']]);
    const plain = diff(list('delegation', [{ code: 'A1', ...acc }]), list('delegation', [{ code: 'A1', ...acc, decision: '不下放', reason: '法律规定' }]));
    expect(plain.takenBack?.map((t) => [t.code, t.document])).toEqual([['A1', undefined]]);
  });

  it('is not taken back when the item was not accepted, and a delegation row removed stays a removal', () => {
    const d = diff(
      list('delegation', [{ code: 'P1', ...acc, status: '待承接' }, { code: 'A2', ...acc }]),
      list('delegation', [{ code: 'P1', ...back }]),
    );
    expect(d.takenBack).toEqual([]);
    expect(d.changed.map((c) => c.code)).toEqual(['P1']);
    expect(d.removed.map((r) => r.code)).toEqual(['A2']);
    expect(d.regressions.map((r) => [r.code, r.what])).toEqual([['A2', 'accepted-removed']]);
  });

  it('a zone list item that is gone is taken back; a deleted zone list file is not', () => {
    const z = { ...base, batch: '1', acceptedOn: '2016-06-30', mode: '直接下放' };
    const d = diff(list('zone', [{ code: 'Z1', ...z }, { code: 'Z2', ...z }], 'zone-2023.yaml'), list('zone', [{ code: 'Z2', ...z }], 'zone-2024.yaml'));
    expect(d.takenBack).toEqual([{ code: 'Z1', name: base.name, department: base.department, old: { file: 'zone-2023.yaml', row: 2, status: '已承接', batch: '1', acceptedOn: '2016-06-30' } }]);
    const gone = diff(list('zone', [{ code: 'Z1', ...z }]), list('zone', [], '/dev/null'));
    expect([gone.takenBack, gone.removed.map((r) => r.code)]).toEqual([[], ['Z1']]);
  });

  it('with the decision left out of the comparison, nothing is taken back', () => {
    const d = diff(list('delegation', [{ code: 'A1', ...acc }]), list('delegation', [{ code: 'A1', ...back }]), { ignore: ['decision'] });
    expect(d.takenBack).toEqual([]);
  });

  it('for any accepted items and decisions: each taken-back item is under that kind only, and applying the diff gives the new list', () => {
    const decisions = fc.constantFrom('下放', '不下放', '暂不下放');
    const statuses = fc.constantFrom('已承接', '待承接', '暂缓承接', '');
    fc.assert(
      fc.property(fc.array(fc.tuple(statuses, decisions, statuses, fc.boolean()), { minLength: 1, maxLength: 12 }), (rows) => {
        const a = list('delegation', rows.map(([s], i) => ({ code: `C${i}`, ...acc, status: s } as ItemFields & { code: string })));
        const b = list('delegation', rows.flatMap(([, dec, s, kept], i) => (kept ? [{ code: `C${i}`, ...acc, decision: dec, status: s, reason: dec === '下放' ? '' : '收回' }] : [])));
        const d = diff(a, b);
        const expected = rows.flatMap(([old, dec, , kept], i) => (old === '已承接' && kept && dec !== '下放' ? [`C${i}`] : []));
        expect(d.takenBack?.map((t) => t.code)).toEqual(expected.sort());
        const elsewhere = [...d.changed, ...d.removed, ...d.regressions].map((e) => e.code);
        for (const code of expected) expect(elsewhere).not.toContain(code);
        const applied = applyDiff(a, d);
        const fields = (it: { code: string; decision?: string; status?: string }) => [it.code, it.decision ?? '', it.status || '待承接'];
        expect(applied.items.map(fields).sort()).toEqual(b.items.map(fields).sort());
      }),
      { numRuns: 200 },
    );
  });
});
