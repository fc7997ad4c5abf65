import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/cli.js';

async function cli(argv: string[]): Promise<{ code: number; err: string }> {
  const { code, stderr } = await runInProcess(argv);
  return { code, err: stderr };
}

describe('bad arguments: exit 2 with a line in the chosen language', () => {
  it.each([
    [['validate'], /错误：缺少必需的参数 inputs/u],
    [['validate', 'a.yaml', '--format', 'nope'], /错误：选项 .*--format.* 的值“nope”无效，可选：pretty, json/u],
    [['validat'], /错误：未知命令 validat（是否想用 validate？）/u],
    [['diff', '--bogus'], /错误：未知选项 --bogus/u],
  ])('%j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/用 --help 查看用法/u);
  });

  it('in English with --lang en', async () => {
    const r = await cli(['validate', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/error: missing required argument 'inputs'\n\(add --help for usage\)/u);
  });
});

describe('help screens in the chosen language', () => {
  async function help(argv: string[]): Promise<string> {
    return (await runInProcess(argv)).stdout;
  }

  it('are all Chinese by default: titles, choices and defaults', async () => {
    for (const argv of [['--help'], ['validate', '--help'], ['export', '--help'], ['help', 'diff']]) {
      const out = await help(argv);
      expect(out, argv.join(' ')).toMatch(/^用法：/u);
      expect(out).toMatch(/\n选项：\n/u);
      expect(out).not.toMatch(/Usage:|Options:|Commands:|Arguments:|choices:|default:/u);
    }
    expect(await help(['validate', '--help'])).toMatch(/（可选："error"、"warning"、"info"、"never"；默认："error"）/u);
  });

  it('stay as commander writes them with --lang en', async () => {
    const out = await help(['validate', '--help', '--lang', 'en']);
    expect(out).toMatch(/^Usage: qingdan validate/u);
    expect(out).toMatch(/\(choices:\s+"error",\s+"warning",\s+"info",\s+"never",\s+default:\s+"error"\)/u);
  });
});
