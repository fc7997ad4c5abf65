/** Options several commands share, defined once; and the context every command gets. */
import { Command, InvalidArgumentError, Option } from 'commander';
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
}

/** Defines one command on the program (one file per command, listed in commands.ts). */
export type DefineCommand = (program: Command, ctx: CliContext) => Command;

/** Help text in the chosen language. */
export const h = (ctx: CliContext, zh: string, en: string): string => (ctx.lang === 'en' ? en : zh);

/**
 * --format with the formats a command supports. One rule for every command (issue 17, cli contract
 * "Every command prints `pretty` by default whether or not stdout is a terminal"): pretty by
 * default, on a terminal or not; JSON and the others only when asked for.
 */
export function formatOption(ctx: CliContext, formats: readonly string[]): Option {
  return new Option('-f, --format <format>', h(ctx,
    '输出格式（默认 pretty，无论是否输出到终端；JSON 须用 --format json）',
    'output format (default pretty, on a terminal or not; JSON only with --format json)')).choices(formats as string[]);
}

/** The chosen format: the option, else pretty (whether or not stdout is a terminal). */
export function pickFormat(option: string | undefined): string {
  return option ?? 'pretty';
}

export function langOption(ctx: CliContext): Option {
  return new Option('--lang <lang>', h(ctx, '消息语言（默认取 LANG，否则 zh-CN）', 'message language (default from LANG, else zh-CN)')).choices(['zh-CN', 'en']);
}

export function failOnOption(ctx: CliContext): Option {
  return new Option('--fail-on <level>', h(ctx, '在此级别及以上的问题时以 1 退出', 'exit 1 on findings at or above this level'))
    .choices(['error', 'warning', 'info', 'never'])
    .default('error');
}

export function catalogueOption(ctx: CliContext): Option {
  return new Option('-c, --catalogue <file>', h(ctx, '市级目录文件', 'the municipal master catalogue file'));
}

export function configOption(ctx: CliContext): Option {
  return new Option('--config <file>', h(ctx, '配置文件（默认向上查找 qingdan.config.yaml）', 'configuration file (default: qingdan.config.yaml found upward)'));
}

/** A limit's value: a whole number above zero (Number('abc') is NaN, which would switch the limit off). */
function positiveInteger(ctx: CliContext): (value: string) => number {
  return (value) => {
    const n = /^\d+$/u.test(value.trim()) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(h(ctx, '应为大于 0 的整数', 'expected a whole number above 0'));
    return n;
  };
}

/** Reading options every command that reads lists takes. */
export function addReadOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .addOption(new Option('--sheet <name>', h(ctx, '只读取该工作表（.xlsx）', 'read only this sheet (.xlsx)')))
    .addOption(new Option('--kind <kind>', h(ctx, '文件种类（默认自动判断）', 'kind of file (default: detected)')).choices(['catalogue', 'delegation', 'zone']))
    .addOption(new Option('--max-file-size <bytes>', h(ctx, '单个文件大小上限（字节）', 'size limit per input file, in bytes')).argParser(positiveInteger(ctx)))
    .addOption(new Option('--max-rows <n>', h(ctx, '每个文件的行数上限', 'row limit per input file')).argParser(positiveInteger(ctx)));
}

/** --force and --in-place for commands that write files. */
export function addWriteOptions(cmd: Command, ctx: CliContext): Command {
  return cmd
    .addOption(new Option('--force', h(ctx, '覆盖已存在的输出文件', 'replace an existing output file')))
    .addOption(new Option('--in-place', h(ctx, '允许输出覆盖输入文件', 'allow the output to replace an input file')));
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
