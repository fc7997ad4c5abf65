/**
 * Read notes: what a reader noticed in a file it could read (a suspicious value, a file-level
 * problem). Readers never make findings; the check stage turns each note into a finding of the
 * rule named in check/notes.ts, with that rule's severity and configuration.
 */

/** An unquoted all-digit code in YAML, which YAML reads as a number (0012 → 12); the text is kept as written. */
export interface YamlNumberNote {
  note: 'yaml-number';
  file: string;
  /** The line of the value (1-based). */
  row: number;
  /** The key as written. */
  column: string;
  /** The code as written (digits, leading zeros kept). */
  text: string;
}

/** A top-level key of a YAML list that the form does not know (e.g. `x-laws:` holding anchors): read past, named. */
export interface YamlUnknownKeyNote {
  note: 'yaml-unknown-key';
  file: string;
  /** The line of the key (1-based). */
  row: number;
  /** The key as written. */
  column: string;
}

export type ReadNote = YamlNumberNote | YamlUnknownKeyNote;
