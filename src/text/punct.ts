/**
 * The punctuation between the parts of a message, per language: Chinese text takes full-width
 * marks (，、；：（）), English text the ASCII ones followed by a space. Every message that joins parts
 * takes its marks from here, so no logic carries a `lang === 'en' ? ', ' : '，'` pair of its own.
 */
import type { Lang } from './lang.js';

export interface Punctuation {
  /** Between clauses: ， / ", ". */
  comma: string;
  /** Between the items of a list of names: 、 / ", ". */
  list: string;
  /** Between independent parts: ； / "; ". */
  semicolon: string;
  /** Between a label and its text: ： / ": ". */
  colon: string;
  /** A parenthetical after a text: （…） / " (…)". */
  paren: (text: string) => string;
}

export const PUNCT: Record<Lang, Punctuation> = {
  'zh-CN': { comma: '，', list: '、', semicolon: '；', colon: '：', paren: (t) => `（${t}）` },
  en: { comma: ', ', list: ', ', semicolon: '; ', colon: ': ', paren: (t) => ` (${t})` },
};
