/** `qingdan init`: writes a commented starter qingdan.config.yaml and a sample CI workflow (atomic, never over a file without --force). */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { Option } from 'commander';
import { CONFIG_FILE, sampleWorkflow, starterConfig, WORKFLOW_FILE } from '../init/templates.js';
import { INIT_TEXT } from '../report/text/validate.js';
import { checkOutputPath, writeFileAtomic } from '../write/atomic.js';
import type { CliContext, DefineCommand } from './options.js';
import { VERSION } from '../version.js';

interface InitOpts {
  catalogue?: string;
  lists?: string;
  install?: string;
  ci: boolean;
  force?: boolean;
}

async function action(ctx: CliContext, dir: string | undefined, opts: InitOpts): Promise<void> {
  const base = dir ?? '.';
  const t = { lang: ctx.lang, catalogue: opts.catalogue, lists: opts.lists, install: opts.install, version: VERSION };
  const files: [string, string][] = [[join(base, CONFIG_FILE), starterConfig(t)]];
  if (opts.ci) files.push([join(base, WORKFLOW_FILE), sampleWorkflow(t)]);
  // Check every target first, so a refusal leaves nothing written.
  for (const [path] of files) await checkOutputPath(path, { force: opts.force });
  for (const [path, text] of files) {
    await fs.mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, text, { force: opts.force });
    ctx.err(`${INIT_TEXT.wrote[ctx.lang]} ${path}\n`);
  }
  ctx.err(`${INIT_TEXT.next[ctx.lang]}\n`);
  ctx.exit(0);
}

export const defineInit: DefineCommand = (program, ctx) =>
  program
    .command('init')
    .description(INIT_TEXT.description[ctx.lang])
    .argument('[dir]', INIT_TEXT.dir[ctx.lang])
    .addOption(new Option('-c, --catalogue <file>', INIT_TEXT.catalogue[ctx.lang]))
    .addOption(new Option('--lists <path>', INIT_TEXT.lists[ctx.lang]))
    .addOption(new Option('--install <spec>', INIT_TEXT.install[ctx.lang]))
    .addOption(new Option('--no-ci', INIT_TEXT.noCi[ctx.lang]))
    .addOption(new Option('--force', INIT_TEXT.force[ctx.lang]))
    .action((dir: string | undefined, opts: InitOpts) => action(ctx, dir, opts));
