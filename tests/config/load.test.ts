import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig } from '../../src/config/load.js';
import { InputError } from '../../src/errors.js';

async function tree(config: string): Promise<{ root: string; deep: string }> {
  const root = await mkdtemp(join(tmpdir(), 'qingdan-config-'));
  const deep = join(root, 'depts', '2024');
  await mkdir(deep, { recursive: true });
  await writeFile(join(root, 'qingdan.config.yaml'), config);
  return { root, deep };
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('loadConfig', () => {
  it('finds qingdan.config.yaml upward and resolves paths against its folder', async () => {
    const { root, deep } = await tree('catalogue: 目录/catalogue.xlsx\ncodePattern: "XK\\\\d{4}"\nextraCategories: [行政备案]\nrules:\n  name-mismatch: off\n  gap: warning\nfailOn: warning\n');
    expect(await findConfig(deep)).toBe(join(root, 'qingdan.config.yaml'));
    const c = await loadConfig({ cwd: deep });
    expect(c.catalogue).toBe(join(root, '目录', 'catalogue.xlsx'));
    expect(c.codePattern?.test('XK0001')).toBe(true);
    expect(c.codePattern?.test('XK0001-1')).toBe(false);
    expect(c.extraCategories).toEqual(['行政备案']);
    expect(c.rules).toEqual({ 'name-mismatch': 'off', gap: 'warning' });
    expect(c.failOn).toBe('warning');
  });

  it('gives the defaults when there is no config file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-noconfig-'));
    const c = await loadConfig({ cwd: dir });
    expect(c.file === undefined || !c.file.startsWith(dir)).toBe(true);
  });

  it('rejects an unknown rule id with the line of the key', async () => {
    const { deep } = await tree('catalogue: c.yaml\nrules:\n  gap: warning\n  name-mismatc: off\n');
    const err = await failure(loadConfig({ cwd: deep }));
    expect(err.key).toBe('config-invalid');
    expect(err.exitCode).toBe(2);
    expect(err.where?.file).toMatch(/qingdan\.config\.yaml$/u);
    expect(err.where?.row).toBe(4);
  });

  it('rejects a bad severity and a bad regular expression with their lines', async () => {
    const { deep } = await tree('rules:\n  gap: fatal\n');
    expect((await failure(loadConfig({ cwd: deep }))).where?.row).toBe(2);
    const { deep: d2 } = await tree('catalogue: c.yaml\ncodePattern: "XK(\\\\d"\n');
    const err = await failure(loadConfig({ cwd: d2 }));
    expect([err.key, err.where?.row]).toEqual(['config-invalid', 2]);
  });

  it('rejects malformed YAML with its line, and a named file that does not exist', async () => {
    const { deep } = await tree('rules:\n  gap: [warning\n');
    expect((await failure(loadConfig({ cwd: deep }))).key).toBe('config-invalid');
    expect((await failure(loadConfig({ path: '/nonexistent/qingdan.config.yaml' }))).key).toBe('config-not-found');
  });
});
