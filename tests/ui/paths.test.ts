import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insideRoot, safeUploadPath, uniquePath } from '../../src/ui/paths.js';

describe('upload file names', () => {
  it('keeps the folder structure the browser sent', () => {
    expect(safeUploadPath('depts/市教育局.xlsx')).toBe('depts/市教育局.xlsx');
    expect(safeUploadPath('清单\\2016\\市民政局.csv')).toBe('清单/2016/市民政局.csv');
  });

  it('never climbs out of the upload folder', () => {
    expect(safeUploadPath('../../etc/passwd')).toBe('etc/passwd');
    expect(safeUploadPath('/etc/passwd')).toBe('etc/passwd');
    expect(safeUploadPath('a/../../b.csv')).toBe('a/b.csv');
    expect(safeUploadPath('..\\..\\windows\\win.ini')).toBe('windows/win.ini');
    expect(safeUploadPath('C:\\Users\\x.xlsx')).toBe('C_/Users/x.xlsx');
    for (const p of ['../../x', '/x', '....//x', '..\\x']) expect(insideRoot('/tmp/root', safeUploadPath(p)).startsWith(`${join('/tmp/root')}/`)).toBe(true);
  });

  it('drops control characters, reserved device names and empty names', () => {
    expect(safeUploadPath('a\u0000b\nc.csv')).toBe('a_b_c.csv');
    expect(safeUploadPath('CON.csv')).toBe('_CON.csv');
    expect(safeUploadPath('')).toBe('upload');
    expect(safeUploadPath('../..')).toBe('upload');
    expect(safeUploadPath('x.csv. ')).toBe('x.csv');
  });

  it('shortens a very long name to what a file system takes', () => {
    const long = `${'清'.repeat(200)}.csv`;
    expect(Buffer.byteLength(safeUploadPath(long))).toBeLessThanOrEqual(200);
  });

  it('refuses a path that leaves the root', () => {
    expect(() => insideRoot('/tmp/root', '../x')).toThrow();
    expect(() => insideRoot('/tmp/root', '')).toThrow();
  });

  it('gives two files of the same name two names', () => {
    const taken = new Set<string>();
    expect(uniquePath('a/x.csv', taken)).toBe('a/x.csv');
    expect(uniquePath('a/X.csv', taken)).toBe('a/X (2).csv');
    expect(uniquePath('a/x.csv', taken)).toBe('a/x (3).csv');
    expect(uniquePath('noext', taken)).toBe('noext');
    expect(uniquePath('noext', taken)).toBe('noext (2)');
  });
});
