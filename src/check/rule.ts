/** What a rule is: an id of the contract, a default severity, a scope and a check returning findings. */
import type { Config } from '../config/types.js';
import type { Item, PowerList } from '../model/types.js';
import type { CatalogueIndex, CatalogueMatch } from './catalogue-index.js';
import type { Finding } from './finding.js';
import type { RuleId, Severity } from './rule-ids.js';
import type { Suggester } from './suggest.js';

/** What every check may consult: the configuration and the catalogue (when there is one). */
export interface CheckContext {
  config: Config;
  catalogue?: CatalogueIndex;
  /** Categories allowed: the ten plus the configured extras. */
  categories: readonly string[];
  /** Suggestions for unknown codes (with the catalogue). */
  suggester?: Suggester;
}

/** An item's context: its list, and its match in the catalogue (undefined without a catalogue). */
export interface ItemContext extends CheckContext {
  list: PowerList;
  match?: CatalogueMatch;
}

/** The whole review: every list read (the catalogue apart), with each item's catalogue match. */
export interface ReviewContext extends CheckContext {
  lists: readonly PowerList[];
  matches: ReadonlyMap<Item, CatalogueMatch>;
}

interface RuleBase {
  id: RuleId;
  severity: Severity;
  /** Kinds of list the rule checks (file and item scope). */
  kinds?: readonly PowerList['kind'][];
}

export interface FileRule extends RuleBase {
  scope: 'file';
  check: (list: PowerList, ctx: CheckContext) => Finding[];
}

export interface ItemRule extends RuleBase {
  scope: 'item';
  check: (item: Item, ctx: ItemContext) => Finding[];
}

/** A rule over the whole review (across lists and against the catalogue as a whole). */
export interface ReviewRule extends RuleBase {
  scope: 'catalogue';
  check: (ctx: ReviewContext) => Finding[];
}

export type Rule = FileRule | ItemRule | ReviewRule;
