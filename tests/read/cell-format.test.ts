import { describe, expect, it } from 'vitest';
import { formatAsCode, isDateFormat, serialToDate } from '../../src/read/cell-format.js';

describe('cell formats', () => {
  it('reads a zero-padded or text-formatted number as the code the sheet shows', () => {
    expect(formatAsCode(12, '000000')).toBe('000012');
    expect(formatAsCode(12, '@')).toBe('12');
    expect(formatAsCode(12, '0.00')).toBeUndefined();
    expect(formatAsCode(1.5, '000')).toBeUndefined();
  });

  it('tells date formats from number formats, ignoring colours and quoted text', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('[Red]0.00')).toBe(false);
    expect(isDateFormat('"day"0')).toBe(false);
  });

  it('turns serials into dates in both date systems', () => {
    expect(serialToDate(42551, false).toISOString().slice(0, 10)).toBe('2016-06-30');
    expect(serialToDate(42551 - 1462, true).toISOString().slice(0, 10)).toBe('2016-06-30');
  });
});
