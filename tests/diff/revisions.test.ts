/** Merges, splits and recodes in diff (issue 18): by table, by the catalogue's notes, and as suggestions with evidence. */
import { describe, expect, it } from 'vitest';
import { applyDiff, diff } from '../../src/diff/index.js';
import { keyOf } from '../../src/diff/fields.js';
import { InputError } from '../../src/errors.js';
import type { RevisionMap } from '../../src/model/revision-map.js';
import { list } from './helpers.js';

const D = '市市场监管局';
const old = list('catalogue', [
  { code: 'XK001', name: '食品生产许可', category: '行政许可', department: D },
  { code: 'XK002', name: '食品添加剂生产许可', category: '行政许可', department: D },
  { code: 'XK003', name: '药品经营许可', category: '行政许可', department: D },
  { code: 'XK004', name: '特种设备检验机构核准', category: '行政许可', department: D },
  { code: 'XK005', name: '计量器具型式批准', category: '行政许可', department: D },
]);
const neu = (notes: { merged?: string; split?: string } = {}) => list('catalogue', [
  { code: 'XK101', name: '食品生产许可（含食品添加剂生产许可）', category: '行政许可', department: D, ...(notes.merged ? { note: notes.merged } : {}) },
  { code: 'XK103-01', name: '药品经营许可', subItem: '批发', category: '行政许可', department: D, ...(notes.split ? { note: notes.split } : {}) },
  { code: 'XK103-02', name: '药品经营许可', subItem: '零售', category: '行政许可', department: D, ...(notes.split ? { note: notes.split } : {}) },
  { code: 'XK104', name: '特种设备检验机构核准', category: '行政许可', department: D },
  { code: 'XK005', name: '计量器具型式批准', category: '行政许可', department: D },
]);
const MAP: RevisionMap = {
  file: 'map.csv',
  entries: [
    { kind: 'merge', from: ['XK001', 'XK002'], into: ['XK101'], document: '济政发〔2017〕12号', effective: '2017-07-01', places: [{ file: 'map.csv', row: 2 }] },
    { kind: 'split', from: ['XK003'], into: ['XK103-01', 'XK103-02'], document: '济政发〔2017〕12号', effective: '2017-07-01', places: [{ file: 'map.csv', row: 4 }] },
    { kind: 'recode', from: ['XK004'], into: ['XK104'], document: '济政发〔2017〕12号', effective: '2017-07-01', places: [{ file: 'map.csv', row: 6 }] },
  ],
};
const brief = (d: ReturnType<typeof diff>) => ({
  merged: d.merged.map((m) => [m.from, m.into, m.source, m.document, m.effective]),
  split: d.split.map((s) => [s.from, s.into, s.source, s.document, s.effective]),
  recoded: d.recoded.map((r) => [r.oldCode, r.newCode, r.source, r.document, r.effective]),
  added: d.added.length,
  removed: d.removed.length,
});

