import { describe, expect, it } from 'vitest';
import { accepted, check, of, table } from '../helpers.js';

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

  it('does not apply to the YAML form, which has no header', () => {
    const list = { ...table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]), columns: [], format: 'yaml' as const };
    expect(of(check([list]), 'missing-column')).toEqual([]);
  });
});
