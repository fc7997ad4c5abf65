/** The typed model every operation works on. */
import type { ReadNote } from '../vocab/notes.js';
import type { KINDS } from './enums.js';

export type Kind = (typeof KINDS)[number];
export type Format = 'xlsx' | 'csv' | 'yaml' | 'json';

/** Canonical keys of every column the data contract names. */
export type FieldKey =
  | 'seq' | 'code' | 'name' | 'subItem' | 'category' | 'department' | 'legalBasis' | 'note'
  | 'itemStatus' | 'version'
  | 'decision' | 'reason' | 'mode' | 'scope' | 'acceptance' | 'resolution' | 'batch' | 'status'
  | 'acceptedOn' | 'delegatorConfirmation' | 'receiverConfirmation' | 'legalReview';

/** Where something is in a file: row is 1-based as the spreadsheet shows it; column is the header as written. */
export interface Place {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string;
}

/** Where an item was read from, and the header as written for each of its fields. */
export interface Source {
  file: string;
  sheet?: string;
  row: number;
  /** YAML: the line of each key (1-based); tables: equal to row. */
  lines?: Partial<Record<FieldKey, number>>;
  headers: Partial<Record<FieldKey, string>>;
}

/**
 * One row of a catalogue, delegation list or zone list.
 * Every value is text: enums in canonical spelling when recognised (else as written, for
 * validate to report), dates as YYYY-MM-DD when recognised, batch as digits when recognised.
 * Keeping text means no value is lost, even a wrong one.
 */
export type ItemFields = Partial<Record<FieldKey, string>>;

export interface Item extends ItemFields {
  code: string;
  /** Columns the contract does not name, by header as written; kept for output. */
  extra?: Record<string, string>;
  /** Raw text as written when normalising changed a value (for messages). */
  raw?: Partial<Record<FieldKey, string>>;
  source: Source;
}

/** Which contract columns a table had, and under which header. */
export interface ColumnInfo {
  key: FieldKey;
  header: string;
}

/** A row that was read but is not an item (title, heading, footnote, blank), accounted for. */
export interface SkippedRow {
  sheet?: string;
  row: number;
  reason: 'title' | 'header' | 'heading' | 'footnote' | 'blank';
  text?: string;
}

/** A list read from one file. */
export interface PowerList {
  kind: Kind;
  /** The kind the file says it is (YAML `kind:`) or its columns show, when it was read as another. */
  looksLike?: Kind;
  file: string;
  format: Format;
  title?: string;
  department?: string;
  version?: string;
  /** Sheets read (xlsx). */
  sheets?: string[];
  columns: ColumnInfo[];
  /** Extra headers in order of appearance. */
  extraColumns?: string[];
  items: Item[];
  skipped: SkippedRow[];
  /** What the reader noticed in a file it could read (check turns notes into findings). */
  notes: ReadNote[];
}

/** The identity of an item inside a list: code plus sub-item. */
export function itemKey(item: Pick<Item, 'code' | 'subItem'>): string {
  return item.subItem ? `${item.code}\u0000${item.subItem}` : item.code;
}
