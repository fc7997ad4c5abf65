/** `qingdan ui`: the review in a local browser page (src/ui/server.ts), until Ctrl-C. */
import { InvalidArgumentError, Option } from 'commander';
import { cli } from './help-text.js';
import { UI_SERVER_TEXT } from '../report/text/ui.js';
import type { CliContext, DefineCommand } from './options.js';

interface UiOpts {
  port?: number;
  open?: boolean;
}

const portNumber = (ctx: CliContext) => (value: string): number => {
  const n = /^\d+$/u.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(cli(ctx, 'ui.port'));
  return n;
};

async function action(ctx: CliContext, opts: UiOpts): Promise<void> {
  const [{ startUi }, { openBrowser }] = await Promise.all([import('../ui/server.js'), import('../ui/open.js')]);
  let server: Awaited<ReturnType<typeof startUi>>;
  try {
    server = await startUi({ port: opts.port });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== 'EADDRINUSE' && code !== 'EACCES') throw err;
    ctx.err(UI_SERVER_TEXT.portBusy[ctx.lang]({ url: `127.0.0.1:${opts.port ?? 0}` }));
    ctx.exit(2);
    return;
  }
  // Whatever ends the process, the temporary files go with it.
  process.once('exit', server.removeFiles);
  // Ctrl-C or a kill: the folder is removed at once and the process ends with 0 (a stop, not a failure).
  // Put before the CLI's own interrupt handler (cli/program.ts), which would exit with 130 instead.
  const stop = (): void => {
    server.removeFiles();
    ctx.err(UI_SERVER_TEXT.stopped[ctx.lang]());
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.prependOnceListener(signal, stop);
  ctx.out(UI_SERVER_TEXT.listening[ctx.lang]({ url: server.url }));
  if (opts.open !== false && !(await openBrowser(server.url))) ctx.err(UI_SERVER_TEXT.noBrowser[ctx.lang]());
  // The server runs until a signal ends the process.
  await new Promise<never>(() => undefined);
}

export const defineUi: DefineCommand = (program, ctx) =>
  program
    .command('ui')
    .description(cli(ctx, 'ui.description'))
    .addOption(new Option('--port <n>', cli(ctx, 'ui.port')).argParser(portNumber(ctx)))
    .addOption(new Option('--no-open', cli(ctx, 'ui.noOpen')))
    .action((opts: UiOpts) => action(ctx, opts));
