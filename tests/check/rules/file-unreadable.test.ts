import { describe, expect, it } from 'vitest';
import { reportOf } from '../../../src/check/run.js';
import { DEFAULT_CONFIG } from '../../../src/config/types.js';
import { InputError } from '../../../src/errors.js';
import { accepted, table } from '../helpers.js';

const failure = { file: 'depts/x.xlsx', error: new InputError('no-header', {}, { file: 'depts/x.xlsx', sheet: '表1' }) };

describe('file-unreadable', () => {
  it('reports a read failure at the error’s place, with the rule’s severity', () => {
    const { findings } = reportOf({ lists: [] }, DEFAULT_CONFIG, { failures: [failure] });
    expect(findings.map(({ rule, severity, file, sheet, details }) => ({ rule, severity, file, sheet, details }))).toEqual([
      { rule: 'file-unreadable', severity: 'error', file: 'depts/x.xlsx', sheet: '表1', details: { error: 'no-header', args: {} } },
    ]);
  });

  it('follows the configuration, and says nothing of a list that was read', () => {
    const config = { ...DEFAULT_CONFIG, rules: { 'file-unreadable': 'warning' as const } };
    expect(reportOf({ lists: [] }, config, { failures: [failure] }).findings.map((f) => f.severity)).toEqual(['warning']);
    const list = table('delegation', [accepted('XK1', '甲', { department: '市教育局' })]);
    expect(reportOf({ lists: [list] }).findings.filter((f) => f.rule === 'file-unreadable')).toEqual([]);
  });
});
