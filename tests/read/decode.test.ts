import { describe, expect, it } from 'vitest';
import { Decoder, firstInvalidUtf8, sniffEncoding } from '../../src/read/decode.js';

describe('sniffEncoding', () => {
  it('takes a byte-order mark first', () => {
    expect(sniffEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bom: 3 });
    expect(sniffEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ encoding: 'utf-16le', bom: 2 });
    expect(sniffEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({ encoding: 'utf-16be', bom: 2 });
  });

  it('without one, valid UTF-8 is UTF-8 and anything else GB18030', () => {
    expect(sniffEncoding(Buffer.from('事项编码,事项名称\n', 'utf8')).encoding).toBe('utf-8');
    expect(sniffEncoding(Buffer.from([0xca, 0xc2, 0xcf, 0xee])).encoding).toBe('gb18030'); // 事项 in GBK
  });
});

describe('firstInvalidUtf8', () => {
  it('is the offset of the first byte that is not UTF-8, or -1', () => {
    expect(firstInvalidUtf8(Buffer.from('事项', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xca, 0xc2]))).toBe(1);
  });
});

describe('Decoder', () => {
  it('decodes a character cut between two chunks', () => {
    const bytes = Buffer.from('事项', 'utf8');
    const d = new Decoder('utf-8', 'a.csv');
    expect(d.decode(bytes.subarray(0, 2)) + d.decode(bytes.subarray(2), true)).toBe('事项');
    const g = new Decoder('gb18030', 'b.csv');
    expect(g.decode(Buffer.from([0xca])) + g.decode(Buffer.from([0xc2]), true)).toBe('事');
  });

  it('names the byte offset of undecodable text and of a NUL byte, with the file', () => {
    const d = new Decoder('utf-8', 'a.csv');
    d.decode(Buffer.from('AB'));
    expect(() => d.decode(Buffer.from([0x43, 0xff]), true)).toThrow(expect.objectContaining({ key: 'encoding', args: expect.objectContaining({ offset: 3 }), where: { file: 'a.csv' } }));
    expect(() => new Decoder('utf-8', 'b.csv').decode(Buffer.from('A\u0000'), true)).toThrow(expect.objectContaining({ key: 'nul-byte', args: { offset: 1 } }));
  });
});
