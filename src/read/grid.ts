/** What the spreadsheet-like readers (xlsx, csv) produce: rows of cell values, per sheet. */

/** A cell's value as the file holds it: text, number, date, boolean, or empty. */
export type CellValue = string | number | boolean | Date | null | undefined;

export interface GridRow {
  /** 1-based row number as the spreadsheet shows it (for CSV: the record number). */
  row: number;
  /** Cell values by 0-based column index. */
  cells: CellValue[];
}

/** A rectangle of merged cells, 1-based inclusive, as the workbook declares it. */
export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface GridSheet {
  /** Sheet name (xlsx); undefined for CSV. */
  name?: string;
  /** The rows in order; empty rows may be left out. */
  rows: AsyncIterable<GridRow>;
  /**
   * The same rows in batches, as the reader gets them (a CSV parser's rows of one chunk): one await
   * per batch instead of per row. Readers that have them give them; a consumer takes either this or
   * `rows`, not both.
   */
  batches?: AsyncIterable<GridRow[]>;
  /** Whether serial dates count from 1904 (a workbook setting). */
  date1904?: boolean;
  /**
   * Merged ranges, when the reader knows them before the rows are consumed. A streaming xlsx
   * reader learns them only after the sheet data, so it may leave this undefined and the table
   * reader falls back to filling sub-item rows from the main item above.
   */
  merges?: MergeRange[];
}

export interface ReadLimits {
  /** Largest input file in bytes (default 1 GiB). */
  maxFileSize: number;
  /** Most data rows per file (default 5,000,000). */
  maxRows: number;
  /** Largest uncompressed size of an xlsx (default 4 GiB). */
  maxInflated: number;
  /** Highest compression ratio of one xlsx part (default 200). */
  maxRatio: number;
  /**
   * Largest single value (a cell, a YAML scalar) in characters, 1 MiB by default: a larger one stops
   * the read, naming where it is, before the whole value is held.
   */
  maxField: number;
  /** Longest CSV record in characters (default 1,000,000). */
  maxRecord: number;
  /**
   * Largest stream of a legacy or OpenDocument workbook (.xls Workbook stream, .ods content.xml),
   * which SheetJS holds in memory whole (default 256 MiB).
   */
  maxWorkbook: number;
  /** Above this size (bytes) a YAML list is read item by item instead of as one document (default 8 MiB). */
  yamlWhole: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileSize: 1024 ** 3,
  maxRows: 5_000_000,
  maxInflated: 4 * 1024 ** 3,
  maxRatio: 200,
  maxRecord: 1_000_000,
  maxField: 1024 * 1024,
  maxWorkbook: 256 * 1024 ** 2,
  yamlWhole: 8 * 1024 * 1024,
};
