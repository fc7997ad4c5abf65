import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, RULE_IDS } from '../../src/check/rule-ids.js';
import { RULE_TITLES } from '../../src/report/text/validate.js';
import { RULE_DOCS } from '../../src/text/rule-docs.js';
// @ts-expect-error: a plain .mjs build script, without types
import { ruleDocsModule } from '../../scripts/compile-rule-docs.mjs';

const page = (rule: string): string => readFileSync(`docs/rules/${rule}.md`, 'utf8');
const LEVEL_ZH = { error: '错误（error）', warning: '警告（warning）', info: '提示（info）' } as const;

describe('docs/rules', () => {
  it('are compiled into src/text/rule-docs.ts as they are now (npm run build refreshes it)', () => {
    expect(readFileSync('src/text/rule-docs.ts', 'utf8')).toBe(ruleDocsModule());
    for (const rule of RULE_IDS) expect(RULE_DOCS[rule], rule).toBe(page(rule));
  });

  it('has one page per rule id and no page for a rule that does not exist', () => {
    for (const rule of RULE_IDS) expect(existsSync(`docs/rules/${rule}.md`), rule).toBe(true);
    const pages = readdirSync('docs/rules').filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
    expect(pages.sort()).toEqual([...RULE_IDS].sort());
  });

  for (const rule of RULE_IDS) {
    it(`${rule}: titled by its id, with meaning, example, fix and an English section`, () => {
      const text = page(rule);
      expect(text.split('\n')[0]).toBe(`# ${rule} — ${RULE_TITLES[rule]['zh-CN']}`);
      expect(text).toContain(`- 规则编号：\`${rule}\``);
      expect(text).toContain(`- 默认级别：${LEVEL_ZH[DEFAULT_SEVERITY[rule]]}`);
      const headings = text.split('\n').filter((l) => l.startsWith('## '));
      expect(headings).toEqual(['## 含义', '## 示例', '## 如何修改', '## English']);
      const english = text.slice(text.indexOf('## English'));
      for (const part of ['**What it means.**', '**Example.**', '**How to fix.**']) expect(english).toContain(part);
    });
  }

  it('pages link only to pages that exist', () => {
    for (const rule of RULE_IDS) {
      for (const m of page(rule).matchAll(/\]\(([^)]+\.md)\)/gu)) expect(existsSync(`docs/rules/${m[1]}`), `${rule} → ${m[1]}`).toBe(true);
    }
  });
});
