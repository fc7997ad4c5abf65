import { describe, expect, it } from 'vitest';
import { formatSyncPretty } from '../../../../src/report/formatters/sync/pretty.js';
import { ANSI, syncSample } from '../samples.js';

describe('sync pretty', () => {
  it('names the codes it reports, in each language, with colour only when asked', async () => {
    const result = await syncSample();
    const zh = formatSyncPretty(result, { lang: 'zh-CN', color: false });
    const en = formatSyncPretty(result, { lang: 'en', color: false });
    expect(zh).not.toBe(en);
    expect(zh).not.toMatch(ANSI);
    expect(formatSyncPretty(result, { lang: 'en', color: true })).toMatch(ANSI);
    for (const text of [zh, en]) expect(text).not.toMatch(/undefined|\[object Object\]|NaN/u);
  });
});
