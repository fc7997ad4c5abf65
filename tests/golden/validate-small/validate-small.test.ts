/**
 * Golden runs of the real CLI (in process) over the small review: the command is command.txt with
 * FORMAT and LANG filled in; expected stdout lives in expected/. Refresh with `vitest -u` and read the diff.
 * Inputs: tests/fixtures/validate-formatters (until examples/small exists).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';

const COMMAND = readFileSync(new URL('./command.txt', import.meta.url), 'utf8').trim().split(/\s+/u).slice(1);
const EXT = { json: 'json', pretty: 'pretty.txt', markdown: 'md' } as const;

async function qingdan(format: string, lang: 'zh-CN' | 'en'): Promise<{ code: number; out: string }> {
  let out = '';
  const ctx = { lang, tty: false, color: false, code: 0, out: (t: string) => void (out += t), err: () => {}, exit: (c: number) => void (ctx.code = Math.max(ctx.code, c)) };
  const argv = COMMAND.map((a) => (a === 'FORMAT' ? format : a === 'LANG' ? lang : a));
  const code = await run(argv, ctx);
  return { code, out };
}

describe('golden: validate-small', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    for (const format of ['json', 'pretty', 'markdown'] as const) {
      it(`${format} ${lang}`, async () => {
        const { code, out } = await qingdan(format, lang);
        expect(code).toBe(1);
        await expect(out).toMatchFileSnapshot(`./expected/${lang}.${EXT[format]}`);
      });
    }
  }
});
