/** Turns errors into one line on stderr and an exit code (2 for bad input, 70 for a bug). */
import { QingdanError } from '../errors.js';
import { errorMessage } from '../report/messages.js';
import type { Lang } from '../text/lang.js';
import { VERSION } from '../version.js';

/** Prints an error the way the contract says and returns the exit code. */
export function reportError(err: unknown, lang: Lang, write: (text: string) => void = (t) => void process.stderr.write(t)): number {
  if (err instanceof QingdanError) {
    write(`qingdan: ${errorMessage(err, lang)}\n`);
    if (process.env.QINGDAN_DEBUG === '1' && err.stack) write(`${err.stack}\n`);
    return err.exitCode;
  }
  const e = err as { code?: string; message?: string; stack?: string };
  if (e && e.code === 'commander.helpDisplayed') return 0;
  const text =
    lang === 'en'
      ? `qingdan ${VERSION}: internal error (a bug in qingdan, sorry): ${e?.message ?? String(err)}. Please report it; set QINGDAN_DEBUG=1 to see the stack.`
      : `qingdan ${VERSION}：内部错误（qingdan 的缺陷，抱歉）：${e?.message ?? String(err)}。请报告此问题；设置 QINGDAN_DEBUG=1 可查看堆栈。`;
  write(`${text}\n`);
  if (process.env.QINGDAN_DEBUG === '1' && e?.stack) write(`${e.stack}\n`);
  return 70;
}
