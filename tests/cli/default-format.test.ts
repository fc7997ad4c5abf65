/**
 * Issue 17 point 4: one rule for the default format. Every command prints pretty text by default,
 * whether or not stdout is a terminal (here a pipe, in a real subprocess), and JSON only with
 * `--format json`; colour stays off when stdout is not a terminal.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'qingdan-default-format-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIFF = 'tests/fixtures/diff';
const STATUS = 'tests/status/fixtures';

/** Each command with the arguments of a small run; merge writes its list to a fresh file each time. */
const COMMANDS: Record<string, (n: number) => string[]> = {
  validate: () => ['validate', 'examples/small/delegation.yaml', '--catalogue', 'examples/small/catalogue.yaml'],
  diff: () => ['diff', `${DIFF}/catalogue-old.yaml`, `${DIFF}/catalogue-new.yaml`],
  sync: () => ['sync', '--catalogue', `${DIFF}/catalogue-new.yaml`, `${DIFF}/delegation.yaml`, '--from', `${DIFF}/catalogue-old.yaml`],
  status: () => ['status', `${STATUS}/depts`, '--catalogue', `${STATUS}/catalogue.yaml`],
  merge: (n) => ['merge', 'tests/fixtures/merge/depts', '-o', join(dir, `merged-${n}.yaml`)],
};

/** Whether `text` is one JSON document. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('the default format, stdout a pipe', () => {
  let n = 0;
  for (const [name, args] of Object.entries(COMMANDS)) {
    it(`${name} prints pretty text without --format and JSON with --format json`, async () => {
      // FORCE_COLOR and NO_COLOR unset: colour must be off because stdout is not a terminal.
      const env = { NO_COLOR: undefined, FORCE_COLOR: undefined };
      const pretty = await runCli(args(n++), { env });
      expect(pretty.signal, pretty.stderr).toBeNull();
      expect(pretty.code, pretty.stderr).not.toBe(2);
      expect(pretty.stdout.trim()).not.toBe('');
      expect(isJson(pretty.stdout), pretty.stdout).toBe(false);
      expect(pretty.stdout).not.toMatch(/\u001b\[/u);

      const json = await runCli([...args(n++), '--format', 'json'], { env });
      expect(json.code, json.stderr).toBe(pretty.code);
      expect(isJson(json.stdout), json.stdout).toBe(true);
      expect(JSON.parse(json.stdout)).toBeTypeOf('object');
    }, 60_000);
  }
});

describe('--help of every command states the rule', () => {
  for (const name of Object.keys(COMMANDS)) {
    it(`${name} --help, in Chinese and in English`, async () => {
      const flat = (text: string): string => text.replace(/\s+/gu, ' ');
      const zh = await runCli([name, '--help']);
      expect(flat(zh.stdout)).toContain('输出格式（默认 pretty，无论是否输出到终端；JSON 须用 --format json）');
      const en = await runCli([name, '--help', '--lang', 'en']);
      expect(flat(en.stdout)).toContain('output format (default pretty, on a terminal or not; JSON only with --format json)');
    }, 60_000);
  }
});
