/** `qingdan validate`: reads the lists, checks them alone and against the catalogue, prints findings. */
import { Option } from 'commander';
import type { FailOn } from '../config/types.js';
import { VALIDATE_FORMATS } from '../report/formats.js';
import { addReadOptions, catalogueOption, configOption, failOnOption, formatOption, h, pickFormat, readOptionsFrom, type CliContext, type DefineCommand } from './options.js';

interface ValidateOpts {
  catalogue?: string;
  zone?: string;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  failOn?: FailOn;
  format?: string;
  force?: boolean;
  verbose?: boolean;
  docsUrl?: string;
  [k: string]: unknown;
}

async function action(ctx: CliContext, inputs: string[], opts: ValidateOpts, failOnGiven: boolean): Promise<void> {
  // Loaded only when the command runs, so defining the CLI (and --help) loads no reader or rule.
  const [{ exitCodeOf }, { validateFiles }, { formatValidate }] = await Promise.all([
    import('../check/report.js'), import('../jobs/validate.js'), import('../report/formatters/validate/index.js'),
  ]);
  const report = await validateFiles(inputs, {
    catalogue: opts.catalogue,
    zone: opts.zone,
    config: opts.config,
    baseline: opts.baseline,
    // The default of --fail-on gives way to the configuration's failOn.
    failOn: failOnGiven ? opts.failOn : undefined,
    read: readOptionsFrom(opts, ctx),
    writeBaseline: opts.writeBaseline,
    force: opts.force,
  });
  if (opts.writeBaseline) ctx.err(h(ctx, `已写入豁免清单 ${opts.writeBaseline}\n`, `wrote the baseline ${opts.writeBaseline}\n`));
  const name = pickFormat(opts.format);
  const fmt = { lang: ctx.lang, color: ctx.color, verbose: opts.verbose, docsBase: opts.docsUrl };
  ctx.out(await formatValidate(report, name, fmt));
  // In GitHub Actions the annotations go to the log and the whole report to the job's summary page.
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (name === 'github' && summaryFile) {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(summaryFile, `${await formatValidate(report, 'markdown', fmt)}\n`);
  }
  ctx.exit(exitCodeOf(report));
}

export const defineValidate: DefineCommand = (program, ctx) => {
  const cmd = program
    .command('validate')
    .description(h(ctx, '校验下放清单：逐项检查，并与市级目录、管委会清单核对', 'check lists alone and against the catalogue and the zone list'))
    .argument('<inputs...>', h(ctx, '清单文件或目录', 'list files or folders'))
    .addOption(catalogueOption(ctx))
    .addOption(new Option('--zone <file>', h(ctx, '管委会清单（核对已承接事项是否已公布）', 'the published zone list (checked against the accepted items)')))
    .addOption(configOption(ctx))
    .addOption(new Option('--baseline <file>', h(ctx, '豁免清单（默认 qingdan.baseline.yaml）', 'waivers (default: qingdan.baseline.yaml)')))
    .addOption(new Option('--write-baseline <file>', h(ctx, '把当前问题写成豁免清单', 'write a baseline of the current findings')))
    .addOption(failOnOption(ctx))
    .addOption(formatOption(ctx, VALIDATE_FORMATS))
    .addOption(new Option('--docs-url <base>', h(ctx, '规则说明页的地址前缀（如 https://example.org/qingdan/rules/），用于报告中的链接', 'where the rule pages are published (such as https://example.org/qingdan/rules/), for the links in reports')))
    .addOption(new Option('-v, --verbose', h(ctx, '逐条列出提示级问题（如尚未承接的事项）', 'list info findings (such as items not yet accepted) one by one')))
    .addOption(new Option('--force', h(ctx, '覆盖已存在的输出文件', 'replace an existing output file')));
  addReadOptions(cmd, ctx);
  return cmd.action((inputs: string[], opts: ValidateOpts, command: { getOptionValueSource: (k: string) => string | undefined }) =>
    action(ctx, inputs, opts, command.getOptionValueSource('failOn') === 'cli'),
  );
};
