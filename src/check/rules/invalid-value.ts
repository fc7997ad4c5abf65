/**
 * invalid-value: a value outside its enum (the reader keeps unrecognised text as written), a date
 * that is not a date, a batch that is not a positive integer, or a code that breaks the configured
 * code pattern. The reader's own findings (e.g. a code written as a YAML number) are merged by run.ts.
 */
import { COLUMN_BY_KEY, columnsFor, type ColumnDef } from '../../model/columns.js';
import type { Kind } from '../../model/types.js';
import { hit, type RuleDetails } from '../details.js';
import type { Finding } from '../finding.js';
import { DEFAULT_SEVERITY } from '../rule-ids.js';
import type { ItemRule } from '../rule.js';
import { asWritten, filled, isBatch, isIsoDate } from './util.js';


const checked = new Map<Kind, ColumnDef[]>();
const columnsChecked = (kind: Kind): ColumnDef[] => {
  let cols = checked.get(kind);
  if (!cols) {
    cols = columnsFor(kind).filter((c) => c.type === 'enum' || c.type === 'date' || c.type === 'batch');
    checked.set(kind, cols);
  }
  return cols;
};

export const invalidValue: ItemRule = {
  id: 'invalid-value',
  severity: DEFAULT_SEVERITY['invalid-value'],
  scope: 'item',
  check: (item, { list, categories, config }) => {
    const out: Finding[] = [];
    const header = (c: ColumnDef): string => item.source.headers[c.key] ?? c.header;
    for (const c of columnsChecked(list.kind)) {
      const v = item[c.key];
      if (!filled(v)) continue;
      let details: RuleDetails['invalid-value'] | undefined;
      if (c.type === 'enum') {
        const allowed = c.key === 'category' ? categories : c.values!;
        if (!allowed.includes(v)) details = { field: c.key, header: header(c), value: asWritten(item, c.key), expected: 'enum', allowed };
      } else if (c.type === 'date' ? !isIsoDate(v) : !isBatch(v)) {
        details = { field: c.key, header: header(c), value: asWritten(item, c.key), expected: c.type === 'date' ? 'date' : 'batch' };
      }
      if (details) out.push(hit('invalid-value', item, c.key, details));
    }
    if (config.codePattern && filled(item.code) && !config.codePattern.test(item.code)) {
      out.push(hit('invalid-value', item, 'code', {
        field: 'code', header: item.source.headers.code ?? COLUMN_BY_KEY.code.header, value: item.code,
        expected: 'pattern', pattern: config.codePatternText ?? config.codePattern.source,
      }));
    }
    return out;
  },
};
