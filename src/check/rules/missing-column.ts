/** missing-column: a column the data contract requires for the list's kind is absent. */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { Finding } from '../finding.js';
import type { FileRule } from '../rule.js';
import { presentKeys } from './util.js';

export const missingColumn: FileRule = {
  id: 'missing-column',
  severity: DEFAULT_SEVERITY['missing-column'],
  scope: 'file',
  check: (list) => {
    // An empty file (no header, no items) says nothing about its columns.
    if (list.columns.length === 0 && list.items.length === 0) return [];
    const keys = presentKeys(list);
    const header = list.skipped.find((s) => s.reason === 'header');
    return REQUIRED_COLUMNS[list.kind]
      .filter((k) => !keys.has(k))
      .map((field): Finding => {
        const f: Finding = {
          rule: 'missing-column', severity: DEFAULT_SEVERITY['missing-column'], file: list.file,
          column: COLUMN_BY_KEY[field].header,
          details: { field, header: COLUMN_BY_KEY[field].header, kind: list.kind },
        };
        const sheet = header?.sheet ?? list.sheets?.[0];
        if (sheet !== undefined) f.sheet = sheet;
        if (header) f.row = header.row;
        if (list.department) f.department = list.department;
        return f;
      });
  },
};
