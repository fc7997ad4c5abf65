/** `qingdan status`: the staged-acceptance picture, `--who` for single items, `--html` for the dashboard. */
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { STATUS_FORMATS } from '../report/formats.js';
import type { StatusFormat } from '../report/formatters/status/index.js';
import type { DefineCommand } from './commands.js';
import { splitWho } from './who-args.js';
import { addReadOptions, catalogueOption, formatOption, h, pickFormat, readOptionsFrom, type CliContext } from './options.js';

interface StatusOpts {
  catalogue?: string;
  who?: string[];
  format?: StatusFormat;
  html?: string;
  force?: boolean;
  [k: string]: unknown;
}

async function load(ctx: CliContext, paths: string[], opts: StatusOpts) {
  const { readList, readLists } = await import('../read/index.js');
  const read = readOptionsFrom(opts, ctx);
  const catalogue = opts.catalogue ? await readList(opts.catalogue, { ...read, kind: 'catalogue', sheet: undefined }) : undefined;
  const { lists, failures } = paths.length ? await readLists(paths, read) : { lists: [], failures: [] };
  // A count over part of the input would mislead: any unreadable file stops the job.
  if (failures.length > 0) throw failures[0].error;
  return { lists, catalogue };
}

async function action(ctx: CliContext, args: string[], parsed: StatusOpts): Promise<void> {
  const { codes, paths } = splitWho(parsed.who ?? [], args);
  const opts = { ...parsed, who: codes };
  if (paths.length === 0 && !opts.catalogue) {
    throw new UsageError('usage', { detail: '请给出下放清单文件或目录', detail_en: 'give the delegation list files or folders' });
  }
  const [{ lists, catalogue }, { formatStatusHtml, STATUS_FORMATTERS, WHO_FORMATTERS }, { dashboard, status, whoReport }, { writeFileAtomic }] = await Promise.all([
    load(ctx, paths, opts), import('../report/formatters/status/index.js'), import('../status/index.js'), import('../write/atomic.js'),
  ]);
  const format = pickFormat(ctx, opts.format, 'json') as StatusFormat;
  const fmt = { lang: ctx.lang, color: ctx.color, width: process.stdout.columns || undefined };
  if (opts.html) {
    const html = formatStatusHtml(dashboard(lists, { catalogue }), { lang: ctx.lang });
    await writeFileAtomic(opts.html, html, { force: opts.force, inputs: [...paths, ...(opts.catalogue ? [opts.catalogue] : [])] });
    ctx.err(h(ctx, `已写入 ${opts.html}\n`, `wrote ${opts.html}\n`));
  }
  if (opts.who && opts.who.length > 0) ctx.out(WHO_FORMATTERS[format](whoReport(opts.who, lists, catalogue), fmt));
  else ctx.out(STATUS_FORMATTERS[format](status(lists, { catalogue }), fmt));
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
    .addOption(new Option('--force', h(ctx, '覆盖已存在的输出文件', 'replace an existing output file')));
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: StatusOpts) => action(ctx, paths, opts));
};
