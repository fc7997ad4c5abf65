/** Word-level differences of long text, with Chinese split into words (diffWordsWithSpace does not split CJK). */
import { diffWords } from 'diff';
import type { WordPart } from './types.js';

let segmenter: Intl.Segmenter | undefined;

/** The parts of old and new text: equal, deleted and inserted words, in order. */
export function wordDiff(oldText: string, newText: string): WordPart[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const parts: WordPart[] = [];
  for (const c of diffWords(oldText, newText, { intlSegmenter: segmenter })) {
    const op = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = parts[parts.length - 1];
    if (last && last.op === op) last.text += c.value;
    else parts.push({ op, text: c.value });
  }
  return parts;
}
