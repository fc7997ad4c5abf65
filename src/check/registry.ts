/**
 * Every rule, by id, derived from the rule modules of check/rules/: the compiler fails when an id of
 * the contract (vocab/rules.ts) has no rule; defineRule accepts no id outside it.
 */
import { RULE_IDS, type RuleId, type Severity } from '../vocab/rules.js';
import type { Rule } from './rule.js';
import * as modules from './rules/index.js';

type Exported = (typeof modules)[keyof typeof modules];

/** The rule of an id, with its literal type (its details type included). */
export type RuleById<K extends RuleId> = Extract<Exported, { id: K }>;

// A rule id of the contract with no rule module fails to compile here, naming the id.
type Unruled = Exclude<RuleId, Exported['id']>;
const everyIdHasARule: [Unruled] extends [never] ? true : Unruled = true;
void everyIdHasARule;

function byId(): { [K in RuleId]: RuleById<K> } {
  const out: Partial<Record<RuleId, Rule>> = {};
  for (const rule of Object.values(modules) as Rule[]) {
    if (out[rule.id]) throw new Error(`two rules have the id ${rule.id}`);
    out[rule.id] = rule;
  }
  return Object.fromEntries(RULE_IDS.map((id) => [id, out[id]])) as { [K in RuleId]: RuleById<K> };
}

/** Every rule, keyed by id in the contract's order. */
export const RULES: Readonly<{ [K in RuleId]: RuleById<K> }> = byId();

/** Every rule in the contract's order. */
export const RULE_LIST: readonly Rule[] = RULE_IDS.map((id) => RULES[id] as Rule);

/** Default severity of each rule: the `severity` of its rule module. */
export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = Object.fromEntries(
  RULE_LIST.map((r) => [r.id, r.severity]),
) as Record<RuleId, Severity>;
