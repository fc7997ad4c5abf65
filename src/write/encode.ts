/** Text encodings of CSV output: UTF-8 with BOM (Excel opens it right), plain UTF-8, GB18030. */
export type CsvEncoding = 'utf8-bom' | 'utf8' | 'gb18030';
export const CSV_ENCODINGS: readonly CsvEncoding[] = ['utf8-bom', 'utf8', 'gb18030'];

/**
 * Encodes text chunks. GB18030 goes through iconv-lite (Node's TextDecoder decodes it but no
 * built-in encodes it); chunks are whole rows, so no character is split between two chunks.
 */
export async function* encodeChunks(chunks: Iterable<string>, encoding: CsvEncoding): AsyncGenerator<string | Uint8Array> {
  if (encoding === 'gb18030') {
    const iconv = (await import('iconv-lite')).default;
    for (const c of chunks) yield iconv.encode(c, 'gb18030');
    return;
  }
  if (encoding === 'utf8-bom') yield '\uFEFF';
  yield* chunks;
}
