/**
 * One review round: the uploaded files in their own folder, checked by the same jobs as the CLI
 * (validateFiles, statusFiles, and the publication gate of publishFiles on the same review), with every path shown as the clerk named it (not the temporary folder).
 */
import { promises as fs } from 'node:fs';
import { join, sep } from 'node:path';
import type { ValidateReport } from '../check/report.js';
import type { Review } from '../check/review.js';
import { QingdanError } from '../errors.js';
import { validateFiles } from '../jobs/validate.js';
import { publishReviewed, type PublishReport } from '../jobs/publish.js';
import { statusFiles } from '../jobs/status.js';
import { errorMessage } from '../report/messages.js';
import type { StatusReport } from '../status/types.js';
import { LANGS, type Lang } from '../text/lang.js';

export interface Round {
  n: number;
  /** The round's folder (inside the session's temporary folder). */
  dir: string;
  /** The lists' folder: the job's input, as `qingdan validate FOLDER` takes it. */
  listsDir: string;
  catalogue?: { path: string; name: string };
  /** The validate report, paths as the clerk named the files. */
  report: ValidateReport;
  /** The status report (as `qingdan status` counts), or why it could not be made. */
  status: { report: StatusReport } | { error: Record<Lang, string> };
  /** The same report with the real paths in the round's folder, for the jobs that read the lists again (annotated copies). */
  raw: ValidateReport;
  /** The publication gate (`export --publish --catalogue`), run when a catalogue was given: its report and the file it wrote when it did not refuse. */
  publish?: { report: PublishReport; file?: string } | { error: Record<Lang, string> };
}

/** Progress of a round: files read so far of all. */
export interface RoundProgress {
  file: string;
  done: number;
  total: number;
}

/** Replaces the temporary folders in every string of `value` by nothing, so paths read as the clerk named them. */
export function relativise<T>(value: T, round: Pick<Round, 'dir'>): T {
  const prefixes = [`${round.dir}${sep}lists${sep}`, `${round.dir}${sep}catalogue${sep}`, `${round.dir}${sep}`];
  const strip = (s: string): string => prefixes.reduce((acc, p) => acc.split(p).join(''), s);
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? strip(v) : v))) as T;
}

/** The message of an error in both languages, as the CLI prints it (without the "qingdan: " prefix). */
export function errorTexts(err: unknown, round: Pick<Round, 'dir'>): Record<Lang, string> {
  const text = (lang: Lang): string => (err instanceof QingdanError ? errorMessage(err, lang) : String((err as Error)?.message ?? err));
  return relativise(Object.fromEntries(LANGS.map((l) => [l, text(l)])) as Record<Lang, string>, round);
}

export interface RunRoundInput {
  n: number;
  dir: string;
  listsDir: string;
  catalogue?: { path: string; name: string };
  /** Number of files to read (the lists and the catalogue), for the progress. */
  files: number;
  /** The previous round's report (real paths): this round's findings are marked new or open against it, as `validate --since` does. */
  since?: ValidateReport;
  onProgress?: (p: RoundProgress) => void;
}

/**
 * Checks the round's lists against its catalogue, as `qingdan validate LISTS --catalogue FILE` does
 * (no configuration or baseline: the server reads nothing outside its folder), then counts status.
 * A QingdanError (a file in the wrong role, …) is thrown for the caller to show.
 */
export async function runRound(input: RunRoundInput): Promise<Round> {
  let done = 0;
  const onProgress = (file: string, _items: number, finished: boolean): void => {
    if (finished) done++;
    input.onProgress?.({ file: relativise(file, input), done: Math.min(done, input.files), total: input.files });
  };
  const catalogue = input.catalogue?.path;
  let review: Review | undefined;
  const raw = await validateFiles([input.listsDir], {
    catalogue, config: false, baseline: false, cwd: input.dir, read: { onProgress }, onRead: (r) => void (review = r), ...(input.since ? { since: input.since } : {}),
  });
  let status: Round['status'];
  try {
    status = { report: relativise((await statusFiles([input.listsDir], { catalogue })).report as StatusReport, input) };
  } catch (err) {
    status = { error: errorTexts(err, input) };
  }
  let publish: Round['publish'];
  if (catalogue) {
    try {
      const outDir = join(input.dir, 'publish');
      await fs.mkdir(outDir, { recursive: true, mode: 0o700 });
      const file = join(outDir, 'publish.xlsx');
      // The gate of export --publish on the review just made (the same lists, catalogue and options), not a second review.
      const files = (review?.lists ?? []).map((l) => l.file);
      const report = await publishReviewed({ report: raw, review }, files, file, { catalogue, config: false, baseline: false, cwd: input.dir });
      publish = { report: relativise(report, input), ...(report.refused ? {} : { file }) };
    } catch (err) {
      publish = { error: errorTexts(err, input) };
    }
  }
  return { n: input.n, dir: input.dir, listsDir: input.listsDir, catalogue: input.catalogue, report: relativise(raw, input), status, raw, publish };
}
