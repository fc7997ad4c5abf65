import { describe, expect, it } from 'vitest';
import { COMMANDS as DEFINED } from '../../../src/cli/commands.js';
import { buildProgram } from '../../../src/cli/program.js';
import { CLI_TEXT } from '../../../src/report/text/cli.js';
import { runInProcess } from '../../helpers/cli.js';
import { englishFragments } from '../../helpers/english.js';

/** The commands the program defines (a command added later is read here too). */
function programCommands(): string[] {
  const ctx = { lang: 'zh-CN' as const, color: false, tty: false, out: () => {}, err: () => {}, exit: () => {} };
  return buildProgram(ctx).commands.map((c) => c.name()).filter((n) => n !== 'help');
}
const COMMANDS = programCommands();

describe('the CLI texts', () => {
  it('has every text in both languages, and the Chinese text is not the English one', () => {
    for (const [key, t] of Object.entries(CLI_TEXT)) {
      expect(t['zh-CN'].trim(), key).not.toBe('');
      expect(t.en.trim(), key).not.toBe('');
      expect(t['zh-CN'], key).not.toBe(t.en);
    }
  });

  it('reads the help of every command the program defines', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['validate', 'diff', 'merge', 'sync', 'status', 'export', 'init']));
    expect(COMMANDS).toHaveLength(DEFINED.length);
  });

  it('gives every help screen in zh-CN without an English sentence, and in English with --lang en', async () => {
    const screens = [['--help'], ['help'], ...COMMANDS.flatMap((c) => [[c, '--help'], ['help', c]])];
    for (const argv of screens) {
      const zh = await runInProcess(argv);
      // Option names, argument names and choices stay as typed (--format, <inputs...>, keep-ours).
      const prose = zh.stdout.split('\n').map((l) => l.replace(/^\s*(-\S+(?:, -\S+)*(?: <[^>]+>| \[[^\]]+\])?|\S+ (?:<[^>]+>|\[[^\]]+\]))\s{2,}/u, '')).join('\n');
      // Commands named in the text (npm ci, npm install) are commands, not English prose.
      expect(englishFragments(prose.replace(/\bnpm (?:ci|install)\b/gu, '')), argv.join(' ')).toEqual([]);
      const en = await runInProcess([...argv, '--lang', 'en']);
      expect(en.stdout, argv.join(' ')).toMatch(/^Usage: qingdan/u);
      expect(zh.stdout, argv.join(' ')).toMatch(/^用法： qingdan/u);
      expect(zh.stdout, argv.join(' ')).not.toMatch(/\b(?:Usage|Options|Commands|Arguments|default|choices)\b/u);
    }
  });
});
