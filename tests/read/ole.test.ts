import { describe, expect, it } from 'vitest';
import { classifyOle, OLE_MAGIC, oleDirectoryNames } from '../../src/read/ole.js';
import { readFileSync } from 'node:fs';

describe('ole', () => {
  it('knows a legacy .xls workbook by its directory', async () => {
    expect(readFileSync('tests/fixtures/xlsx/legacy.xls').subarray(0, 8)).toEqual(OLE_MAGIC);
    expect(await oleDirectoryNames('tests/fixtures/xlsx/legacy.xls')).toContain('Workbook');
    expect(await classifyOle('tests/fixtures/xlsx/legacy.xls')).toBe('xls');
  });
});
