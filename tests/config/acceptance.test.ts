import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { errorMessage } from '../../src/report/messages.js';
import { InputError } from '../../src/errors.js';

const FILE = '/tmp/qingdan.config.yaml';

function failure(text: string): InputError {
  try {
    parseConfig(text, FILE);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('acceptance: in the configuration', () => {
  it('reads a date per batch and a deadline in days, batch numbers as keys', () => {
    const c = parseConfig('acceptance:\n  batches:\n    1: 2016-06-30\n    2: 2016-09-30\n  delegatedOn: 2016-06-30\n  withinDays: 90\n', FILE);
    expect(c.acceptance).toEqual({ batches: { 1: '2016-06-30', 2: '2016-09-30' }, delegatedOn: '2016-06-30', withinDays: 90 });
    expect(parseConfig('rules:\n  gap: warning\n', FILE).acceptance).toBeUndefined();
  });

  it('refuses an impossible date, naming the key and its line, in both languages', () => {
    const err = failure('catalogue: c.xlsx\nacceptance:\n  batches:\n    1: 2016-06-30\n    2: 2016-09-31\n');
    expect([err.key, err.exitCode, err.where?.row]).toEqual(['config-invalid', 2, 5]);
    expect(errorMessage(err, 'zh-CN')).toContain('acceptance.batches.2：“2016-09-31”不是有效日期');
    expect(errorMessage(err, 'en')).toContain('acceptance.batches.2: "2016-09-31" is not a real date');
  });

  it('refuses a deadline without its delegation date, and a date not written YYYY-MM-DD', () => {
    const err = failure('acceptance:\n  withinDays: 90\n');
    expect([err.key, err.where?.row]).toEqual(['config-invalid', 2]);
    expect(errorMessage(err, 'en')).toContain('withinDays needs delegatedOn');
    expect(errorMessage(err, 'zh-CN')).toContain('withinDays 须与 delegatedOn 一同给出');
    expect(failure('acceptance:\n  delegatedOn: 2016/6/30\n  withinDays: 90\n').where?.row).toBe(2);
    expect(failure('acceptance:\n  batches:\n    first: 2016-06-30\n').where?.row).toBe(3);
    expect(failure('acceptance:\n  delegatedOn: 2016-06-30\n  withinDays: 0\n').where?.row).toBe(3);
  });
});