describe('merges, splits and recodes', () => {
  it('takes them from a correspondence table, with its 文号 and 生效日期, and lists none of the items as added or removed', () => {
    const d = diff(old, neu(), { map: MAP });
    const doc = ['济政发〔2017〕12号', '2017-07-01'];
    expect(brief(d)).toEqual({
      merged: [[['XK001', 'XK002'], 'XK101', 'map', ...doc]],
      split: [['XK003', ['XK103-01', 'XK103-02'], 'map', ...doc]],
      recoded: [['XK004', 'XK104', 'map', ...doc]],
      added: 0,
      removed: 0,
    });
    expect(d.summary).toMatchObject({ merged: 1, split: 1, recoded: 1, added: 0, removed: 0, unchanged: 1 });
  });

  it('takes them from the new catalogue\'s notes (由…合并, 拆分为… or 由…拆分), with the 文号 and date the note gives', () => {
    const d = diff(old, neu({ merged: '依据济政发〔2017〕12号，由XK001、XK002合并，自2017年7月1日起施行', split: '由XK003拆分' }), { pairing: false });
    expect(brief(d)).toMatchObject({
      merged: [[['XK001', 'XK002'], 'XK101', 'note', '济政发〔2017〕12号', '2017-07-01']],
      split: [['XK003', ['XK103-01', 'XK103-02'], 'note', undefined, undefined]],
      recoded: [],
      added: 1,
      removed: 1,
    });
  });

  it('reads names in quotes where a note gives no codes', () => {
    const d = diff(old, neu({ merged: '由“食品生产许可”“食品添加剂生产许可”合并' }), { pairing: false });
    expect(d.merged.map((m) => [m.from, m.into, m.source])).toEqual([[['XK001', 'XK002'], 'XK101', 'note']]);
  });

  it('otherwise suggests them from names within the department, with the evidence', () => {
    const d = diff(old, neu());
    expect(brief(d)).toMatchObject({
      merged: [[['XK001', 'XK002'], 'XK101', 'suggested', undefined, undefined]],
      split: [['XK003', ['XK103-01', 'XK103-02'], 'suggested', undefined, undefined]],
      recoded: [['XK004', 'XK104', 'suggested', undefined, undefined]],
      added: 0,
      removed: 0,
    });
    expect(d.merged[0].evidence).toEqual({ match: 'contained', department: D, old: ['食品生产许可', '食品添加剂生产许可'], new: ['食品生产许可（含食品添加剂生产许可）'] });
    expect(d.recoded[0].evidence?.match).toBe('same-name');
    expect(brief(diff(old, neu(), { pairing: false }))).toMatchObject({ merged: [], split: [], recoded: [], added: 4, removed: 4 });
  });

  it('suggests a recode for a nearly equal name, never for names differing only in their numbers', () => {
    const a = list('catalogue', [{ code: 'A1', name: '对未按规定报送统计资料的处罚', category: '行政处罚', department: D }, { code: 'N3', name: '第3号行政权力事项', category: '行政处罚', department: D }]);
    const b = list('catalogue', [{ code: 'B1', name: '对未按规定报送统计资料行为的处罚', category: '行政处罚', department: D }, { code: 'N4', name: '第4号行政权力事项', category: '行政处罚', department: D }]);
    const d = diff(a, b);
    expect(d.recoded.map((r) => [r.oldCode, r.newCode, r.evidence?.match])).toEqual([['A1', 'B1', 'similar']]);
    expect([d.added.map((x) => x.code), d.removed.map((x) => x.code)]).toEqual([['N4'], ['N3']]);
  });

  it('a table outranks a note, and a note a suggestion', () => {
    const other: RevisionMap = { file: 'map.csv', entries: [{ kind: 'recode', from: ['XK001'], into: ['XK101'], places: [{ file: 'map.csv', row: 2 }] }] };
    const d = diff(old, neu({ merged: '由XK001、XK002合并' }), { map: other });
    expect(d.recoded.find((r) => r.oldCode === 'XK001')?.source).toBe('map');
    expect(d.merged).toEqual([]);
    expect(d.removed.map((r) => r.code)).toEqual(['XK002']);
  });

  it('stops with the table\'s row and column when a code is in neither version', () => {
    const bad: RevisionMap = { file: 'map.csv', entries: [{ kind: 'recode', from: ['XK999'], into: ['XK104'], places: [{ file: 'map.csv', row: 7 }] }] };
    const err = (() => { try { diff(old, neu(), { map: bad }); } catch (e) { return e; } })() as InputError;
    expect(err).toBeInstanceOf(InputError);
    expect([err.key, err.args.reason, err.args.code, err.where?.row, err.where?.column]).toEqual(['map-invalid', 'map-code-unknown', 'XK999', 7, '原事项编码']);
  });

  it('applyDiff turns the old version into the new one through merges and splits', () => {
    for (const opts of [{ map: MAP }, {}]) {
      const out = applyDiff(old, diff(old, neu(), opts));
      expect(out.items.map(keyOf).sort()).toEqual(neu().items.map(keyOf).sort());
    }
  });
});
