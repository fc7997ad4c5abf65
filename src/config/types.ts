/** The configuration of qingdan.config.yaml, as validated by schemas/config.schema.json. */
import type { RuleId, Severity } from '../vocab/rules.js';
import type { FieldKey } from '../model/types.js';
import type { AcceptancePlan } from '../model/acceptance-plan.js';

/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';
export type FailOn = Severity | 'never';

/** The file as written (keys of the schema). */
export interface ConfigFile {
  /** Path of the municipal catalogue, relative to the config file. */
  catalogue?: string;
  /** Path of the published zone list, relative to the config file. */
  zone?: string;
  /** Path of the baseline (waivers), relative to the config file. */
  baseline?: string;
  /** Extra header aliases per field key. */
  headerAliases?: Partial<Record<FieldKey, string[]>>;
  /** A regular expression every code must match in full (the catalogue's scheme). */
  codePattern?: string;
  /** Categories some provinces add to the ten (行政备案, 行政征用, 公共服务). */
  extraCategories?: string[];
  /** Per-rule severity, or off. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  failOn?: FailOn;
  /** Planned acceptance dates (issue 18): per batch, or days from a delegation date; dates as written. */
  acceptance?: { delegatedOn?: string; withinDays?: number; batches?: Record<string, string> };
  /** Where the rule pages are published (a URL or path ending in '/'), for the links in reports; --docs-url wins. */
  docsUrl?: string;
}

/** The configuration in force: paths resolved against the config file's folder. */
export interface Config {
  /** The config file read, if any. */
  file?: string;
  catalogue?: string;
  zone?: string;
  baseline?: string;
  headerAliases: Partial<Record<FieldKey, readonly string[]>>;
  codePattern?: RegExp;
  /** The pattern as written (for messages). */
  codePatternText?: string;
  extraCategories: readonly string[];
  rules: Partial<Record<RuleId, RuleLevel>>;
  failOn?: FailOn;
  /** Planned acceptance dates, every date checked (acceptance-overdue, the overdue counts of status). */
  acceptance?: AcceptancePlan;
  /** Where the rule pages are published, as written (a URL is never resolved against the file). */
  docsUrl?: string;
}

/** The configuration when there is no file. */
export const DEFAULT_CONFIG: Config = { headerAliases: {}, extraCategories: [], rules: {} };
