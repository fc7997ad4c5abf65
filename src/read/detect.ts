/** The format of a file, from its first bytes first and its extension second. */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';

export type DetectedFormat = 'xlsx' | 'ole' | 'csv' | 'tsv' | 'yaml' | 'empty' | 'unknown';

/** Workbook extensions: .xlsx (xlsx.ts, on saxes), and legacy .xls, WPS .et/.ett, .ods and .xlsb (SheetJS). */
const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.et', '.ett', '.ods', '.xlsb'];

/** The one list of list-file extensions: what a folder argument reads (cli-contract.md, second wave). */
export const FOLDER_LIST_EXTENSIONS: readonly string[] = [...WORKBOOK_EXTENSIONS, '.xlsm', '.csv', '.tsv', '.yaml', '.yml', '.json'];

/** Extensions of text that may be CSV when the content does not say. */
const LIST_EXTENSIONS = new Set([...FOLDER_LIST_EXTENSIONS, '.txt']);

/** The suffix of the annotated copies `validate --annotate` writes for the departments. */
export const ANNOTATED_SUFFIX = '（审核意见）.xlsx';

/**
 * Whether a file name is one qingdan reads when it meets it in a folder. An annotated copy
 * (…（审核意见）.xlsx) is not: written beside the lists, it would be read as a second list of its
 * department; it is skipped with the not-a-list notice like any other file that is not a list.
 */
export function isListFile(name: string): boolean {
  return FOLDER_LIST_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.endsWith(ANNOTATED_SUFFIX);
}

/** The top-level keys of the YAML form (data-contract.md); a list names one of them first. */
const YAML_FORM_KEY = /^(?:%YAML|---|(?:kind|title|department|version|items)\s*:)/mu;
const JSON_FORM_KEY = /^\uFEFF?\s*\{\s*"(?:kind|title|department|version|items|\$schema)"\s*:/u;

/**
 * Whether a .json/.yaml file met in a folder is in the YAML form of a list, from its first bytes:
 * a report, a package.json or a change table beside the lists is not a list, and is skipped with a
 * notice rather than failing the run as unreadable. Other list formats are lists by their name.
 */
export async function isListContent(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') return true;
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    const text = buf.subarray(0, bytesRead).toString('utf8');
    return ext === '.json' ? JSON_FORM_KEY.test(text) : YAML_FORM_KEY.test(text.replace(/^\uFEFF/u, ''));
  } finally {
    await fh.close();
  }
}

/** Looks at the first bytes: a zip is xlsx, an OLE container is legacy .xls or an encrypted workbook, text is YAML or CSV. */
export async function detectFormat(path: string): Promise<{ format: DetectedFormat; head: Buffer }> {
  const fh = await open(path, 'r');
  let head: Buffer;
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const ext = extname(path).toLowerCase();
  if (head.length === 0) return { format: 'empty', head };
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05 || head[2] === 0x07)) return { format: 'xlsx', head };
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return { format: 'ole', head };
  if (ext === '.xlsm' || WORKBOOK_EXTENSIONS.includes(ext)) return { format: 'xlsx', head };
  // JSON is YAML (a JSON file of the YAML form is what `qingdan export -o X.json` writes).
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') return { format: 'yaml', head };
  if (ext === '.tsv') return { format: 'tsv', head };
  if (ext === '.csv') return { format: 'csv', head };
  // No telling extension: YAML when a line starts with "kind:" or "items:", else CSV.
  const text = head.toString('utf8');
  if (/^(kind|items|title)\s*:/mu.test(text) || text.startsWith('%YAML') || text.startsWith('---')) return { format: 'yaml', head };
  if (LIST_EXTENSIONS.has(ext) || /[,\t;]/u.test(text)) return { format: 'csv', head };
  return { format: 'unknown', head };
}
