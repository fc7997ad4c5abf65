import { describe, expect, it } from 'vitest';
import { accepted, check, of, table, type Row } from '../helpers.js';

const zoneRow = (code: string, more: Partial<Row> = {}): Row => ({
  code, name: '甲', category: '行政许可', department: '市教育局', batch: '1', acceptedOn: '2016-06-30', mode: '直接下放', ...more,
});
const dept = (rows: Row[]) => table('delegation', rows, { file: 'edu.xlsx', department: '市教育局' });

describe('zone-mismatch', () => {
  it('reports a published item that is not accepted, and one no department list has', () => {
    const d = dept([accepted('XK1', '甲', { status: '待承接' })]);
    const z = table('zone', [zoneRow('XK1'), zoneRow('XK9')], { file: 'zone.xlsx' });
    expect(of(check([d, z]), 'zone-mismatch')).toEqual([
      { rule: 'zone-mismatch', row: 2, column: '事项编码', details: { reason: 'not-accepted', status: '待承接', other: { file: 'edu.xlsx', sheet: 'Sheet1', row: 2, department: '市教育局' } } },
      { rule: 'zone-mismatch', row: 3, column: '事项编码', details: { reason: 'not-in-delegation' } },
    ]);
  });

  it('reports an accepted item the zone list does not publish, and batch or date that differ', () => {
    const d = dept([accepted('XK1', '甲'), accepted('XK2', '乙')]);
    const z = table('zone', [zoneRow('XK1', { batch: '2' })], { file: 'zone.xlsx' });
    const found = check([d, z]).filter((f) => f.rule === 'zone-mismatch').map((f) => ({ file: f.file, row: f.row, column: f.column, details: f.details }));
    expect(found).toEqual([
      { file: 'edu.xlsx', row: 3, column: '承接状态', details: { reason: 'not-published', status: '已承接' } },
      { file: 'zone.xlsx', row: 2, column: '承接批次', details: { reason: 'differs', field: 'batch', value: '2', expected: '1', other: { file: 'edu.xlsx', sheet: 'Sheet1', row: 2, department: '市教育局' } } },
    ]);
  });

  it('does not compare a value that is invalid on either side (invalid-value says it)', () => {
    const d = dept([accepted('XK1', '甲', { acceptedOn: '2016-06-31' })]);
    expect(of(check([d, table('zone', [zoneRow('XK1')])]), 'zone-mismatch')).toEqual([]);
  });

  it('says nothing when the zone list publishes exactly the accepted items, or when there is no zone list', () => {
    const d = dept([accepted('XK1', '甲'), accepted('XK2', '乙', { status: '待承接' })]);
    expect(of(check([d, table('zone', [zoneRow('XK1')])]), 'zone-mismatch')).toEqual([]);
    expect(of(check([d]), 'zone-mismatch')).toEqual([]);
  });

  it('leaves zone items of departments that submitted no list alone', () => {
    const d = dept([accepted('XK1', '甲')]);
    const z = table('zone', [zoneRow('XK1'), zoneRow('XK7', { department: '市卫健委' })]);
    expect(of(check([d, z]), 'zone-mismatch')).toEqual([]);
  });
});
