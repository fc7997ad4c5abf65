/** The `validate` job: reads and checks the lists (check/run.ts), and writes a baseline of the findings when asked. */
import type { ValidateReport } from '../check/report.js';
import type { ValidateOptions } from '../check/run.js';
import type { Lang } from '../text/lang.js';
import type { AnnotatedCopy } from './annotate.js';

export interface ValidateFilesOptions extends ValidateOptions {
  /** Also write a baseline of the current findings here. */
  writeBaseline?: string;
  /** Replace an existing baseline file (and existing annotated copies). */
  force?: boolean;
  /** Also write an annotated copy of every input list with findings into this folder (see annotateFiles). */
  annotate?: string;
  /** Language of the annotated copies (default zh-CN). */
  lang?: Lang;
  /** Called with each annotated copy written. */
  onAnnotated?: (copy: AnnotatedCopy) => void;
}

/** Reads and checks the lists (`qingdan validate`); with `writeBaseline`, writes the findings as waivers too. */
export async function validateFiles(inputs: readonly string[], opts: ValidateFilesOptions = {}): Promise<ValidateReport> {
  const { validate } = await import('../check/run.js');
  const report = await validate(inputs, opts);
  if (opts.writeBaseline) {
    const [{ baselineText, todayIso }, { writeFileAtomic }] = await Promise.all([import('../check/baseline.js'), import('../write/atomic.js')]);
    const text = baselineText(report.findings, report.waived, todayIso());
    await writeFileAtomic(opts.writeBaseline, text, { force: opts.force, inputs: [...inputs] });
  }
  if (opts.annotate !== undefined) {
    const { annotateFiles } = await import('./annotate.js');
    for (const copy of await annotateFiles(report, opts.annotate, { lang: opts.lang, force: opts.force, read: opts.read })) opts.onAnnotated?.(copy);
  }
  return report;
}
