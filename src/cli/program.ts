/** The program: commands, shared options, and running argv to an exit code. Each command lives in its own file. */
import { Command, CommanderError, Help, type Argument, type Option } from 'commander';
import { cli } from './help-text.js';
import { pickLang } from '../text/lang.js';
import { QingdanError } from '../errors.js';
import { removeTempFiles } from '../write/atomic.js';
import { reportError } from './exit.js';
import { langOption, type CliContext } from './options.js';
import { VERSION } from '../version.js';
import { COMMANDS } from './commands.js';
import { commanderError, helpExtras, helpTitle, helpUsage } from '../report/text/commander.js';

function langFromArgv(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}

export function makeContext(argv: readonly string[]): CliContext & { code: number } {
  const lang = pickLang(langFromArgv(argv), process.env);
  const tty = Boolean(process.stdout.isTTY);
  const env = process.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  const color = forced || (tty && env.NO_COLOR === undefined);
  // Pretty output fits the terminal: its width when stdout is one, else COLUMNS, else 80 (outputWidth).
  const columns = Number(env.COLUMNS);
  const width = tty && process.stdout.columns ? process.stdout.columns : Number.isInteger(columns) && columns > 0 ? columns : undefined;
  const ctx = {
    lang, tty, color, code: 0, width,
    out: (text: string) => void process.stdout.write(text),
    err: (text: string) => void process.stderr.write(text),
    exit: (code: number) => {
      ctx.code = Math.max(ctx.code, code);
    },
  };
  return ctx;
}

/** Builds the program (exported for in-process tests). */
export function buildProgram(ctx: CliContext): Command {
  const program = new Command('qingdan')
    .description(cli(ctx, 'program.description'))
    .version(VERSION, '-V, --version', cli(ctx, 'program.version'))
    .helpOption('-h, --help', cli(ctx, 'program.help'))
    .addOption(langOption(ctx))
    .helpCommand('help [command]', cli(ctx, 'program.helpCommand'))
    .showHelpAfterError(cli(ctx, 'program.helpAfterError'))
    .exitOverride();
  const output = {
    writeOut: (s: string) => ctx.out(s),
    writeErr: (s: string) => ctx.err(s),
    outputError: (s: string, write: (s: string) => void) => write(commanderError(s, ctx.lang)),
  };
  program.configureOutput(output);
  // Help screens in the chosen language: commander writes their titles and extras in English.
  const lang = ctx.lang;
  program.configureHelp({
    styleTitle: (title: string) => helpTitle(title, lang),
    commandUsage(this: Help, cmd: Command) {
      return helpUsage(Help.prototype.commandUsage.call(this, cmd), lang);
    },
    optionDescription(this: Help, option: Option) {
      return helpExtras(Help.prototype.optionDescription.call(this, option), lang);
    },
    argumentDescription(this: Help, argument: Argument) {
      return helpExtras(Help.prototype.argumentDescription.call(this, argument), lang);
    },
  });
  for (const define of COMMANDS) {
    const cmd = define(program, ctx);
    cmd.addOption(langOption(ctx)).exitOverride().configureOutput(output)
      .helpOption('-h, --help', cli(ctx, 'program.help'))
      .showHelpAfterError(cli(ctx, 'program.helpAfterError'));
  }
  return program;
}

/** Runs the CLI with argv (without node and script) and returns the exit code. */
export async function run(argv: readonly string[], ctx: CliContext & { code: number } = makeContext(argv)): Promise<number> {
  try {
    const program = buildProgram(ctx);
    await program.parseAsync([...argv], { from: 'user' });
    return ctx.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    return Math.max(ctx.code, reportError(err, ctx.lang, ctx.err));
  }
}

/**
 * Ctrl-C or a kill mid-write: remove the temporary files being written (the old outputs stay as
 * they were) and exit 128 + the signal number, as shells do.
 */
export function onInterrupt(argv: readonly string[]): void {
  const lang = pickLang(langFromArgv(argv), process.env);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      removeTempFiles();
      reportError(new QingdanError('interrupted', { signal }), lang);
      process.exit(code);
    });
  }
}
