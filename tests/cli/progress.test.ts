// The progress line while files are read: on a terminal only, after a second, at most every 200 ms,
// erased at the end; never in a pipe or CI unless asked for, and never in the output itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadWidth, progressReporter } from '../../src/cli/progress.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../write/helpers.js';

function terminal(isTTY = true) {
  const writes: string[] = [];
  return { stream: { isTTY, write: (t: string) => writes.push(t) }, writes };
}

describe('progressReporter', () => {
  it('stays silent for a reading shorter than a second, then shows the count, then erases it', () => {
    const { stream, writes } = terminal();
    let t = 0;
    const report = progressReporter({ lang: 'zh-CN', stream, env: {}, now: () => t })!;
    report('a.csv', 0, false);
    t = 500;
    report('a.csv', 1024, false);
    expect(writes).toEqual([]);
    t = 1100;
    report('a.csv', 120_000, false);
    expect(writes).toEqual(['\r\x1b[K正在读取 a.csv：已读 120,000 项……']);
    t = 1200; // within 200 ms of the last line: not redrawn
    report('a.csv', 121_024, false);
    expect(writes).toHaveLength(1);
    report('a.csv', 125_000, true);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('adds up files read at once, in English with --lang en', () => {
    const { stream, writes } = terminal();
    let t = 0;
    const report = progressReporter({ lang: 'en', stream, env: {}, now: () => t })!;
    report('base.csv', 0, false);
    report('ours.csv', 0, false);
    t = 2000;
    report('base.csv', 3072, false);
    report('ours.csv', 2048, false); // too soon after the last line
    t = 2300;
    report('ours.csv', 4096, false);
    expect(writes).toEqual(['\r\x1b[Kreading base.csv: 3,072 items (2 files at once)…', '\r\x1b[Kreading ours.csv: 7,168 items (2 files at once)…']);
    report('base.csv', 5000, true);
    expect(writes).toHaveLength(2); // one file still being read: the line stays
    report('ours.csv', 5000, true);
    expect(writes.at(-1)).toBe('\r\x1b[K');
  });

  it('shortens the file name so the line fits the terminal (a wrapped line could not be erased)', async () => {
    const writes: string[] = [];
    let t = 0;
    const stream = { isTTY: true, columns: 40, write: (x: string) => writes.push(x) };
    const report = progressReporter({ lang: 'zh-CN', stream, env: {}, now: () => t })!;
    await loadWidth();
    report('各部门清单/市市场监督管理局/2016年第一批下放事项清单.xlsx', 0, false);
    t = 1500;
    report('各部门清单/市市场监督管理局/2016年第一批下放事项清单.xlsx', 2048, false);
    const shown = writes[0].replace('\r\x1b[K', '');
    expect(shown).toMatch(/^正在读取 ….*清单\.xlsx：已读 2,048 项……$/u);
    expect(stringWidth(shown)).toBeLessThan(40);
  });

  it('is off in a pipe, in CI and with QINGDAN_PROGRESS=0; on anywhere with QINGDAN_PROGRESS=1', () => {
    expect(progressReporter({ lang: 'en', stream: terminal(false).stream, env: {} })).toBeUndefined();
    expect(progressReporter({ lang: 'en', stream: terminal().stream, env: { CI: 'true' } })).toBeUndefined();
    expect(progressReporter({ lang: 'en', stream: terminal().stream, env: { QINGDAN_PROGRESS: '0' } })).toBeUndefined();
    expect(progressReporter({ lang: 'en', stream: terminal(false).stream, env: { QINGDAN_PROGRESS: '1' } })).toBeTypeOf('function');
  });
});

describe('the CLI', () => {
  it('shows the progress on stderr only, and the output is the same with it as without', async () => {
    const d = tempDir();
    const file = join(d, 'list.csv');
    const rows = Array.from({ length: 3000 }, (_, i) => `${String(i + 1).padStart(5, '0')},事项${i + 1},行政许可,市市场监管局,有效`);
    writeFileSync(file, `事项编码,事项名称,事项类别,实施部门,事项状态\n${rows.join('\n')}\n`);
    const run = (out: string, progress: string) => runCli(['export', file, '-o', join(d, out), '--lang', 'en'], { env: { QINGDAN_PROGRESS: progress } });
    const [plain, shown] = await Promise.all([run('a.json', '0'), run('b.json', '1')]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(shown.code, shown.stderr).toBe(0);
    expect(plain.stderr).not.toContain('reading');
    expect(shown.stderr).toMatch(/\r\x1b\[Kreading .*list\.csv: \d[\d,]* items…/u);
    expect(shown.stderr).toContain('\r\x1b[K');
    expect(shown.stdout.replace('b.json', 'a.json')).toBe(plain.stdout);
    expect(readFileSync(join(d, 'b.json'), 'utf8')).toBe(readFileSync(join(d, 'a.json'), 'utf8'));
  });
});
