/** `qingdan sync --catalogue NEW LIST [--from OLD] [--write OUT]`: what a catalogue change means for a list. */
import { Option } from 'commander';
import { SYNC_FORMATS } from '../report/formats.js';
import type { SyncFormat } from '../report/formatters/sync/index.js';
import { syt } from '../report/text/sync.js';
import { addReadOptions, addWriteOptions, catalogueOption, formatOption, h, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface SyncOpts {
  catalogue?: string;
  from?: string;
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
    catalogue: opts.catalogue, from: opts.from, write: opts.write, strict: opts.strict, force: opts.force, inPlace: opts.inPlace, read: readOptionsFrom(opts, ctx),
  });
  if (opts.write) ctx.err(`${syt('wrote', ctx.lang)}: ${opts.write}\n`);
  ctx.out(await formatSync(result, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color }));
  ctx.exit(needsWork(result) ? 1 : 0);
}

export const defineSync: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('sync')
    .description(h(ctx, '目录变化对下放清单或管委会清单意味着什么：待决定、应取消、应更新的事项', 'what a catalogue change means for a delegation or zone list: items to decide, to cancel, to update'))
    .argument('<list>', h(ctx, '下放清单或管委会清单', 'the delegation or zone list'))
    .addOption(catalogueOption(ctx))
    .addOption(new Option('--from <file>', h(ctx, '上一版目录：同时列出目录本身的变化', 'the previous catalogue: also say what changed in the catalogue itself')))
    .addOption(new Option('--write <file>', h(ctx, '写出更新后的清单（格式取自扩展名）', 'write the updated list (format from the extension)')))
    .addOption(new Option('--strict', h(ctx, '仅形式不同也算不一致', 'differences of form only count')))
    .addOption(formatOption(ctx, SYNC_FORMATS));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((listPath: string, opts: SyncOpts) => action(ctx, listPath, opts));
};
