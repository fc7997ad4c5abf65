/** The details each rule puts on its findings: what the message catalogue and the formatters may read. */
import type { ErrorCode } from '../errors.js';
import type { FieldKey, Kind } from '../model/types.js';
import { at, type Finding } from './finding.js';
import { DEFAULT_SEVERITY, type RuleId } from './rule-ids.js';
import type { Suggestion } from './suggest.js';
import type { Item } from '../model/types.js';

/** Another place (a duplicate's first occurrence, the zone list's row). */
export interface OtherPlace {
  file: string;
  sheet?: string;
  row: number;
  department?: string;
}

/** Why a value is required: always, or a condition of the data contract. */
/** Why a value is required; 'empty-list' is a list that holds no item at all (a header and nothing under it). */
export type Requirement = 'always' | 'not-delegated' | 'delegated' | 'accepted' | 'partial' | 'empty-list';

export interface RuleDetails {
  'file-unreadable': { error: ErrorCode; args: Record<string, unknown> };
  'missing-column': { field: FieldKey; header: string; kind: Kind };
  'missing-value': { field: FieldKey; header: string; when: Requirement; decision?: string; scope?: string; status?: string };
  'invalid-value': {
    field: FieldKey; header: string; value: string;
    expected: 'enum' | 'date' | 'batch' | 'pattern' | 'text';
    allowed?: readonly string[]; pattern?: string;
    /** Set by the YAML reader: an unquoted all-digit code read as a number (expected is then the quoted text). */
    reason?: 'yaml-number' | 'yaml-unknown-key';
  };
  'duplicate-code': { subItem?: string; across: boolean; other: OtherPlace };
  'unknown-code': { name?: string; subItem?: string; suggestions: Suggestion[] };
  'name-mismatch': { name: string; expected: string };
  'category-mismatch': { category: string; expected: string };
  'department-mismatch': { department: string; expected: string };
  'cancelled-item': { name?: string; version?: string };
  /** One catalogue item missing (name), or a whole department that submitted nothing (items). */
  gap: { department: string; name?: string; subItem?: string; items?: number };
  dispute: { decision: string; acceptance: string; resolution?: string; open: boolean };
  'missing-confirmation': { fields: FieldKey[]; headers: string[] };
  'legal-review': { value: string };
  'partial-delegation': { kept: string };
  'pending-acceptance': { status: string; exercisedBy: string };
  'zone-mismatch': {
    reason: 'not-accepted' | 'not-in-delegation' | 'not-published' | 'differs';
    status?: string; field?: FieldKey; value?: string; expected?: string; other?: OtherPlace;
  };
}

/** Details every finding may carry besides its rule's own. */
export interface CommonDetails {
  /** The waiver that used to cover this finding expired on this date. */
  waiverExpired?: string;
}

/** A finding of `rule` at an item's field, with the rule's typed details and default severity. */
export function hit<K extends RuleId>(rule: K, item: Item, key: FieldKey | undefined, details: RuleDetails[K]): Finding {
  const f = at(rule, DEFAULT_SEVERITY[rule], item, key, details as unknown as Record<string, unknown>);
  if (item.department) f.department = item.department;
  return f;
}

/** The place of an item, for another finding's details. */
export function placeOf(item: Item, department?: string): OtherPlace {
  const p: OtherPlace = { file: item.source.file, row: item.source.row };
  if (item.source.sheet !== undefined) p.sheet = item.source.sheet;
  if (department) p.department = department;
  return p;
}
