/**
 * Test helper: a minimal OLE compound file (version 3, 512-byte sectors) whose root holds the given
 * streams and storages, all empty. Enough for the reader, which looks only at the directory: an
 * encrypted OOXML workbook is such a file with the streams EncryptionInfo and EncryptedPackage, a
 * legacy .xls one with a Workbook stream.
 */
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

export function compoundFile(children: readonly { name: string; storage?: boolean }[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  header.writeUInt32LE(4096, 0x38);
  header.writeUInt32LE(END_OF_CHAIN, 0x3c);
  header.writeUInt32LE(END_OF_CHAIN, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  fat.writeUInt32LE(END_OF_CHAIN, 4); // sector 1, the directory, ends the chain
  const dirSectors = Math.ceil((children.length + 1) / 4);
  for (let s = 1; s < dirSectors; s++) fat.writeUInt32LE(s + 1, s * 4);
  if (dirSectors > 1) fat.writeUInt32LE(END_OF_CHAIN, dirSectors * 4);
  const dir = Buffer.alloc(dirSectors * 512);
  const entry = (k: number, name: string, type: number, right: number, child: number): void => {
    const at = k * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1; // black
    dir.writeUInt32LE(FREE, at + 0x44);
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(END_OF_CHAIN, at + 0x74);
  };
  entry(0, 'Root Entry', 5, FREE, children.length ? 1 : FREE);
  children.forEach((c, i) => entry(i + 1, c.name, c.storage ? 1 : 2, i + 1 < children.length ? i + 2 : FREE, FREE));
  return Buffer.concat([header, fat, dir]);
}


/** An OLE file whose root holds these streams. */
export function oleWithStreams(names: readonly string[]): Buffer {
  return compoundFile(names.map((name) => ({ name })));
}
