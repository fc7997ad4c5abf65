import { describe, expect, it } from 'vitest';
import { commanderError } from '../../../src/report/text/commander.js';
import { englishFragments } from '../../helpers/english.js';

/** commander's error lines, as commander 12+ writes them. */
const LINES = [
  "error: missing required argument 'inputs'",
  "error: unknown option '--frobnicate'",
  "error: unknown option '--catalog'\n(Did you mean --catalogue?)",
  "error: unknown command 'valdate'",
  "error: option '-f, --format <format>' argument 'pdf' is invalid. Allowed choices are pretty, json.",
  "error: option '--max-rows <n>' argument 'abc' is invalid. 应为大于 0 的整数",
  "error: command-argument value 'x' is invalid for argument 'kind'. Allowed choices are catalogue, zone.",
  "error: command-argument value 'x' is invalid for argument 'n'. 应为大于 0 的整数",
  "error: option '-c, --catalogue <file>' argument missing",
  "error: too many arguments for 'diff'. Expected 2 arguments but got 3.",
  "error: required option '-o, --output <file>' not specified",
  "error: option '--force' cannot be used with option '--in-place'",
];

describe('commander error lines in zh-CN', () => {
  it.each(LINES)('%s', (line) => {
    const zh = commanderError(line, 'zh-CN');
    expect(zh).not.toBe(line);
    expect(englishFragments(zh), zh).toEqual([]);
    expect(commanderError(line, 'en')).toBe(line);
  });
});

describe('help usage line in zh-CN', () => {
  it('says 用法 with translated placeholders, top level and per command; English as commander writes it', async () => {
    const { runInProcess } = await import('../../helpers/cli.js');
    const zh = await runInProcess(['--help']);
    expect(zh.stdout.split('\n')[0]).toBe('用法： qingdan [选项] [命令]');
    const sub = await runInProcess(['validate', '--help']);
    expect(sub.stdout.split('\n')[0]).toBe('用法： qingdan validate [选项] <inputs...>');
    const en = await runInProcess(['validate', '--help', '--lang', 'en']);
    expect(en.stdout.split('\n')[0]).toBe('Usage: qingdan validate [options] <inputs...>');
  });
});
