/** merge on files: read the inputs, merge, write the merged list atomically, return the report. */
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Lang } from '../text/lang.js';
import type { PowerList } from '../model/types.js';
import { expandInputs, readList, readLists } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { checkOutputPath, writeFileAtomic } from '../write/atomic.js';
import { outputFormat, writeList, type CsvEncoding } from '../write/index.js';
import { merge } from './consolidate.js';
import { editedCsv } from './edit-csv.js';
import { editedXlsx } from './edit-xlsx.js';
import { editedYaml } from './edit-yaml.js';
import { mergeReport, type MergeReport, type MergeReportInput } from './report.js';
import { merge3 } from './three-way.js';
import type { ConflictStrategy, MergeResult } from './types.js';

export interface MergeFilesOptions {
  /** Consolidation: the department lists (files or folders); three-way: [ours, theirs]. */
  inputs: readonly string[];
  /** Three-way: the common base. */
  base?: string;
  /** The merged list's path; its extension names the format (ignored with git: the result goes to ours). */
  output?: string;
  catalogue?: string;
  conflicts?: ConflictStrategy;
  /** A git merge driver: inputs are [%A, %B] with base %O; the result replaces %A (marked when conflicts remain). */
  git?: boolean;
  /** With git: the file's path in the repository (%P), named in messages instead of git's temporary files. */
  gitPath?: string;
  lang?: Lang;
  force?: boolean;
  inPlace?: boolean;
  encoding?: CsvEncoding;
  read?: ReadOptions;
}

interface Run {
  result: MergeResult;
  /** Three-way, YAML, CSV and xlsx: the merged list as an edit of ours's file (undefined: write it afresh). */
  text?: string | Uint8Array;
  inputs: MergeReportInput[];
  files: string[];
  format: PowerList['format'];
}

async function consolidate(opts: MergeFilesOptions, strategy: ConflictStrategy, output: string): Promise<Run> {
  const files = await expandInputs(opts.inputs);
  const { lists, failures } = await readLists(files, opts.read ?? {});
  if (failures.length) throw failures[0].error;
  const catalogue = opts.catalogue ? await readList(opts.catalogue, { ...opts.read, kind: 'catalogue', sheet: undefined }) : undefined;
  const result = merge(lists, { conflicts: strategy, catalogue, lang: opts.lang, output });
  const inputs = lists.map((l) => {
    const i: MergeReportInput = { path: l.file, rows: l.items.length };
    if (l.department) i.department = l.department;
    return i;
  });
  return { result, inputs, files, format: result.list.format };
}

async function threeWay(opts: MergeFilesOptions, strategy: ConflictStrategy, output: string): Promise<Run> {
  if (opts.inputs.length !== 2 || !opts.base) throw new UsageError('usage', { reason: 'usage-merge-base-two' });
  const files = [opts.base, opts.inputs[0], opts.inputs[1]];
  const roles = ['base', 'ours', 'theirs'] as const;
  const shown = (i: number): string | undefined => (opts.gitPath ? `${opts.gitPath} (${roles[i]})` : undefined);
  const [base, ours, theirs] = await Promise.all(files.map((f, i) => readList(f, { ...opts.read, displayPath: shown(i) ?? opts.read?.displayPath })));
  const result = merge3(base, ours, theirs, { conflicts: strategy, lang: opts.lang, output });
  const inputs = [base, ours, theirs].map((l, i) => ({ path: l.file, rows: l.items.length, role: roles[i] }));
  // A YAML list is merged by editing ours's document, so a two-line change stays a two-line diff.
  // A CSV list likewise keeps its rows' order and its untouched rows' bytes, an xlsx list its rows' cells and styles.
  const edit = ours.format === 'yaml' ? editedYaml : ours.format === 'csv' ? editedCsv : undefined;
  const sameForm = opts.git || (ours.format === 'yaml' ? /\.ya?ml$/iu : ours.format === 'xlsx' ? /\.xlsx$/iu : /\.csv$/iu).test(output);
  const text = !sameForm
    ? undefined
    : ours.format === 'xlsx'
      ? await editedXlsx(await readFile(opts.inputs[0]), ours, result.list)
      : edit?.(await readFile(opts.inputs[0], 'utf8'), ours, result.list);
  return { result, inputs, files, format: ours.format, text };
}

/** git names its files without extensions: write beside %A under a telling name, then rename over it. */
async function writeInPlace(list: PowerList, target: string, format: PowerList['format'], text?: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(target), `.${basename(target)}.qingdan-merge.${format === 'xlsx' ? 'xlsx' : format}`);
  await rm(tmp, { force: true });
  try {
    if (text !== undefined) await writeFile(tmp, text, { flag: 'wx' });
    else await writeList(list, tmp, { force: true });
    await rename(tmp, target);
  } finally {
    await rm(tmp, { force: true });
  }
}

/**
 * Merges files: consolidation of department lists, or (with base) a three-way merge of two copies.
 * Conflicts left are marked in the 冲突 column (the default), settled by keep-ours/keep-theirs, or
 * with fail leave nothing written.
 */
export async function mergeFiles(opts: MergeFilesOptions): Promise<MergeReport> {
  const git = opts.git ?? false;
  // cli-contract (merge): conflicts left are written marked, exit 1; only --conflicts fail writes nothing.
  const strategy = opts.conflicts ?? 'mark';
  const output = git ? opts.inputs[0] : opts.output;
  if (!output) throw new UsageError('usage', { reason: 'usage-merge-output' });
  if (!git) {
    outputFormat(output);
    await checkOutputPath(output, { force: opts.force, inPlace: opts.inPlace, inputs: [...opts.inputs, ...(opts.base ? [opts.base] : [])] });
  }
  const mode = opts.base ? 'three-way' : 'consolidate';
  const run = mode === 'three-way' ? await threeWay(opts, strategy, output) : await consolidate(opts, strategy, output);
  const { result } = run;
  const written = result.conflicts.length === 0 || strategy !== 'fail';
  if (written) {
    if (git) await writeInPlace(result.list, output, run.format, run.text);
    else if (run.text !== undefined) await writeFileAtomic(output, run.text, { force: opts.force, inPlace: opts.inPlace, inputs: run.files });
    else await writeList(result.list, output, { force: opts.force, inPlace: opts.inPlace, inputs: run.files, encoding: opts.encoding });
  }
  // As a git driver, messages name the list's path (%P), not git's temporary file.
  return mergeReport(result, { mode, strategy, inputs: run.inputs, output: git && opts.gitPath ? opts.gitPath : output, written });
}
