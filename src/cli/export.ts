/** `qingdan export`: write lists in another format, or the publishable zone catalogue. */
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { EXPORT_TEXT } from '../text/export.js';
import { CSV_ENCODINGS, type CsvEncoding } from '../write/encode.js';
import { addReadOptions, addWriteOptions, h, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface ExportOpts {
  output?: string;
  publish?: boolean;
  since?: string;
  byDepartment?: boolean;
  encoding?: CsvEncoding;
  title?: string;
  force?: boolean;
  inPlace?: boolean;
  [k: string]: unknown;
}

async function action(ctx: CliContext, paths: string[], opts: ExportOpts): Promise<void> {
  if (paths.length === 0) throw new UsageError('usage', { reason: 'usage-export-input' });
  if (!opts.output) throw new UsageError('usage', { reason: 'usage-export-output' });
  const { exportFiles } = await import('../write/export.js');
  const report = await exportFiles(paths, opts.output, {
    publish: opts.publish, since: opts.since, byDepartment: opts.byDepartment, encoding: opts.encoding,
    title: opts.title, force: opts.force, inPlace: opts.inPlace, read: readOptionsFrom(opts, ctx),
  });
  const t = EXPORT_TEXT;
  ctx.out(t.wrote[ctx.lang]({ items: report.output.items, path: report.output.path }));
  const pub = report.publication;
  if (pub) {
    ctx.out(t.hash[ctx.lang]({ hash: pub.hash }));
    if (pub.since) {
      const n = (type: string): number => pub.since!.changes.filter((c) => c.type === type).length;
      ctx.out(t.changes[ctx.lang]({ added: n('added'), removed: n('removed'), changed: n('changed') }));
    }
  }
  ctx.exit(0);
}

export const defineExport: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('export')
    .description(EXPORT_TEXT.help[ctx.lang]())
    .argument('[paths...]', h(ctx, '清单文件或目录（多个时合为一份，种类取第一个）', 'list files or folders (several are joined into one list, of the first one\'s kind)'))
    .addOption(new Option('-o, --output <file>', h(ctx, '输出文件（扩展名决定格式：.xlsx .csv .yaml .json .md .html）', 'the output file (its extension names the format: .xlsx .csv .yaml .json .md .html)')))
    .addOption(new Option('--publish', h(ctx, '生成可发布的管委会清单：仅已承接事项，按部门和编码排序，附内容哈希', 'write the publishable zone list: accepted items only, sorted by department and code, with a content hash')))
    .addOption(new Option('--since <file>', h(ctx, '上一版发布的清单：附录列出新增、删除、修改的事项（需 --publish）', 'the previous publication: an appendix lists added, removed and changed items (with --publish)')))
    .addOption(new Option('--by-department', h(ctx, '.xlsx：每个部门一个工作表', '.xlsx: one sheet per department')))
    .addOption(new Option('--encoding <encoding>', h(ctx, '.csv 编码（默认 utf8-bom，便于 Excel 打开）', '.csv encoding (default utf8-bom, so Excel opens it right)')).choices(CSV_ENCODINGS as string[]).default('utf8-bom'))
    .addOption(new Option('--title <text>', h(ctx, '标题（默认取输入清单的标题）', 'title (default: the input list\'s title)')));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: ExportOpts) => action(ctx, paths, opts));
};
