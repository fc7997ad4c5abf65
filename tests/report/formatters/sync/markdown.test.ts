import { describe, expect, it } from 'vitest';
import { formatSyncMarkdown } from '../../../../src/report/formatters/sync/markdown.js';
import { syncSample } from '../samples.js';

describe('sync markdown', () => {
  it('is a Markdown report with tables, no terminal colour, in each language', async () => {
    const result = await syncSample();
    const zh = formatSyncMarkdown(result, { lang: 'zh-CN', color: true });
    const en = formatSyncMarkdown(result, { lang: 'en', color: true });
    expect(zh).toMatch(/^#/mu);
    expect(zh).toMatch(/^\|.*\|$/mu);
    expect(zh).not.toMatch(/\u001b\[/u);
    expect(zh).not.toBe(en);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|\[object Object\]|NaN/u);
  });
});
