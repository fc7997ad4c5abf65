/**
 * missing-column: a column the data contract requires for the list's kind is absent. A list with no
 * item at all is not this rule's (missing-value reports it). The finding names the headers of the
 * file that no column matched, with the nearest known header (a likely misspelling), and the
 * catalogue checks that were not run for the file because they need the column.
 */
import { distance } from 'fastest-levenshtein';
import { COLUMNS, COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { normaliseHeader } from '../../model/normalise.js';
import type { FieldKey, Kind, PowerList } from '../../model/types.js';
import type { RuleId } from '../../vocab/rules.js';
import { listPlace } from '../place.js';
import { defineRule, type CheckContext } from '../rule.js';
import { hasColumn, hasHeader } from './util.js';

/** A header of the file that no column matched, and the known header it is nearest to (a likely misspelling). */
export interface UnrecognisedHeader {
  header: string;
  nearest?: string;
}

/**
 * unrecognised: the file's headers no column matched, with the nearest known header; notRun: the
 * catalogue checks that need the column and were not run for this file.
 */
export interface MissingColumnDetails { field: FieldKey; header: string; kind: Kind; unrecognised?: UnrecognisedHeader[]; notRun?: RuleId[] }

/** Catalogue checks that read a column: without it they are not run for the file (see gap.ts). */
const CATALOGUE_CHECKS: Partial<Record<FieldKey, RuleId[]>> = {
  code: ['unknown-code', 'name-mismatch', 'category-mismatch', 'department-mismatch', 'cancelled-item', 'gap'],
  name: ['name-mismatch'],
  category: ['category-mismatch'],
  department: ['department-mismatch'],
};

/** Columns merge writes for itself: known, not misspellings. */
const OWN_COLUMNS = new Set(['来源', '冲突']);

/**
 * The headers of the file that no column matched, each with the nearest header or alias the data
 * contract (or the configuration) knows, when it is near enough to be a likely misspelling.
 */
export function unrecognisedHeaders(list: PowerList, ctx: Pick<CheckContext, 'config'>): UnrecognisedHeader[] {
  const known: string[] = [];
  for (const c of COLUMNS) known.push(c.header, ...c.aliases, ...(ctx.config.headerAliases[c.key] ?? []));
  return (list.extraColumns ?? [])
    .filter((h) => !OWN_COLUMNS.has(h) && h.trim() !== '')
    .map((header) => {
      const h = normaliseHeader(header);
      let best: { text: string; d: number } | undefined;
      for (const k of known) {
        const d = distance(h, normaliseHeader(k));
        if (!best || d < best.d) best = { text: k, d };
      }
      // One edit in four characters: 事项编吗 → 事项编码, not 备注 → 批次.
      const near = best && best.d <= Math.max(1, Math.floor(h.length / 4));
      return near ? { header, nearest: best!.text } : { header };
    });
}

export const missingColumn = defineRule<MissingColumnDetails>()({
  id: 'missing-column',
  severity: 'error',
  description: 'a required column is absent, so every row lacks that value',
  scope: 'file',
  check: (list, ctx, report) => {
    // The YAML form has no header row: a key left out of an item is that item's missing-value.
    if (!hasHeader(list)) return;
    const missing = REQUIRED_COLUMNS[list.kind].filter((k) => !hasColumn(list, k));
    const unrecognised = missing.length ? unrecognisedHeaders(list, ctx) : [];
    for (const field of missing) {
      const header = COLUMN_BY_KEY[field].header;
      const details: MissingColumnDetails = { field, header, kind: list.kind };
      if (unrecognised.length) details.unrecognised = unrecognised;
      const notRun = ctx.catalogue && list.kind !== 'catalogue' ? CATALOGUE_CHECKS[field] : undefined;
      if (notRun && !(field === 'department' && list.department)) details.notRun = notRun;
      report(listPlace(list, header), details);
    }
  },
});
