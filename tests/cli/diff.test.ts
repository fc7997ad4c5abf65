import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

const FIX = 'tests/fixtures/diff';
const OLD = `${FIX}/catalogue-old.yaml`;
const NEW = `${FIX}/catalogue-new.yaml`;

async function qingdan(...args: string[]) {
  const { code, stdout } = await runInProcess(['diff', ...args], { lang: args.includes('zh-CN') ? 'zh-CN' : 'en' });
  return { code, stdout };
}

const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('qingdan diff', () => {
  it('exits 0 when the versions hold the same items, 1 when they differ', async () => {
    expect((await qingdan(NEW, NEW)).code).toBe(0);
    expect((await qingdan(OLD, NEW)).code).toBe(1);
  });

  it('prints the contract JSON with --format json', async () => {
    const { stdout } = await qingdan(OLD, NEW, '--format', 'json');
    const d = JSON.parse(stdout);
    expect(Object.keys(d)).toEqual(expect.arrayContaining(['version', 'key', 'added', 'removed', 'changed', 'cancelled', 'recoded', 'transferred', 'regressions', 'summary']));
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1, cancelled: 1, recoded: 1, transferred: 1, regressions: 0, takenBack: 0, unchanged: 2 });
  });

  it('takes --no-pairing, --strict, --fields and --ignore', async () => {
    const unpaired = JSON.parse((await qingdan(OLD, NEW, '--no-pairing', '-f', 'json')).stdout);
    expect([unpaired.summary.recoded, unpaired.summary.added, unpaired.summary.removed]).toEqual([0, 2, 2]);
    const strict = JSON.parse((await qingdan(OLD, NEW, '--strict', '-f', 'json')).stdout);
    expect(strict.changed.map((c: { code: string }) => c.code)).toContain('370100-XK-0001');
    const only = JSON.parse((await qingdan(OLD, NEW, '--fields', 'name,事项状态', '-f', 'json')).stdout);
    expect(only.summary).toMatchObject({ changed: 0, cancelled: 1, transferred: 0 });
    const ignored = JSON.parse((await qingdan(OLD, NEW, '--ignore', 'legalBasis', '--ignore', 'department', '-f', 'json')).stdout);
    expect(ignored.summary).toMatchObject({ changed: 0, transferred: 0 });
  });

  it('prints pretty, markdown and html', async () => {
    const pretty = (await qingdan(OLD, NEW, '-f', 'pretty', '--lang', 'zh-CN')).stdout;
    expect(pretty).toContain('370100-XK-0002 → 370100-XK-0102');
    expect(pretty).toContain('{+、第八条+}');
    const md = (await qingdan(OLD, NEW, '-f', 'markdown')).stdout;
    expect(md.split('\n').filter((l) => l.startsWith('| ')).length).toBe(7);
    const html = (await qingdan(OLD, NEW, '-f', 'html')).stdout;
    expect(html).toMatch(/^<!doctype html>/u);
    expect(html).toContain('<ins>、第八条</ins>');
    expect(html).not.toMatch(/<script|https?:\/\//u);
  });

  it('exits 2 on a missing file or a wrong number of arguments', async () => {
    expect((await qingdan(OLD, join(dir, 'missing.yaml'))).code).toBe(2);
    expect((await qingdan(OLD)).code).toBe(2);
  });

  it('works as git\'s external diff (7 arguments) and exits 0 there', async () => {
    const hex = 'a'.repeat(40);
    const { code, stdout } = await qingdan('catalogue.yaml', OLD, hex, '100644', NEW, 'b'.repeat(40), '100644');
    expect(code).toBe(0);
    expect(stdout).toContain('a/catalogue.yaml → b/catalogue.yaml');
    expect(stdout).toContain('370100-QR-0001');
    const added = await qingdan('--git-external', 'catalogue.yaml', '/dev/null', '.', '.', NEW, hex, '100644');
    expect(added.stdout).toMatch(/7 added/u);
  });

  it('prints a stable line-per-item text for textconv, sorted by code', async () => {
    const { code, stdout } = await qingdan('--textconv', NEW);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^# catalogue/u);
    expect(lines.slice(1).map((l) => l.split('\t')[0])).toEqual(['0042 / 变更', '0042 / 新办', '370100-CF-0001', '370100-QR-0001', '370100-XK-0001', '370100-XK-0003', '370100-XK-0102']);
    expect(lines[3]).toContain('事项状态=已取消');
  });
});
