// The atomic writer's own promise: a producer that fails leaves no temporary file behind, however
// early it fails (the stream opens its file asynchronously, after the failure may already be caught).
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QingdanError } from '../../src/errors.js';
import { errorMessage } from '../../src/report/messages.js';
import { writeAtomic, writeChunksAtomic } from '../../src/write/atomic.js';
import { writeList } from '../../src/write/index.js';
import { sampleDelegation, tempDir } from './helpers.js';

function* failAtOnce(): Generator<string> {
  throw new TypeError('a bug in the producer');
}

function* failAfterSome(): Generator<string> {
  yield '{"items":[';
  throw new TypeError('a bug in the producer');
}

describe('writeChunksAtomic when the producer throws', () => {
  it.each([
    ['before the first chunk', failAtOnce],
    ['after some chunks', failAfterSome],
  ])('%s: rethrows the error, leaves the old file as it was and no temporary file', async (_, gen) => {
    // Many rounds: before the fix, the temporary file was created after it had been removed in about
    // one round in five.
    for (let i = 0; i < 40; i++) {
      const d = mkdtempSync(join(tmpdir(), 'qingdan-atomic-'));
      const out = join(d, 'out.json');
      writeFileSync(out, 'old');
      await expect(writeChunksAtomic(out, gen(), { force: true })).rejects.toThrow('a bug in the producer');
      await new Promise((ok) => setTimeout(ok, 2));
      expect(readdirSync(d)).toEqual(['out.json']);
    }
  });
});

describe('writeList when a bug surfaces in the middle of a write', () => {
  it.each(['out.xlsx', 'out.yaml', 'out.csv'])('%s: the old file stays as it was, no temporary file is left', async (name) => {
    for (let i = 0; i < 10; i++) {
      const list = sampleDelegation();
      // A planted bug: reading this item's name throws, after the writer has begun.
      Object.defineProperty(list.items[1], 'name', { get: () => { throw new TypeError('planted bug'); }, enumerable: true });
      const d = tempDir();
      const out = join(d, name);
      writeFileSync(out, 'old');
      await expect(writeList(list, out, { force: true })).rejects.toThrow('planted bug');
      await new Promise((ok) => setTimeout(ok, 2));
      expect(readdirSync(d)).toEqual([name]);
      expect(readFileSync(out, 'utf8')).toBe('old');
    }
  });
});

describe('writeAtomic when the system refuses', () => {
  it.each([
    ['ENOSPC', '写入失败：磁盘空间不足（ENOSPC）', 'could not write: no space left on the disk (ENOSPC)'],
    ['EROFS', '写入失败：文件系统是只读的（EROFS）', 'could not write: the file system is read-only (EROFS)'],
    ['EACCES', '写入失败：没有访问权限（EACCES）', 'could not write: permission denied (EACCES)'],
    ['EWHATEVER', '写入失败：系统错误（EWHATEVER）', 'could not write: a system error (EWHATEVER)'],
  ])('%s is write-failed with its reason in both languages, the system\'s text only as the cause', async (code, zh, en) => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-atomic-'));
    const out = join(dir, 'out.csv');
    const refusal = Object.assign(new Error(`${code}: refused, write`), { code });
    const err = await writeAtomic(out, async () => {
      throw refusal;
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QingdanError);
    const q = err as QingdanError;
    expect([q.key, q.args, q.cause]).toEqual(['write-failed', { reason: 'fs', code }, refusal]);
    expect(errorMessage(q, 'zh-CN')).toBe(`${out}: ${zh}`);
    expect(errorMessage(q, 'en')).toBe(`${out}: ${en}`);
    expect(readdirSync(dir)).toEqual([]);
  });
});
