/** The export operation: read lists, concatenate them, write one file (publishing is the gate of jobs/publish.ts). */
import { UsageError, type Reason } from '../errors.js';
import type { ColumnInfo, PowerList } from '../model/types.js';
import { expandInputs, readList } from '../read/index.js';
import type { ReadOptions } from '../read/options.js';
import { checkOutputPath } from './atomic.js';
import { outputFormat, writeList, type OutputFormat, type WriteListOptions } from './index.js';

export interface ExportOptions extends Omit<WriteListOptions, 'inputs' | 'publication'> {
  /**
   * Not here: the zone's catalogue is published only through the review gate, publishFiles
   * (jobs/publish.ts). `true` is refused with a UsageError, never written ungated.
   */
  publish?: boolean;
  /** Only with publishing (publishFiles); refused here. */
  since?: string;
  read?: ReadOptions;
}

export interface ExportReport {
  inputs: { path: string; rows: number }[];
  output: { path: string; format: OutputFormat; items: number };
}

const usage = (reason: Reason): UsageError => new UsageError('usage', { reason });

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
    notes: lists.flatMap((l) => l.notes),
  };
}

/** Reads `paths` (files or folders) and writes them to `output`; throws (and writes nothing) on bad input or a refused path. */
export async function exportFiles(paths: readonly string[], output: string, opts: ExportOptions = {}): Promise<ExportReport> {
  const format = outputFormat(output);
  if (opts.publish) throw usage('usage-export-publish-gate');
  if (opts.since) throw usage('usage-export-since');
  const files = await expandInputs(paths);
  if (files.length === 0) throw new UsageError('no-input', {});
  const writeOpts = { ...opts, inputs: files };
  // Refuse the output before reading anything: a long read should not end in "file exists".
  await checkOutputPath(output, writeOpts);
  const lists: PowerList[] = [];
  for (const f of files) lists.push(await readList(f, opts.read));
  const list = concatLists(lists);
  await writeList(list, output, writeOpts);
  return {
    inputs: lists.map((l) => ({ path: l.file, rows: l.items.length })),
    output: { path: output, format, items: list.items.length },
  };
}
