import { describe, expect, it } from 'vitest';
import { buildHeaderIndex } from '../../src/model/columns.js';
import { cellText, findHeader } from '../../src/read/headers.js';

const rows = (...cells: (string | null)[][]) => cells.map((c, i) => ({ row: i + 1, cells: c }));

describe('findHeader', () => {
  const index = buildHeaderIndex();

  it('finds the header under title rows, with the header as written and the columns it does not know', () => {
    const found = findHeader(rows(['济南市行政权力事项目录'], [], ['序号', '事项编码', '事项名称', '附注说明']), index);
    expect(found?.last).toBe(2);
    expect(found?.columns.filter((c) => c.index > 0).map((c) => [c.index, c.keys[0], c.header])).toEqual([[1, 'code', '事项编码'], [2, 'name', '事项名称']]);
    expect(found?.extra.map((e) => e.header)).toEqual(['附注说明']);
  });

  it('finds nothing in rows without a code or name column', () => {
    expect(findHeader(rows(['甲', '乙'], ['1', '2']), index)).toBeUndefined();
  });
});

describe('cellText', () => {
  it('is the text of a cell, empty for an empty one', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(' 370100 ')).toContain('370100');
    expect(cellText(12)).toBe('12');
  });
});
