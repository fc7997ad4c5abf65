import { describe, expect, it } from 'vitest';
import { aYearAfter, applyWaivers, baselineText, parseBaseline } from '../../src/check/baseline.js';
import type { Finding } from '../../src/check/finding.js';
import { InputError } from '../../src/errors.js';

const finding = (rule: Finding['rule'], code: string | undefined, department: string, row = 2): Finding => ({
  rule, severity: 'error', code, file: 'edu.xlsx', row, column: '事项编码', department, details: {},
}) as Finding;

describe('waivers', () => {
  const waivers = parseBaseline(
    [
      'version: 1',
      'waivers:',
      '  - { rule: legal-review, code: XK1, department: 市教育局, reason: 审查中, acceptedBy: 编办, expires: 2025-06-30 }',
      '  - { rule: gap, code: XK2, department: 市教育局, reason: 待取消, acceptedBy: 编办, expires: 2024-01-31 }',
    ].join('\n'),
    'qingdan.baseline.yaml',
  );

  it('waives a finding by rule + code + department, whatever its row', () => {
    const { findings, waived } = applyWaivers([finding('legal-review', 'XK1', '市教育局', 99), finding('legal-review', 'XK1', '市卫健委')], waivers, '2025-01-01');
    expect(waived.map((w) => [w.rule, w.code, w.row, w.waiver.reason])).toEqual([['legal-review', 'XK1', 99, '审查中']]);
    expect(findings.map((f) => [f.rule, f.department])).toEqual([['legal-review', '市卫健委']]);
  });

  it('waives through the expiry day; an expired waiver brings the finding back with waiverExpired', () => {
    expect(applyWaivers([finding('legal-review', 'XK1', '市教育局')], waivers, '2025-06-30').waived).toHaveLength(1);
    const { findings, waived } = applyWaivers([finding('gap', 'XK2', '市教育局')], waivers, '2024-02-01');
    expect(waived).toEqual([]);
    expect(findings.map((f) => f.details)).toEqual([{ waiverExpired: '2024-01-31' }]);
  });

  it('rejects a baseline that breaks its schema, with the line', () => {
    let err: unknown;
    try {
      parseBaseline('waivers:\n  - rule: legal-review\n    code: XK1\n    expires: 2025-13\n', 'b.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect([(err as InputError).key, (err as InputError).where?.row]).toEqual(['baseline-invalid', 2]);
  });

  it('writes one waiver per fingerprint that reads back and waives the same findings', () => {
    const fs = [finding('legal-review', 'XK1', '市教育局', 2), finding('legal-review', 'XK1', '市教育局', 3), finding('gap', undefined, '市规划局')];
    const text = baselineText(fs, [], '2025-03-01');
    const back = parseBaseline(text, 'b.yaml');
    expect(back.map((w) => [w.rule, w.code, w.department, w.expires])).toEqual([
      ['legal-review', 'XK1', '市教育局', '2026-03-01'],
      ['gap', undefined, '市规划局', '2026-03-01'],
    ]);
    expect(applyWaivers(fs, back, '2025-03-01').findings).toEqual([]);
  });

  it('counts a year ahead across a leap day', () => {
    expect(aYearAfter('2024-02-29')).toBe('2025-03-01');
  });
});
