import { mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { DEFAULT_SEVERITY, RULE_IDS } from '../../src/check/rule-ids.js';
import { runInProcess } from '../helpers/cli.js';

let dir: string;
beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'qingdan-init-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function init(...args: string[]): Promise<{ code: number; err: string }> {
  // As main.ts does, the language comes from --lang before commander runs.
  const { code, stderr } = await runInProcess(['init', dir, ...args]);
  return { code, err: stderr };
}

const config = () => join(dir, 'qingdan.config.yaml');
const workflow = () => join(dir, '.github/workflows/qingdan.yml');

/** The config with every commented-out setting switched on. */
const uncommented = (text: string): string => text.split('\n').map((l) => l.replace(/^# ( *[\w-]+:(?: .*)?)$/u, '$1')).join('\n');

describe('qingdan init', () => {
  it('writes a starter config that passes its schema, with the catalogue path given', async () => {
    expect((await init('--catalogue', '目录/市级目录.xlsx')).code).toBe(0);
    const text = readFileSync(config(), 'utf8');
    const cfg = parseConfig(text, config());
    expect(cfg.catalogue).toBe(join(dir, '目录/市级目录.xlsx'));
    expect(cfg.rules).toEqual({});
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(10);
  });

  it('lists every rule at its default level; switched on, every setting still passes the schema', async () => {
    await init();
    const cfg = parseConfig(uncommented(readFileSync(config(), 'utf8')), config());
    expect(cfg.rules).toEqual(Object.fromEntries(RULE_IDS.map((r) => [r, DEFAULT_SEVERITY[r]])));
    expect(cfg.codePattern?.test('370100-XK-0001')).toBe(true);
    expect(cfg.headerAliases.code).toEqual(['项目编号']);
    expect(cfg.extraCategories).toEqual(['行政备案']);
    expect(cfg.zone).toBeDefined();
    expect(cfg.failOn).toBe('error');
    expect(cfg.acceptance).toEqual({ batches: { 1: '2016-06-30', 2: '2016-09-30' }, delegatedOn: '2016-06-30', withinDays: 90 });
  });

  it('writes a CI workflow that annotates, and publishes JUnit, SARIF, Markdown and HTML reports', async () => {
    await init('--lists', '部门清单');
    const wf = parse(readFileSync(workflow(), 'utf8'));
    const steps: { run?: string; uses?: string; if?: string }[] = wf.jobs.validate.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toMatch(/npx --no-install qingdan validate '部门清单' --lang zh-CN --format github\n/u);
    for (const f of ['junit', 'sarif', 'html']) expect(runs).toContain(`--fail-on never --format ${f}`);
    expect(steps.some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))).toBe(true);
    expect(wf.permissions['security-events']).toBe('write');
    // qingdan is on no registry: without --install, npm ci of the lists repository, and a commented alternative.
    expect(runs).not.toMatch(/qingdan@\d/u);
    expect(steps.map((s) => s.run)).toContain('npm ci');
    expect(readFileSync(workflow(), 'utf8')).toMatch(/# +run: npm install --global "\$\(npm pack --silent/u);
  });

  it('installs qingdan in the workflow from where --install says (a git URL, a .tgz)', async () => {
    await init('--install', 'git+https://git.example.org/bianban/qingdan.git#v1');
    const steps: { run?: string }[] = parse(readFileSync(workflow(), 'utf8')).jobs.validate.steps;
    expect(steps.map((s) => s.run ?? '')).toContain(`npm install --global "$(npm pack --silent 'git+https://git.example.org/bianban/qingdan.git#v1' | tail -1)"`);
    await init('--install', '../qingdan-0.1.0.tgz', '--force');
    const again: { run?: string }[] = parse(readFileSync(workflow(), 'utf8')).jobs.validate.steps;
    expect(again.map((s) => s.run ?? '')).toContain('npm install --global ../qingdan-0.1.0.tgz');
    expect(again.map((s) => s.run ?? '').join('\n')).toMatch(/^qingdan validate /mu);
  });

  it('refuses to overwrite without --force, and then writes nothing at all', async () => {
    mkdirSync(join(dir, '.github/workflows'), { recursive: true });
    writeFileSync(workflow(), 'mine\n');
    const { code } = await init();
    expect(code).toBe(2);
    expect(readFileSync(workflow(), 'utf8')).toBe('mine\n');
    expect(existsSync(config())).toBe(false);
  });

  it('replaces both files with --force', async () => {
    writeFileSync(config(), 'catalogue: old.xlsx\n');
    expect((await init('--force')).code).toBe(0);
    expect(readFileSync(config(), 'utf8')).toContain('catalogue.xlsx');
    expect(existsSync(workflow())).toBe(true);
    const left = (await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'));
    expect(left).toEqual([]);
  });

  it('--no-ci writes only the config; --lang en writes English comments', async () => {
    expect((await init('--no-ci', '--lang', 'en')).code).toBe(0);
    expect(existsSync(workflow())).toBe(false);
    const first = readFileSync(config(), 'utf8').split('\n')[0];
    expect(first).toMatch(/^# qingdan configuration/u);
  });
});
