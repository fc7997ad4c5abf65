import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jsonChunks } from '../../src/write/json.js';
import { yamlChunks } from '../../src/write/yaml.js';
import { makeItem, makeList, sampleDelegation } from './helpers.js';

describe('json writer', () => {
  it('holds the same object as the YAML form', () => {
    const list = sampleDelegation();
    const json = JSON.parse([...jsonChunks(list)].join(''));
    expect(json).toEqual(parse([...yamlChunks(list)].join('')));
    expect(json.items[0].code).toBe('0012');
    expect(json.items[0].batch).toBe(1);
  });

  it('is valid JSON across chunks and when empty', () => {
    const items = Array.from({ length: 1001 }, (_, i) => makeItem({ code: `C${i}`, name: 'x' }));
    expect(JSON.parse([...jsonChunks(makeList('zone', items))].join('')).items).toHaveLength(1001);
    expect(JSON.parse([...jsonChunks(makeList('zone', []))].join(''))).toEqual({ kind: 'zone', items: [] });
  });
});
