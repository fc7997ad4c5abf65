/** The scope of a review (issue 15 point 1): files named one by one, a folder, --all-departments, --department. */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/check/run.js';
import { exitCodeOf } from '../../src/check/report.js';
import { runInProcess } from '../helpers/cli.js';

const F = 'tests/fixtures/validate';
const opts = { catalogue: `${F}/catalogue.yaml`, config: false as const, baseline: false as const };
const gaps = (r: Awaited<ReturnType<typeof validate>>) => r.findings.filter((f) => f.rule === 'gap').map((f) => [f.department, f.code ?? null, f.subItem ?? null]);

/** A folder holding copies of the fixtures' market lists. */
async function folderWith(...names: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingdan-scope-'));
  for (const n of names) await copyFile(join(F, n), join(dir, n));
  return dir;
}

/** 市规划局's list with one of its two sub-items of XK0101: the other is its gap. */
const PLANNING = `kind: delegation
department: 市规划局
items:
  - code: "XK0101"
    name: 建设工程规划许可
    subItem: 建筑工程
    category: 行政许可
    decision: 不下放
    reason: 涉及全市统筹
`;

describe('the scope of validate', () => {
  it('lists named one by one: only their departments’ gaps, no “sent no list”', async () => {
    const clean = await validate([`${F}/clean-market.yaml`], opts);
    expect(clean.summary.scope).toEqual({ kind: 'files', departments: ['市市场监管局'] });
    expect(clean.findings).toEqual([]);
    expect(exitCodeOf(clean)).toBe(0);
    // The department's own gap is still reported.
    const defects = await validate([`${F}/defects-market.yaml`], opts);
    expect(gaps(defects)).toEqual([['市市场监管局', 'XK0002', null]]);
  });

  it('a folder is the full review: every department’s gaps and the departments that sent nothing', async () => {
    const dir = await folderWith('defects-market.yaml');
    const report = await validate([dir], opts);
    expect(report.summary.scope).toEqual({ kind: 'all' });
    expect(gaps(report)).toEqual([['市规划局', null, null], ['市教育局', null, null], ['市市场监管局', 'XK0002', null]]);
  });

  it('--all-departments makes named lists the full review too, as the folder gives it', async () => {
    const dir = await folderWith('defects-market.yaml');
    const named = await validate([join(dir, 'defects-market.yaml')], { ...opts, allDepartments: true });
    const folder = await validate([dir], opts);
    expect(named.summary.scope).toEqual({ kind: 'all' });
    expect(gaps(named)).toEqual(gaps(folder));
    expect(named.summary.errors).toBe(folder.summary.errors);
  });

  it('a gap of one sub-item names its sub-item', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-scope-'));
    await writeFile(join(dir, 'planning.yaml'), PLANNING);
    const report = await validate([join(dir, 'planning.yaml')], opts);
    expect(report.summary.scope).toEqual({ kind: 'files', departments: ['市规划局'] });
    expect(gaps(report)).toEqual([['市规划局', 'XK0101', '市政工程']]);
  });

  it('--department keeps that department’s findings only, in a folder or with named lists; findings without a department stay', async () => {
    const dir = await folderWith('defects-market.yaml', 'broken-syntax.yaml');
    const all = await validate([dir], opts);
    const planning = await validate([dir], { ...opts, departments: ['市规划局'] });
    expect(planning.summary.scope).toEqual({ kind: 'departments', departments: ['市规划局'], within: 'all' });
    const departments = new Set(planning.findings.map((f) => f.department ?? null));
    expect([...departments].sort()).toEqual([...new Set(all.findings.map((f) => f.department ?? null))].filter((d) => d === '市规划局' || d === null).sort());
    // broken-syntax.yaml names no department: its file-unreadable finding is kept (and the run still exits 2).
    expect(planning.findings.map((f) => f.rule).sort()).toEqual(['file-unreadable', 'gap']);
    expect(exitCodeOf(planning)).toBe(2);
    expect(planning.summary.byDepartment).toEqual({ 市规划局: all.summary.byDepartment['市规划局'] });

    const two = await validate([dir], { ...opts, departments: ['市规划局', '市市场监管局'] });
    expect(two.findings.length).toBe(all.findings.length - all.findings.filter((f) => f.department === '市教育局').length);

    // Within named lists: the list's department only, and still no "sent no list" for the others.
    const named = await validate([`${F}/defects-market.yaml`], { ...opts, departments: ['市市场监管局'] });
    expect(named.summary.scope).toEqual({ kind: 'departments', departments: ['市市场监管局'], within: 'files' });
    expect(gaps(named)).toEqual([['市市场监管局', 'XK0002', null]]);
  });

  it('a --department that names no department is a notice, not silence', async () => {
    const report = await validate([`${F}/defects-market.yaml`], { ...opts, departments: ['市规划'] });
    expect(report.findings).toEqual([]);
    expect(report.notices?.filter((n) => n.kind === 'department-unknown').map((n) => n.details)).toEqual([{ department: '市规划' }]);
  });

  it('the CLI says the scope in one line, in both languages, and takes --department more than once', async () => {
    const zh = await runInProcess(['validate', `${F}/defects-market.yaml`, '--catalogue', `${F}/catalogue.yaml`, '--lang', 'zh-CN']);
    expect(zh.stdout).toContain('范围：所列清单涉及的部门（市市场监管局），不报告其他部门的漏项或未报送');
    const en = await runInProcess(['validate', `${F}/defects-market.yaml`, '--catalogue', `${F}/catalogue.yaml`, '--all-departments', '--lang', 'en']);
    expect(en.stdout).toContain('scope: all departments (those that sent no list included)');
    const dir = await folderWith('defects-market.yaml');
    const two = await runInProcess(['validate', dir, '--catalogue', `${F}/catalogue.yaml`, '--department', '市规划局', '--department', '市教育局', '--format', 'json', '--lang', 'en']);
    const doc = JSON.parse(two.stdout);
    expect(doc.summary.scope).toEqual({ kind: 'departments', departments: ['市规划局', '市教育局'], within: 'all' });
    expect(doc.findings.map((f: { department: string }) => f.department)).toEqual(['市规划局', '市教育局']);
    const pretty = await runInProcess(['validate', dir, '--catalogue', `${F}/catalogue.yaml`, '--department', '市规划局', '--lang', 'en']);
    expect(pretty.stdout).toContain('scope: findings of 市规划局 only (of all departments; findings without a department are kept)');
  });
});
