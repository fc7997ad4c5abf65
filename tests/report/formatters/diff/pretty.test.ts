import { describe, expect, it } from 'vitest';
import { formatDiffPretty } from '../../../../src/report/formatters/diff/pretty.js';
import { ANSI, diffSample } from '../samples.js';

describe('diff pretty', () => {
  it('names the codes it reports, in each language, with colour only when asked', async () => {
    const result = await diffSample();
    const zh = formatDiffPretty(result, { lang: 'zh-CN', color: false });
    const en = formatDiffPretty(result, { lang: 'en', color: false });
    expect(zh).not.toBe(en);
    expect(zh).not.toMatch(ANSI);
    expect(formatDiffPretty(result, { lang: 'en', color: true })).toMatch(ANSI);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|\[object Object\]|NaN/u);
  });
});
