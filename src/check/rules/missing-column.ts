/**
 * missing-column: a column the data contract requires for the list's kind is absent. A list with no
 * item at all is not this rule's (missing-value reports it).
 */
import { COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import type { FieldKey, Kind } from '../../model/types.js';
import { listPlace } from '../place.js';
import { defineRule } from '../rule.js';
import { hasColumn, hasHeader } from './util.js';

export interface MissingColumnDetails { field: FieldKey; header: string; kind: Kind }

export const missingColumn = defineRule<MissingColumnDetails>()({
  id: 'missing-column',
  severity: 'error',
  description: 'a required column is absent, so every row lacks that value',
  scope: 'file',
  check: (list, _ctx, report) => {
    // The YAML form has no header row: a key left out of an item is that item's missing-value.
    if (!hasHeader(list)) return;
    for (const field of REQUIRED_COLUMNS[list.kind]) {
      if (hasColumn(list, field)) continue;
      const header = COLUMN_BY_KEY[field].header;
      report(listPlace(list, header), { field, header, kind: list.kind });
    }
  },
});
