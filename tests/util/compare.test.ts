import { describe, expect, it } from 'vitest';
import { compareText } from '../../src/util/compare.js';

describe('compareText', () => {
  it('is code-unit order, the same in every locale, with a missing value first', () => {
    expect(['市民政局', 'B', 'a', '市教育局', 'A'].sort(compareText)).toEqual(['A', 'B', 'a', '市教育局', '市民政局']);
    expect(compareText(undefined, '')).toBe(0);
    expect(compareText(undefined, 'a')).toBe(-1);
    expect(compareText('b', 'a')).toBe(1);
  });
});
