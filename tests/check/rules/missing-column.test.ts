import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../src/index.js';
import { accepted, cat, check, of, table } from '../helpers.js';

describe('missing-column', () => {
  it('reports a required column the header lacks, at the header row', () => {
    const list = table('delegation', [accepted('XK1', '甲')], { columns: ['code', 'name', 'category', 'decision', 'mode', 'scope'] });
    expect(of(check([list]), 'missing-column')).toEqual([
      { rule: 'missing-column', row: 1, column: '实施部门', details: { field: 'department', header: '实施部门', kind: 'delegation' } },
    ]);
  });

  it('says nothing when every required column is there', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]);
    expect(of(check([list]), 'missing-column')).toEqual([]);
  });

  it('does not also report every row of the absent column as missing-value', () => {
    const list = table('catalogue', [{ code: 'XK1', name: '甲', category: '行政许可', department: '市教育局' }]);
    const findings = check([], list);
    expect(of(findings, 'missing-column').map((f) => f.details.field)).toEqual(['legalBasis']);
    expect(of(findings, 'missing-value')).toEqual([]);
  });

  it('emits only missing-column findings, even for a list with no item', () => {
    const list = table('delegation', [], { columns: ['code', 'name'] });
    expect(new Set(check([list], undefined, { rules: { 'missing-value': 'off' } }).map((f) => f.rule))).toEqual(new Set(['missing-column']));
  });

  it('names the headers it did not recognise, with the nearest known header, and which catalogue checks did not run', () => {
    const list = table('delegation', [{ code: '', name: '甲', category: '行政许可', decision: '下放' }], {
      department: '市教育局', columns: ['name', 'category', 'department', 'decision'],
    });
    list.extraColumns = ['事项编吗', '联系人', '来源'];
    const catalogue = table('catalogue', [cat('XK1', '甲', '市教育局'), cat('XK2', '乙', '市教育局')]);
    const findings = check([list], catalogue);
    expect(of(findings, 'missing-column')).toEqual([
      {
        rule: 'missing-column', row: 1, column: '事项编码',
        details: {
          field: 'code', header: '事项编码', kind: 'delegation',
          unrecognised: [{ header: '事项编吗', nearest: '事项编码' }, { header: '联系人' }],
          notRun: ['unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item', 'gap'],
        },
      },
    ]);
    // one finding for the file, not a gap for every catalogue item of the department
    expect(of(findings, 'gap')).toEqual([]);
    expect(of(findings, 'unknown-code')).toEqual([]);
  });

  it('still reports the gaps of a department whose list has its code column', () => {
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]);
    const catalogue = table('catalogue', [cat('XK1', '甲', '市教育局'), cat('XK2', '乙', '市教育局')]);
    expect(of(check([list], catalogue), 'gap').map((f) => f.details.name)).toEqual(['乙']);
  });

  it('does not apply to the YAML form, which has no header', () => {
    const list = { ...table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]), columns: [], format: 'yaml' as const };
    expect(of(check([list]), 'missing-column')).toEqual([]);
  });

  it('on the bundled example: a misspelled 职权编码 is one finding naming it, not the department’s every item as a gap', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-header-'));
    try {
      const csv = join(dir, '市医保局.csv');
      writeFileSync(csv, readFileSync('examples/jinan/depts/市医保局.csv', 'utf8').replace('职权编码', '职权编吗'));
      const r = await validate([csv], { catalogue: 'examples/jinan/catalogue-2016.xlsx', config: false, baseline: false });
      const mine = r.findings.filter((f) => f.department === '市医保局' || f.file === csv);
      expect(mine.filter((f) => f.rule === 'gap')).toEqual([]);
      const columns = mine.filter((f) => f.rule === 'missing-column');
      expect(columns.map((f) => [f.column, f.details.unrecognised])).toEqual([['事项编码', [{ header: '职权编吗', nearest: '职权编码' }]]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
