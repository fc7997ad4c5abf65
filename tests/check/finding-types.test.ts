/** Findings are a union keyed on rule: details that do not fit their rule must not compile (npm run typecheck fails otherwise). */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/check/finding.js';
import { at } from '../../src/check/place.js';
import { defineRule } from '../../src/check/rule.js';

describe('finding types', () => {
  it('accept details of the finding’s own rule, and refuse others', () => {
    const ok: Finding[] = [
      { rule: 'legal-review', severity: 'error', details: { value: '' } },
      { rule: 'invalid-value', severity: 'warning', details: { value: '0012', reason: 'yaml-number', expected: '"0012"' } },
    ];
    const bad: Finding[] = [
      // @ts-expect-error gap's details name a department
      { rule: 'gap', severity: 'error', details: { value: '' } },
      // @ts-expect-error a yaml-number invalid-value says what is expected
      { rule: 'invalid-value', severity: 'warning', details: { value: '0012', reason: 'yaml-number' } },
      // @ts-expect-error no such rule
      { rule: 'no-such-rule', severity: 'error', details: {} },
    ];
    expect([ok.length, bad.length]).toEqual([2, 3]);
  });

  it('give report() the rule’s own details type, and defineRule only the contract’s ids', () => {
    const rule = defineRule<{ kept: string }>()({
      id: 'partial-delegation', severity: 'warning', description: '', scope: 'item',
      // @ts-expect-error kept, not kep
      check: (item, _ctx, report) => report(at(item, 'scope'), { kep: '' }),
    });
    // @ts-expect-error not an id of the contract
    const other = defineRule<object>()({ id: 'no-such-rule', severity: 'info', description: '', scope: 'read' });
    expect([rule.id, other.id]).toEqual(['partial-delegation', 'no-such-rule']);
  });
});
