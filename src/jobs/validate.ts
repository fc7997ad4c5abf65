/** The `validate` job: reads and checks the lists (check/run.ts), and writes a baseline of the findings when asked. */
import type { ValidateReport } from '../check/report.js';
import type { ValidateOptions } from '../check/run.js';

export interface ValidateFilesOptions extends ValidateOptions {
  /** Also write a baseline of the current findings here. */
  writeBaseline?: string;
  /** Replace an existing baseline file. */
  force?: boolean;
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
  return report;
}
