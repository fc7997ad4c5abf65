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

export type ReadNote = YamlNumberNote;
