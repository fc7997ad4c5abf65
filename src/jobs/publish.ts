/**
 * The `export --publish` job (issue 16): publishing is a gate. It runs the review (check/run.ts
 * `validate`) over the lists and the catalogue, keeps the accepted items that may be published
 * (write/gate.ts), and writes the zone catalogue in the catalogue's official text only when nothing
 * blocks it, or, with `allowFindings`, the clean items with the others listed under 未公布事项.
 */
import { basename } from 'node:path';
import type { ValidateReport } from '../check/report.js';
import type { Review } from '../check/review.js';
import type { ValidateOptions } from '../check/run.js';
import type { Config } from '../config/types.js';
import { UsageError } from '../errors.js';
import type { PowerList } from '../model/types.js';
import type { ReadOptions } from '../read/options.js';
import { reasonsText } from '../text/publish.js';
import type { BlockedItem, PublishedEntry, PublishReport } from '../write/gate.js';
import type { WriteListOptions } from '../write/index.js';
import type { Publication, WithheldItem } from '../write/publish.js';

export type { BlockedItem, BlockReason, PublishedEntry, PublishReport } from '../write/gate.js';

export interface PublishFilesOptions extends Omit<WriteListOptions, 'inputs' | 'publication' | 'extraColumns'> {
  /** The municipal catalogue (default: the configuration's); required. */
  catalogue?: string;
  /** A config file, a configuration object, or false for none (default: qingdan.config.yaml found upward from cwd). */
  config?: string | Config | false;
  /** A baseline file, or false for none: waived findings do not block. */
  baseline?: string | false;
  /** Folder to look for the configuration and baseline from. */
  cwd?: string;
  /** Today as YYYY-MM-DD, for waiver expiry. */
  today?: string;
  /** Publish the clean items even when others are blocked; list those under 未公布事项. */
  allowFindings?: boolean;
  /** A previous publication (any readable format): its changes go into an appendix. */
  since?: string;
  read?: ReadOptions;
}

const usage = (reason: 'usage-publish-catalogue' | 'usage-export-since'): UsageError => new UsageError('usage', { reason });

const placeText = (b: BlockedItem): string => `${basename(b.file)}${b.sheet ? ` ${b.sheet}` : ''} 第${b.row}行`;

/** The 未公布事项 of a publication: each blocked item with its reasons in the published (Chinese) text. */
export function withheldOf(blocked: readonly BlockedItem[]): WithheldItem[] {
  return blocked.map((b) => {
    const w: WithheldItem = { code: b.code, place: placeText(b), reasons: reasonsText(b.reasons, b, 'zh-CN') };
    if (b.subItem) w.subItem = b.subItem;
    if (b.name) w.name = b.name;
    if (b.department) w.department = b.department;
    return w;
  });
}

/** A review already made (validate's report, and the lists and catalogue it read through `onRead`), to publish from without reviewing again. */
export interface Reviewed {
  report: ValidateReport;
  review?: Review;
}

/** Reviews the lists at `paths` against the catalogue and writes the publication to `output` unless something blocks it. */
export async function publishFiles(paths: readonly string[], output: string, opts: PublishFilesOptions = {}): Promise<PublishReport> {
  const [{ validate }, { loadConfig }, { checkOutputPath }, { expandInputs }] = await Promise.all([
    import('../check/run.js'), import('../config/load.js'), import('../write/atomic.js'), import('../read/index.js'),
  ]);
  const config = opts.config === false ? false : typeof opts.config === 'object' ? opts.config : await loadConfig({ path: opts.config, cwd: opts.cwd });
  const catalogue = opts.catalogue ?? (config ? config.catalogue : undefined);
  if (!catalogue) throw usage('usage-publish-catalogue');
  const files = await expandInputs(paths);
  if (files.length === 0) throw new UsageError('no-input', {});
  // Refuse the output before reading anything: a long review should not end in "file exists".
  await checkOutputPath(output, writeOptions(files, catalogue, opts));

  let review: Review | undefined;
  const vopts: ValidateOptions = {
    catalogue, config: config === false ? false : config, baseline: opts.baseline, cwd: opts.cwd, today: opts.today, read: opts.read,
    onRead: (r) => void (review = r),
  };
  const report = await validate(paths, vopts);
  return publishReviewed({ report, review }, files, output, { ...opts, catalogue });
}

const writeOptions = (files: readonly string[], catalogue: string, opts: PublishFilesOptions): { force?: boolean; inPlace?: boolean; inputs: string[] } => ({
  force: opts.force, inPlace: opts.inPlace, inputs: [...files, catalogue, ...(opts.since ? [opts.since] : [])],
});

/**
 * The gate on a review already made (`publishFiles` after its review, or a caller that has just
 * reviewed the same lists against `opts.catalogue`, such as the browser page): publishes to `output`
 * unless something blocks it. `files` are the list files reviewed.
 */
export async function publishReviewed(reviewed: Reviewed, files: readonly string[], output: string, opts: PublishFilesOptions & { catalogue: string }): Promise<PublishReport> {
  const [{ outputFormat, writeList }, { readList }, { gate }, { contentHash, publicationChanges, publishList }] = await Promise.all([
    import('../write/index.js'), import('../read/index.js'), import('../write/gate.js'), import('../write/publish.js'),
  ]);
  const { report, review } = reviewed;
  const format = outputFormat(output);
  const writeOpts = writeOptions(files, opts.catalogue, opts);
  // A catalogue that cannot be read: its own error (exit 2), as when reading it alone.
  const cat = review?.catalogue ?? (await readList(opts.catalogue, { ...opts.read, kind: 'catalogue', sheet: undefined }));
  const lists: readonly PowerList[] = review?.lists ?? [];
  const result = gate(lists, cat, report.findings, opts.title);
  const fileLevel = result.fileLevel.length > 0;
  const refused = fileLevel || (!opts.allowFindings && (result.blocked.length > 0 || result.blocking.length > 0));

  const out: PublishReport = {
    version: 1,
    refused,
    catalogue: cat.file,
    inputs: lists.map((l) => ({ path: l.file, rows: l.items.length })),
    counts: { accepted: result.accepted, published: result.list.items.length, blocked: result.blocked.length, findings: result.blocking.length },
    published: result.list.items.map((i) => {
      const e: PublishedEntry = { code: i.code };
      if (i.subItem) e.subItem = i.subItem;
      if (i.name) e.name = i.name;
      if (i.department) e.department = i.department;
      return e;
    }),
    blocked: result.blocked,
    findings: result.blocking,
    fileLevel,
  };
  if (refused) return out;

  const publication: Publication = { hash: contentHash(result.list), items: result.list.items.length };
  if (opts.since) {
    const prev = publishList(await readList(opts.since, opts.read));
    publication.since = { file: opts.since, hash: contentHash(prev), changes: publicationChanges(prev, result.list) };
  }
  if (result.blocked.length > 0) publication.withheld = withheldOf(result.blocked);
  await writeList(result.list, output, { ...writeOpts, encoding: opts.encoding, title: opts.title, byDepartment: opts.byDepartment, publication });
  out.output = { path: output, format, items: result.list.items.length };
  out.publication = publication;
  return out;
}
