/**
 * OLE compound files (D0 CF 11 E0 …): what the directory holds tells an encrypted OOXML workbook
 * (EncryptionInfo + EncryptedPackage streams) from a legacy Excel 97-2003 workbook (Workbook or Book).
 */
import { open, type FileHandle } from 'node:fs/promises';

export const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export type OleKind = 'encrypted' | 'xls' | 'other';

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** One directory entry: a stream (type 2) or a storage (1, root 5), with the size its entry states. */
export interface OleEntry {
  name: string;
  type: number;
  size: number;
}

/** The stream and storage names of the compound file's directory. */
export async function oleDirectoryNames(path: string): Promise<string[]> {
  return (await oleDirectory(path)).map((e) => e.name);
}

/** The compound file's directory entries, read from the directory sectors alone (no stream is read). */
export async function oleDirectory(path: string): Promise<OleEntry[]> {
  const fh = await open(path, 'r');
  try {
    const header = await readAt(fh, 0, 512);
    if (header.length < 512 || !header.subarray(0, 8).equals(OLE_MAGIC)) return [];
    const shift = header.readUInt16LE(0x1e);
    if (shift !== 9 && shift !== 12) return [];
    const sectorSize = 1 << shift;
    const sector = (id: number): Promise<Buffer> => readAt(fh, (id + 1) * sectorSize, sectorSize);
    const fatCount = Math.min(header.readUInt32LE(0x2c), MAX_SECTORS);
    // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
    const fatSectors: number[] = [];
    for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(header.readUInt32LE(0x4c + i * 4));
    let difat = header.readUInt32LE(0x44);
    for (let guard = 0; difat < END_OF_CHAIN && fatSectors.length < fatCount && guard < MAX_SECTORS; guard++) {
      const s = await sector(difat);
      const per = sectorSize / 4 - 1;
      for (let i = 0; i < per && fatSectors.length < fatCount; i++) fatSectors.push(s.readUInt32LE(i * 4));
      difat = s.readUInt32LE(per * 4);
    }
    const perFat = sectorSize / 4;
    const fatCache = new Map<number, Buffer>();
    const nextSector = async (id: number): Promise<number> => {
      const which = Math.floor(id / perFat);
      if (which >= fatSectors.length) return END_OF_CHAIN;
      let s = fatCache.get(which);
      if (!s) {
        s = await sector(fatSectors[which]);
        fatCache.set(which, s);
      }
      const at = (id % perFat) * 4;
      return at + 4 <= s.length ? s.readUInt32LE(at) : END_OF_CHAIN;
    };
    const names: OleEntry[] = [];
    const seen = new Set<number>();
    for (let id = header.readUInt32LE(0x30); id < END_OF_CHAIN && !seen.has(id) && seen.size < 4096; id = await nextSector(id)) {
      seen.add(id);
      const s = await sector(id);
      for (let e = 0; e + 128 <= s.length; e += 128) {
        const length = s.readUInt16LE(e + 0x40);
        const type = s[e + 0x42];
        if (type === 0 || length < 2 || length > 64) continue;
        // Version 3 files have 512-byte sectors and a 32-bit size; version 4 a 64-bit one.
        const size = s.readUInt32LE(e + 0x78) + (shift === 12 ? s.readUInt32LE(e + 0x7c) * 2 ** 32 : 0);
        names.push({ name: s.subarray(e, e + length - 2).toString('utf16le'), type, size });
      }
    }
    return names;
  } finally {
    await fh.close();
  }
}

/** Classifies a compound file by its directory. */
export async function classifyOle(path: string): Promise<OleKind> {
  const names = new Set(await oleDirectoryNames(path));
  if (names.has('EncryptedPackage') || names.has('EncryptionInfo')) return 'encrypted';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return 'other';
}
