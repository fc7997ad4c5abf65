import { describe, expect, it } from 'vitest';
import { formatMarkdown, MAX_CHARS } from '../../../../src/report/formatters/validate/markdown.js';
import { reportWith, smallReport } from './helpers.js';

/** The rows of each table in the text, cells split on unescaped pipes. */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | undefined;
  for (const line of md.split('\n')) {
    if (!line.startsWith('|')) {
      current = undefined;
      continue;
    }
    if (!current) out.push((current = []));
    current.push(line.slice(1, -1).split(/(?<!\\)\|/u).map((c) => c.trim()));
  }
  return out;
}

describe('validate --format markdown', () => {
  it('starts with a heading that gives the totals', async () => {
    const report = await smallReport();
    const first = formatMarkdown(report, { lang: 'en', color: false }).split('\n')[0];
    expect(first.startsWith('## ')).toBe(true);
    expect(first).toContain(`error ${report.summary.errors}`);
    expect(first).toContain(`warning ${report.summary.warnings}`);
  });

  it('has a count table per department and rule whose totals add up', async () => {
    const report = await smallReport();
    const [counts] = tables(formatMarkdown(report, { lang: 'zh-CN', color: false, docsBase: 'docs/rules/' }));
    const [head, , ...rows] = counts;
    const total = rows.pop() ?? [];
    expect(rows.map((r) => r[0]).sort()).toEqual(['市交通运输局', '市人社局', '市城管局'].sort());
    const ruleCols = head.slice(1, -1).map((h) => /^\[([a-z-]+)\]\(docs\/rules\/\1\.md\)$/u.exec(h)?.[1]);
    expect(ruleCols.every(Boolean)).toBe(true);
    ruleCols.forEach((rule, i) => {
      const n = report.findings.filter((f) => f.rule === rule).length;
      expect(total[i + 1]).toBe(`**${n}**`);
      expect(rows.reduce((s, r) => s + Number(r[i + 1] || 0), 0)).toBe(n);
    });
    expect(total.at(-1)).toBe(`**${report.findings.length}**`);
  });

  it('lists every error and warning in a row, with its place, the rule id and escaped text; notices are counted', async () => {
    const report = await smallReport();
    const md = formatMarkdown(report, { lang: 'zh-CN', color: false });
    const rows = tables(md).slice(1).flatMap((t) => t.slice(2));
    const listed = [...report.findings.filter((f) => f.severity === 'error'), ...report.findings.filter((f) => f.severity === 'warning')];
    expect(rows.length).toBeGreaterThanOrEqual(listed.length);
    listed.forEach((f, i) => {
      const r = rows[i];
      expect(r).toHaveLength(8);
      expect(r[1]).toBe(f.file);
      expect(r[3]).toBe(String(f.row ?? ''));
      expect(r[7]).toBe(`\`${f.rule}\``);
    });
    const name = rows.find((r) => r[7] === '`name-mismatch`');
    expect(name?.[6]).toContain('城市道路占用\\|挖掘许可 \\<b\\>');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('docs/rules/');
    const infos = report.findings.filter((f) => f.severity === 'info').length;
    if (infos > 0) expect(md).toContain(`提示 (${infos})`);
  });

  it('links the rule pages only when --docs-url says where they are', async () => {
    const md = formatMarkdown(await smallReport(), { lang: 'en', color: false, docsBase: 'https://example.org/rules/' });
    expect(md).toContain('(https://example.org/rules/gap.md)');
  });

  it('stays under a comment\'s limit: notices give way first, then warnings, and it says how many are left out', () => {
    const long = 'x'.repeat(300);
    const f = (severity: 'error' | 'warning' | 'info', i: number) => ({ rule: 'gap' as const, severity, file: 'a.yaml', row: i + 2, details: { department: long, items: 1 } });
    const many = [...Array.from({ length: 50 }, (_, i) => f('error', i)), ...Array.from({ length: 400 }, (_, i) => f('warning', i)), ...Array.from({ length: 900 }, (_, i) => f('info', i))];
    const md = formatMarkdown(reportWith(many), { lang: 'en', color: false, verbose: true });
    expect(md.length).toBeLessThan(MAX_CHARS);
    const rows = tables(md).flatMap((t) => t.slice(2)).filter((r) => r.length === 8);
    expect(rows.filter((r) => r[0].includes('error'))).toHaveLength(50);
    expect(rows.filter((r) => r[0].includes('info'))).toHaveLength(0);
    expect(md).toMatch(/\d+ more warning findings left out/u);
    expect(md).toContain('900 more info findings left out');
  });

  it('says so when there is nothing to report, with no tables', () => {
    const md = formatMarkdown(reportWith([]), { lang: 'en', color: false });
    expect(tables(md)).toEqual([]);
    expect(md).toContain('no findings');
  });
});
