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
    // As written, the entries wait for a clerk's reason and waive nothing (issue 13 point 7).
    const unfilled = applyWaivers(fs, back, '2025-03-01');
    expect([unfilled.findings.length, unfilled.waived.length, unfilled.incomplete.length]).toEqual([3, 0, 2]);
    const filled = back.map((w) => ({ ...w, reason: '市政府常务会议纪要〔2016〕5号同意' }));
    expect(applyWaivers(fs, filled, '2025-03-01').findings).toEqual([]);
  });

  it('a waiver whose reason is empty or the placeholder waives nothing', () => {
    const fs = [finding('legal-review', 'XK1', '市教育局', 2)];
    const w = { rule: 'legal-review' as const, code: 'XK1', department: '市教育局', acceptedBy: '张三', expires: '2026-03-01' };
    for (const reason of ['', '  ', 'TODO: 豁免理由 / reason', 'todo']) {
      const r = applyWaivers(fs, [{ ...w, reason }], '2025-03-01');
      expect([r.findings.length, r.waived.length, r.incomplete.length], reason).toEqual([1, 0, 1]);
    }
    expect(applyWaivers(fs, [{ ...w, reason: '已报批' }], '2025-03-01').waived.length).toBe(1);
  });

  it('counts a year ahead across a leap day', () => {
    expect(aYearAfter('2024-02-29')).toBe('2025-03-01');
  });
});
