import { describe, expect, it } from 'vitest';
import { htmlChunks } from '../../src/write/html.js';
import { makeItem, makeList, sampleDelegation } from './helpers.js';

describe('html writer', () => {
  it('writes one self-contained page: no script, no external resource', () => {
    const html = [...htmlChunks(sampleDelegation())].join('');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=|https?:/u);
    expect(html.match(/<tr>/gu)).toHaveLength(3);
    expect(html).toMatch(/<th[^>]*>事项编码<\/th>/u);
  });

  it('escapes markup in the data', () => {
    const html = [...htmlChunks(makeList('zone', [makeItem({ code: 'A', name: '<img src=x onerror=alert(1)>' })]))].join('');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
