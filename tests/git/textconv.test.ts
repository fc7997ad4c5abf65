/** A real `git diff` in a temporary repository, with qingdan as textconv driver and as external diff. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readList } from '../../src/read/index.js';
import { writeList } from '../../src/write/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'qingdan.js');
const FIX = join(ROOT, 'tests', 'fixtures', 'diff');

let repo: string;
const env = (): NodeJS.ProcessEnv => ({ ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, NO_COLOR: '1', LANG: 'zh_CN.UTF-8', GIT_PAGER: 'cat' });
const git = (...args: string[]): string => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: env() });

/** Writes the catalogue as GB18030 CSV (as Chinese Excel saves it), with `edit` applied to its items first. */
async function writeCsv(edit: (items: Awaited<ReturnType<typeof readList>>['items']) => typeof items = (x) => x): Promise<void> {
  const list = await readList(join(FIX, 'catalogue-old.yaml'));
  await writeList({ ...list, items: edit(list.items) }, join(repo, 'catalogue.csv'), { force: true, encoding: 'gb18030' });
}

beforeAll(async () => {
  // git runs the built CLI (bin/qingdan.js imports dist/), built once by tests/global-setup.ts.
  repo = mkdtempSync(join(tmpdir(), 'qingdan-git-diff-'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  // The lines the README shows.
  writeFileSync(join(repo, '.gitattributes'), '*.xlsx diff=qingdan\n*.csv diff=qingdan\n*.yaml diff=qingdan\n');
  git('config', 'diff.qingdan.textconv', `node "${BIN}" diff --textconv`);
  git('config', 'diff.qingdan.cachetextconv', 'true');
  await writeCsv();
  git('add', '.');
  git('commit', '-q', '-m', 'catalogue 2016');
}, 180_000);

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('git diff with qingdan', () => {
  it('the built CLI is there', () => {
    expect(existsSync(join(ROOT, 'dist', 'bundle', 'main.js'))).toBe(true);
  });

  it('shows a reordered file as no change, and an edited one item by item in readable Chinese', async () => {
    await writeCsv((items) => [...items].reverse());
    expect(git('diff', '--', 'catalogue.csv')).toBe('');
    await writeCsv((items) => items.map((it) => (it.code === '370100-XK-0003' ? { ...it, department: '市市场监管局' } : it)).filter((it) => it.code !== '370100-QT-0009'));
    const out = git('diff', '--', 'catalogue.csv');
    const changed = out.split('\n').filter((l) => /^[+-][^+-]/u.test(l));
    expect(changed).toEqual([
      expect.stringMatching(/^-370100-QT-0009\t事项名称=档案查阅审批\t/u),
      expect.stringMatching(/^-370100-XK-0003\t事项名称=公共场所卫生许可\t.*实施部门=市卫生健康委/u),
      expect.stringMatching(/^\+370100-XK-0003\t事项名称=公共场所卫生许可\t.*实施部门=市市场监管局/u),
    ]);
    // Without the driver, the GB18030 bytes are not readable text.
    const raw = execFileSync('git', ['diff', '--no-textconv', '--', 'catalogue.csv'], { cwd: repo, env: env() }).toString('utf8');
    expect(raw).not.toContain('公共场所卫生许可');
  });

  it('shows an .xlsx list as items, not binary noise', async () => {
    const list = await readList(join(FIX, 'catalogue-old.yaml'));
    const xlsx = join(repo, 'catalogue.xlsx');
    await writeList(list, xlsx, { force: true });
    git('add', 'catalogue.xlsx');
    git('commit', '-q', '-m', 'catalogue as xlsx');
    await writeList({ ...list, items: list.items.map((it) => (it.code === '370100-XK-0001' ? { ...it, name: '食品经营许可（含变更）' } : it)) }, xlsx, { force: true });
    const out = git('diff', '--', 'catalogue.xlsx');
    expect(out).not.toMatch(/Binary files/u);
    expect(out.split('\n').filter((l) => /^[+-][^+-]/u.test(l))).toEqual([
      expect.stringMatching(/^-370100-XK-0001\t事项名称=食品经营许可\t/u),
      expect.stringMatching(/^\+370100-XK-0001\t事项名称=食品经营许可（含变更）\t/u),
    ]);
    git('checkout', '--', 'catalogue.xlsx');
  });

  it('works as the external diff command of the driver, with a keyed report', async () => {
    const r = spawnSync('git', ['-c', `diff.qingdan.command=node "${BIN}" diff --git-external`, 'diff', '--', 'catalogue.csv'], { cwd: repo, encoding: 'utf8', env: env() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('a/catalogue.csv → b/catalogue.csv');
    expect(r.stdout).toMatch(/划转 1[\s\S]*370100-XK-0003 公共场所卫生许可: 市卫生健康委 → 市市场监管局/u);
    expect(r.stdout).toMatch(/删除 1[\s\S]*370100-QT-0009/u);
  });
});
