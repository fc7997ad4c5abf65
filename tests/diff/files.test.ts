import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diff, diffFiles } from '../../src/diff/index.js';
import { readList } from '../../src/read/index.js';
import { writeList } from '../../src/write/index.js';

const FIX = 'tests/fixtures/diff';
const OLD = `${FIX}/catalogue-old.yaml`;
const NEW = `${FIX}/catalogue-new.yaml`;

/** The result without the file names, which differ between the in-memory and file forms. */
const body = (d: Awaited<ReturnType<typeof diffFiles>>) => {
  const { old: _o, new: _n, ...rest } = d;
  void _o; void _n;
  return JSON.parse(JSON.stringify(rest, (k, v) => (k === 'places' || k === 'place' ? undefined : v)));
};

describe('diffFiles', () => {
  it('finds every kind of change between two catalogue versions', async () => {
    const d = await diffFiles(OLD, NEW);
    expect(d.summary).toEqual({ added: 1, removed: 1, changed: 1, cancelled: 1, recoded: 1, transferred: 1, regressions: 0, takenBack: 0, unchanged: 2 });
    expect(d.added.map((e) => e.code)).toEqual(['370100-QR-0001']);
    expect(d.removed.map((e) => [e.code, e.place?.row])).toEqual([['370100-QT-0009', expect.any(Number)]]);
    expect(d.cancelled.map((e) => e.code)).toEqual(['370100-CF-0001']);
    expect(d.recoded).toEqual([{ oldCode: '370100-XK-0002', newCode: '370100-XK-0102', name: '药品零售企业许可' }]);
    expect(d.transferred).toEqual([{ code: '370100-XK-0003', name: '公共场所卫生许可', from: '市卫生健康委', to: '市市场监管局' }]);
    expect(d.changed.map((c) => [c.code, c.subItem, Object.keys(c.fields)])).toEqual([['0042', '新办', ['legalBasis']]]);
    expect(d.old).toMatchObject({ file: OLD, kind: 'catalogue', items: 7 });
  });

  it('gives the same result as the in-memory diff, also when the old items are kept in a temporary file', async () => {
    const mem = diff(await readList(OLD), await readList(NEW));
    expect(body(await diffFiles(OLD, NEW))).toEqual(body(mem));
    expect(body(await diffFiles(OLD, NEW, { memoryLimit: 0 }))).toEqual(body(mem));
  });

  it('is empty for a file against itself', async () => {
    const d = await diffFiles(NEW, NEW, { memoryLimit: 0 });
    expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 7 });
  });
});

describe('cross-format', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qingdan-diff-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const ext of ['csv', 'xlsx'] as const) {
    it(`the same items as .yaml and .${ext} give an empty diff`, async () => {
      for (const file of ['catalogue-new.yaml', 'delegation.yaml']) {
        const list = await readList(`${FIX}/${file}`);
        const out = join(dir, `${file}.${ext}`);
        await writeList(list, out, { force: true });
        const d = await diffFiles(`${FIX}/${file}`, out, { strict: true });
        expect(d.summary).toMatchObject({ added: 0, removed: 0, changed: 0, cancelled: 0, recoded: 0, transferred: 0, unchanged: list.items.length });
      }
    });
  }
});
