import { describe, expect, it } from 'vitest';
import { formatMarkdown, MAX_ROWS } from '../../../../src/report/formatters/validate/markdown.js';
import { departmentGap, reportWith, smallReport } from './helpers.js';

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
    const [counts] = tables(formatMarkdown(report, { lang: 'zh-CN', color: false }));
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

  it('lists every finding in a row, with its place, rule link and escaped text', async () => {
    const report = await smallReport();
    const md = formatMarkdown(report, { lang: 'zh-CN', color: false });
    const [, findings, waived] = tables(md);
    const rows = findings.slice(2);
    expect(rows).toHaveLength(report.findings.length);
    rows.forEach((r, i) => {
      const f = report.findings[i];
      expect(r).toHaveLength(8);
      expect(r[1]).toBe(f.file);
      expect(r[3]).toBe(String(f.row ?? ''));
      expect(r[7]).toBe(`[${f.rule}](docs/rules/${f.rule}.md)`);
    });
    const name = rows.find((r) => r[7].startsWith('[name-mismatch]'));
    expect(name?.[6]).toContain('城市道路占用\\|挖掘许可 \\<b\\>');
    expect(md).not.toContain('<b>');
    expect(waived.slice(2)).toHaveLength(report.waived.length);
  });

  it('cuts the list of a very long review and says how many are left out', () => {
    const many = Array.from({ length: MAX_ROWS + 7 }, (_, i) => ({ ...departmentGap(`部门${i}`), file: 'catalogue.yaml', row: i + 2 }));
    const md = formatMarkdown(reportWith(many), { lang: 'en', color: false });
    const [, findings] = tables(md);
    expect(findings.slice(2)).toHaveLength(MAX_ROWS);
    expect(md).toContain('7 more findings');
  });

  it('says so when there is nothing to report, with no tables', () => {
    const md = formatMarkdown(reportWith([]), { lang: 'en', color: false });
    expect(tables(md)).toEqual([]);
    expect(md).toContain('no findings');
  });
});
