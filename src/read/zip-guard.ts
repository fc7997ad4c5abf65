/**
 * The zip container of an xlsx, read with Node alone: the central directory is parsed and checked
 * against the limits before anything is inflated, and each part is inflated from its own byte range
 * through a counter that stops a part which inflates past what it declared or past the limits.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { InputError, type Reason } from '../errors.js';
import type { ReadLimits } from './grid.js';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipDirectory {
  path: string;
  file: string;
  entries: Map<string, ZipEntry>;
  /** Sum of the declared uncompressed sizes. */
  inflated: number;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Parts smaller than this cannot be bombs, whatever their ratio (a run of 1,000 spaces deflates 100:1). */
export const RATIO_MIN_SIZE = 1024 * 1024;
const MAX_ENTRIES = 100_000;

const corrupt = (file: string, reason: Reason, args: Record<string, unknown> = {}, cause?: unknown): InputError =>
  new InputError('xlsx-corrupt', { reason, ...args }, { file }, cause === undefined ? undefined : { cause });

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** Reads the end-of-central-directory record and the central directory. Throws xlsx-corrupt when either is missing or damaged. */
export async function readZipDirectory(path: string, file: string): Promise<ZipDirectory> {
  const fh = await open(path, 'r');
  try {
    const { size: fileSize } = await fh.stat();
    const tailLength = Math.min(fileSize, 22 + 65535 + 20);
    const tail = await readAt(fh, fileSize - tailLength, tailLength);
    let at = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
        at = i;
        break;
      }
    }
    if (at < 0) throw corrupt(file, 'zip-no-end');
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
      const loc = at - 20;
      if (loc < 0 || tail.readUInt32LE(loc) !== EOCD64_LOCATOR) throw corrupt(file, 'zip64-locator');
      const rec = await readAt(fh, Number(tail.readBigUInt64LE(loc + 8)), 56);
      if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64) throw corrupt(file, 'zip64-record');
      count = Number(rec.readBigUInt64LE(32));
      cdSize = Number(rec.readBigUInt64LE(40));
      cdOffset = Number(rec.readBigUInt64LE(48));
    }
    if (count > MAX_ENTRIES) throw corrupt(file, 'zip-too-many-entries', { count, limit: MAX_ENTRIES });
    if (cdOffset + cdSize > fileSize) throw corrupt(file, 'zip-directory-truncated');
    const cd = await readAt(fh, cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let inflated = 0;
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw corrupt(file, 'zip-directory-damaged');
      const flags = cd.readUInt16LE(p + 8);
      const method = cd.readUInt16LE(p + 10);
      let compressedSize = cd.readUInt32LE(p + 20);
      let size = cd.readUInt32LE(p + 24);
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      let localOffset = cd.readUInt32LE(p + 42);
      const name = cd.subarray(p + 46, p + 46 + nameLength).toString(flags & 0x800 ? 'utf8' : 'latin1');
      const extra = cd.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength);
      // zip64 extended information: the 64-bit values, in order, of the fields that are 0xFFFFFFFF.
      for (let e = 0; e + 4 <= extra.length; ) {
        const id = extra.readUInt16LE(e);
        const len = extra.readUInt16LE(e + 2);
        if (id === 0x0001) {
          let q = e + 4;
          const next = (): number => {
            const v = q + 8 <= e + 4 + len ? Number(extra.readBigUInt64LE(q)) : NaN;
            q += 8;
            return v;
          };
          if (size === 0xffffffff) size = next();
          if (compressedSize === 0xffffffff) compressedSize = next();
          if (localOffset === 0xffffffff) localOffset = next();
        }
        e += 4 + len;
      }
      if (![size, compressedSize, localOffset].every(Number.isFinite)) throw corrupt(file, 'zip64-sizes', { entry: name });
      entries.set(name.replace(/\\/g, '/'), { name, method, flags, compressedSize, size, localOffset });
      inflated += size;
      p += 46 + nameLength + extraLength + commentLength;
    }
    return { path, file, entries, inflated };
  } finally {
    await fh.close();
  }
}

