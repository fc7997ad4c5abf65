import { describe, expect, it } from 'vitest';
import { formatDiffHtml } from '../../../../src/report/formatters/diff/html.js';
import { diffSample } from '../samples.js';

describe('diff html', () => {
  it('is one self-contained page that escapes what the files hold', async () => {
    const result = await diffSample();
    const html = formatDiffHtml(result, { lang: 'en', color: false });
    expect(html).toMatch(/^<!doctype html>/iu);
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//iu);
    expect(html).not.toMatch(/undefined|\[object Object\]/u);
    // A value with markup in it comes out as text, never as an element.
    const hostile = JSON.parse(JSON.stringify(result).replaceAll('市', '<img src=x>'));
    const escaped = formatDiffHtml(hostile, { lang: 'en', color: false });
    expect(escaped).not.toContain('<img src=x>');
    expect(escaped).toContain('&lt;img src=x&gt;');
  });
});
