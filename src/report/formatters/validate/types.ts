/** What every validate formatter takes and returns. */
import type { ValidateReport } from '../../../check/report.js';
import type { Lang } from '../../../text/lang.js';

export interface ValidateFormatOptions {
  lang: Lang;
  color: boolean;
  /**
   * List info findings one by one in human-readable output (pretty). Without it they are counted:
   * a review of 3,250 items has hundreds of pending acceptances that would bury the errors.
   */
  verbose?: boolean;
  /** Where the rule pages are: a folder path or URL ending in '/' (default docs/rules/; --docs-url). */
  docsBase?: string;
  /** Terminal width in columns for pretty (lines wrapped, tables fitted; report/wrap.ts); undefined: as wide as it comes. */
  width?: number;
}

/** A formatter: the report in, the text to print out. It looks up messages and computes nothing new. */
export type ValidateFormatter = (report: ValidateReport, opts: ValidateFormatOptions) => string;
