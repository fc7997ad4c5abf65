import { describe, expect, it } from 'vitest';
import { esc, formatHtml } from '../../../../src/report/formatters/validate/html.js';
import { reportWith, smallReport } from './helpers.js';

const attrsOf = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/gu)].map((m) => [m[1], m[2]]));

describe('validate --format html', () => {
  it('is one self-contained page: no external script, style, image or font', async () => {
    const html = formatHtml(await smallReport(), { lang: 'zh-CN', color: false });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toMatch(/<(script|img|iframe)[^>]*\ssrc=/iu);
    expect(html).not.toMatch(/<link\b/iu);
    expect(html).not.toMatch(/url\(|@import|https?:\/\/(?!json\.schemastore)/iu);
  });

  it('has a row per finding with stable hooks, grouped by department then rule', async () => {
    const report = await smallReport();
    const html = formatHtml(report, { lang: 'zh-CN', color: false });
    const rows = [...html.matchAll(/<tr class="finding [^>]*>/gu)].map((m) => attrsOf(m[0]));
    expect(rows).toHaveLength(report.findings.length);
    expect(rows.map((r) => `${r['data-rule']}/${r['data-severity']}`).sort()).toEqual(report.findings.map((f) => `${f.rule}/${f.severity}`).sort());
    const sections = [...html.matchAll(/<section class="department" data-department="([^"]*)">/gu)].map((m) => m[1]);
    expect(new Set(sections)).toEqual(new Set(report.findings.map((f) => f.department ?? '')));
    for (const rule of Object.keys(report.summary.byRule)) {
      expect(html).toContain(`<section class="rule" data-rule="${rule}">`);
      // No --docs-url: the rule links to its explanation carried in the page, collapsed.
      expect(html).toContain(`<a href="#rule-${rule}">${rule}</a>`);
      expect(html).toMatch(new RegExp(`<details class="rule-doc" id="rule-${rule}"><summary>[^]*?<pre>[^<]+</pre>`, 'u'));
    }
    expect(html).not.toContain('docs/rules/');
    const published = formatHtml(report, { lang: 'en', color: false, docsBase: 'https://example.org/rules/' });
    expect(published).toContain('<a href="https://example.org/rules/gap.md">gap</a>');
    expect(published).not.toContain('class="rule-doc"');
    expect(html).toMatch(/<input id="filter" type="search"/u);
    for (const s of ['error', 'warning', 'info']) expect(html).toContain(`class="severity-toggle" id="show-${s}" value="${s}" checked`);
    expect(attrsOf(/<p id="summary"[^>]*>/u.exec(html)?.[0] ?? '')).toMatchObject({ 'data-errors': String(report.summary.errors), 'data-warnings': String(report.summary.warnings) });
  });

  it('escapes every text from the data', async () => {
    const html = formatHtml(await smallReport(), { lang: 'zh-CN', color: false });
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;b&gt;');
    expect(esc(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });

  it('shows the waived findings apart, outside the filtered rows', async () => {
    const report = await smallReport();
    const html = formatHtml(report, { lang: 'en', color: false });
    expect(html).toContain('<section id="waived">');
    expect([...html.matchAll(/<tr class="waived /gu)]).toHaveLength(report.waived.length);
  });

  it('says there is nothing to report', () => {
    expect(formatHtml(reportWith([]), { lang: 'en', color: false })).toContain('<p id="no-findings">no findings</p>');
  });
});
