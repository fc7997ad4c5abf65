/**
 * What a rule is: one unit that says everything about its rule: the id of the contract, the
 * default severity (the one findings get), the scope, the kinds of list it checks, the shape of its
 * details and its check, which reports through a typed `report(place, details)` that stamps the
 * rule's id and severity (in the manner of ESLint's context.report).
 */
import type { Config } from '../config/types.js';
import type { Item, PowerList } from '../model/types.js';
import type { ReadNote } from '../vocab/notes.js';
import type { FindingOf, FindingPlace, RuleId, Severity } from '../vocab/rules.js';
import type { CatalogueIndex, CatalogueMatch } from './catalogue-index.js';
import type { Suggester } from './suggest.js';

/** What every check may consult: the configuration and the catalogue (when there is one). */
export interface CheckContext {
  config: Config;
  catalogue?: CatalogueIndex;
  /** Categories allowed: the ten plus the configured extras. */
  categories: readonly string[];
  /** Suggestions for unknown codes (with the catalogue). */
  suggester?: Suggester;
  /** Today as YYYY-MM-DD (acceptance-overdue counts the days from the planned date to it). */
  today: string;
}

/** An item's context: its list, and its match in the catalogue (undefined without a catalogue). */
export interface ItemContext extends CheckContext {
  list: PowerList;
  match?: CatalogueMatch;
}

/**
 * The whole review: every list read (the catalogue apart), with each item's catalogue match: by
 * list, at the item's position in list.items (undefined for an item without code).
 */
export interface ReviewContext extends CheckContext {
  lists: readonly PowerList[];
  matches: ReadonlyMap<PowerList, readonly (CatalogueMatch | undefined)[]>;
}

/**
 * Reports one finding of the rule: the place, and details of the rule's own shape. The severity is
 * the rule's; a rule may give one case of it a lesser default (the configuration still decides).
 */
export type Report<D> = (place: FindingPlace, details: D, severity?: Severity) => void;

interface RuleBase<Id extends RuleId, D> {
  id: Id;
  /** The default severity: what report() stamps (the configuration may change it per rule). */
  severity: Severity;
  /** One line of documentation, in English: when the rule fires and why it matters (the README's rule table). */
  description: string;
  /** Kinds of list the rule checks (file and item scope). */
  kinds?: readonly PowerList['kind'][];
  /** Turns a reader's note that is this rule's business into a finding (see vocab/notes.ts). */
  fromNote?: (note: ReadNote, report: Report<D>) => void;
  /** Type only, never set: the shape of the rule's details (see defineRule). */
  readonly detailsType?: D;
}

export interface FileRule<Id extends RuleId = RuleId, D = unknown> extends RuleBase<Id, D> {
  scope: 'file';
  check: (list: PowerList, ctx: CheckContext, report: Report<D>) => void;
}

export interface ItemRule<Id extends RuleId = RuleId, D = unknown> extends RuleBase<Id, D> {
  scope: 'item';
  check: (item: Item, ctx: ItemContext, report: Report<D>) => void;
  /** What the rule says of a list as a whole, before its items (e.g. a list with no item at all). */
  checkList?: (list: PowerList, ctx: CheckContext, report: Report<D>) => void;
}

/** A rule over the whole review (across lists and against the catalogue as a whole). */
export interface ReviewRule<Id extends RuleId = RuleId, D = unknown> extends RuleBase<Id, D> {
  scope: 'catalogue';
  check: (ctx: ReviewContext, report: Report<D>) => void;
}

/** A rule whose findings come from the reading stage (a file that could not be read), not from a check. */
export interface ReadRule<Id extends RuleId = RuleId, D = unknown> extends RuleBase<Id, D> {
  scope: 'read';
}

export type Rule<Id extends RuleId = RuleId, D = unknown> = FileRule<Id, D> | ItemRule<Id, D> | ReviewRule<Id, D> | ReadRule<Id, D>;

/** The details type a rule declares. */
export type DetailsOf<R> = R extends { readonly detailsType?: infer D } ? D : never;

/**
 * Declares a rule with the shape of its details: `defineRule<GapDetails>()({ id: 'gap', … })`.
 * The id stays a literal type, so the registry can check that every RuleId has its rule.
 */
export const defineRule =
  <D>() =>
  <Id extends RuleId>(rule: Rule<Id, D>): Rule<Id, D> =>
    rule;

/** A report() that stamps the rule's id and severity and hands each finding to `emit`. */
export function reporter<Id extends RuleId, D>(rule: Rule<Id, D>, emit: (finding: FindingOf<Id, D>) => void): Report<D> {
  return (place, details, severity = rule.severity) => {
    emit({ rule: rule.id, severity, ...place, details: details as FindingOf<Id, D>['details'] });
  };
}
