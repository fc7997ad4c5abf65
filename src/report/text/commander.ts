/** commander's own error lines (bad arguments) in the chosen language: it writes them in English. */
import type { Lang } from '../../text/lang.js';

const ZH: [RegExp, (...m: string[]) => string][] = [
  [/^error: missing required argument '([^']+)'/u, (a) => `错误：缺少必需的参数 ${a}`],
  [/^error: unknown option '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/u, (o, d) => `错误：未知选项 ${o}${d ? `（是否想用 ${d}？）` : ''}`],
  [/^error: unknown command '([^']+)'(?:\s*\(Did you mean ([^)]+)\?\))?/u, (c, d) => `错误：未知命令 ${c}${d ? `（是否想用 ${d}？）` : ''}`],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+)\./u, (o, v, c) => `错误：选项 ${o} 的值“${v}”无效，可选：${c}`],
  // An argParser's own message (cli/options.ts), already in the chosen language, after commander's words.
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. (.+)/u, (o, v, why) => `错误：选项 ${o} 的值“${v}”无效：${why}`],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. Allowed choices are (.+)\./u, (v, a, c) => `错误：参数 ${a} 的值“${v}”无效，可选：${c}`],
  [/^error: command-argument value '([^']*)' is invalid for argument '([^']+)'\. (.+)/u, (v, a, why) => `错误：参数 ${a} 的值“${v}”无效：${why}`],
  [/^error: (.+) cannot be used with (.+)/u, (a, b) => `错误：${a.replace(/^option /u, '选项 ')} 不能与 ${b.replace(/^option /u, '选项 ')} 同时使用`],
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

/** The titles of commander's help screens, in Chinese. */
const HELP_TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** A help title ("Options:") in the chosen language. */
export function helpTitle(title: string, lang: Lang): string {
  return lang === 'en' ? title : (HELP_TITLES[title] ?? title);
}

/** The "(choices: …, default: …)" commander appends to a description, in the chosen language. */
export function helpExtras(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const m = /\s*\(((?:choices|default|preset): .*)\)$/u.exec(text);
  if (!m) return text;
  const labels: Record<string, string> = { choices: '可选', default: '默认', preset: '预设' };
  const parts = m[1].split(/, (?=(?:choices|default|preset): )/u).map((part) => {
    const [, what, value] = /^(\w+): (.*)$/u.exec(part) as RegExpExecArray;
    return `${labels[what]}：${what === 'choices' ? value.replace(/", "/gu, '"、"') : value}`;
  });
  return `${text.slice(0, m.index)}（${parts.join('；')}）`;
}

/** The usage line's placeholders ("[options] [command]") in the chosen language; argument names stay as written. */
export function helpUsage(text: string, lang: Lang): string {
  return lang === 'en' ? text : text.replace(/\[options\]/gu, '[选项]').replace(/\[command\]/gu, '[命令]');
}
