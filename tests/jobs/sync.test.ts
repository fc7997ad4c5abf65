import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readList, sync, syncFiles, updatedList } from '../../src/index.js';

const FIX = 'tests/fixtures/diff';
const CAT = `${FIX}/catalogue-new.yaml`;
const OLD = `${FIX}/catalogue-old.yaml`;
const LIST = `${FIX}/delegation.yaml`;

describe('syncFiles', () => {
  it('reads the three files and answers as sync() does', async () => {
    const [catalogue, from, list] = await Promise.all([readList(CAT, { kind: 'catalogue' }), readList(OLD, { kind: 'catalogue' }), readList(LIST)]);
    expect(await syncFiles(LIST, { catalogue: CAT, from: OLD })).toEqual(sync(catalogue, list, { from }));
  });

  it('writes the updated list when asked', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qingdan-job-')), 'updated.yaml');
    const result = await syncFiles(LIST, { catalogue: CAT, write: out });
    const [catalogue, list] = await Promise.all([readList(CAT, { kind: 'catalogue' }), readList(LIST)]);
    expect((await readList(out)).items.map((i) => i.code)).toEqual(updatedList(list, result, catalogue).items.map((i) => i.code));
  });

  it('needs the new catalogue', async () => {
    await expect(syncFiles(LIST, {})).rejects.toMatchObject({ exitCode: 2, key: 'usage' });
  });
});
