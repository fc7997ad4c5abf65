import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { yamlChunks } from '../../src/write/yaml.js';
import { makeItem, makeList, sampleDelegation } from './helpers.js';

const text = (list = sampleDelegation()): string => [...yamlChunks(list)].join('');

describe('yaml writer', () => {
  it('writes the contract form: kind, title, items with English keys in canonical order', () => {
    const doc = parse(text());
    expect(doc.kind).toBe('delegation');
    expect(doc.title).toBe('市级下放高新区管委会行政权力清单');
    expect(Object.keys(doc.items[0])).toEqual([
      'code', 'name', 'category', 'department', 'legalBasis', 'decision', 'mode', 'scope', 'batch', 'status',
      'acceptedOn', 'delegatorConfirmation', 'receiverConfirmation', 'legalReview', '联系电话',
    ]);
  });

  it('quotes codes, writes batch as an integer, dates as YYYY-MM-DD strings, leaves empties out', () => {
    const t = text();
    expect(t).toContain('code: "0012"');
    const doc = parse(t);
    expect(doc.items[0].code).toBe('0012');
    expect(doc.items[0].batch).toBe(1);
    expect(doc.items[0].acceptedOn).toBe('2016-06-30');
    expect(doc.items[1]).not.toHaveProperty('batch');
    expect(doc.items[1]).not.toHaveProperty('联系电话');
  });

  it('keeps multi-line text, quotes and formula-like text as written', () => {
    const doc = parse(text());
    expect(doc.items[0].legalBasis).toBe('《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》');
    expect(doc.items[1].name).toBe('=1+1');
    expect(doc.items[1].subItem).toBe('@x');
    expect(doc.items[1].note).toBe("-5, '=quoted");
  });

  it('writes an empty list as items: []', () => {
    expect(parse(text(makeList('zone', [])))).toEqual({ kind: 'zone', items: [] });
  });

  it('joins chunks of a long list into one valid document', () => {
    const items = Array.from({ length: 1234 }, (_, i) => makeItem({ code: String(i).padStart(5, '0'), name: `事项${i}` }));
    const doc = parse(text(makeList('catalogue', items)));
    expect(doc.items).toHaveLength(1234);
    expect(doc.items[1233].code).toBe('01233');
  });
});