/** The declared sizes against the limits: total inflated size, and each large part's compression ratio. */
export function checkZipLimits(dir: ZipDirectory, limits: Pick<ReadLimits, 'maxInflated' | 'maxRatio'>): void {
  const { file } = dir;
  if (dir.inflated > limits.maxInflated) {
    throw new InputError('xlsx-too-large', { size: dir.inflated, limit: limits.maxInflated }, { file });
  }
  for (const e of dir.entries.values()) {
    if (e.flags & 0x1) throw new InputError('xlsx-encrypted', {}, { file });
    if (e.method !== 0 && e.method !== 8) throw corrupt(file, 'zip-method', { method: e.method, entry: e.name });
    if (e.method === 0 && e.size !== e.compressedSize) throw corrupt(file, 'zip-stored-sizes', { entry: e.name });
    if (e.size >= RATIO_MIN_SIZE) {
      const ratio = e.compressedSize === 0 ? Infinity : e.size / e.compressedSize;
      if (ratio > limits.maxRatio) throw bomb(file, e.name, ratio, limits.maxRatio);
    }
  }
}

const bomb = (file: string, entry: string, ratio: number, limit: number): InputError =>
  new InputError('zip-bomb', { entry, ratio: Number.isFinite(ratio) ? Math.round(ratio) : 'inf', limit }, { file });

/** Shared by the parts of one workbook: how many bytes have been inflated so far. */
export interface InflateBudget {
  inflated: number;
}

/** Counts inflated bytes; stops a part that outgrows its declared size, its ratio limit, or the workbook's limit. */
class InflateGuard extends Transform {
  private out = 0;
  constructor(
    private readonly dir: ZipDirectory,
    private readonly entry: ZipEntry,
    private readonly limits: Pick<ReadLimits, 'maxInflated' | 'maxRatio'>,
    private readonly budget: InflateBudget,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.out += chunk.length;
    this.budget.inflated += chunk.length;
    const { entry, limits, dir } = this;
    if (this.budget.inflated > limits.maxInflated) {
      done(new InputError('xlsx-too-large', { size: this.budget.inflated, limit: limits.maxInflated }, { file: dir.file }));
      return;
    }
    if (this.out > entry.size) {
      // A part that inflates past the size it declared is lying about its size: stop it at once.
      done(new InputError('zip-bomb', { entry: entry.name, declared: entry.size }, { file: dir.file }));
      return;
    }
    if (this.out >= RATIO_MIN_SIZE && this.out / Math.max(1, entry.compressedSize) > limits.maxRatio) {
      done(bomb(dir.file, entry.name, this.out / Math.max(1, entry.compressedSize), limits.maxRatio));
      return;
    }
    done(null, chunk);
  }
}

/** Where a part's compressed bytes start (after its local header). */
async function dataStart(dir: ZipDirectory, entry: ZipEntry): Promise<number> {
  const fh = await open(dir.path, 'r');
  try {
    const h = await readAt(fh, entry.localOffset, 30);
    if (h.length < 30 || h.readUInt32LE(0) !== LOCAL) throw corrupt(dir.file, 'zip-local-header', { entry: entry.name });
    const start = entry.localOffset + 30 + h.readUInt16LE(26) + h.readUInt16LE(28);
    const { size } = await fh.stat();
    if (start + entry.compressedSize > size) throw corrupt(dir.file, 'zip-part-truncated', { entry: entry.name });
    return start;
  } finally {
    await fh.close();
  }
}

/** A stream of one part's inflated bytes, guarded. Errors are InputErrors (zlib's become xlsx-corrupt). */
export async function openEntry(
  dir: ZipDirectory,
  entry: ZipEntry,
  limits: Pick<ReadLimits, 'maxInflated' | 'maxRatio'>,
  budget: InflateBudget,
): Promise<Readable> {
  const start = await dataStart(dir, entry);
  const guard = new InflateGuard(dir, entry, limits, budget);
  if (entry.compressedSize === 0) {
    guard.end();
    return guard;
  }
  const raw = createReadStream(dir.path, { start, end: start + entry.compressedSize - 1, highWaterMark: 256 * 1024 });
  const fail = (err: unknown): void => {
    guard.destroy(err instanceof InputError ? err : corrupt(dir.file, 'zip-inflate', { entry: entry.name }, err));
  };
  raw.on('error', fail);
  guard.on('close', () => raw.destroy());
  if (entry.method === 0) {
    raw.pipe(guard);
  } else {
    const inflate = createInflateRaw({ chunkSize: 128 * 1024 });
    inflate.on('error', fail);
    guard.on('close', () => inflate.destroy());
    raw.pipe(inflate).pipe(guard);
  }
  return guard;
}

/** Reads a whole (small) part as text. */
export async function readEntryText(
  dir: ZipDirectory,
  entry: ZipEntry,
  limits: Pick<ReadLimits, 'maxInflated' | 'maxRatio'>,
  budget: InflateBudget,
): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await openEntry(dir, entry, limits, budget)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
