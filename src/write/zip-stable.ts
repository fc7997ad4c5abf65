/**
 * Makes a zip byte-stable: archiver stamps every entry with the time of writing, so two runs of
 * the same export would differ. This rewrites the DOS time and date of every entry, in the local
 * headers and the central directory, to one fixed moment. Zip64 archives are left as they are.
 */
import { promises as fs } from 'node:fs';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function dosStamp(date: Date): { time: number; day: number } {
  const y = Math.max(1980, date.getUTCFullYear());
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
    day: ((y - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/** Sets every entry's modification time in the zip at `path` to `date` (UTC fields). */
export async function stampZip(path: string, date: Date): Promise<void> {
  const fh = await fs.open(path, 'r+');
  try {
    const { size } = await fh.stat();
    const tailSize = Math.min(size, 65_557);
    const tail = Buffer.alloc(tailSize);
    await fh.read(tail, 0, tailSize, size - tailSize);
    let at = -1;
    for (let i = tailSize - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
    if (at < 0) return;
    const entries = tail.readUInt16LE(at + 10);
    const cdSize = tail.readUInt32LE(at + 12);
    const cdOffset = tail.readUInt32LE(at + 16);
    if (entries === 0xffff || cdOffset === 0xffffffff) return;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const { time, day } = dosStamp(date);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(day, 2);
    const head = Buffer.alloc(4);
    let p = 0;
    for (let n = 0; n < entries && cd.readUInt32LE(p) === CENTRAL; n++) {
      stamp.copy(cd, p + 12);
      const local = cd.readUInt32LE(p + 42);
      await fh.read(head, 0, 4, local);
      if (head.readUInt32LE(0) === LOCAL) await fh.write(stamp, 0, 4, local + 10);
      p += 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    }
    await fh.write(cd, 0, cdSize, cdOffset);
  } finally {
    await fh.close();
  }
}

/** stampZip on a zip held in memory (a workbook written to a buffer): the same bytes as the file would get. */
export function stampZipBuffer(buf: Buffer, date: Date): Buffer {
  const tailSize = Math.min(buf.length, 65_557);
  const base = buf.length - tailSize;
  let at = -1;
  for (let i = buf.length - 22; i >= base; i--) if (buf.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) return buf;
  const entries = buf.readUInt16LE(at + 10);
  const cdOffset = buf.readUInt32LE(at + 16);
  if (entries === 0xffff || cdOffset === 0xffffffff) return buf;
  const { time, day } = dosStamp(date);
  let p = cdOffset;
  for (let n = 0; n < entries && buf.readUInt32LE(p) === CENTRAL; n++) {
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(day, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) === LOCAL) {
      buf.writeUInt16LE(time, local + 10);
      buf.writeUInt16LE(day, local + 12);
    }
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}
