/** `qingdan diff OLD NEW`: keyed comparison; also git's external diff (7 arguments) and textconv driver. */
import { Option } from 'commander';
import { cli } from './help-text.js';
import { UsageError } from '../errors.js';
import { DIFF_FORMATS } from '../report/formats.js';
import type { DiffFormat } from '../report/formatters/diff/index.js';
import { addReadOptions, formatOption, outputWidth, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface DiffOpts {
  format?: DiffFormat;
  strict?: boolean;
  pairing?: boolean;
  fields?: string[];
  ignore?: string[];
  textconv?: string;
  gitExternal?: boolean;
  map?: string;
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
    mapFile: opts.map,
    read,
    ...(git ? { oldLabel: `a/${paths[0]}`, newLabel: `b/${paths[0]}` } : {}),
  });
  ctx.out(await formatDiff(result, pickFormat(opts.format), { lang: ctx.lang, color: ctx.color, width: outputWidth(ctx) }));
  // git stops at an external diff that exits non-zero, so differences exit 0 there.
  ctx.exit(!git && hasDifferences(result) ? 1 : 0);
}

export const defineDiff: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('diff')
    .description(cli(ctx, 'diff.description'))
    .argument('[paths...]', cli(ctx, 'diff.argument'))
    .addOption(formatOption(ctx, DIFF_FORMATS))
    .addOption(new Option('--strict', cli(ctx, 'diff.strict')))
    .addOption(new Option('--no-pairing', cli(ctx, 'diff.noPairing')))
    .addOption(new Option('--map <file>', cli(ctx, 'diff.map')))
    .addOption(new Option('--fields <fields>', cli(ctx, 'diff.fields')).argParser(list))
    .addOption(new Option('--ignore <fields>', cli(ctx, 'diff.ignore')).argParser(list))
    .addOption(new Option('--textconv <file>', cli(ctx, 'diff.textconv')))
    .addOption(new Option('--git-external', cli(ctx, 'diff.gitExternal')));
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: DiffOpts) => action(ctx, paths, opts));
};
