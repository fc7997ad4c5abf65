import { describe, expect, it } from 'vitest';
import { formatDiffMarkdown } from '../../../../src/report/formatters/diff/markdown.js';
import { diffSample } from '../samples.js';

describe('diff markdown', () => {
  it('is a Markdown report with tables, no terminal colour, in each language', async () => {
    const result = await diffSample();
    const zh = formatDiffMarkdown(result, { lang: 'zh-CN', color: true });
    const en = formatDiffMarkdown(result, { lang: 'en', color: true });
    expect(zh).toMatch(/^#/mu);
    expect(zh).toMatch(/^\|.*\|$/mu);
    expect(zh).not.toMatch(/\u001b\[/u);
    expect(zh).not.toBe(en);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|\[object Object\]|NaN/u);
  });
});
