import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/run.js';
import { exitCodeOf } from '../../src/check/report.js';

const F = 'tests/fixtures/validate';
const opts = { catalogue: `${F}/catalogue.yaml`, config: false as const, baseline: false as const };
const compact = (fs: { rule: string; file?: string; row?: number; column?: string; code?: string }[]) =>
  fs.map((f) => [f.rule, f.file?.replace(`${F}/`, ''), f.row, f.column, f.code]);

describe('validate (YAML files)', () => {
  it('checks a list against the catalogue: the clean list has only the other departments’ gaps (full review)', async () => {
    const report = await validate([`${F}/clean-market.yaml`], { ...opts, allDepartments: true });
    expect(compact(report.findings)).toEqual([
      ['gap', 'catalogue.yaml', undefined, undefined, undefined],
      ['gap', 'catalogue.yaml', undefined, undefined, undefined],
    ]);
    expect(report.summary).toMatchObject({ items: 3, errors: 2, warnings: 0, infos: 0, waived: 0, byRule: { gap: 2 }, failing: 2 });
    expect(report.files.map((f) => [f.path, f.kind, f.rows, f.role])).toEqual([
      [`${F}/clean-market.yaml`, 'delegation', 3, 'input'],
      [`${F}/catalogue.yaml`, 'catalogue', 8, 'catalogue'],
    ]);
    expect(exitCodeOf(report)).toBe(1);
  });

  it('finds each planted defect at its YAML line', async () => {
    const report = await validate([`${F}/defects-market.yaml`], { ...opts, failOn: 'never' });
    // A key the item lacks is placed at the item's first line, named as the file names its keys.
    expect(compact(report.findings.filter((f) => f.file?.endsWith('defects-market.yaml')))).toEqual([
      ['missing-confirmation', 'defects-market.yaml', 5, 'receiverConfirmation', 'XK0001'],
      ['name-mismatch', 'defects-market.yaml', 6, 'name', 'XK0001'],
      ['partial-delegation', 'defects-market.yaml', 10, 'scope', 'XK0001'],
      ['legal-review', 'defects-market.yaml', 16, 'legalReview', 'XK0001'],
      ['missing-value', 'defects-market.yaml', 17, 'reason', 'XK0009'],
      ['unknown-code', 'defects-market.yaml', 17, 'code', 'XK0009'],
      ['category-mismatch', 'defects-market.yaml', 23, 'category', 'CF0001'],
      ['dispute', 'defects-market.yaml', 26, 'acceptance', 'CF0001'],
      ['cancelled-item', 'defects-market.yaml', 27, 'code', 'XK0003'],
      ['invalid-value', 'defects-market.yaml', 30, 'decision', 'XK0003'],
    ]);
    expect(exitCodeOf(report)).toBe(0);
  });

  it('reports an unreadable file, checks the rest, and exits 2', async () => {
    const report = await validate([`${F}/broken-syntax.yaml`, `${F}/clean-market.yaml`, `${F}/no-such-file.yaml`], { ...opts, allDepartments: true });
    const unreadable = report.findings.filter((f) => f.rule === 'file-unreadable');
    expect(unreadable.map((f) => [f.file?.replace(`${F}/`, ''), f.severity, f.details.error])).toEqual([
      ['broken-syntax.yaml', 'error', 'yaml-syntax'],
      ['no-such-file.yaml', 'error', 'file-not-found'],
    ]);
    expect(report.findings.some((f) => f.rule === 'gap')).toBe(true);
    expect(report.failed).toBe(true);
    expect(report.summary.unreadable).toBe(2);
    expect(exitCodeOf(report)).toBe(2);
  });

  it('applies configured levels and turns rules off', async () => {
    const config = { headerAliases: {}, extraCategories: [], rules: { gap: 'off' as const, 'name-mismatch': 'error' as const } };
    const report = await validate([`${F}/defects-market.yaml`], { ...opts, config });
    expect(report.findings.some((f) => f.rule === 'gap')).toBe(false);
    expect(report.findings.find((f) => f.rule === 'name-mismatch')?.severity).toBe('error');
  });

  it('fails on warnings with --fail-on warning, never with never', async () => {
    const clean = { ...opts, config: { headerAliases: {}, extraCategories: [], rules: { gap: 'off' as const } } };
    const warn = await validate([`${F}/defects-market.yaml`], { ...clean, failOn: 'warning' });
    expect(warn.summary.failing).toBe(warn.summary.errors + warn.summary.warnings);
    const never = await validate([`${F}/defects-market.yaml`], { ...clean, failOn: 'never' });
    expect(exitCodeOf(never)).toBe(0);
  });
});
