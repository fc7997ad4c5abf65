/** Issue 13 point 6: a reader that goes away (`| head -1`) ends the run quietly, with its exit code. */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';

/** Runs qingdan with stdout read up to its first line and then closed, as `| head -1` does. */
function firstLineOnly(args: readonly string[]): Promise<{ code: number | null; line: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let line = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (line.includes('\n')) return;
      line += d;
      if (line.includes('\n')) child.stdout.destroy();
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, line: line.split('\n')[0], stderr }));
  });
}

describe('stdout closed early (EPIPE)', () => {
  it('ends with the exit code the run would have had, and no stack trace', async () => {
    const args = ['validate', 'examples/jinan/depts', '--catalogue', 'examples/jinan/catalogue-2016.xlsx', '--format', 'json'];
    const never = await firstLineOnly([...args, '--fail-on', 'never']);
    expect(never.line).toBe('{');
    expect(never.stderr).toBe('');
    expect(never.code).toBe(0);
    const failing = await firstLineOnly(args);
    expect(failing.stderr).toBe('');
    expect(failing.code).toBe(1);
  }, 60_000);
});
