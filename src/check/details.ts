/**
 * The details each rule puts on its findings, by rule id: what the message catalogue and the
 * formatters may read. Derived from the rules' own declarations (check/rules/), never listed here.
 */
import type { RuleId } from '../vocab/rules.js';
import type { RuleById } from './registry.js';
import type { DetailsOf } from './rule.js';

export type { CommonDetails } from '../vocab/rules.js';
export type { OtherPlace } from './place.js';
export type { Requirement } from './rules/missing-value.js';

export type RuleDetails = { [K in RuleId]: DetailsOf<RuleById<K>> };
