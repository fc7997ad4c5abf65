/** What every validate formatter takes and returns. */
import type { ValidateReport } from '../../../check/report.js';
import type { Lang } from '../../lang.js';

export interface ValidateFormatOptions {
  lang: Lang;
  color: boolean;
}

/** A formatter: the report in, the text to print out. It looks up messages and computes nothing new. */
export type ValidateFormatter = (report: ValidateReport, opts: ValidateFormatOptions) => string;
