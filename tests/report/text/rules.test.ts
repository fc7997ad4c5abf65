import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/check/rule-ids.js';
import { LANGS } from '../../../src/text/lang.js';
import { findingMessage, RULE_MESSAGES } from '../../../src/report/text/rules.js';

describe('rule messages', () => {
  it('has a message for every rule id', () => {
    expect(Object.keys(RULE_MESSAGES).sort()).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULE_IDS) {
    for (const lang of LANGS) {
      it(`renders ${rule} in ${lang} for every example of its details`, () => {
        for (const details of RULE_MESSAGES[rule].examples) {
          const text = findingMessage({ rule, details: details as unknown as Record<string, unknown> }, lang);
          expect(text.length).toBeGreaterThan(8);
          expect(text).not.toMatch(/undefined|null|\[object Object\]|NaN/u);
          if (lang === 'en') expect(text).toMatch(/[a-z]{3}/u);
          else expect(text).toMatch(/[\u4e00-\u9fff]{4}/u);
        }
      });
    }
  }

  it('does not throw on details missing altogether', () => {
    for (const rule of RULE_IDS) for (const lang of LANGS) expect(() => findingMessage({ rule, details: {} }, lang)).not.toThrow();
  });

  it('says so when a waiver has expired', () => {
    const f = { rule: 'legal-review' as const, details: { value: '待审查', waiverExpired: '2024-01-31' } };
    expect(findingMessage(f, 'en')).toContain('2024-01-31');
    expect(findingMessage(f, 'zh-CN')).toContain('2024-01-31');
  });

  it('names the suggested codes of an unknown code', () => {
    const text = findingMessage({ rule: 'unknown-code', details: RULE_MESSAGES['unknown-code'].examples[0] as unknown as Record<string, unknown> }, 'zh-CN');
    expect(text).toContain('XK0002');
  });
});
