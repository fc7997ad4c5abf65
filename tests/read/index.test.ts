import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandInputs, readList, readLists } from '../../src/read/index.js';
import { tempDir } from '../write/helpers.js';

describe('expandInputs', () => {
  it('takes a folder as its list files, in code-point order, leaving hidden and lock files out', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    for (const name of ['a.csv', 'sub/c.xlsx', '.hidden.yaml', '~$lock.xlsx', 'notes.md']) writeFileSync(join(dir, name), '');
    // A YAML file counts as a list by its content (its first key is one of the list form's).
    writeFileSync(join(dir, 'b.yaml'), 'kind: delegation\nitems: []\n');
    expect((await expandInputs([dir])).map((p) => p.slice(dir.length + 1))).toEqual(['a.csv', 'b.yaml', 'sub/c.xlsx']);
  });

  it('passes files through and refuses a folder without lists', async () => {
    expect(await expandInputs(['x.yaml'])).toEqual(['x.yaml']);
    await expect(expandInputs([tempDir()])).rejects.toMatchObject({ key: 'no-input' });
  });
});

describe('readLists', () => {
  it('reads every list, and reports a file it cannot read without stopping at it', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'items: [');
    const { lists, failures } = await readLists(['tests/fixtures/diff/delegation.yaml', join(dir, 'bad.yaml')]);
    expect(lists.map((l) => l.file)).toEqual(['tests/fixtures/diff/delegation.yaml']);
    expect(failures.map((f) => [f.file, f.error.exitCode])).toEqual([[join(dir, 'bad.yaml'), 2]]);
    expect((await readList('tests/fixtures/diff/delegation.yaml')).items.length).toBe(lists[0].items.length);
  });
});
