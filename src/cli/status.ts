/** `qingdan status`: the staged-acceptance picture, `--who` for single items, `--html` for the dashboard. */
import { Option } from 'commander';
import { cli, wrote } from './help-text.js';
import { STATUS_FORMATS } from '../report/formats.js';
import type { StatusFormat } from '../report/formatters/status/index.js';
import { addReadOptions, catalogueOption, configOption, formatOption, outputWidth, pickFormat, readOptionsFrom, todayOption, type CliContext, type DefineCommand } from './options.js';
import { splitWho } from './who-args.js';

interface StatusOpts {
  catalogue?: string;
  who?: string[];
  format?: StatusFormat;
  html?: string;
  title?: string;
  force?: boolean;
  config?: string;
  today?: string;
  [k: string]: unknown;
}

async function action(ctx: CliContext, args: string[], parsed: StatusOpts): Promise<void> {
  const { codes, paths } = splitWho(parsed.who ?? [], args);
  const opts = { ...parsed, who: codes };
  const [{ statusFiles }, { formatStatus, formatWho }] = await Promise.all([import('../jobs/status.js'), import('../report/formatters/status/index.js')]);
  const found = await statusFiles(paths, { catalogue: opts.catalogue, who: opts.who, html: opts.html, title: opts.title, force: opts.force, config: opts.config, today: opts.today, lang: ctx.lang, read: readOptionsFrom(opts, ctx) });
  if (opts.html) ctx.err(wrote(ctx, 'file', opts.html));
  const format = pickFormat(opts.format);
  const fmt = { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) };
  ctx.out(found.kind === 'who' ? await formatWho(found.report, format, fmt) : await formatStatus(found.report, format, fmt));
  ctx.exit(0);
}

export const defineStatus: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('status')
    .description(cli(ctx, 'status.description'))
    .argument('[paths...]', cli(ctx, 'status.argument'))
    .addOption(catalogueOption(ctx))
    .addOption(configOption(ctx))
    .addOption(todayOption(ctx))
    .addOption(new Option('--who <codes...>', cli(ctx, 'status.who')))
    .addOption(formatOption(ctx, STATUS_FORMATS))
    .addOption(new Option('--html <file>', cli(ctx, 'status.html')))
    .addOption(new Option('--title <text>', cli(ctx, 'status.title')))
    .addOption(new Option('--force', cli(ctx, 'options.force')));
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: StatusOpts) => action(ctx, paths, opts));
};
