import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvChunks } from '../../src/write/csv.js';
import { writeList } from '../../src/write/index.js';
import { unneutraliseCsv } from '../../src/write/neutralise.js';
import { sampleDelegation, tempDir } from './helpers.js';

describe('csv writer', () => {
  it('writes canonical Chinese headers in canonical order, then extra headers', () => {
    const text = [...csvChunks(sampleDelegation())].join('');
    expect(text.split('\r\n')[0]).toBe(
      '事项编码,事项名称,子项名称,权力类别,实施部门,设定依据,备注,下放意见,不下放理由,下放方式,下放范围,承接批次,承接状态,承接日期,放权方确认,承接方确认,合法性审查,联系电话',
    );
  });

  it('quotes per RFC 4180 and ends records with CRLF', () => {
    const text = [...csvChunks(sampleDelegation())].join('');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows: string[][] = parse(text, { relax_column_count: false });
    expect(rows).toHaveLength(3);
    expect(rows[1][0]).toBe('0012');
    expect(rows[1][5]).toBe('《中华人民共和国食品安全法》第三十五条\n《食品经营许可管理办法》');
    expect(rows[2][8]).toBe('涉及全市统一执法, "需"市级');
  });

  it('neutralises formula-like cells with an apostrophe that unneutraliseCsv removes', () => {
    const rows: string[][] = parse([...csvChunks(sampleDelegation())].join(''));
    expect(rows[2][1]).toBe("'=1+1");
    expect(rows[2][2]).toBe("'@x");
    expect(rows[2][6]).toBe("'-5, '=quoted");
    expect(rows[2].map(unneutraliseCsv).slice(1, 3)).toEqual(['=1+1', '@x']);
    expect(unneutraliseCsv("'-5, '=quoted")).toBe("-5, '=quoted");
  });

  it('writes UTF-8 with BOM by default, and GB18030 on request', async () => {
    const dir = tempDir();
    await writeList(sampleDelegation(), join(dir, 'a.csv'));
    const bytes = readFileSync(join(dir, 'a.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await writeList(sampleDelegation(), join(dir, 'b.csv'), { encoding: 'gb18030' });
    const gb = readFileSync(join(dir, 'b.csv'));
    expect(gb[0]).not.toBe(0xef);
    expect(new TextDecoder('gb18030').decode(gb)).toBe([...csvChunks(sampleDelegation())].join(''));
  });
});
