/** Writing lists: the writer is chosen by the output's extension; every write is atomic. */
import { extname } from 'node:path';
import { UsageError } from '../errors.js';
import type { PowerList } from '../model/types.js';
import { writeAtomic, writeChunksAtomic, type WriteOptions } from './atomic.js';
import { csvChunks } from './csv.js';
import { encodeChunks, type CsvEncoding } from './encode.js';
import { jsonChunks } from './json.js';
import { publicationColumns, type Publication } from './publish.js';
import { yamlChunks } from './yaml.js';

export type { CsvEncoding } from './encode.js';

/** Output formats by extension. */
export const OUTPUT_EXTENSIONS = ['.xlsx', '.csv', '.yaml', '.yml', '.json', '.md', '.html'] as const;
export type OutputFormat = 'xlsx' | 'csv' | 'yaml' | 'json' | 'md' | 'html';

export interface WriteListOptions extends WriteOptions {
  /** CSV encoding (default utf8-bom). */
  encoding?: CsvEncoding;
  /** Title written above the table (default: the list's title). */
  title?: string;
  /** .xlsx: one sheet per department after the summary sheet. */
  byDepartment?: boolean;
  /** Extra (non-contract) headers to write, in order (default: every extra header of the list). */
  extraColumns?: readonly string[];
  /** What a published file states about itself (from publish()); its columns are the zone's. */
  publication?: Publication;
}

/** The output format of a path, by extension; UsageError output-format when unsupported. */
export function outputFormat(path: string): OutputFormat {
  const ext = extname(path).toLowerCase();
  switch (ext) {
    case '.xlsx': return 'xlsx';
    case '.csv': return 'csv';
    case '.yaml': case '.yml': return 'yaml';
    case '.json': return 'json';
    case '.md': return 'md';
    case '.html': case '.htm': return 'html';
    default:
      throw new UsageError('output-format', { ext: ext || path, allowed: OUTPUT_EXTENSIONS.join(' ') }, { file: path });
  }
}

/** Writes a list to `path` in the format its extension names (atomic; refuses inputs and, without force, existing files). */
export async function writeList(list: PowerList, path: string, opts: WriteListOptions = {}): Promise<void> {
  const format = outputFormat(path);
  const pub = opts.publication;
  const text = { title: opts.title, extraColumns: pub ? [] : opts.extraColumns, publication: pub, columns: pub ? publicationColumns(list) : undefined };
  switch (format) {
    case 'yaml':
      return writeChunksAtomic(path, yamlChunks(list, text), opts);
    case 'json':
      return writeChunksAtomic(path, jsonChunks(list, text), opts);
    case 'csv':
      return writeChunksAtomic(path, encodeChunks(csvChunks(list, text), opts.encoding ?? 'utf8-bom'), opts);
    case 'md':
      return writeChunksAtomic(path, (await import('./md.js')).mdChunks(list, text), opts);
    case 'html':
      return writeChunksAtomic(path, (await import('./html.js')).htmlChunks(list, text), opts);
    case 'xlsx': {
      const { writeXlsxFile } = await import('./xlsx.js');
      const xlsx = { ...text, byDepartment: opts.byDepartment };
      return writeAtomic(path, (tmp) => writeXlsxFile(list, tmp, xlsx), opts);
    }
  }
}
