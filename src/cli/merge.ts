/** `qingdan merge`: consolidate department lists, merge two edited copies against their base, or act as a git merge driver. */
import { Option } from 'commander';
import { cli } from './help-text.js';
import { UsageError, type Reason } from '../errors.js';
import type { ConflictStrategy } from '../merge/index.js';
import { MERGE_FORMATS } from '../report/formats.js';
import type { MergeFormat } from '../report/formatters/merge/index.js';
import { addReadOptions, addWriteOptions, catalogueOption, formatOption, outputWidth, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface MergeOpts {
  output?: string;
  base?: string;
  git?: boolean;
  conflicts?: ConflictStrategy;
  catalogue?: string;
  format?: MergeFormat;
  force?: boolean;
  inPlace?: boolean;
  [k: string]: unknown;
}

function usage(reason: Reason): UsageError {
  return new UsageError('usage', { reason });
}

async function action(ctx: CliContext, paths: string[], opts: MergeOpts): Promise<void> {
  if (opts.git && (paths.length < 3 || paths.length > 4 || opts.base)) throw usage('usage-merge-git');
  if (!opts.git && opts.base && paths.length !== 2) throw usage('usage-merge-base');
  if (!opts.git && paths.length === 0) throw usage('usage-merge-input');
  if (!opts.git && !opts.output) throw usage('usage-merge-output');
  const [base, inputs] = opts.git ? [paths[0], paths.slice(1, 3)] : [opts.base, paths];
  const [{ mergeFiles }, { formatMerge }] = await Promise.all([import('../merge/index.js'), import('../report/formatters/merge/index.js')]);
  const report = await mergeFiles({
    inputs, base, output: opts.output, catalogue: opts.catalogue, conflicts: opts.conflicts, git: opts.git, gitPath: opts.git ? paths[3] : undefined,
    lang: ctx.lang, force: opts.force, inPlace: opts.inPlace, read: { ...readOptionsFrom(opts, ctx), ...(opts.git ? { onProgress: undefined } : {}) },
  });
  ctx.out(await formatMerge(report, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  // Conflicts left (not written, or written marked) exit 1; keep-ours/keep-theirs settled them.
  const left = report.conflicts.length > 0 && (report.strategy === 'fail' || report.strategy === 'mark');
  ctx.exit(left ? 1 : 0);
}

export const defineMerge: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('merge')
    .description(cli(ctx, 'merge.description'))
    .argument('[paths...]', cli(ctx, 'merge.argument'))
    .addOption(new Option('-o, --output <file>', cli(ctx, 'merge.output')))
    .addOption(new Option('--base <file>', cli(ctx, 'merge.base')))
    .addOption(new Option('--git', cli(ctx, 'merge.git')))
    .addOption(
      new Option('--conflicts <how>', cli(ctx, 'merge.conflicts'))
        .choices(['mark', 'keep-ours', 'keep-theirs', 'fail']),
    )
    .addOption(catalogueOption(ctx))
    .addOption(formatOption(ctx, MERGE_FORMATS));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: MergeOpts) => action(ctx, paths, opts));
};
