import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { DIFF_FORMATTERS, formatDiff } from '../../../src/report/formatters/diff/index.js';
import { MERGE_FORMATTERS } from '../../../src/report/formatters/merge/index.js';
import { loadFormatter } from '../../../src/report/formatters/load.js';
import { STATUS_FORMATTERS, WHO_FORMATTERS } from '../../../src/report/formatters/status/index.js';
import { SYNC_FORMATTERS } from '../../../src/report/formatters/sync/index.js';
import { formatValidate, VALIDATE_FORMATTERS } from '../../../src/report/formatters/validate/index.js';
import { DIFF_FORMATS, MERGE_FORMATS, STATUS_FORMATS, SYNC_FORMATS, VALIDATE_FORMATS } from '../../../src/report/formats.js';
import { smallReport } from './validate/helpers.js';

const MAPS = [
  ['validate', VALIDATE_FORMATTERS, VALIDATE_FORMATS],
  ['diff', DIFF_FORMATTERS, DIFF_FORMATS],
  ['sync', SYNC_FORMATTERS, SYNC_FORMATS],
  ['status', STATUS_FORMATTERS, STATUS_FORMATS],
  ['status --who', WHO_FORMATTERS, STATUS_FORMATS],
  ['merge', MERGE_FORMATTERS, MERGE_FORMATS],
] as const;

describe('formatter maps', () => {
  for (const [command, loaders, formats] of MAPS) {
    it(`${command}: every --format name loads a formatter, and the map offers no other`, async () => {
      expect(Object.keys(loaders).sort()).toEqual([...formats].sort());
      for (const name of formats) expect(await loadFormatter(loaders as Record<string, () => Promise<unknown>>, name), name).toBeTypeOf('function');
    });
  }

  it('an unknown format name is a usage error (exit 2), never a silent default', async () => {
    const report = await smallReport();
    await expect(formatValidate(report, 'yaml', { lang: 'en', color: false })).rejects.toBeInstanceOf(UsageError);
    await expect(formatValidate(report, 'toString', { lang: 'en', color: false })).rejects.toBeInstanceOf(UsageError);
    await expect(formatDiff({} as never, 'sarif', { lang: 'en', color: false })).rejects.toMatchObject({ exitCode: 2, key: 'usage' });
  });

  it('a known name formats as the formatter itself does', async () => {
    const report = await smallReport();
    const json = await VALIDATE_FORMATTERS.json();
    expect(await formatValidate(report, 'json', { lang: 'en', color: false })).toBe(json(report, { lang: 'en', color: false }));
  });
});
