/** A scratch git repository with qingdan as the merge driver, for tests that run a real `git merge`. */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './cli.js';

export interface DriverRepo {
  dir: string;
  /** Runs git in the repository (no system or user configuration) and returns its stdout. */
  git(...args: string[]): string;
  /** Checks out `ours` and merges `theirs` into it; the exit status and everything git printed. */
  merge(ours: string, theirs: string): { status: number; out: string };
}

/** A new repository on branch main whose .gitattributes (`attributes`) sends lists to `qingdan merge --git` (the built CLI). */
export function driverRepo(prefix: string, attributes: string): DriverRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'clerk@example.org');
  git('config', 'user.name', 'clerk');
  git('config', 'merge.qingdan.name', 'qingdan list merge');
  git('config', 'merge.qingdan.driver', `node ${join(ROOT, 'bin', 'qingdan.js')} merge --git %O %A %B %P`);
  writeFileSync(join(dir, '.gitattributes'), attributes);
  const merge = (ours: string, theirs: string): { status: number; out: string } => {
    git('checkout', '-q', ours);
    const r = spawnSync('git', ['merge', '--no-edit', theirs], { cwd: dir, encoding: 'utf8', env });
    return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  };
  return { dir, git, merge };
}
