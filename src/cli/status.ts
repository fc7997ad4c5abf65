/** `qingdan status`: the staged-acceptance picture, `--who` for single items, `--html` for the dashboard. */
import { Option } from 'commander';
import { STATUS_FORMATS } from '../report/formats.js';
import type { StatusFormat } from '../report/formatters/status/index.js';
import { addReadOptions, catalogueOption, formatOption, h, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';
import { splitWho } from './who-args.js';

interface StatusOpts {
  catalogue?: string;
  who?: string[];
  format?: StatusFormat;
  html?: string;
  title?: string;
  force?: boolean;
  [k: string]: unknown;
}

async function action(ctx: CliContext, args: string[], parsed: StatusOpts): Promise<void> {
  const { codes, paths } = splitWho(parsed.who ?? [], args);
  const opts = { ...parsed, who: codes };
  const [{ statusFiles }, { formatStatus, formatWho }] = await Promise.all([import('../jobs/status.js'), import('../report/formatters/status/index.js')]);
  const found = await statusFiles(paths, { catalogue: opts.catalogue, who: opts.who, html: opts.html, title: opts.title, force: opts.force, lang: ctx.lang, read: readOptionsFrom(opts, ctx) });
  if (opts.html) ctx.err(h(ctx, `已写入 ${opts.html}\n`, `wrote ${opts.html}\n`));
  const format = pickFormat(opts.format);
  const fmt = { lang: ctx.lang, color: ctx.color, width: process.stdout.columns || undefined };
  ctx.out(found.kind === 'who' ? await formatWho(found.report, format, fmt) : await formatStatus(found.report, format, fmt));
  ctx.exit(0);
}

export const defineStatus: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('status')
    .description(h(ctx, '承接进度：各部门、各批次的下放、承接、待承接、暂缓与争议情况', 'staged-acceptance picture: per department and batch, delegated, accepted, pending, deferred, disputed'))
    .argument('[paths...]', h(ctx, '下放清单文件或目录', 'delegation list files or folders'))
    .addOption(catalogueOption(ctx))
    .addOption(new Option('--who <codes...>', h(ctx, '查询事项现由谁行使（管委会或市级部门）及原因', 'who exercises these items today (the zone or the department), and why')))
    .addOption(formatOption(ctx, STATUS_FORMATS))
    .addOption(new Option('--html <file>', h(ctx, '另写一个独立的 HTML 看板文件', 'also write a self-contained HTML dashboard')))
    .addOption(new Option('--title <text>', h(ctx, '看板标题（默认取管委会清单的标题，否则为“承接进度”）', 'the dashboard title (default: the zone list\'s title, else 承接进度)')))
    .addOption(new Option('--force', h(ctx, '覆盖已存在的输出文件', 'replace an existing output file')));
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: StatusOpts) => action(ctx, paths, opts));
};
