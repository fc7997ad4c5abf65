/** `status --who CODE… PATH…`: which words after --who are codes and which are the lists to read. */
import { existsSync } from 'node:fs';

/** A list file or folder: an existing path, or a word with a path separator or a list file's extension. */
const isPath = (word: string): boolean => existsSync(word) || /[\\/]/u.test(word) || /\.(xlsx|xlsm|xls|et|ods|csv|tsv|ya?ml|json)$/iu.test(word);

/**
 * Commander's variadic `--who <codes...>` takes every word up to the next option; the codes are
 * those before the first path (issue 13 point 10), each of them may be `CODE,CODE`, and the words
 * from that path on are list arguments.
 */
export function splitWho(who: readonly string[], paths: readonly string[]): { codes: string[]; paths: string[] } {
  const first = who.findIndex(isPath);
  const codeWords = first < 0 ? who : who.slice(0, first);
  const codes = codeWords.flatMap((w) => w.split(/[,，]/u)).map((c) => c.trim()).filter(Boolean);
  return { codes, paths: [...(first < 0 ? [] : who.slice(first)), ...paths] };
}
