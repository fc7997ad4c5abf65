import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, isListFile } from '../../src/read/detect.js';
import { OLE_MAGIC } from '../../src/read/ole.js';
import { tempDir } from '../write/helpers.js';

describe('detectFormat', () => {
  const dir = tempDir();
  const file = (name: string, bytes: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('goes by the content first: a zip is xlsx, an OLE container ole, whatever the extension says', async () => {
    expect((await detectFormat('tests/fixtures/xlsx/simple.xlsx')).format).toBe('xlsx');
    expect((await detectFormat(file('renamed.csv', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64)])))).format).toBe('xlsx');
    expect((await detectFormat(file('old.xlsx', Buffer.concat([OLE_MAGIC, Buffer.alloc(64)])))).format).toBe('ole');
  });

  it('tells an empty file, YAML and CSV apart, and gives the first bytes', async () => {
    expect((await detectFormat(file('empty.yaml', ''))).format).toBe('empty');
    expect((await detectFormat('tests/fixtures/yaml/chinese-keys.yaml')).format).toBe('yaml');
    const csv = await detectFormat('tests/fixtures/csv/utf8-lf.csv');
    expect(csv.format).toBe('csv');
    expect(csv.head.length).toBeGreaterThan(0);
  });
});

describe('isListFile', () => {
  it('takes the list formats met in a folder, and nothing else', () => {
    for (const name of ['a.xlsx', 'B.CSV', 'c.tsv', 'd.yaml', 'e.yml']) expect(isListFile(name), name).toBe(true);
    for (const name of ['a.docx', 'notes.md', 'a.xlsx.bak', 'README']) expect(isListFile(name), name).toBe(false);
  });
});
