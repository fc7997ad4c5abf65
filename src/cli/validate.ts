/** `qingdan validate`: reads the lists, checks them alone and against the catalogue, prints findings. */
import { Option } from 'commander';
import { cli, wrote } from './help-text.js';
import { ANNOTATE_WROTE } from '../report/text/annotate.js';
import type { FailOn } from '../config/types.js';
import { VALIDATE_FILE_FORMATS, VALIDATE_FORMATS } from '../report/formats.js';
import { UsageError } from '../errors.js';
import { addReadOptions, catalogueOption, configOption, failOnOption, formatOption, outputWidth, pickFormat, readOptionsFrom, todayOption, type CliContext, type DefineCommand } from './options.js';

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
  annotate?: string;
  output?: string;
  department?: string[];
  allDepartments?: boolean;
  since?: string;
  today?: string;
  [k: string]: unknown;
}

async function action(ctx: CliContext, inputs: string[], opts: ValidateOpts, failOnGiven: boolean): Promise<void> {
  const name = pickFormat(opts.format);
  // The findings workbook is binary: to a file named with -o, never to the terminal.
  if ((VALIDATE_FILE_FORMATS as readonly string[]).includes(name) && !opts.output) throw new UsageError('usage', { reason: 'usage-xlsx-output' });
  // Loaded only when the command runs, so defining the CLI (and --help) loads no reader or rule.
  const [{ exitCodeOf }, { validateFiles }, { formatValidate, formatValidateChunks }] = await Promise.all([
    import('../check/report.js'), import('../jobs/validate.js'), import('../report/formatters/validate/index.js'),
  ]);
  // An output that would be refused is refused before anything is read or written.
  if (opts.output) await (await import('../write/atomic.js')).checkOutputPath(opts.output, { force: opts.force, inputs });
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
    annotate: opts.annotate,
    lang: ctx.lang,
    onAnnotated: (c) => ctx.err(`${ANNOTATE_WROTE.copy[ctx.lang]({ path: c.output, findings: c.findings, gaps: c.gaps })}\n`),
    departments: opts.department,
    allDepartments: opts.allDepartments,
    since: opts.since,
    today: opts.today,
  });
  if (opts.writeBaseline) ctx.err(wrote(ctx, 'baseline', opts.writeBaseline));
  const fmt = { lang: ctx.lang, color: ctx.color, verbose: opts.verbose, docsBase: opts.docsUrl ?? report.docsUrl, width: outputWidth(ctx) };
  if (name === 'xlsx') {
    const { writeFindingsWorkbook } = await import('../jobs/annotate.js');
    const w = await writeFindingsWorkbook(report, opts.output!, { lang: ctx.lang, force: opts.force, read: readOptionsFrom(opts, ctx) });
    ctx.err(`${ANNOTATE_WROTE.workbook[ctx.lang]({ path: w.path, findings: w.findings, gaps: 0 })}\n`);
  } else if (opts.output) {
    const { writeChunksAtomic } = await import('../write/atomic.js');
    await writeChunksAtomic(opts.output, await formatValidateChunks(report, name, { ...fmt, color: false, width: undefined }), { force: opts.force, inputs });
    ctx.err(wrote(ctx, 'file', opts.output));
  } else for (const chunk of await formatValidateChunks(report, name, fmt)) ctx.out(chunk);
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
    .description(cli(ctx, 'validate.description'))
    .argument('<inputs...>', cli(ctx, 'validate.argument'))
    .addOption(catalogueOption(ctx))
    .addOption(new Option('--zone <file>', cli(ctx, 'validate.zone')))
    .addOption(configOption(ctx))
    .addOption(new Option('--baseline <file>', cli(ctx, 'validate.baseline')))
    .addOption(new Option('--write-baseline <file>', cli(ctx, 'validate.writeBaseline')))
    .addOption(new Option('--department <name>', cli(ctx, 'validate.department')).argParser((v: string, prev?: string[]) => [...(prev ?? []), v]))
    .addOption(new Option('--all-departments', cli(ctx, 'validate.allDepartments')))
    .addOption(new Option('--since <report>', cli(ctx, 'validate.since')))
    .addOption(failOnOption(ctx))
    .addOption(todayOption(ctx))
    .addOption(formatOption(ctx, [...VALIDATE_FORMATS, ...VALIDATE_FILE_FORMATS]))
    .addOption(new Option('-o, --output <file>', cli(ctx, 'validate.output')))
    .addOption(new Option('--annotate <dir>', cli(ctx, 'validate.annotate')))
    .addOption(new Option('--docs-url <base>', cli(ctx, 'validate.docsUrl')))
    .addOption(new Option('-v, --verbose', cli(ctx, 'validate.verbose')))
    .addOption(new Option('--force', cli(ctx, 'options.force')));
  addReadOptions(cmd, ctx);
  return cmd.action((inputs: string[], opts: ValidateOpts, command: { getOptionValueSource: (k: string) => string | undefined }) =>
    action(ctx, inputs, opts, command.getOptionValueSource('failOn') === 'cli'),
  );
};
