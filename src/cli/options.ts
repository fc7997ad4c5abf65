/** Options several commands share, defined once; and the context every command gets. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { cli } from './help-text.js';
import { UsageError } from '../errors.js';
import type { Lang } from '../text/lang.js';
import type { ReadOptions } from '../read/options.js';
import { progressReporter } from './progress.js';

export interface CliContext {
  lang: Lang;
  /** Colour on: a terminal and no NO_COLOR, or FORCE_COLOR. */
  color: boolean;
  /** stdout is a terminal (it does not choose the format: pretty is the default either way). */
  tty: boolean;
  /** Writes to stdout. */
  out: (text: string) => void;
  /** Writes a progress or notice line to stderr. */
  err: (text: string) => void;
  /** Sets the exit code (the highest wins). */
  exit: (code: number) => void;
  /** Columns pretty output fits in: stdout's when it is a terminal, else COLUMNS (undefined: 80, see outputWidth). */
  width?: number;
}

/** The width pretty output is fitted to: the context's, else 80 (a terminal's usual width). */
export function outputWidth(ctx: CliContext): number {
  return ctx.width ?? 80;
}

/** Defines one command on the program (one file per command, listed in commands.ts). */
export type DefineCommand = (program: Command, ctx: CliContext) => Command;

/**
 * --format with the formats a command supports. One rule for every command (issue 17, cli contract
 * "Every command prints `pretty` by default whether or not stdout is a terminal"): pretty by
 * default, on a terminal or not; JSON and the others only when asked for.
 */
export function formatOption(ctx: CliContext, formats: readonly string[]): Option {
  return new Option('-f, --format <format>', cli(ctx, 'options.format')).choices(formats as string[]);
}

/** The chosen format: the option, else pretty (whether or not stdout is a terminal). */
export function pickFormat(option: string | undefined): string {
  return option ?? 'pretty';
}

export function langOption(ctx: CliContext): Option {
  return new Option('--lang <lang>', cli(ctx, 'options.lang')).choices(['zh-CN', 'en']);
}

export function failOnOption(ctx: CliContext): Option {
  return new Option('--fail-on <level>', cli(ctx, 'options.failOn'))
    .choices(['error', 'warning', 'info', 'never'])
    .default('error');
}

/** --today DATE: the day overdue acceptance and waiver expiry are counted from; a real YYYY-MM-DD date, else exit 2. */
export function todayOption(ctx: CliContext): Option {
  return new Option('--today <date>', cli(ctx, 'options.today')).argParser((value: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !d || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() + 1 !== Number(m[2]) || d.getUTCDate() !== Number(m[3])) {
      throw new UsageError('usage', { reason: 'usage-today', value });
    }
    return value;
  });
}

export function catalogueOption(ctx: CliContext): Option {
  return new Option('-c, --catalogue <file>', cli(ctx, 'options.catalogue'));
}

export function configOption(ctx: CliContext): Option {
  return new Option('--config <file>', cli(ctx, 'options.config'));
}

/** A limit's value: a whole number above zero (Number('abc') is NaN, which would switch the limit off). */
function positiveInteger(ctx: CliContext): (value: string) => number {
  return (value) => {
    const n = /^\d+$/u.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(cli(ctx, 'options.positiveInteger'));
    return n;
  };
}

/** Reading options every command that reads lists takes. */
export function addReadOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .addOption(new Option('--sheet <name>', cli(ctx, 'options.sheet')))
    .addOption(new Option('--kind <kind>', cli(ctx, 'options.kind')).choices(['catalogue', 'delegation', 'zone']))
    .addOption(new Option('--max-file-size <bytes>', cli(ctx, 'options.maxFileSize')).argParser(positiveInteger(ctx)))
    .addOption(new Option('--max-rows <n>', cli(ctx, 'options.maxRows')).argParser(positiveInteger(ctx)));
}

/** --force and --in-place for commands that write files. */
export function addWriteOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .addOption(new Option('--force', cli(ctx, 'options.force')))
    .addOption(new Option('--in-place', cli(ctx, 'options.inPlace')));
}

/** The reading options as the library takes them, from a command's flags, with a progress line on a terminal (cli/progress.ts). */
export function readOptionsFrom(opts: Record<string, unknown>, ctx: CliContext): ReadOptions {
  return {
    sheet: opts.sheet as string | undefined,
    kind: opts.kind as 'catalogue' | 'delegation' | 'zone' | undefined,
    maxFileSize: opts.maxFileSize as number | undefined,
    maxRows: opts.maxRows as number | undefined,
    onProgress: progressReporter({ lang: ctx.lang }),
  };
}
