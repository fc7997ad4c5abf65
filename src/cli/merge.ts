/** `qingdan merge`: consolidate department lists, merge two edited copies against their base, or act as a git merge driver. */
import { Option } from 'commander';
import { UsageError, type Reason } from '../errors.js';
import type { ConflictStrategy } from '../merge/index.js';
import { MERGE_FORMATS } from '../report/formats.js';
import type { MergeFormat } from '../report/formatters/merge/index.js';
import { addReadOptions, addWriteOptions, catalogueOption, formatOption, h, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

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
  ctx.out(await formatMerge(report, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color }));
  // Conflicts left (not written, or written marked) exit 1; keep-ours/keep-theirs settled them.
  const left = report.conflicts.length > 0 && (report.strategy === 'fail' || report.strategy === 'mark');
  ctx.exit(left ? 1 : 0);
}

export const defineMerge: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('merge')
    .description(h(ctx, '合并清单：汇总各部门清单为一份，或以共同基础三方合并两份修改稿（可作 git 合并驱动）', 'consolidate department lists into one, or merge two edited copies against their base (also a git merge driver)'))
    .argument('[paths...]', h(ctx, '清单文件或目录；--base 时为 本方 对方；--git 时为 %O %A %B [%P]', 'list files or folders; with --base: OURS THEIRS; with --git: %O %A %B [%P]'))
    .addOption(new Option('-o, --output <file>', h(ctx, '合并后的清单（扩展名决定格式：.xlsx .csv .yaml .json）', 'the merged list (its extension names the format: .xlsx .csv .yaml .json)')))
    .addOption(new Option('--base <file>', h(ctx, '三方合并的共同基础版本', 'the common base of a three-way merge')))
    .addOption(new Option('--git', h(ctx, '作为 git 合并驱动：结果写回 %A，有冲突时标注并以 1 退出', 'act as a git merge driver: the result replaces %A, marked and exit 1 when conflicts remain')))
    .addOption(
      new Option('--conflicts <how>', h(ctx, '冲突处理：mark 写入“冲突”列（默认），keep-ours 取本方，keep-theirs 取对方，fail 有冲突时不写出', 'settle conflicts: mark them in a 冲突 column (default), keep-ours, keep-theirs, or fail (write nothing while conflicts remain)'))
        .choices(['mark', 'keep-ours', 'keep-theirs', 'fail']),
    )
    .addOption(catalogueOption(ctx))
    .addOption(formatOption(ctx, MERGE_FORMATS));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: MergeOpts) => action(ctx, paths, opts));
};
