/** Turns errors into one line on stderr and an exit code (2 for bad input, 70 for a bug). */
import { QingdanError } from '../errors.js';
import { DEBUG_CAUSE, errorMessage, INTERNAL_ERROR } from '../report/messages.js';
import type { Lang } from '../text/lang.js';
import { VERSION } from '../version.js';

/** What the libraries and the system said under an error (its causes, outermost first), one line each. */
function causes(err: unknown): string[] {
  const out: string[] = [];
  for (let c = (err as { cause?: unknown }).cause; c !== undefined && out.length < 5; c = (c as { cause?: unknown })?.cause) {
    out.push(c instanceof Error ? c.message.split('\n')[0] : String(c));
  }
  return out;
}

/** Prints an error the way the contract says and returns the exit code. */
export function reportError(err: unknown, lang: Lang, write: (text: string) => void = (t) => void process.stderr.write(t)): number {
  const debug = process.env.QINGDAN_DEBUG === '1';
  if (err instanceof QingdanError) {
    write(`qingdan: ${errorMessage(err, lang)}\n`);
    // The library's own words (often English) only for debugging: the line above says it in the user's language.
    if (debug) for (const text of causes(err)) write(`${DEBUG_CAUSE[lang]({ text })}\n`);
    if (debug && err.stack) write(`${err.stack}\n`);
    return err.exitCode;
  }
  const e = err as { code?: string; message?: string; stack?: string };
  if (e && e.code === 'commander.helpDisplayed') return 0;
  write(`${INTERNAL_ERROR[lang]({ version: VERSION, message: e?.message ?? String(err) })}\n`);
  if (debug && e?.stack) write(`${e.stack}\n`);
  return 70;
}
