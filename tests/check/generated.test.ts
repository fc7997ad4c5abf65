/** The rule lists made from the rule modules (scripts/gen-rules.mts) are current, and every rule has its parts. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stale } from '../../scripts/gen-rules.mjs';
import { DEFAULT_SEVERITY, RULE_LIST, RULES } from '../../src/check/registry.js';
import { LANGS } from '../../src/text/lang.js';
import { RULE_MESSAGES } from '../../src/report/text/rules.js';
import { RULE_TITLES } from '../../src/report/text/validate.js';
import { RULE_IDS } from '../../src/vocab/rules.js';

const testsOf = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testsOf(`${dir}/${e.name}`) : e.name.endsWith('.test.ts') ? [`${dir}/${e.name}`] : []));

describe('rule lists generated from the rule modules', () => {
  it('src/check/rules/index.ts, RULE_IDS, the schemas and the README table are current (npx tsx scripts/gen-rules.mts)', async () => {
    expect(await stale()).toEqual([]);
  });

  it('has one rule per id, in the contract order, each with its own severity as the default', () => {
    expect(RULE_LIST.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const id of RULE_IDS) expect([RULES[id].id, DEFAULT_SEVERITY[id]]).toEqual([id, RULES[id].severity]);
  });

  it('every rule has a description, messages and a title in both languages, examples of its details, a docs page and a test', () => {
    const tests = testsOf('tests/check').map((f) => readFileSync(f, 'utf8')).join('\n');
    const missing = RULE_LIST.flatMap((r) => [
      ...(r.description.trim() ? [] : [`${r.id}: description`]),
      ...(LANGS.every((l) => typeof RULE_MESSAGES[r.id]?.[l] === 'function') ? [] : [`${r.id}: messages`]),
      ...(LANGS.every((l) => RULE_TITLES[r.id]?.[l]) ? [] : [`${r.id}: title`]),
      ...(RULE_MESSAGES[r.id]?.examples?.length ? [] : [`${r.id}: examples of its details`]),
      ...(existsSync(`docs/rules/${r.id}.md`) ? [] : [`${r.id}: docs/rules/${r.id}.md`]),
      ...(tests.includes(`'${r.id}'`) ? [] : [`${r.id}: a test under tests/check/`]),
    ]);
    expect(missing).toEqual([]);
  });
});
