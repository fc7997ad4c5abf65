/**
 * Text decoding of CSV files: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as
 * Chinese Excel saves them, with Node's WHATWG TextDecoder (ICU). The encoding is chosen from the
 * BOM, else from whether the first megabyte is valid UTF-8.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';

/** How many leading bytes of `bytes` end on a whole UTF-8 sequence: a trailing incomplete sequence (at most 3 bytes) is left for the next chunk. */
export function completeUtf8Length(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > k ? bytes.length - k : bytes.length;
  }
  return bytes.length;
}

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The byte offset of the first invalid UTF-8 sequence, or -1 (a sequence cut at the end counts as valid). */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let n = 0;
    if (b < 0x80) n = 0;
    else if (b >= 0xc2 && b <= 0xdf) n = 1;
    else if (b >= 0xe0 && b <= 0xef) n = 2;
    else if (b >= 0xf0 && b <= 0xf4) n = 3;
    else return i;
    if (i + n >= buf.length) {
      for (let k = 1; i + k < buf.length; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
      return -1;
    }
    for (let k = 1; k <= n; k++) if ((buf[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Chooses the encoding from the first bytes; returns it and the BOM length to skip. */
export function sniffEncoding(head: Uint8Array): { encoding: Encoding; bom: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  if (firstInvalidUtf8(head) < 0) return { encoding: 'utf-8', bom: 0 };
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(head, { stream: true });
    return { encoding: 'gb18030', bom: 0 };
  } catch {
    return { encoding: 'utf-8', bom: 0 };
  }
}

/** A streaming decoder that names the byte offset of undecodable text and of a NUL byte. */
export class Decoder {
  private readonly decoder: TextDecoder;
  private offset = 0;
  constructor(readonly encoding: Encoding, private readonly file: string) {
    this.decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  }

  /** Decodes the next chunk. */
  decode(chunk: Uint8Array, final = false): string {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !final });
    } catch (err) {
      const at = this.encoding === 'utf-8' ? firstInvalidUtf8(chunk) : 0;
      throw new InputError('encoding', { offset: this.offset + Math.max(0, at), encoding: this.encoding }, { file: this.file }, { cause: err });
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) {
      const before = this.encoding === 'utf-8' ? Buffer.byteLength(text.slice(0, nul)) : nul * (this.encoding === 'gb18030' ? 1 : 2);
      throw new InputError('nul-byte', { offset: this.offset + before }, { file: this.file });
    }
    this.offset += chunk.length;
    return text;
  }
}

const EMPTY = Buffer.alloc(0);

/**
 * For UTF-8 files: a NUL byte, and invalid UTF-8, are named by their byte offset. `check` passes the
 * bytes on undecoded (csv-parse decodes each field itself, so decoding here would be done twice);
 * `decode` gives the text, decoded by TextDecoder (for papaparse, src/read/csv-plain.ts). A
 * character cut at a chunk's end is carried into the next chunk. One checker does one or the other.
 */
export class Utf8Checker {
  private offset = 0;
  private carry: Buffer = Buffer.alloc(0);
  private decoder: TextDecoder | undefined;
  private broken = false;
  constructor(private readonly file: string) {}

  /**
   * Decodes the next chunk; refuses what `check` refuses, with the same error, in the same chunk as
   * `check` would. Once the decoder has met a byte that is not UTF-8, the chunks go to `check`
   * (which may refuse them only a chunk or two later, or name a NUL byte before them) and no more
   * text is given.
   */
  decode(chunk: Buffer, final = false): string {
    if (this.broken) {
      this.check(chunk, final);
      return '';
    }
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new InputError('nul-byte', { offset: this.offset + nul }, { file: this.file });
    this.decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !final });
    } catch {
      this.broken = true;
      this.check(chunk, final);
      return '';
    }
    // The bytes of a character the decoder holds back, for the offset of an error in the next chunk.
    const bytes = this.carry.length > 0 && chunk.length < 4 ? Buffer.concat([this.carry, chunk]) : chunk;
    const cut = final ? bytes.length : completeUtf8Length(bytes);
    this.carry = cut === bytes.length ? EMPTY : Buffer.from(bytes.subarray(cut));
    this.offset += chunk.length;
    return text;
  }

  /** Checks the next chunk; returns it unchanged. */
  check(chunk: Buffer, final = false): Buffer {
    const nul = chunk.indexOf(0);
    if (nul >= 0) throw new InputError('nul-byte', { offset: this.offset + nul }, { file: this.file });
    const bytes = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    // Hold back a trailing incomplete sequence (at most 3 bytes) until the next chunk.
    const cut = final ? bytes.length : completeUtf8Length(bytes);
    const body = bytes.subarray(0, cut);
    if (!isUtf8(body)) {
      const at = Math.max(0, firstInvalidUtf8(body));
      throw new InputError('encoding', { offset: this.offset - this.carry.length + at, encoding: 'utf-8' }, { file: this.file });
    }
    this.offset += chunk.length;
    this.carry = Buffer.from(bytes.subarray(cut));
    return chunk;
  }
}
