/** The export operation: read lists, concatenate them, optionally publish, write one file. */
import { UsageError } from '../errors.js';
import type { ColumnInfo, PowerList } from '../model/types.js';
import { expandInputs, readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import type { Msg } from '../text/lang.js';
import { EXPORT_TEXT } from '../text/export.js';
import { checkOutputPath } from './atomic.js';
import { outputFormat, writeList, type OutputFormat, type WriteListOptions } from './index.js';
import { publish, type Publication } from './publish.js';

export interface ExportOptions extends Omit<WriteListOptions, 'inputs' | 'publication'> {
  /** Write the publishable zone catalogue instead of the list as read. */
  publish?: boolean;
  /** A previous publication (any readable format): its changes go into an appendix. */
  since?: string;
  read?: ReadOptions;
}

export interface ExportReport {
  inputs: { path: string; rows: number }[];
  output: { path: string; format: OutputFormat; items: number };
  publication?: Publication;
}

const usage = (m: Msg<Record<string, never>>): UsageError => new UsageError('usage', { detail: m['zh-CN']({}), detail_en: m.en({}) });

/** Several lists as one: kind and title from the first, a department only when all agree. */
export function concatLists(lists: readonly PowerList[]): PowerList {
  const [first] = lists;
  if (lists.length === 1) return first;
  const columns: ColumnInfo[] = [];
  for (const l of lists) for (const c of l.columns) if (!columns.some((x) => x.key === c.key)) columns.push(c);
  const departments = new Set(lists.map((l) => l.department));
  return {
    ...first,
    department: departments.size === 1 ? first.department : undefined,
    columns,
    extraColumns: [...new Set(lists.flatMap((l) => l.extraColumns ?? []))],
    items: lists.flatMap((l) => l.items),
    skipped: lists.flatMap((l) => l.skipped),
    findings: lists.flatMap((l) => l.findings),
  };
}

/** Reads `paths` (files or folders) and writes them to `output`; throws (and writes nothing) on bad input or a refused path. */
export async function exportFiles(paths: readonly string[], output: string, opts: ExportOptions = {}): Promise<ExportReport> {
  const format = outputFormat(output);
  if (opts.since && !opts.publish) throw usage(EXPORT_TEXT.sinceNeedsPublish);
  const files = await expandInputs(paths);
  if (files.length === 0) throw new UsageError('no-input', {});
  const inputs = opts.since ? [...files, opts.since] : files;
  const writeOpts = { ...opts, inputs };
  // Refuse the output before reading anything: a long read should not end in "file exists".
  await checkOutputPath(output, writeOpts);
  const lists: PowerList[] = [];
  for (const f of files) lists.push(await readList(f, opts.read));
  let list = concatLists(lists);
  let publication: Publication | undefined;
  if (opts.publish) {
    if (list.kind === 'catalogue') throw usage(EXPORT_TEXT.publishKind);
    const previous = opts.since ? await readList(opts.since, opts.read) : undefined;
    ({ list, publication } = publish(list, { title: opts.title, previous }));
  }
  await writeList(list, output, { ...writeOpts, publication });
  return {
    inputs: lists.map((l) => ({ path: l.file, rows: l.items.length })),
    output: { path: output, format, items: list.items.length },
    publication,
  };
}
