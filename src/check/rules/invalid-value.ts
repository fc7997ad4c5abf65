/**
 * invalid-value: a value outside its enum (the reader keeps unrecognised text as written), a date
 * that is not a date, a batch that is not a positive integer, or a code that breaks the configured
 * code pattern. Also the YAML reader's note of a code written as a number (fromNote).
 */
import { COLUMN_BY_KEY, columnsFor, type ColumnDef } from '../../model/columns.js';
import type { FieldKey, Kind } from '../../model/types.js';
import { at } from '../place.js';
import { defineRule } from '../rule.js';
import { asWritten, filled, isBatch, isIsoDate } from './util.js';

/** A value the checks below found invalid. */
export interface CheckedValueDetails {
  field: FieldKey; header: string; value: string;
  expected: 'enum' | 'date' | 'batch' | 'pattern' | 'text';
  allowed?: readonly string[]; pattern?: string;
  reason?: undefined;
}

/** An unquoted all-digit YAML code read as a number: expected is then the quoted text. */
export interface YamlNumberDetails {
  value: string; reason: 'yaml-number'; expected: string;
  field?: FieldKey; header?: string; allowed?: undefined; pattern?: undefined;
}

/** A top-level YAML key the list form does not know: value is the key as written. */
export interface YamlUnknownKeyDetails {
  value: string; reason: 'yaml-unknown-key'; expected: 'text';
  field?: undefined; header: string; allowed?: undefined; pattern?: undefined;
}

export type InvalidValueDetails = CheckedValueDetails | YamlNumberDetails | YamlUnknownKeyDetails;

const checked = new Map<Kind, ColumnDef[]>();
const columnsChecked = (kind: Kind): ColumnDef[] => {
  let cols = checked.get(kind);
  if (!cols) {
    cols = columnsFor(kind).filter((c) => c.type === 'enum' || c.type === 'date' || c.type === 'batch');
    checked.set(kind, cols);
  }
  return cols;
};

export const invalidValue = defineRule<InvalidValueDetails>()({
  id: 'invalid-value',
  severity: 'error',
  description: 'a value outside its enum, a bad date or batch, a code that breaks the configured pattern',
  scope: 'item',
  check: (item, { list, categories, config }, report) => {
    const header = (c: ColumnDef): string => item.source.headers[c.key] ?? c.header;
    for (const c of columnsChecked(list.kind)) {
      const v = item[c.key];
      if (!filled(v)) continue;
      let details: CheckedValueDetails | undefined;
      if (c.type === 'enum') {
        const allowed = c.key === 'category' ? categories : c.values!;
        if (!allowed.includes(v)) details = { field: c.key, header: header(c), value: asWritten(item, c.key), expected: 'enum', allowed };
      } else if (c.type === 'date' ? !isIsoDate(v) : !isBatch(v)) {
        details = { field: c.key, header: header(c), value: asWritten(item, c.key), expected: c.type === 'date' ? 'date' : 'batch' };
      }
      if (details) report(at(item, c.key), details);
    }
    if (config.codePattern && filled(item.code) && !config.codePattern.test(item.code)) {
      report(at(item, 'code'), {
        field: 'code', header: item.source.headers.code ?? COLUMN_BY_KEY.code.header, value: item.code,
        expected: 'pattern', pattern: config.codePatternText ?? config.codePattern.source,
      });
    }
  },
  fromNote: (note, report) => {
    if (note.note === 'yaml-unknown-key') {
      // A warning by default: an extension key is read past; what it holds counts only through aliases.
      report({ file: note.file, row: note.row, column: note.column }, { value: note.column, header: note.column, reason: 'yaml-unknown-key', expected: 'text' }, 'warning');
      return;
    }
    // A warning by default: the code is kept as written, so nothing is lost yet.
    report({ code: note.text, file: note.file, row: note.row, column: note.column },
      { value: note.text, reason: 'yaml-number', expected: `"${note.text}"` }, 'warning');
  },
});
