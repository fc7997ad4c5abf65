/** The text of each page of a PDF (pdfjs-dist, legacy build for Node), and each page's size in points. */
import { readFileSync } from 'node:fs';

export interface PdfPage {
  width: number;
  height: number;
  /** The page's text runs joined without separators, white space removed (CJK text comes in many runs). */
  text: string;
}

/**
 * A PDF's text maps some glyphs to the radical that shares them (⻚ for 页, ⾏ for 行): NFKC undoes
 * the Kangxi radicals, this table the simplified ones of the CJK Radicals Supplement.
 */
const RADICALS: Record<string, string> = {
  '\u2EC5': '见', '\u2EC8': '讠', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED0': '钅', '\u2ED3': '长', '\u2ED4': '门',
  '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EDD': '食', '\u2EE2': '马', '\u2EE5': '鱼',
  '\u2EE6': '鸟', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙', '\u2EF3': '龟',
};
const plain = (text: string): string => text.normalize('NFKC').replace(/[\u2E80-\u2EFF]/gu, (c) => RADICALS[c] ?? c);

export async function pdfPages(path: string): Promise<PdfPage[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const { width, height } = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join('').replace(/\s+/gu, '');
    pages.push({ width, height, text: plain(text) });
  }
  await doc.destroy();
  return pages;
}
