import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../../../../src/report/formatters/validate/pretty.js';
import { smallReport } from './helpers.js';

const ANSI = /\u001b\[[0-9;]*m/u;

describe('validate --format pretty', () => {
  it('groups findings by file, one line each ending in the rule id', async () => {
    const report = await smallReport();
    const lines = formatPretty(report, { lang: 'zh-CN', color: false, verbose: true }).split('\n');
    for (const file of report.files) expect(lines.some((l) => l.startsWith(`${file.path}  `))).toBe(true);
    for (const f of report.findings) {
      const place = `${f.row ?? '-'}${f.column ? `:${f.column}` : ''}`;
      const line = lines.find((l) => l.trimStart().startsWith(`${place} `) && l.endsWith(`  ${f.rule}`));
      expect(line, `${f.rule} at ${place}`).toBeDefined();
      // Every finding line sits under its file's heading.
      const heading = lines.slice(0, lines.indexOf(line as string)).reverse().find((l) => !l.startsWith(' ') && l !== '');
      expect(heading?.startsWith(`${f.file}  `)).toBe(true);
    }
  });

  it('counts info findings instead of listing them, unless --verbose or --fail-on info', async () => {
    const report = await smallReport();
    const infos = report.findings.filter((f) => f.severity === 'info');
    expect(infos.length).toBeGreaterThan(0);
    const lineOf = (text: string, f: (typeof infos)[number]) => text.split('\n').find((l) => l.trimStart().startsWith(`${f.row}:`) && l.endsWith(`  ${f.rule}`));
    const quiet = formatPretty(report, { lang: 'zh-CN', color: false });
    for (const f of infos) expect(lineOf(quiet, f)).toBeUndefined();
    expect(quiet).toMatch(new RegExp(`另有 ${infos.length} 条提示`, 'u'));
    // Each error and warning keeps its own line (the rule table names every rule anyway, so finding the id proves nothing).
    const placed = (text: string, f: (typeof report.findings)[number]) => {
      const place = `${f.row ?? '-'}${f.column ? `:${f.column}` : ''}`;
      return text.split('\n').find((l) => l.trimStart().startsWith(`${place} `) && l.endsWith(`  ${f.rule}`));
    };
    for (const f of report.findings.filter((x) => x.severity !== 'info')) expect(placed(quiet, f), `${f.rule} at ${f.row}`).toBeDefined();
    const verbose = formatPretty(report, { lang: 'en', color: false, verbose: true });
    for (const f of infos) expect(lineOf(verbose, f)).toBeDefined();
    expect(verbose).not.toMatch(/not listed; add --verbose/u);
    const failOnInfo = formatPretty({ ...report, summary: { ...report.summary, failOn: 'info' } }, { lang: 'en', color: false });
    for (const f of infos) expect(lineOf(failOnInfo, f)).toBeDefined();
  });

  it('has counts per rule (with the docs link where --docs-url says) and per department, aligned for CJK text', async () => {
    const report = await smallReport();
    expect(formatPretty(report, { lang: 'zh-CN', color: false })).not.toContain('docs/rules/');
    const text = formatPretty(report, { lang: 'zh-CN', color: false, docsBase: 'docs/rules/' });
    const [, afterRule] = text.split('按规则统计\n');
    const [ruleTable, deptPart] = afterRule.split('按部门统计\n');
    for (const rule of Object.keys(report.summary.byRule)) expect(ruleTable).toContain(`docs/rules/${rule}.md`);
    const deptTable = deptPart.split('\n\n')[0].split('\n').filter(Boolean);
    // The last column is right-aligned, so aligned rows have one display width.
    const widths = new Set(deptTable.map((l) => stringWidth(l)));
    expect(widths.size).toBe(1);
    expect(deptTable.some((l) => l.startsWith('市交通运输局'))).toBe(true);
  });

  it('colours by severity only when asked', async () => {
    const report = await smallReport();
    expect(formatPretty(report, { lang: 'en', color: false })).not.toMatch(ANSI);
    expect(formatPretty(report, { lang: 'en', color: true })).toMatch(ANSI);
  });

  it('lists waived findings with their waiver', async () => {
    const report = await smallReport();
    const text = formatPretty(report, { lang: 'en', color: false });
    expect(text).toContain('waived (1)');
    expect(text).toContain(report.waived[0].waiver.acceptedBy);
  });
});
