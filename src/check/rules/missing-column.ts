/**
 * missing-column: a column the data contract requires for the list's kind is absent. The same file
 * check reports a list with no item at all, as missing-value.
 */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { Finding } from '../finding.js';
import type { FileRule } from '../rule.js';
import type { PowerList } from '../../model/types.js';
import { hasColumn, hasHeader } from './util.js';

export const missingColumn: FileRule = {
  id: 'missing-column',
  severity: DEFAULT_SEVERITY['missing-column'],
  scope: 'file',
  check: (list) => [...emptyList(list), ...missingColumns(list)],
};

/**
 * A list with no item at all (a header-only sheet, `items: []`) is one missing-value finding for
 * the file, so a department's empty submission is said plainly and not only through its gaps.
 */
function emptyList(list: PowerList): Finding[] {
  if (list.items.length > 0) return [];
  const header = list.skipped.find((s) => s.reason === 'header');
  const f: Finding = {
    rule: 'missing-value', severity: DEFAULT_SEVERITY['missing-value'], file: list.file,
    details: { field: 'code', header: COLUMN_BY_KEY.code.header, when: 'empty-list' },
  };
  const sheet = header?.sheet ?? list.sheets?.[0];
  if (sheet !== undefined) f.sheet = sheet;
  if (header) f.row = header.row;
  if (list.department) f.department = list.department;
  return [f];
}

function missingColumns(list: PowerList): Finding[] {
    // The YAML form has no header row: a key left out of an item is that item's missing-value.
    if (!hasHeader(list)) return [];
    const header = list.skipped.find((s) => s.reason === 'header');
    return REQUIRED_COLUMNS[list.kind]
      .filter((k) => !hasColumn(list, k))
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
}
