import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/diff/index.js';
import { readList } from '../../src/read/index.js';
import { sync } from '../../src/sync/index.js';

const FIX = 'tests/fixtures/diff';
const schema = (name: string) => new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')));

describe('JSON schemas of the diff and sync reports', () => {
  it('the diff result matches diff-report.schema.json', async () => {
    const validate = schema('diff-report');
    const d = await diffFiles(`${FIX}/catalogue-old.yaml`, `${FIX}/catalogue-new.yaml`);
    expect(validate(JSON.parse(JSON.stringify(d))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...d, summary: { ...d.summary, unchanged: -1 } })).toBe(false);
  });

  it('the sync result matches sync-report.schema.json', async () => {
    const validate = schema('sync-report');
    const r = sync(await readList(`${FIX}/catalogue-new.yaml`), await readList(`${FIX}/delegation.yaml`), { from: await readList(`${FIX}/catalogue-old.yaml`) });
    expect(validate(JSON.parse(JSON.stringify(r))), JSON.stringify(validate.errors)).toBe(true);
  });
});
