/** Three-way merge of one field's text, compared in normalised form, keeping a side's text as written. */
import { sameValue } from './fields.js';
import type { MergeField } from './types.js';

export type FieldOutcome = { value: string } | { conflict: true };

/**
 * The merged text of a field: a change on one side only is taken; a form-only difference
 * (width, spaces, traditional characters) is never a conflict, and the side that changed the
 * text as written wins; the same field changed to different values on both sides is a conflict.
 */
export function mergeValue(field: MergeField, base: string, ours: string, theirs: string): FieldOutcome {
  if (ours === theirs) return { value: ours };
  if (sameValue(field, ours, theirs)) {
    if (ours === base) return { value: theirs };
    if (theirs === base) return { value: ours };
    // Both rewrote the same value in different forms: a fixed choice, the same whichever side is ours.
    return { value: ours < theirs ? ours : theirs };
  }
  if (sameValue(field, ours, base)) return { value: theirs };
  if (sameValue(field, theirs, base)) return { value: ours };
  return { conflict: true };
}
