/**
 * A progress line on stderr while files are read: only on a terminal, only once the reading has
 * taken a second, at most five times a second, and erased when the reading ends, so short runs,
 * pipes and CI logs never see it. QINGDAN_PROGRESS=1 shows it anywhere and at once; =0 never.
 */
import { PROGRESS_LINE } from '../report/text/cli.js';
import type { Lang } from '../text/lang.js';

// The exact display width (string-width) is loaded when a progress line may be shown, not at every
// start; until it is there, two columns a character, which can only shorten a line too much.
let displayWidth: (s: string) => number = (s) => s.length * 2;
let widthLoaded: Promise<void> | undefined;
/** Loads the exact display width (once); resolves when it is in use. */
export function loadWidth(): Promise<void> {
  widthLoaded ??= import('../report/table.js').then((m) => void (displayWidth = m.displayWidth), () => undefined);
  return widthLoaded;
}

export interface ProgressStream {
  isTTY?: boolean;
  /** The terminal's width: a longer line would wrap, and the next \r would not erase it. */
  columns?: number;
  write: (text: string) => unknown;
}

export interface ProgressOptions {
  lang: Lang;
  stream?: ProgressStream;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds, for tests. */
  now?: () => number;
}

const DELAY = 1000;
const EVERY = 200;
const ERASE = '\r\x1b[K';

const fmt = (n: number): string => n.toLocaleString('en-US');

function line(lang: Lang, file: string, items: number, files: number): string {
  return PROGRESS_LINE[lang]({ file, items: fmt(items), files });
}

/** The line, its file name shortened from the left ("…/部门/清单.xlsx") to fit `columns`. */
function fitted(lang: Lang, file: string, items: number, files: number, columns: number | undefined): string {
  const full = line(lang, file, items, files);
  if (!columns || displayWidth(full) < columns) return full;
  const chars = [...file];
  for (let cut = 1; cut < chars.length; cut++) {
    const text = line(lang, `…${chars.slice(cut).join('')}`, items, files);
    if (displayWidth(text) < columns) return text;
  }
  return line(lang, '…', items, files);
}

/** The onProgress of ReadOptions, or undefined where no progress should be shown. */
export function progressReporter(opts: ProgressOptions): ((file: string, items: number, done: boolean) => void) | undefined {
  const stream = opts.stream ?? process.stderr;
  const env = opts.env ?? process.env;
  const forced = env.QINGDAN_PROGRESS === '1';
  if (!forced && (env.QINGDAN_PROGRESS === '0' || stream.isTTY !== true || env.CI)) return undefined;
  const delay = forced ? 0 : DELAY;
  void loadWidth();
  const now = opts.now ?? Date.now;
  const reading = new Map<string, number>();
  let started: number | undefined;
  let last = -Infinity;
  let shown = false;
  return (file, items, done) => {
    const t = now();
    started ??= t;
    if (done) reading.delete(file);
    else reading.set(file, items);
    if (reading.size === 0) {
      if (shown) stream.write(ERASE);
      shown = false;
      started = undefined;
      return;
    }
    if (t - started < delay || t - last < EVERY) return;
    last = t;
    let total = 0;
    for (const n of reading.values()) total += n;
    stream.write(`${ERASE}${fitted(opts.lang, file, total, reading.size, stream.columns)}`);
    shown = true;
  };
}
