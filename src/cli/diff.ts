/** `qingdan diff OLD NEW`: keyed comparison; also git's external diff (7 arguments) and textconv driver. */
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { DIFF_FORMATS } from '../report/formats.js';
import type { DiffFormat } from '../report/formatters/diff/index.js';
import { addReadOptions, formatOption, h, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface DiffOpts {
  format?: DiffFormat;
  strict?: boolean;
  pairing?: boolean;
  fields?: string[];
  ignore?: string[];
  textconv?: string;
  gitExternal?: boolean;
  [k: string]: unknown;
}

/** git calls an external diff with: path old-file old-hex old-mode new-file new-hex new-mode. */
const looksLikeGit = (p: string[]): boolean => p.length === 7 && /^[0-9a-f]{7,64}$|^\.$/u.test(p[2]) && /^[0-9a-f]{7,64}$|^\.$/u.test(p[5]);

const list = (v: string, prev: string[] = []): string[] => [...prev, ...v.split(/[,，]/u).map((s) => s.trim()).filter(Boolean)];

async function action(ctx: CliContext, paths: string[], opts: DiffOpts): Promise<void> {
  const [{ diffFiles, hasDifferences, textconv }, { formatDiff }] = await Promise.all([
    import('../diff/index.js'), import('../report/formatters/diff/index.js'),
  ]);
  const git = opts.gitExternal || looksLikeGit(paths);
  // Run by git (textconv, external diff), stderr is the terminal under git's pager: no progress line.
  const read = { ...readOptionsFrom(opts, ctx), ...(git || opts.textconv ? { onProgress: undefined } : {}) };
  if (opts.textconv) {
    ctx.out(await textconv(opts.textconv, read));
    return ctx.exit(0);
  }
  if (git ? paths.length !== 7 : paths.length !== 2) {
    throw new UsageError('usage', git
      ? { reason: 'usage-diff-git' }
      : { reason: 'usage-diff-two' });
  }
  const [oldPath, newPath] = git ? [paths[1], paths[4]] : paths;
  const result = await diffFiles(oldPath, newPath, {
    strict: opts.strict,
    pairing: opts.pairing,
    fields: opts.fields,
    ignore: opts.ignore,
    read,
    ...(git ? { oldLabel: `a/${paths[0]}`, newLabel: `b/${paths[0]}` } : {}),
  });
  ctx.out(await formatDiff(result, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color }));
  // git stops at an external diff that exits non-zero, so differences exit 0 there.
  ctx.exit(!git && hasDifferences(result) ? 1 : 0);
}

export const defineDiff: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('diff')
    .description(h(ctx, '按事项编码比较同一清单或目录的两个版本（任意格式）', 'keyed comparison of two versions of one list or catalogue (any format on either side)'))
    .argument('[paths...]', h(ctx, '旧版本 新版本（或 git 外部比较的 7 个参数）', 'OLD NEW (or the 7 arguments of git\'s external diff)'))
    .addOption(formatOption(ctx, DIFF_FORMATS))
    .addOption(new Option('--strict', h(ctx, '仅形式不同（全半角、空格、换行、繁简）也算差异', 'count differences of form only (width, spaces, line breaks, traditional/simplified)')))
    .addOption(new Option('--no-pairing', h(ctx, '不把编码改变而名称、部门、类别相同的事项配对为改码', 'do not pair a removed and an added item with the same name, department and category as recoded')))
    .addOption(new Option('--fields <fields>', h(ctx, '只比较这些字段（逗号分隔，英文键或中文列名）', 'compare only these fields (comma-separated keys or Chinese headers)')).argParser(list))
    .addOption(new Option('--ignore <fields>', h(ctx, '不比较这些字段（逗号分隔）', 'leave these fields out (comma-separated)')).argParser(list))
    .addOption(new Option('--textconv <file>', h(ctx, '按行输出清单文本（供 git textconv 使用）', 'print a line-per-item text of the list (for git textconv)')))
    .addOption(new Option('--git-external', h(ctx, '作为 git 外部比较程序调用（GIT_EXTERNAL_DIFF 或 diff.<驱动>.command）', 'called as git\'s external diff (GIT_EXTERNAL_DIFF or diff.<driver>.command)')));
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: DiffOpts) => action(ctx, paths, opts));
};
