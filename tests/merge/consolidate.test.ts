import { describe, expect, it } from 'vitest';
import { merge } from '../../src/merge/consolidate.js';
import { CONFLICT_COLUMN, SOURCE_COLUMN } from '../../src/merge/types.js';
import { list } from './helpers.js';

const edu = list(
  [
    { code: 'JY002', name: '民办学校设立', category: '行政许可', decision: '下放', seq: '1' },
    { code: 'JY001', name: '教师资格认定', category: '行政许可', decision: '下放', seq: '2' },
  ],
  'depts/市教育局.yaml',
  { department: '市教育局' },
);
const civil = list(
  [
    { code: 'MZ001', name: '社会团体登记', category: '行政许可', department: '市民政局', decision: '下放', seq: '1' },
  ],
  'depts/市民政局.yaml',
);

describe('merge (consolidation)', () => {
  it('keeps every row, with its department and where it came from, ordered by department then code', () => {
    const r = merge([edu, civil]);
    expect(r.conflicts).toEqual([]);
    expect(r.list.items.map((i) => [i.code, i.department, i.extra?.[SOURCE_COLUMN]])).toEqual([
      // 市教育局 (shì jiàoyù) sorts before 市民政局 (shì mínzhèng) in pinyin order
      ['JY001', '市教育局', 'depts/市教育局.yaml:3'],
      ['JY002', '市教育局', 'depts/市教育局.yaml:2'],
      ['MZ001', '市民政局', 'depts/市民政局.yaml:2'],
    ]);
    expect(r.summary).toEqual({ rows: 3, items: 3, conflicts: 0, dropped: 0, deleted: 0, copies: 0 });
    expect(r.byDepartment).toEqual([{ department: '市教育局', items: 2 }, { department: '市民政局', items: 1 }]);
  });

  it('numbers the consolidated list afresh', () => {
    expect(merge([edu, civil]).list.items.map((i) => i.seq)).toEqual(['1', '2', '3']);
  });

  it('does not change the input lists', () => {
    merge([edu, civil]);
    expect(edu.items[0].extra).toBeUndefined();
    expect(edu.items[0].department).toBeUndefined();
  });

  it('names the sheet in 来源 for a workbook', () => {
    const wb = list([{ code: 'X1', name: 'n', department: 'd' }], 'a.xlsx');
    wb.items[0].source.sheet = '下放清单';
    expect(merge([wb]).list.items[0].extra?.[SOURCE_COLUMN]).toBe('a.xlsx:下放清单:2');
  });

  it('follows the catalogue order when a catalogue is given; items it lacks come last', () => {
    const catalogue = list([{ code: 'MZ001' }, { code: 'JY002' }, { code: 'JY001' }], 'catalogue.yaml', { kind: 'catalogue' });
    const extra = list([{ code: 'AAA', department: '市教育局' }], 'x.yaml');
    const r = merge([edu, civil, extra], { catalogue });
    expect(r.list.items.map((i) => i.code)).toEqual(['MZ001', 'JY002', 'JY001', 'AAA']);
  });

  it('places a sub-item the catalogue lists only as a main item at its code', () => {
    const catalogue = list([{ code: 'B' }, { code: 'A' }], 'c.yaml', { kind: 'catalogue' });
    const l = list([{ code: 'A', subItem: '子项一', department: 'd' }, { code: 'B', department: 'd' }]);
    expect(merge([l], { catalogue }).list.items.map((i) => i.code)).toEqual(['B', 'A']);
  });

  describe('the same key in two departments’ lists', () => {
    const other = list([{ code: 'JY001', name: '教师资格认定', department: '市人社局', decision: '不下放' }], 'depts/市人社局.yaml');

    it('is a conflict naming both places, and neither row is written by default', () => {
      const r = merge([edu, civil, other]);
      expect(r.conflicts).toEqual([
        {
          kind: 'duplicate', code: 'JY001', field: 'department', ours: '市教育局', theirs: '市人社局',
          places: [{ file: 'depts/市教育局.yaml', row: 3 }, { file: 'depts/市人社局.yaml', row: 2 }],
        },
      ]);
      expect(r.list.items.map((i) => i.code)).toEqual(['JY002', 'MZ001']);
      // JY001 is one distinct item, however many rows hold it: rows = items + dropped with the pair counted once.
      expect(r.summary).toEqual({ rows: 4, items: 3, conflicts: 1, dropped: 1, deleted: 0, copies: 0 });
    });

    it('keep-ours keeps the first list’s row, keep-theirs the last', () => {
      const ours = merge([edu, other], { conflicts: 'keep-ours' }).list.items.find((i) => i.code === 'JY001');
      const theirs = merge([edu, other], { conflicts: 'keep-theirs' }).list.items.find((i) => i.code === 'JY001');
      expect(ours?.department).toBe('市教育局');
      expect(theirs?.department).toBe('市人社局');
      expect(merge([edu, other], { conflicts: 'keep-ours' }).summary).toMatchObject({ rows: 3, items: 2, dropped: 1 });
    });

    it('mark keeps the first row and names the other in its 冲突 cell', () => {
      const r = merge([edu, other], { conflicts: 'mark' });
      const kept = r.list.items.find((i) => i.code === 'JY001');
      expect(kept?.extra?.[CONFLICT_COLUMN]).toContain('depts/市人社局.yaml:2');
      expect(kept?.extra?.[CONFLICT_COLUMN]).toContain('市人社局');
      expect(r.list.extraColumns).toEqual([SOURCE_COLUMN, CONFLICT_COLUMN]);
    });

    it('three rows with one key give two conflicts, each against the first', () => {
      const third = list([{ code: 'JY001', department: '市卫健委' }], 'depts/市卫健委.yaml');
      const r = merge([edu, other, third]);
      expect(r.conflicts.map((c) => [c.ours, c.theirs])).toEqual([['市教育局', '市人社局'], ['市教育局', '市卫健委']]);
      expect(r.summary.rows).toBe(r.summary.items + r.summary.dropped);
    });
  });

  describe('a row copied whole into another list (or twice into one)', () => {
    const copy = list([{ code: 'JY001', name: '教师资格认定', category: '行政许可', department: '市教育局', decision: '下放', seq: '9' }], 'depts/市城管局.yaml');

    it('merges into one item whose 来源 names both rows, and is named in copies, not a conflict', () => {
      const r = merge([edu, civil, copy]);
      expect(r.conflicts).toEqual([]);
      expect(r.copies).toEqual([{ code: 'JY001', places: [{ file: 'depts/市教育局.yaml', row: 3 }, { file: 'depts/市城管局.yaml', row: 2 }] }]);
      const kept = r.list.items.filter((i) => i.code === 'JY001');
      expect(kept).toHaveLength(1);
      expect(kept[0].extra?.[SOURCE_COLUMN]).toBe('depts/市教育局.yaml:3; depts/市城管局.yaml:2');
      expect(r.summary).toEqual({ rows: 4, items: 3, conflicts: 0, dropped: 1, deleted: 0, copies: 1 });
    });

    it('counts a difference of form only (traditional characters, spaces) as a copy', () => {
      const trad = list([{ code: 'JY001', name: '教師資格 認定', category: '行政许可', department: '市教育局', decision: '下放' }], 'b.yaml');
      expect(merge([edu, trad]).conflicts).toEqual([]);
    });

    it('is a conflict when any field differs, and the copies of the first are still named', () => {
      const differs = list([{ code: 'JY001', name: '教师资格认定', category: '行政许可', department: '市教育局', decision: '不下放' }], 'c.yaml');
      const r = merge([edu, copy, differs]);
      expect(r.conflicts.map((c) => c.places.map((p) => p.file))).toEqual([['depts/市教育局.yaml', 'c.yaml']]);
      // the same department on both rows: the conflict names the field that differs
      expect(r.conflicts.map((c) => [c.field, c.ours, c.theirs])).toEqual([['decision', '下放', '不下放']]);
      expect(r.copies.map((c) => c.places.length)).toEqual([2]);
      expect(r.summary).toMatchObject({ rows: 4, items: 2, dropped: 2 });
    });
  });

  it('keys by code and sub-item: two sub-items of one code are two items', () => {
    const l = list([{ code: 'A', subItem: '一', department: 'd' }, { code: 'A', subItem: '二', department: 'd' }]);
    expect(merge([l]).conflicts).toEqual([]);
  });

  it('without a source column when asked', () => {
    expect(merge([civil], { sourceColumn: false }).list.items[0].extra).toBeUndefined();
  });
});
