import { describe, expect, it } from 'vitest';
import { compareRounds, provisionalFingerprint } from '../../src/ui/provisional-rounds.js';

const f = (rule: string, code?: string, department?: string, column?: string, row?: number) => ({ rule, code, department, column, row }) as never;

describe('provisional round comparison', () => {
  it('ignores the row (rows move when a clerk inserts one) but not rule, code, department or column', () => {
    expect(provisionalFingerprint(f('gap', 'A', 'D', 'c', 3))).toBe(provisionalFingerprint(f('gap', 'A', 'D', 'c', 9)));
    expect(provisionalFingerprint(f('gap', 'A', 'D', 'c'))).not.toBe(provisionalFingerprint(f('gap', 'A', 'D', 'x')));
    expect(provisionalFingerprint(f('gap', 'A', 'D'))).not.toBe(provisionalFingerprint(f('gap', 'B', 'D')));
  });

  it('marks open, new and resolved findings, matching one to one', () => {
    const previous = [f('gap', 'A', 'D'), f('gap', 'A', 'D'), f('dispute', 'B', 'D')];
    const current = [f('gap', 'A', 'D'), f('unknown-code', 'C', 'D')];
    const r = compareRounds(previous, current);
    expect(r.marks).toEqual(['open', 'new']);
    expect(r.counts).toEqual({ resolved: 2, open: 1, new: 1 });
    expect(r.resolved.map((x: { rule: string }) => x.rule).sort()).toEqual(['dispute', 'gap']);
  });
});
