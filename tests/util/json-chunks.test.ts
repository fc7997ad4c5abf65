import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LazyArray, mapped, prettyJsonChunks } from '../../src/util/json-chunks.js';

/** What the chunks stand in for: the whole object, stringified at once. */
const whole = (entries: Array<[string, unknown]>, lazy: Set<string>): string =>
  `${JSON.stringify(Object.fromEntries(entries.map(([k, v]) => [k, lazy.has(k) ? [...(v as unknown[])] : v])), null, 2)}\n`;

describe('prettyJsonChunks', () => {
  it('writes the bytes of JSON.stringify(doc, null, 2) for any document, whichever arrays are written lazily', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    // Keys that are not array indices (an object puts those first, whatever the order written).
    const key = fc.string({ maxLength: 6 }).filter((k) => !/^(0|[1-9]\d*)$/u.test(k));
    const entry = fc.tuple(key, fc.oneof(value, fc.constant(undefined), fc.array(value, { maxLength: 6 })), fc.boolean());
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: ([k]) => k, maxLength: 7 }), (raw) => {
        const lazy = new Set(raw.filter(([, v, l]) => l && Array.isArray(v)).map(([k]) => k));
        const entries = raw.map(([k, v]) => [k, v] as [string, unknown]);
        const text = [...prettyJsonChunks(entries.map(([k, v]) => [k, lazy.has(k) ? new LazyArray(v as unknown[]) : v]))].join('');
        expect(text).toBe(whole(entries, lazy));
      }),
      { numRuns: 2000 },
    );
  });

  it('makes each element only as it is written, and hands a long array on in pieces', () => {
    let made = 0;
    const items = mapped(Array.from({ length: 5000 }, (_, i) => i), (i) => {
      made++;
      return { row: i, message: '缺少承接方确认'.repeat(3) };
    });
    const chunks = prettyJsonChunks([['version', 1], ['findings', new LazyArray(items)], ['summary', { errors: 0 }]]);
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(made).toBeLessThan(5000);
    const rest = [...chunks];
    expect(rest.length).toBeGreaterThan(1);
    expect(JSON.parse(String(first.value) + rest.join('')).findings).toHaveLength(5000);
  });
});
