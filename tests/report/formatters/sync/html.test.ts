import { describe, expect, it } from 'vitest';
import { formatSyncHtml } from '../../../../src/report/formatters/sync/html.js';
import { syncSample } from '../samples.js';

describe('sync html', () => {
  it('is one self-contained page that escapes what the files hold', async () => {
    const result = await syncSample();
    const html = formatSyncHtml(result, { lang: 'en', color: false });
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//iu);
    expect(html).not.toMatch(/undefined|\[object Object\]/u);
    // A value with markup in it comes out as text, never as an element.
    const hostile = JSON.parse(JSON.stringify(result).replaceAll('市', '<img src=x>'));
    const escaped = formatSyncHtml(hostile, { lang: 'en', color: false });
    expect(escaped).not.toContain('<img src=x>');
    expect(escaped).toContain('&lt;img src=x&gt;');
  });
});
