/** Test helper: a minimal zip writer (local headers, central directory, end record) that can lie about sizes, and a reader of a workbook's parts. */
import { readFile } from 'node:fs/promises';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { readZipDirectory } from '../../src/read/zip-guard.js';

export interface ZipPart {
  name: string;
  data: string | Buffer;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** The uncompressed size the headers state (default: the true one). */
  declaredSize?: number;
}

/** A zip archive of the parts, in order (sizes as declared, so a test can make them lie). */
export function writeZip(parts: readonly ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const data = Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data, 'utf8');
    const method = p.method ?? 8;
    const body = method === 8 ? deflateRawSync(data) : data;
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6); // UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Where the central directory of a zip made by `zip` starts. */
export function centralDirectoryOffset(archive: Buffer): number {
  return archive.readUInt32LE(archive.length - 22 + 16);
}

/** The parts of an existing workbook, inflated, in zip order. */
export async function zipParts(path: string): Promise<ZipPart[]> {
  const dir = await readZipDirectory(path, path);
  const bytes = await readFile(path);
  const out: ZipPart[] = [];
  for (const e of dir.entries.values()) {
    const start = e.localOffset + 30 + bytes.readUInt16LE(e.localOffset + 26) + bytes.readUInt16LE(e.localOffset + 28);
    const body = bytes.subarray(start, start + e.compressedSize);
    out.push({ name: e.name, data: e.method === 8 ? inflateRawSync(body) : Buffer.from(body) });
  }
  return out;
}

/** A workbook's parts with some replaced or added. */
export async function withParts(path: string, replace: readonly ZipPart[]): Promise<Buffer> {
  const parts = await zipParts(path);
  const byName = new Map(replace.map((p) => [p.name, p]));
  const out = parts.map((p) => byName.get(p.name) ?? p);
  for (const p of replace) if (!parts.some((q) => q.name === p.name)) out.push(p);
  return writeZip(out);
}
