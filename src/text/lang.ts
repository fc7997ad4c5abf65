/** Message languages. */
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A message in both languages, as a function of its arguments. */
export type Msg<D = Record<string, unknown>> = Record<Lang, (d: D) => string>;

/** The language from --lang, else from LANG/LC_ALL, else zh-CN. */
export function pickLang(option?: string, env: NodeJS.ProcessEnv = {}): Lang {
  const v = (option ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '').toLowerCase();
  if (option !== undefined) return v.startsWith('en') ? 'en' : 'zh-CN';
  return v.startsWith('en') ? 'en' : 'zh-CN';
}
