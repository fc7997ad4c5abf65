/** Reading lists: files and folders → typed lists, the format chosen by content first, extension second. */
import type { PowerList } from '../model/types.js';
import { QingdanError } from '../errors.js';
import type { ReadOptions } from './options.js';

export interface ReadFailure {
  file: string;
  error: QingdanError;
}

/** Reads one list file (xlsx, csv/tsv, yaml) into the model. Throws InputError when it cannot. */
export async function readList(path: string, opts: ReadOptions = {}): Promise<PowerList> {
  void path; void opts;
  throw new Error('readList: in progress');
}

/** Files named by paths: a folder means every .xlsx, .csv, .tsv, .yaml and .yml under it, sorted. */
export async function expandInputs(paths: readonly string[]): Promise<string[]> {
  void paths;
  throw new Error('expandInputs: in progress');
}

/** Reads many files; one that cannot be read is reported and does not stop the others. */
export async function readLists(paths: readonly string[], opts: ReadOptions = {}): Promise<{ lists: PowerList[]; failures: ReadFailure[] }> {
  void paths; void opts;
  throw new Error('readLists: in progress');
}
