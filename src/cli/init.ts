/** `qingdan init`: writes a commented starter qingdan.config.yaml and a sample CI workflow (atomic, never over a file without --force). */
import { Option } from 'commander';
import { INIT_TEXT } from '../report/text/validate.js';
import type { CliContext, DefineCommand } from './options.js';

interface InitOpts {
  catalogue?: string;
  lists?: string;
  install?: string;
  ci: boolean;
  force?: boolean;
}

async function action(ctx: CliContext, dir: string | undefined, opts: InitOpts): Promise<void> {
  const { initFiles } = await import('../jobs/init.js');
  await initFiles(dir ?? '.', {
    lang: ctx.lang, catalogue: opts.catalogue, lists: opts.lists, install: opts.install, ci: opts.ci, force: opts.force,
    onWrote: (path) => ctx.err(`${INIT_TEXT.wrote[ctx.lang]} ${path}\n`),
  });
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
