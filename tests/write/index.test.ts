import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QingdanError } from '../../src/errors.js';
import { outputFormat, writeList } from '../../src/write/index.js';
import { sampleDelegation, tempDir } from './helpers.js';

const keyOf = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(() => undefined, (e: unknown) => (e instanceof QingdanError ? e.key : String(e)));

describe('writeList', () => {
  it('chooses the writer by extension', () => {
    expect(['a.xlsx', 'a.CSV', 'a.yml', 'a.yaml', 'a.json', 'a.md', 'a.html'].map(outputFormat)).toEqual(['xlsx', 'csv', 'yaml', 'yaml', 'json', 'md', 'html']);
    expect(() => outputFormat('a.txt')).toThrow(QingdanError);
  });

  it('refuses an existing output without force and replaces it with force', async () => {
    const dir = tempDir();
    const out = join(dir, 'out.yaml');
    writeFileSync(out, 'old');
    expect(await keyOf(writeList(sampleDelegation(), out))).toBe('output-exists');
    expect(readFileSync(out, 'utf8')).toBe('old');
    await writeList(sampleDelegation(), out, { force: true });
    expect(readFileSync(out, 'utf8')).toContain('kind: delegation');
  });

  it('never overwrites an input, even with force, unless inPlace', async () => {
    const dir = tempDir();
    const input = join(dir, 'in.yaml');
    writeFileSync(input, 'old');
    expect(await keyOf(writeList(sampleDelegation(), input, { force: true, inputs: [input] }))).toBe('output-is-input');
    expect(readFileSync(input, 'utf8')).toBe('old');
    await writeList(sampleDelegation(), input, { inputs: [input], inPlace: true });
    expect(readFileSync(input, 'utf8')).toContain('kind: delegation');
    expect(readdirSync(dir)).toEqual(['in.yaml']);
  });

  it('leaves no file behind when writing fails', async () => {
    const dir = tempDir();
    // A bug in a writer (here a list without items) stays a bug (exit 70), not "could not write".
    const broken = { ...sampleDelegation(), items: null as never };
    expect(await keyOf(writeList(broken, join(dir, 'x.csv')))).toMatch(/^TypeError/u);
    expect(readdirSync(dir)).toEqual([]);
    // The system refusing the write (here: no such folder) is write-failed.
    expect(await keyOf(writeList(sampleDelegation(), join(dir, 'missing', 'x.csv')))).toBe('write-failed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
