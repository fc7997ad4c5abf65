/** docsUrl in qingdan.config.yaml: where the rule pages are published, used by validate when --docs-url is not given. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { parseConfig } from '../../src/config/load.js';
import { runInProcess } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-docs-url-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A list with one finding (a missing name) so that the report names a rule.
const list = join(dir, 'list.csv');
writeFileSync(list, '序号,事项编码,事项名称,权力类别,实施主体\n1,370100-XK-0001,,行政许可,市民政局\n');

function config(text: string): string {
  const file = join(dir, `qingdan-${Math.random().toString(36).slice(2)}.config.yaml`);
  writeFileSync(file, text);
  return file;
}

describe('docsUrl in the configuration', () => {
  it('is read as written and rejected when empty', () => {
    expect(parseConfig('docsUrl: "https://example.org/rules/"\n', join(dir, 'c.yaml')).docsUrl).toBe('https://example.org/rules/');
    expect(parseConfig('failOn: error\n', join(dir, 'c.yaml')).docsUrl).toBeUndefined();
    expect(() => parseConfig('docsUrl: ""\n', join(dir, 'c.yaml'))).toThrow(InputError);
  });

  it('links the rule pages of validate reports when --docs-url is not given', async () => {
    const cfg = config('docsUrl: "https://example.org/qingdan/rules/"\n');
    const withConfig = await runInProcess(['validate', list, '--config', cfg, '--format', 'markdown']);
    expect(withConfig.stdout).toMatch(/https:\/\/example\.org\/qingdan\/rules\/[a-z-]+\.md/u);
    const without = await runInProcess(['validate', list, '--config', config('failOn: error\n'), '--format', 'markdown']);
    expect(without.stdout).not.toContain('https://example.org');
    expect(without.stdout).not.toContain('.md)');
  });

  it('gives way to --docs-url on the command line', async () => {
    const cfg = config('docsUrl: "https://example.org/qingdan/rules/"\n');
    const run = await runInProcess(['validate', list, '--config', cfg, '--format', 'markdown', '--docs-url', 'https://other.example/r/']);
    expect(run.stdout).toContain('https://other.example/r/');
    expect(run.stdout).not.toContain('https://example.org/qingdan/rules/');
  });
});
