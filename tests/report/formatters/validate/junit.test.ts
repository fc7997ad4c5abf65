import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatJunit } from '../../../../src/report/formatters/validate/junit.js';
import { departmentGap, reportWith, smallReport } from './helpers.js';

interface El { name: string; attrs: Record<string, string>; children: El[]; text: string }

/** Parses XML with saxes (a strict, well-formedness-checking parser) into a small tree. */
function parseXml(xml: string): El {
  const parser = new SaxesParser();
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  parser.on('opentag', (t) => {
    const el: El = { name: t.name, attrs: t.attributes as Record<string, string>, children: [], text: '' };
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on('text', (t) => void (stack[stack.length - 1].text += t));
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

const fmt = { lang: 'zh-CN' as const, color: false };

describe('validate --format junit', () => {
  it('is well-formed XML: a testsuite per file, a testcase per finding', async () => {
    const report = await smallReport();
    const root = parseXml(formatJunit(report, fmt));
    expect(root.name).toBe('testsuites');
    const suites = root.children;
    expect(suites.every((s) => s.name === 'testsuite')).toBe(true);
    for (const file of report.files) expect(suites.map((s) => s.attrs.name)).toContain(file.path);
    for (const s of suites) {
      const mine = report.findings.filter((f) => f.file === s.attrs.name);
      const waived = report.waived.filter((f) => f.file === s.attrs.name);
      expect(Number(s.attrs.tests)).toBe(s.children.length);
      expect(s.children.length).toBe(Math.max(1, mine.length + waived.length));
      expect(Number(s.attrs.failures)).toBe(mine.filter((f) => f.severity === 'error').length);
      expect(Number(s.attrs.skipped)).toBe(waived.length);
    }
    expect(Number(root.attrs.failures)).toBe(report.summary.errors);
  });

  it('fails exactly the findings at or above --fail-on', async () => {
    const report = await smallReport();
    const failuresAt = (failOn: 'error' | 'warning' | 'info' | 'never') => {
      const root = parseXml(formatJunit({ ...report, summary: { ...report.summary, failOn } }, fmt));
      return Number(root.attrs.failures);
    };
    expect(failuresAt('error')).toBe(report.summary.errors);
    expect(failuresAt('warning')).toBe(report.summary.errors + report.summary.warnings);
    expect(failuresAt('info')).toBe(report.findings.length);
    expect(failuresAt('never')).toBe(0);
  });

  it('names the rule page only when --docs-url says where it is', async () => {
    const xml = formatJunit(await smallReport(), { ...fmt, docsBase: 'https://example.org/rules/' });
    expect(xml).toContain('https://example.org/rules/legal-review.md');
  });

  it('fails errors (at the default --fail-on error), passes warnings and infos, skips waived findings', async () => {
    const report = await smallReport();
    const cases = parseXml(formatJunit(report, fmt)).children.flatMap((s) => s.children);
    const byRule = (rule: string) => cases.filter((c) => c.attrs.name.startsWith(`${rule} `));
    const failure = byRule('legal-review')[0].children[0];
    expect(failure.name).toBe('failure');
    expect(failure.attrs.type).toContain('legal-review');
    expect(failure.text).not.toContain('docs/rules/');
    expect(failure.text).toContain('legal-review');
    expect(byRule('dispute')[0].children.map((c) => c.name)).toEqual(['system-out']);
    expect(byRule('pending-acceptance')[0].children.map((c) => c.name)).toEqual(['system-out']);
    expect(byRule('partial-delegation')[0].children.map((c) => c.name)).toEqual(['skipped']);
  });

  it('a file without findings is one passing testcase', () => {
    const files = [{ path: 'depts/市教育局.yaml', kind: 'delegation' as const, rows: 4, format: 'yaml' as const, role: 'input' as const }];
    const suite = parseXml(formatJunit(reportWith([], files), fmt)).children[0];
    expect(suite.attrs).toMatchObject({ name: 'depts/市教育局.yaml', tests: '1', failures: '0' });
    expect(suite.children).toHaveLength(1);
    expect(suite.children[0].children).toEqual([]);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    const nasty = 'a<b>&"c\'\u0001\n';
    const f = { ...departmentGap(nasty), file: `depts/${nasty}.yaml`, row: 2 };
    const xml = formatJunit(reportWith([f]), fmt);
    const suite = parseXml(xml).children[0];
    expect(suite.attrs.name).toBe('depts/a<b>&"c\'\uFFFD\n.yaml');
    expect(suite.children[0].children[0].attrs.message).toContain('a<b>&"c\'');
  });
});
