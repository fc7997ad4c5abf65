import { describe, expect, it } from 'vitest';
import { mdChunks } from '../../src/write/md.js';
import { makeItem, makeList, sampleDelegation } from './helpers.js';

describe('markdown writer', () => {
  it('writes a title and one table row per item, with canonical headers', () => {
    const lines = [...mdChunks(sampleDelegation())].join('').split('\n');
    expect(lines[0]).toBe('# 市级下放高新区管委会行政权力清单');
    expect(lines[2].startsWith('| 事项编码 | 事项名称 |')).toBe(true);
    expect(lines.filter((l) => l.startsWith('| '))).toHaveLength(4); // header, rule, two items
  });

  it('escapes pipes and keeps line breaks inside a cell', () => {
    const text = [...mdChunks(makeList('catalogue', [makeItem({ code: 'A', name: 'a|b', legalBasis: '一\n二' })]))].join('');
    expect(text).toContain('a\\|b');
    expect(text).toContain('一<br>二');
  });
});
