import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatStatusJson, formatWhoJson } from '../../../../src/report/formatters/status/json.js';
import { formatStatusMarkdown } from '../../../../src/report/formatters/status/markdown.js';
import { formatWhoMarkdown } from '../../../../src/report/formatters/status/who-markdown.js';
import { status, whoReport } from '../../../../src/status/index.js';
import { sampleCatalogue, sampleLists } from './sample.js';

const schema = JSON.parse(readFileSync(new URL('../../../../schemas/status-report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

describe('status json', () => {
  const json = JSON.parse(formatStatusJson(status(sampleLists, { catalogue: sampleCatalogue })));

  it('has the contract shape, keys in the contract order', () => {
    expect(Object.keys(json)).toEqual(['version', 'departments', 'totals', 'catalogueFile', 'duplicates']);
    expect(Object.keys(json.departments[0])).toEqual(['department', 'catalogue', 'listed', 'decision', 'status', 'batches', 'disputes', 'partial', 'takenBack']);
    expect(Object.keys(json.totals)).toEqual(['catalogue', 'listed', 'decision', 'status', 'batches', 'disputes', 'partial', 'takenBack']);
    expect(json.totals.decision).toEqual({ 下放: 5, 不下放: 1, 暂不下放: 0 });
    expect(json.totals.batches).toEqual({ 1: 1, 2: 2 });
  });

  it('matches schemas/status-report.schema.json', () => {
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('--who json matches the schema too', () => {
    const who = JSON.parse(formatWhoJson(whoReport(['A1', 'A2', 'C1', 'nope'], sampleLists, sampleCatalogue)));
    expect(validate(who), JSON.stringify(validate.errors)).toBe(true);
    expect(who.map((a: { code: string; exercisedBy: string; why: string }) => [a.code, a.exercisedBy, a.why])).toEqual([
      ['A1', 'zone', 'accepted'], ['A2', 'department', 'pending'], ['C1', 'department', 'deferred'], ['nope', 'department', 'unknown'],
    ]);
    expect(who[0]).toMatchObject({ batch: 1, acceptedOn: '2016-06-30' });
  });

  it('--who json for one code is the contract\'s object itself', () => {
    const one = JSON.parse(formatWhoJson(whoReport(['A1'], sampleLists, sampleCatalogue)));
    expect(validate(one), JSON.stringify(validate.errors)).toBe(true);
    expect(one).toMatchObject({ code: 'A1', exercisedBy: 'zone', why: 'accepted', batch: 1, acceptedOn: '2016-06-30' });
  });
});

describe('status markdown', () => {
  it('is a table with one row per department and a total', () => {
    const md = formatStatusMarkdown(status(sampleLists, { catalogue: sampleCatalogue }), { lang: 'en' });
    const rows = md.split('\n').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(2 + 3 + 1);
    expect(rows.at(-1)).toBe('| **Total** | 6 | 6 | 5 | 1 | 0 | 3 | 1 | 1 | 1/0 | 1 | 60% |');
  });

  it('escapes pipes in names', () => {
    const md = formatWhoMarkdown({ version: 1, who: [{ code: 'X', name: 'a|b', exercisedBy: 'department', why: 'pending' }] }, { lang: 'zh-CN' });
    expect(md.split('\n')[2]).toContain('a\\|b');
  });
});
