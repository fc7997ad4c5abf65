/** Options of the readers. */
import type { FieldKey, Kind } from '../model/types.js';
import type { ReadLimits } from './grid.js';

export interface ReadOptions {
  /** Read only this sheet of a workbook. */
  sheet?: string;
  /** The kind of file, when it cannot or should not be detected. */
  kind?: Kind;
  /** Extra header aliases from the configuration. */
  headerAliases?: Partial<Record<FieldKey, readonly string[]>>;
  maxFileSize?: number;
  maxRows?: number;
  limits?: Partial<ReadLimits>;
  /**
   * Called with each item as it is read; when given, items are not kept in the list
   * (for streaming operations over large files).
   */
  onItem?: (item: import('../model/types.js').Item) => void;
  /**
   * Called now and then while a file is read (every 1,024 items) with the file as shown and the items
   * read from it so far, and once at its end (done), whether it was read or not.
   */
  onProgress?: (file: string, items: number, done: boolean) => void;
  /** Path shown in places (default: the path as given). */
  displayPath?: string;
}
