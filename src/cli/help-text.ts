/** Looks up the CLI's own texts (src/report/text/cli.ts) in the run's language. */
import { CLI_TEXT, CLI_WROTE, type CliTextKey } from '../report/text/cli.js';
import type { Lang } from '../text/lang.js';

/** The text of `key` in the language of the run. */
export const cli = (ctx: { lang: Lang }, key: CliTextKey): string => CLI_TEXT[key][ctx.lang];

/** "wrote PATH" lines, for the files a command writes beside its report. */
export const wrote = (ctx: { lang: Lang }, what: keyof typeof CLI_WROTE, path: string): string => `${CLI_WROTE[what][ctx.lang]({ path })}\n`;
