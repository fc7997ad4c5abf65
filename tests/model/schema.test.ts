import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { listSchema } from '../../src/model/schema.js';
import { KINDS } from '../../src/model/enums.js';
import { fixture } from '../helpers/read.js';

const schemaFile = (kind: string) => JSON.parse(readFileSync(new URL(`../../schemas/${kind}.schema.json`, import.meta.url), 'utf8'));

describe('JSON Schemas of the YAML form', () => {
  it.each(KINDS)('schemas/%s.schema.json is generated from the column table (npx tsx scripts/gen-schemas.mts)', (kind) => {
    expect(schemaFile(kind)).toEqual(listSchema(kind));
  });

  it('accepts a list with Chinese keys and accepted spellings', () => {
    const validate = new Ajv({ strict: false }).compile(schemaFile('delegation'));
    const doc = parse(readFileSync(fixture('yaml/chinese-keys.yaml'), 'utf8'));
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a value outside its enum, a numeric code and the wrong kind', () => {
    const validate = new Ajv({ strict: false }).compile(schemaFile('delegation'));
    expect(validate({ kind: 'delegation', items: [{ code: 'A', decision: '转交' }] })).toBe(false);
    expect(validate({ kind: 'delegation', items: [{ code: 12 }] })).toBe(false);
    expect(validate({ kind: 'catalogue', items: [] })).toBe(false);
    expect(validate({ kind: 'delegation', items: [{ name: 'no code' }] })).toBe(false);
  });
});
