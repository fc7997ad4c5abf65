/** The report the validate formatter tests format: the real validate() over the tiny fixture review. */
import type { Finding } from '../../../../src/check/finding.js';
import type { ValidateReport } from '../../../../src/check/report.js';
import { validate } from '../../../../src/check/run.js';
import { summarise } from '../../../../src/check/summary.js';

export const FIXTURE = 'tests/fixtures/validate-formatters';

/** The arguments of `qingdan validate` for the fixture review (paths relative to the repository). */
export const FIXTURE_ARGS = [`${FIXTURE}/depts`, '--catalogue', `${FIXTURE}/catalogue.yaml`, '--baseline', `${FIXTURE}/qingdan.baseline.yaml`];

let cached: Promise<ValidateReport> | undefined;

/** validate() over tests/fixtures/validate-formatters, with its baseline; a fresh copy each call. */
export async function smallReport(): Promise<ValidateReport> {
  cached ??= validate([`${FIXTURE}/depts`], {
    catalogue: `${FIXTURE}/catalogue.yaml`,
    baseline: `${FIXTURE}/qingdan.baseline.yaml`,
    config: false,
    today: '2024-06-30',
    cwd: FIXTURE,
  });
  return structuredClone(await cached);
}

/** A report of the given findings and files, with the summary computed as validate computes it. */
export function reportWith(findings: Finding[], files: ValidateReport['files'] = []): ValidateReport {
  return { version: 1, files, findings, waived: [], summary: summarise(findings, [], 1, 0, 'error'), failed: false };
}

/** A finding of gap for a whole department, without a place (its details render in both languages). */
export const departmentGap = (department: string): Finding => ({
  rule: 'gap', severity: 'error', department, details: { department, items: 3 },
});
