/** The one place chalk is imported: colour helpers for the human-readable formatters. */
import { Chalk } from 'chalk';

export interface Palette {
  error: (s: string) => string;
  warning: (s: string) => string;
  info: (s: string) => string;
  ok: (s: string) => string;
  dim: (s: string) => string;
  bold: (s: string) => string;
  added: (s: string) => string;
  removed: (s: string) => string;
  changed: (s: string) => string;
  heading: (s: string) => string;
}

/** Colour functions; identity functions when colour is off. */
export function palette(color: boolean): Palette {
  const c = new Chalk({ level: color ? 1 : 0 });
  return {
    error: (s) => c.red(s),
    warning: (s) => c.yellow(s),
    info: (s) => c.cyan(s),
    ok: (s) => c.green(s),
    dim: (s) => c.dim(s),
    bold: (s) => c.bold(s),
    added: (s) => c.green(s),
    removed: (s) => c.red(s),
    changed: (s) => c.yellow(s),
    heading: (s) => c.bold.underline(s),
  };
}
