/** Test helper: the English fragments of a text meant for a zh-CN user (issue 12, point 3). */

/** Words that may stand next to each other in a Chinese message: names of formats, programs and YAML keys. */
const KNOWN = new Set(['qingdan', 'Excel', 'WPS', 'libreoffice', 'LibreOffice', 'kind', 'items', 'zip', 'xlsx', 'xls', 'csv', 'yaml', 'yml', 'json', 'git']);

/**
 * The English fragments of a text: two or more words of ASCII letters in a row, once file paths,
 * quoted values from the files (“…”), option names, codes and rule ids are taken out.
 */
export function englishFragments(text: string, paths: readonly string[] = []): string[] {
  let t = text;
  for (const p of [...paths].sort((a, b) => b.length - a.length)) t = t.split(p).join(' ');
  t = t
    .replace(/“[^”]*”/gu, ' ')
    .replace(/\S*[/\\]\S*/gu, ' ') // paths
    .replace(/(?<!\S)--?[A-Za-z][\w-]*(?:\s+<[^>]+>)?/gu, ' ') // options, with their <value>
    .replace(/[A-Za-z\d]*(?:[\d_~-]|\.(?=\w))[\w.~-]*/gu, ' ') // file names, rule ids, codes with digits (not a full stop)
    .replace(/\b[A-Z][A-Z0-9_]+\b/gu, ' '); // error codes and acronyms: ENOENT, CSV, YAML, UTF, GBK
  const words = t.split(/([A-Za-z]+)/u);
  const found: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length >= 2) found.push(run.join(' '));
    run = [];
  };
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (k % 2 === 1) {
      if (KNOWN.has(w)) flush();
      else run.push(w);
    } else if (!/^[ \t]*$/u.test(w)) flush();
  }
  flush();
  return found;
}
