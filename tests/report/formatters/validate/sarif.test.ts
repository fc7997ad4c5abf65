import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../helpers/cli.js';
import { RULE_IDS } from '../../../../src/check/rule-ids.js';
import { formatSarif } from '../../../../src/report/formatters/validate/sarif.js';
import { departmentGap, reportWith, smallReport } from './helpers.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
const parse = (text: string): any => JSON.parse(text);

describe('validate --format sarif', () => {
  it('is SARIF 2.1.0 with qingdan as the driver and every rule declared with its docs page', async () => {
    const log = parse(formatSarif(await smallReport(), { lang: 'en', color: false }));
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('qingdan');
    expect(driver.version).toMatch(/^\d+\.\d+\.\d+/u);
    expect(driver.rules.map((r: any) => r.id)).toEqual([...RULE_IDS]);
    for (const r of driver.rules) {
      // No relative helpUri (SARIF wants an absolute one); the rule's page goes along as its help.
      expect(r.helpUri).toBeUndefined();
      expect(r.help.markdown).toBe(readFileSync(join(ROOT, 'docs/rules', `${r.id}.md`), 'utf8'));
      expect(r.help.markdown).toContain(`\`${r.id}\``);
      expect(r.shortDescription.text).not.toBe('');
    }
  });

  it('links every rule to its published page with --docs-url', async () => {
    const log = parse(formatSarif(await smallReport(), { lang: 'en', color: false, docsBase: 'https://example.org/qingdan/rules/' }));
    for (const r of log.runs[0].tool.driver.rules) expect(r.helpUri).toBe(`https://example.org/qingdan/rules/${r.id}.md`);
  });

  it('gives each finding a result with rule, level, message and location', async () => {
    const report = await smallReport();
    const run = parse(formatSarif(report, { lang: 'zh-CN', color: false })).runs[0];
    const results = run.results.filter((r: any) => !r.suppressions);
    expect(results).toHaveLength(report.findings.length);
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    results.forEach((r: any, i: number) => {
      const f = report.findings[i];
      expect(r.ruleId).toBe(f.rule);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.rule);
      expect(r.level).toBe(level[f.severity]);
      expect(r.message.text).not.toBe('');
      const loc = r.locations[0].physicalLocation;
      expect(decodeURI(loc.artifactLocation.uri)).toBe(f.file);
      expect(loc.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(loc.region?.startLine).toBe(f.row);
      expect(r.properties.column).toBe(f.column);
      expect(r.properties.code).toBe(f.code);
      expect(r.properties.details).toEqual(f.details);
      if (f.column) expect(r.message.text).toContain(f.column);
    });
  });

  it('lists waived findings as suppressed results with the waiver as justification', async () => {
    const report = await smallReport();
    const run = parse(formatSarif(report, { lang: 'zh-CN', color: false })).runs[0];
    const suppressed = run.results.filter((r: any) => r.suppressions);
    expect(suppressed).toHaveLength(report.waived.length);
    expect(suppressed[0].ruleId).toBe('partial-delegation');
    expect(suppressed[0].suppressions[0].justification).toContain(report.waived[0].waiver.acceptedBy);
  });

  it('keeps the fingerprint of a finding when its row moves', () => {
    const a = { ...departmentGap('市人防办'), file: 'catalogue.yaml', row: 3, code: 'X1' };
    const fp = (row: number) => parse(formatSarif(reportWith([{ ...a, row }]), { lang: 'en', color: false })).runs[0].results[0].partialFingerprints;
    expect(fp(3)).toEqual(fp(40));
  });

  it('has no location for a finding without a file', () => {
    const r = parse(formatSarif(reportWith([departmentGap('市人防办')]), { lang: 'en', color: false })).runs[0].results[0];
    expect(r.locations).toBeUndefined();
    expect(r.properties.department).toBe('市人防办');
  });
});
