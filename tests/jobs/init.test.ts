import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initFiles } from '../../src/index.js';

describe('initFiles', () => {
  it('writes the starter config and the workflow, and says which', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-job-'));
    const wrote: string[] = [];
    const paths = await initFiles(dir, { lang: 'en', catalogue: 'cat.xlsx', onWrote: (p) => wrote.push(p) });
    expect(paths).toEqual([join(dir, 'qingdan.config.yaml'), join(dir, '.github/workflows/qingdan.yml')]);
    expect(wrote).toEqual(paths);
    expect(readFileSync(paths[0], 'utf8')).toContain('cat.xlsx');
  });

  it('writes nothing when one target exists, unless forced', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-job-'));
    writeFileSync(join(dir, 'qingdan.config.yaml'), 'mine');
    await expect(initFiles(dir, { lang: 'en' })).rejects.toMatchObject({ exitCode: 2 });
    expect(existsSync(join(dir, '.github'))).toBe(false);
    expect(readFileSync(join(dir, 'qingdan.config.yaml'), 'utf8')).toBe('mine');
    await initFiles(dir, { lang: 'en', force: true, ci: false });
    expect(readFileSync(join(dir, 'qingdan.config.yaml'), 'utf8')).not.toBe('mine');
  });
});
