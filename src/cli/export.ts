/** `qingdan export`: write lists in another format, or the publishable zone catalogue. */
import { Option } from 'commander';
import { cli } from './help-text.js';
import { UsageError } from '../errors.js';
import { EXPORT_TEXT } from '../text/export.js';
import { CSV_ENCODINGS, type CsvEncoding } from '../write/encode.js';
import { EXPORT_FORMATS } from '../report/formats.js';
import { addReadOptions, addWriteOptions, catalogueOption, configOption, formatOption, outputWidth, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface ExportOpts {
  output?: string;
  publish?: boolean;
  since?: string;
  byDepartment?: boolean;
  encoding?: CsvEncoding;
  title?: string;
  catalogue?: string;
  config?: string;
  allowFindings?: boolean;
  format?: string;
  force?: boolean;
  inPlace?: boolean;
  [k: string]: unknown;
}

async function action(ctx: CliContext, paths: string[], opts: ExportOpts): Promise<void> {
  if (paths.length === 0) throw new UsageError('usage', { reason: 'usage-export-input' });
  if (!opts.output) throw new UsageError('usage', { reason: 'usage-export-output' });
  if (opts.allowFindings && !opts.publish) throw new UsageError('usage', { reason: 'usage-publish-allow-findings' });
  if (opts.publish) return publishAction(ctx, paths, opts.output, opts);
  const { exportFiles } = await import('../write/export.js');
  const report = await exportFiles(paths, opts.output, {
    since: opts.since, byDepartment: opts.byDepartment, encoding: opts.encoding,
    title: opts.title, force: opts.force, inPlace: opts.inPlace, read: readOptionsFrom(opts, ctx),
  });
  ctx.out(EXPORT_TEXT.wrote[ctx.lang]({ items: report.output.items, path: report.output.path }));
  ctx.exit(0);
}

/** --publish: the gate (jobs/publish.ts); exit 1 and nothing written when something blocks publication. */
async function publishAction(ctx: CliContext, paths: string[], output: string, opts: ExportOpts): Promise<void> {
  const [{ publishFiles }, { formatPublish }] = await Promise.all([import('../jobs/publish.js'), import('../report/formatters/publish/index.js')]);
  const report = await publishFiles(paths, output, {
    catalogue: opts.catalogue, config: opts.config, allowFindings: opts.allowFindings, since: opts.since, byDepartment: opts.byDepartment,
    encoding: opts.encoding, title: opts.title, force: opts.force, inPlace: opts.inPlace, read: readOptionsFrom(opts, ctx),
  });
  const format = pickFormat(opts.format);
  if (report.output && report.publication && format === 'pretty') {
    const t = EXPORT_TEXT;
    ctx.out(t.wrote[ctx.lang]({ items: report.output.items, path: report.output.path }));
    ctx.out(t.hash[ctx.lang]({ hash: report.publication.hash }));
    const since = report.publication.since;
    if (since) {
      const n = (type: string): number => since.changes.filter((c) => c.type === type).length;
      ctx.out(t.changes[ctx.lang]({ added: n('added'), removed: n('removed'), changed: n('changed') }));
    }
  }
  ctx.out(await formatPublish(report, format, { lang: ctx.lang, width: outputWidth(ctx) }));
  ctx.exit(report.refused ? 1 : 0);
}

export const defineExport: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('export')
    .description(EXPORT_TEXT.help[ctx.lang]())
    .argument('[paths...]', cli(ctx, 'export.argument'))
    .addOption(new Option('-o, --output <file>', cli(ctx, 'export.output')))
    .addOption(new Option('--publish', cli(ctx, 'export.publish')))
    .addOption(new Option('--since <file>', cli(ctx, 'export.since')))
    .addOption(new Option('--by-department', cli(ctx, 'export.byDepartment')))
    .addOption(new Option('--encoding <encoding>', cli(ctx, 'export.encoding')).choices(CSV_ENCODINGS as string[]).default('utf8-bom'))
    .addOption(new Option('--title <text>', cli(ctx, 'export.title')))
    .addOption(catalogueOption(ctx))
    .addOption(configOption(ctx))
    .addOption(new Option('--allow-findings', cli(ctx, 'export.allowFindings')))
    .addOption(formatOption(ctx, EXPORT_FORMATS));
  addWriteOptions(cmd, ctx);
  addReadOptions(cmd, ctx);
  return cmd.action((paths: string[], opts: ExportOpts) => action(ctx, paths, opts));
};
