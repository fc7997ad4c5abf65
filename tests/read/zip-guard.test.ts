import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QingdanError } from '../../src/errors.js';
import { checkZipLimits, openEntry, readZipDirectory } from '../../src/read/zip-guard.js';
import { writeZip } from '../helpers/zip.js';

const tmp = mkdtempSync(join(tmpdir(), 'qingdan-zip-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const file = (name: string, data: Buffer): string => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};
const limits = { maxInflated: 64 * 1024 * 1024, maxRatio: 200 };
const keyOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (err) {
    if (err instanceof QingdanError) return err.key;
    throw err;
  }
  return undefined;
};
async function inflate(path: string, name: string, lim = limits): Promise<Buffer> {
  const dir = await readZipDirectory(path, path);
  const chunks: Buffer[] = [];
  for await (const c of await openEntry(dir, dir.entries.get(name)!, lim, { inflated: 0 })) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

describe('zip-guard', () => {
  it('reads the central directory: names, methods and sizes as declared', async () => {
    const p = file('two.zip', writeZip([{ name: 'a.xml', data: Buffer.from('<a/>'.repeat(100)) }, { name: 'b.txt', data: Buffer.from('stored'), method: 0 }]));
    const dir = await readZipDirectory(p, 'two.zip');
    expect([...dir.entries.values()].map((e) => [e.name, e.method, e.size])).toEqual([['a.xml', 8, 400], ['b.txt', 0, 6]]);
    expect(dir.inflated).toBe(406);
    expect(keyOf(() => checkZipLimits(dir, limits))).toBeUndefined();
    expect((await inflate(p, 'a.xml')).toString()).toBe('<a/>'.repeat(100));
    expect((await inflate(p, 'b.txt')).toString()).toBe('stored');
  });

  it('a high ratio in a small part is not a bomb; in a part of a megabyte or more it is', async () => {
    const small = await readZipDirectory(file('small.zip', writeZip([{ name: 's.xml', data: Buffer.alloc(100_000, 0x20) }])), 'small.zip');
    expect(keyOf(() => checkZipLimits(small, limits))).toBeUndefined();
    const big = await readZipDirectory(file('big.zip', writeZip([{ name: 'z.xml', data: Buffer.alloc(2 * 1024 * 1024) }])), 'big.zip');
    expect(keyOf(() => checkZipLimits(big, limits))).toBe('zip-bomb');
    expect(keyOf(() => checkZipLimits(big, { ...limits, maxInflated: 1024 }))).toBe('xlsx-too-large');
  });

  it('a part that inflates past its declared size is stopped while inflating', async () => {
    const p = file('liar.zip', writeZip([{ name: 'l.xml', data: Buffer.alloc(300_000, 0x41), declaredSize: 1000 }]));
    await expect(inflate(p, 'l.xml')).rejects.toMatchObject({ key: 'zip-bomb' });
  });

  it('damaged or missing directories are xlsx-corrupt', async () => {
    const good = writeZip([{ name: 'a.xml', data: Buffer.from('<a/>') }]);
    await expect(readZipDirectory(file('cut.zip', good.subarray(0, good.length - 10)), 'cut.zip')).rejects.toMatchObject({ key: 'xlsx-corrupt' });
    const bad = Buffer.from(good);
    bad.writeUInt32LE(0, good.length - 22 - 46 - 5); // break the central header's signature
    await expect(readZipDirectory(file('bad.zip', bad), 'bad.zip')).rejects.toMatchObject({ key: 'xlsx-corrupt' });
    const garbage = writeZip([{ name: 'g.xml', data: Buffer.from('x'), method: 0 }]);
    const dir = await readZipDirectory(file('g.zip', garbage), 'g.zip');
    dir.entries.get('g.xml')!.method = 8; // stored bytes read as deflate: zlib fails
    const chunks: Buffer[] = [];
    await expect((async () => {
      for await (const c of await openEntry(dir, dir.entries.get('g.xml')!, limits, { inflated: 0 })) chunks.push(c as Buffer);
    })()).rejects.toMatchObject({ key: 'xlsx-corrupt' });
  });
});
