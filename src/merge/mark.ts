/** The 冲突 cell of a marked conflict: every conflicting field with its values, one line each. */
import type { Lang } from '../text/lang.js';
import { DUPLICATE_MARK, MARK_TEXT } from '../text/merge.js';
import { fieldHeader } from './fields.js';
import type { MergeConflict } from './types.js';
import type { Place } from '../model/types.js';

/** The text a clerk reads in the 冲突 column to settle an item's conflicts. */
export function markText(conflicts: readonly MergeConflict[], lang: Lang = 'zh-CN'): string {
  return conflicts
    .map((c) => {
      const args = { header: fieldHeader(c.field), base: c.base, ours: c.ours, theirs: c.theirs };
      if (c.kind === 'deleted') return MARK_TEXT[c.deletedBy === 'ours' ? 'deletedByOurs' : 'deletedByTheirs'][lang](args);
      return MARK_TEXT[c.kind === 'added' ? 'added' : 'changed'][lang](args);
    })
    .join('\n');
}

/** "file:row" or "file:sheet:row": where a row was read, as the 来源 column shows it. */
export function placeText(p: Place): string {
  return [p.file, p.sheet, p.row].filter((v) => v !== undefined && v !== '').join(':');
}

/** The 冲突 cell of a consolidated row kept while other lists have the same key. */
export function duplicateMarkText(others: readonly { place: Place; department?: string; header?: string }[], lang: Lang = 'zh-CN'): string {
  return others.map((o) => DUPLICATE_MARK[lang]({ place: placeText(o.place), department: o.department, header: o.header })).join('\n');
}
