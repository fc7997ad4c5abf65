/**
 * Installs qingdan as a user would, in scratch folders: as a dev dependency from git (git+file:// of a
 * clone of this repository's HEAD; npm builds it with the prepare script), and globally from the
 * tarball of `npm pack`; each then runs `qingdan --version` and a small validate. Uses npm's cache
 * (--prefer-offline / --offline), so it is about a minute once the cache holds the dependencies.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const run = promisify(execFile);
const VERSION = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version as string;
const SMALL = ['validate', join(ROOT, 'examples/small/delegation.yaml'), '--catalogue', join(ROOT, 'examples/small/catalogue.yaml'), '--format', 'json'];
// Only npm's own settings of this run: not the outer `npm test`'s (npm_config_* in the environment).
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/iu.test(k)));
const npm = (args: string[], cwd: string) => run('npm', [...args, '--no-audit', '--no-fund'], { cwd, env, maxBuffer: 64 << 20 });

/** `qingdan …args` through the given bin; the exit code without throwing. */
async function qingdan(bin: string, args: string[], cwd: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(bin, args, { cwd, env });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string };
    return { code: err.code ?? -1, stdout: err.stdout ?? '' };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingdan-install-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('installing qingdan', () => {
  it('from git (git+file:// of a clone) as a dev dependency of a repository of lists: npx qingdan runs it', async () => {
    const clone = join(dir, 'clone');
    await run('git', ['clone', '--quiet', '--no-hardlinks', ROOT, clone]);
    const lists = join(dir, 'lists');
    await run('mkdir', ['-p', lists]);
    await writeFile(join(lists, 'package.json'), '{ "name": "lists", "private": true }\n');
    await npm(['install', '--save-dev', '--prefer-offline', `git+file://${clone}`], lists);
    const { stdout } = await run('npx', ['--no-install', 'qingdan', '--version'], { cwd: lists, env });
    expect(stdout.trim()).toBe(VERSION);
    const checked = await qingdan(join(lists, 'node_modules/.bin/qingdan'), SMALL, lists);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).summary.errors).toBeGreaterThan(0);
  }, 300_000);

  it('from the tarball of npm pack, globally into a prefix, offline', async () => {
    // --ignore-scripts: pack the dist/ this test run built (prepare would rebuild it under the other tests).
    const { stdout } = await npm(['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], ROOT);
    const tgz = join(dir, stdout.trim().split('\n').at(-1) ?? '');
    const prefix = join(dir, 'prefix');
    await npm(['install', '--global', '--prefix', prefix, '--offline', tgz], dir);
    const bin = join(prefix, 'bin', 'qingdan');
    expect((await qingdan(bin, ['--version'], dir)).stdout.trim()).toBe(VERSION);
    const checked = await qingdan(bin, SMALL, dir);
    expect(checked.code).toBe(1);
    expect(JSON.parse(checked.stdout).summary.errors).toBeGreaterThan(0);
    // require(esm): the package's "default" condition lets CommonJS load it on Node 20.19+.
    const lib = join(prefix, 'lib', 'node_modules', 'qingdan');
    const { stdout: kind } = await run(process.execPath, ['-e', `process.stdout.write(typeof require(${JSON.stringify(lib)}).validate)`], { env });
    expect(kind).toBe('function');
  }, 300_000);
});
