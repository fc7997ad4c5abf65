/** Cells the merge report's pretty and markdown forms share. */
import type { MergeReport, MergeReportConflict } from '../../../merge/report.js';
import { COLUMN_BY_KEY } from '../../../model/columns.js';
import type { FieldKey } from '../../../model/types.js';
import type { Lang } from '../../../text/lang.js';
import { formatPlace } from '../../messages.js';
import { MERGE_LABELS, MERGE_OUTCOME } from '../../../text/merge.js';

export const label = (key: keyof typeof MERGE_LABELS, lang: Lang): string => MERGE_LABELS[key][lang]({});

/** A field as a reader knows it: its canonical header (or the extra header as written). */
export function fieldLabel(field: string): string {
  return COLUMN_BY_KEY[field as FieldKey]?.header ?? field;
}

/** A conflict's value: "(deleted)" on the side that deleted the item, "—" where there is no such version, "(empty)" for an empty value. */
export function valueCell(v: string | null, lang: Lang, deleted: boolean): string {
  if (v === null) return deleted ? label('gone', lang) : '—';
  return v === '' ? label('none', lang) : v;
}

/** The code, with the sub-item when there is one. */
export function codeCell(c: MergeReportConflict): string {
  return c.subItem ? `${c.code} / ${c.subItem}` : c.code;
}

/** The conflict's places, one after another. */
export function placesCell(c: MergeReportConflict, lang: Lang): string {
  return c.places.map((p) => formatPlace(p, lang)).join('; ');
}

/** The closing line: what was written, or that nothing was. */
export function outcomeLine(r: MergeReport, lang: Lang): string {
  // dropped counts the merged copies too; the sentence names them apart.
  const args = { path: r.output.path, ...r.summary, dropped: r.summary.dropped - r.summary.copies };
  if (!r.output.written) return MERGE_OUTCOME.notWritten[lang](args);
  if (r.strategy === 'mark' && r.conflicts.length) return MERGE_OUTCOME.writtenMarked[lang](args);
  return MERGE_OUTCOME.written[lang](args);
}

/** Rows of the per-file table: path, rows (three-way: with the role). */
export function inputRows(r: MergeReport, lang: Lang): string[][] {
  const role = { base: 'common', ours: 'ours', theirs: 'theirs' } as const;
  return r.inputs.map((i) => [i.role ? `${label(role[i.role], lang)}  ${i.path}` : i.path, String(i.rows)]);
}

/** Rows of the conflict table. */
export function conflictRows(r: MergeReport, lang: Lang): string[][] {
  return r.conflicts.map((c) => [
    codeCell(c),
    fieldLabel(c.field),
    valueCell(c.base, lang, false),
    valueCell(c.ours, lang, c.deletedBy === 'ours'),
    valueCell(c.theirs, lang, c.deletedBy === 'theirs'),
    placesCell(c, lang),
  ]);
}

/** Rows of the table of identical copies merged into one item: code, every place. */
export function copyRows(r: MergeReport, lang: Lang): string[][] {
  return r.copies.map((c) => [c.subItem ? `${c.code} / ${c.subItem}` : c.code, c.places.map((p) => formatPlace(p, lang)).join('; ')]);
}

export function conflictHeader(lang: Lang): string[] {
  return (['code', 'field', 'base', 'ours', 'theirs', 'places'] as const).map((k) => label(k, lang));
}
