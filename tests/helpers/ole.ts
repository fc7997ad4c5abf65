/**
 * Test helper: a minimal OLE compound file (version 3, 512-byte sectors) whose directory holds the
 * given stream names, all empty. Enough for the reader, which looks only at the directory: an
 * encrypted OOXML workbook is such a file with the streams EncryptionInfo and EncryptedPackage.
 */
export function oleWithStreams(names: readonly string[]): Buffer {
  if (names.length > 3) throw new Error('oleWithStreams: at most 3 streams in one directory sector');
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // byte order
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory starts at sector 1
  header.writeUInt32LE(4096, 0x38); // mini stream cutoff
  header.writeUInt32LE(END, 0x3c); // no mini FAT
  header.writeUInt32LE(END, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 is the FAT
  fat.writeUInt32LE(END, 4); // sector 1, the directory, ends its chain
  const dir = Buffer.alloc(512);
  const entry = (i: number, name: string, type: number, child: number, right: number): void => {
    const at = i * 128;
    const n = Buffer.from(`${name}\0`, 'utf16le');
    n.copy(dir, at);
    dir.writeUInt16LE(n.length, at + 0x40);
    dir[at + 0x42] = type;
    dir[at + 0x43] = 1; // black
    dir.writeUInt32LE(FREE, at + 0x44); // left sibling
    dir.writeUInt32LE(right, at + 0x48);
    dir.writeUInt32LE(child, at + 0x4c);
    dir.writeUInt32LE(END, at + 0x74); // start sector
  };
  entry(0, 'Root Entry', 5, names.length ? 1 : FREE, FREE);
  names.forEach((name, i) => entry(i + 1, name, 2, FREE, i + 1 < names.length ? i + 2 : FREE));
  return Buffer.concat([header, fat, dir]);
}
