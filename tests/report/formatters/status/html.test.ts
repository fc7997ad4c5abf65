import { describe, expect, it } from 'vitest';
import { formatStatusHtml } from '../../../../src/report/formatters/status/html.js';
import { dashboard } from '../../../../src/status/index.js';
import { delegation } from '../../../status/make.js';
import { sampleCatalogue, sampleLists } from './sample.js';

const EVIL = '</script><img src=x onerror=alert(1)>"\'&';

describe('status html', () => {
  it('escapes names, departments, categories and the title everywhere', () => {
    const lists = [delegation([{ code: 'X<1>', name: EVIL, category: EVIL, decision: '下放', status: '已承接', batch: '1', acceptedOn: '2016-06-30' }], { department: EVIL, title: EVIL })];
    const html = formatStatusHtml(dashboard(lists), { lang: 'en' });
    expect(html.match(/<\/script>/giu)).toHaveLength(1); // only the page's own script
    expect(html).not.toMatch(/<img/iu);
    expect(html).toContain('&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
    expect(html).toContain('data-code="X&lt;1&gt;"');
  });

  it('is self-contained: a strict CSP, nothing to fetch', () => {
    const html = formatStatusHtml(dashboard(sampleLists, { catalogue: sampleCatalogue }), { lang: 'zh-CN' });
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/(src|href)\s*=|@import|url\(|@font-face/iu);
    expect(html).toContain('@media print');
  });

  it('is the same for the same input', () => {
    const a = formatStatusHtml(dashboard(sampleLists, { catalogue: sampleCatalogue }), { lang: 'en' });
    expect(formatStatusHtml(dashboard(sampleLists, { catalogue: sampleCatalogue }), { lang: 'en' })).toBe(a);
  });
});
