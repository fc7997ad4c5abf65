/** `qingdan sync --catalogue NEW LIST [--from OLD] [--write OUT]`: what a catalogue change means for a list. */
import { Option } from 'commander';
import { cli } from './help-text.js';
import { SYNC_FORMATS } from '../report/formats.js';
import type { SyncFormat } from '../report/formatters/sync/index.js';
import { syt } from '../report/text/sync.js';
import { addReadOptions, addWriteOptions, catalogueOption, formatOption, outputWidth, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface SyncOpts {
  catalogue?: string;
  from?: string;
  map?: string;
  write?: string;
  format?: SyncFormat;
  strict?: boolean;
  force?: boolean;
  inPlace?: boolean;
  [k: string]: unknown;
}

async function action(ctx: CliContext, listPath: string, opts: SyncOpts): Promise<void> {
  const [{ syncFiles }, { formatSync }, { needsWork }] = await Promise.all([
    import('../jobs/sync.js'), import('../report/formatters/sync/index.js'), import('../sync/types.js'),
  ]);
  const result = await syncFiles(listPath, {
    catalogue: opts.catalogue, from: opts.from, map: opts.map, write: opts.write, strict: opts.strict, force: opts.force, inPlace: opts.inPlace, read: readOptionsFrom(opts, ctx),
  });
  if (opts.write) ctx.err(`${syt('wrote', ctx.lang)}: ${opts.write}\n`);
  ctx.out(await formatSync(result, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  ctx.exit(needsWork(result) ? 1 : 0);
}

export const defineSync: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('sync')
    .description(cli(ctx, 'sync.description'))
    .argument('<list>', cli(ctx, 'sync.argument'))
    .addOption(catalogueOption(ctx))
    .addOption(new Option('--from <file>', cli(ctx, 'sync.from')))
    .addOption(new Option('--map <file>', cli(ctx, 'sync.map')))
    .addOption(new Option('--write <file>', cli(ctx, 'sync.write')))
    .addOption(new Option('--strict', cli(ctx, 'sync.strict')))
    .addOption(formatOption(ctx, SYNC_FORMATS));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((listPath: string, opts: SyncOpts) => action(ctx, listPath, opts));
};
