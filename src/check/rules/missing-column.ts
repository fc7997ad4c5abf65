/**
 * missing-column: a column the data contract requires for the list's kind is absent. The same file
 * check reports a list with no item at all, as missing-value.
 */
import { distance } from 'fastest-levenshtein';
import { COLUMNS, COLUMN_BY_KEY, REQUIRED_COLUMNS } from '../../model/columns.js';
import { normaliseHeader } from '../../model/normalise.js';
import { DEFAULT_SEVERITY, type RuleId } from '../rule-ids.js';
import type { UnrecognisedHeader } from '../details.js';
import type { Finding } from '../finding.js';
import type { CheckContext, FileRule } from '../rule.js';
import type { FieldKey, PowerList } from '../../model/types.js';
import { hasColumn, hasHeader } from './util.js';

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

export const missingColumn: FileRule = {
  id: 'missing-column',
  severity: DEFAULT_SEVERITY['missing-column'],
  scope: 'file',
  check: (list, ctx) => [...emptyList(list), ...missingColumns(list, ctx)],
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

function missingColumns(list: PowerList, ctx: CheckContext): Finding[] {
    // The YAML form has no header row: a key left out of an item is that item's missing-value.
    if (!hasHeader(list)) return [];
    const header = list.skipped.find((s) => s.reason === 'header');
    const missing = REQUIRED_COLUMNS[list.kind].filter((k) => !hasColumn(list, k));
    const unrecognised = missing.length ? unrecognisedHeaders(list, ctx) : [];
    return missing
      .map((field): Finding => {
        const details: Record<string, unknown> = { field, header: COLUMN_BY_KEY[field].header, kind: list.kind };
        if (unrecognised.length) details.unrecognised = unrecognised;
        const notRun = ctx.catalogue && list.kind !== 'catalogue' ? CATALOGUE_CHECKS[field] : undefined;
        if (notRun && !(field === 'department' && list.department)) details.notRun = notRun;
        const f: Finding = {
          rule: 'missing-column', severity: DEFAULT_SEVERITY['missing-column'], file: list.file,
          column: COLUMN_BY_KEY[field].header,
          details,
        };
        const sheet = header?.sheet ?? list.sheets?.[0];
        if (sheet !== undefined) f.sheet = sheet;
        if (header) f.row = header.row;
        if (list.department) f.department = list.department;
        return f;
      });
}
