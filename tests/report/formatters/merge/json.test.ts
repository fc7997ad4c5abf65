import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import schema from '../../../../schemas/merge-report.schema.json' with { type: 'json' };
import { MERGE_FORMATTERS as LOADERS } from '../../../../src/report/formatters/merge/index.js';
import { consolidated, threeWay } from './sample.js';

const MERGE_FORMATTERS = { pretty: await LOADERS.pretty(), json: await LOADERS.json(), markdown: await LOADERS.markdown() };

describe('merge json', () => {
  it('json is the report as the contract shapes it, and valid against its schema', () => {
    const parsed = JSON.parse(MERGE_FORMATTERS.json(threeWay, { lang: 'zh-CN', color: false }));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(threeWay)));
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['version', 'inputs', 'output', 'conflicts', 'summary']));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(parsed)).toBe(true);
    expect(validate(JSON.parse(MERGE_FORMATTERS.json(consolidated, { lang: 'en', color: false })))).toBe(true);
  });
});
