/** The `init` job: writes a commented starter qingdan.config.yaml and a sample CI workflow, never over a file without `force`. */
import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { fsReason, QingdanError } from '../errors.js';
import { CONFIG_FILE, sampleWorkflow, starterConfig, WORKFLOW_FILE } from '../init/templates.js';
import type { Lang } from '../text/lang.js';
import { VERSION } from '../version.js';
import { checkOutputPath, writeFileAtomic } from '../write/atomic.js';

export interface InitFilesOptions {
  lang: Lang;
  catalogue?: string;
  lists?: string;
  install?: string;
  /** Also write the sample workflow (default true). */
  ci?: boolean;
  force?: boolean;
  /** Called with each path once it is written. */
  onWrote?: (path: string) => void;
}

/** Writes the starter files under `dir` and returns their paths; checks every target first, so a refusal leaves nothing written. */
export async function initFiles(dir: string, opts: InitFilesOptions): Promise<string[]> {
  const t = { lang: opts.lang, catalogue: opts.catalogue, lists: opts.lists, install: opts.install, version: VERSION };
  const files: [string, string][] = [[join(dir, CONFIG_FILE), starterConfig(t)]];
  if (opts.ci !== false) files.push([join(dir, WORKFLOW_FILE), sampleWorkflow(t)]);
  for (const [path] of files) await checkOutputPath(path, { force: opts.force });
  for (const [path, text] of files) {
    await fs.mkdir(dirname(path), { recursive: true }).catch((err: unknown) => {
      throw new QingdanError('write-failed', fsReason(err), { file: path }, { cause: err });
    });
    await writeFileAtomic(path, text, { force: opts.force });
    opts.onWrote?.(path);
  }
  return files.map(([path]) => path);
}
