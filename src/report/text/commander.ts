/** commander's own error lines (bad arguments) in the chosen language: it writes them in English. */
import type { Lang } from '../lang.js';

const ZH: [RegExp, (...m: string[]) => string][] = [
  [/^error: missing required argument '([^']+)'/u, (a) => `错误：缺少必需的参数 ${a}`],
  [/^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/u, (o, d) => `错误：未知选项 ${o}${d ? `（是否想用 ${d}？）` : ''}`],
  [/^error: unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/u, (c, d) => `错误：未知命令 ${c}${d ? `（是否想用 ${d}？）` : ''}`],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./u, (o, v, c) => `错误：选项 ${o} 的值“${v}”无效，可选：${c}`],
  [/^error: option '([^']+)' argument missing/u, (o) => `错误：选项 ${o} 缺少值`],
  [/^error: too many arguments(?: for '([^']+)')?\. Expected (\d+) arguments? but got (\d+)\./u, (c, e, g) => `错误：${c ? `命令 ${c} 的` : ''}参数过多：应为 ${e} 个，实际 ${g} 个`],
  [/^error: required option '([^']+)' not specified/u, (o) => `错误：缺少必需的选项 ${o}`],
];

/** Translates a line commander wrote to stderr; lines it does not know are kept as they are. */
export function commanderError(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const [re, zh] of ZH) {
    const m = re.exec(text);
    if (m) return text.replace(m[0], zh(...m.slice(1)));
  }
  return text;
}
