import { describe, expect, it } from 'vitest';
import { departmentHint, detectKind } from '../../src/read/kind.js';
import type { FieldKey } from '../../src/model/types.js';

const keys = (...k: FieldKey[]): Set<FieldKey> => new Set(k);

describe('detectKind', () => {
  it('goes by the columns first', () => {
    expect(detectKind(keys('code', 'name', 'decision'))).toBe('delegation');
    expect(detectKind(keys('code', 'name', 'itemStatus'))).toBe('catalogue');
    expect(detectKind(keys('code', 'name', 'batch'))).toBe('zone');
    expect(detectKind(keys('code', 'name', 'decision'), '市级目录')).toBe('delegation');
  });

  it('then by the title, then a legal basis means a catalogue, else it cannot tell', () => {
    expect(detectKind(keys('code', 'name'), '济南市行政权力事项目录')).toBe('catalogue');
    expect(detectKind(keys('code', 'name'), '下放事项清单')).toBe('delegation');
    expect(detectKind(keys('code', 'name'), '高新区管委会承接事项')).toBe('zone');
    expect(detectKind(keys('code', 'name', 'legalBasis'))).toBe('catalogue');
    expect(detectKind(keys('code', 'name'))).toBeUndefined();
  });
});

describe('departmentHint', () => {
  it('finds the department in a title or file name', () => {
    expect(departmentHint('市市场监管局下放事项清单')).toBe('市市场监管局');
    expect(departmentHint(undefined)).toBeUndefined();
  });
});
