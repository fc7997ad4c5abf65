/**
 * Golden runs of the CLI, one folder per case: the inputs, command.txt (the command line, with
 * FORMAT, LANG and OUT, a fresh folder for what the command writes, filled in; an `exit N` line
 * when it is not 0) and expected/ (stdout per language and format; what the command wrote, as
 * text). Each case runs in process and as a real subprocess (node bin/qingdan.js, NO_COLOR), and
 * both must print the same. Refresh with `vitest -u` and read the diff before committing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, runInProcess } from '../helpers/cli.js';

const HERE = import.meta.dirname;
const FORMATS = { json: 'json', pretty: 'pretty.txt', markdown: 'md' } as const;
const LANGS = ['zh-CN', 'en'] as const;

interface Case {
  name: string;
  argv: string[];
  exit: number;
}

function cases(): Case[] {
  return readdirSync(HERE, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => {
      const lines = readFileSync(join(HERE, e.name, 'command.txt'), 'utf8').trim().split('\n');
      const exit = /^exit (\d+)$/u.exec(lines[1]?.trim() ?? '');
      return { name: e.name, argv: lines[0].trim().split(/\s+/u).slice(1), exit: exit ? Number(exit[1]) : 0 };
    });
}

/** Every file under `dir`, as `== path ==` and its text, sorted: what the command wrote. */
function written(dir: string): string {
  const files = (d: string): string[] =>
    readdirSync(d).sort().flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
  return files(dir).map((f) => `== ${relative(dir, f).replace(/\\/gu, '/')} ==\n${readFileSync(f, 'utf8')}`).join('\n');
}

type Runner = (argv: string[], lang: (typeof LANGS)[number]) => Promise<{ code: number | null; stdout: string }>;

const RUNNERS: [string, Runner][] = [
  // Both at 80 columns, the width of a pipe (no COLUMNS).
  ['in process', (argv, lang) => runInProcess(argv, { lang, width: 80 })],
  ['subprocess', (argv) => runCli(argv, { env: { NO_COLOR: '1' } })],
];

const FOUND = cases();

describe('golden', () => {
  it('has a case for every command', () => {
    const commands = new Set(FOUND.map((c) => c.argv[0]));
    for (const command of ['validate', 'diff', 'merge', 'sync', 'status', 'export', 'init']) expect(commands, command).toContain(command);
  });

  for (const c of FOUND) {
    const formats = c.argv.includes('FORMAT') ? (Object.keys(FORMATS) as (keyof typeof FORMATS)[]) : [undefined];
    for (const [how, runner] of RUNNERS) {
      for (const lang of LANGS) {
        for (const format of formats) {
          it(`${c.name}: ${format ?? 'stdout'} ${lang}, ${how}`, async () => {
            const out = mkdtempSync(join(tmpdir(), 'qingdan-golden-'));
            try {
              const argv = c.argv.map((a) => a.replace('FORMAT', format ?? '').replace('LANG', lang).replace(/^OUT/u, out));
              const { code, stdout } = await runner(argv, lang);
              expect(code).toBe(c.exit);
              const name = format ? `${lang}.${FORMATS[format]}` : `${lang}.txt`;
              await expect(stdout.replaceAll(out, 'OUT')).toMatchFileSnapshot(join(HERE, c.name, 'expected', name));
              if (readdirSync(out).length > 0) {
                await expect(written(out)).toMatchFileSnapshot(join(HERE, c.name, 'expected', `${lang}.written.txt`));
              }
            } finally {
              rmSync(out, { recursive: true, force: true });
            }
          });
        }
      }
    }
  }
});
