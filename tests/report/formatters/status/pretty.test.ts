import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { formatStatusPretty } from '../../../../src/report/formatters/status/pretty.js';
import { formatWhoPretty } from '../../../../src/report/formatters/status/who-pretty.js';
import { status, whoReport } from '../../../../src/status/index.js';
import type { Lang } from '../../../../src/text/lang.js';
import { sampleCatalogue, sampleLists } from './sample.js';

const report = status(sampleLists, { catalogue: sampleCatalogue });
const tableLines = (text: string): string[] => text.split('\n\n')[0].split('\n');

describe('status pretty table', () => {
  it.each(['zh-CN', 'en'] as Lang[])('every line of the table has the same display width (%s)', (lang) => {
    for (const width of [155, 160, 200]) {
      const lines = tableLines(formatStatusPretty(report, { lang, color: false, width }));
      expect(lines).toHaveLength(2 + report.departments.length + 1); // header, rule, departments, total
      const widths = new Set(lines.map((l) => stringWidth(l)));
      expect([...widths]).toHaveLength(1);
    }
  });

  it('keeps the alignment with colour on (ANSI codes take no width)', () => {
    const lines = tableLines(formatStatusPretty(report, { lang: 'zh-CN', color: true, width: 160 }));
    expect(lines.join('')).toContain('\u001b[');
    expect(new Set(lines.map((l) => stringWidth(l))).size).toBe(1);
  });

  it('puts the bar of every row at the same display column, and sizes it to the terminal', () => {
    const at = (l: string): number => stringWidth(l.slice(0, l.search(/[█░]/u)));
    const bars = (l: string): number => (l.match(/[█░]/gu) ?? []).length;
    const narrow = tableLines(formatStatusPretty(report, { lang: 'zh-CN', color: false, width: 120 })).slice(2);
    const wide = tableLines(formatStatusPretty(report, { lang: 'zh-CN', color: false, width: 200 })).slice(2);
    expect(new Set(narrow.map(at)).size).toBe(1);
    expect(narrow.every((l) => stringWidth(l) <= 120)).toBe(true);
    expect(bars(wide[0])).toBe(20);
    expect(bars(narrow[0])).toBeGreaterThanOrEqual(5);
    expect(bars(narrow[0])).toBeLessThan(20);
  });

  it('degrades to one record per block where the table does not fit (label: value lines within the width)', () => {
    for (const lang of ['zh-CN', 'en'] as Lang[]) {
      const out = formatStatusPretty(report, { lang, color: false, width: 60 });
      const lines = out.split('\n');
      expect(lines.every((l) => stringWidth(l) <= 60), out).toBe(true);
      expect(out).not.toContain('──');
      const block = out.split('\n\n').find((b) => b.startsWith('市教育局'))!;
      expect(block).toMatch(lang === 'en' ? /Catalogue: 2/u : /目录: 2/u);
      expect(block).toMatch(/█+░*\s+100%/u);
    }
  });

  it('shows the counts and the accepted share per department and in total', () => {
    const out = formatStatusPretty(report, { lang: 'en', color: false, width: 200 });
    const row = (label: string): string[] => tableLines(out).find((l) => l.startsWith(label))!.split(/\s{2,}/u);
    // department, catalogue, listed, 下放, 不下放, 暂不下放, accepted, pending, deferred, disputes, partial, progress
    expect(row('市教育局').slice(0, 11)).toEqual(['市教育局', '2', '2', '2', '0', '0', '2', '0', '0', '0/0', '0']);
    expect(row('市市场监督管理局').slice(0, 11)).toEqual(['市市场监督管理局', '3', '3', '2', '1', '0', '1', '1', '0', '1/0', '1']);
    expect(row('Total').slice(0, 11)).toEqual(['Total', '6', '6', '5', '1', '0', '3', '1', '1', '1/0', '1']);
    expect(row('市教育局').at(-1)).toMatch(/100%$/u);
    expect(row('Total').at(-1)).toMatch(/60%$/u);
    expect(out).toContain('batch 1: 1 · batch 2: 2');
  });

  it('marks the catalogue column empty when no catalogue was given', () => {
    const out = formatStatusPretty(status(sampleLists), { lang: 'zh-CN', color: false });
    expect(tableLines(out)[2].split(/\s{2,}/u)[1]).toBe('—');
    expect(out).toContain('--catalogue');
  });
});

describe('who pretty', () => {
  const who = whoReport(['A1', 'A3', 'ZZ'], sampleLists, sampleCatalogue);
  it.each(['zh-CN', 'en'] as Lang[])('names who exercises each item (%s)', (lang) => {
    const out = formatWhoPretty(who, { lang, color: false });
    expect(out).not.toMatch(/undefined|NaN|\[object/u);
    const lines = out.split('\n').filter((l) => !l.startsWith(' ') && l);
    expect(lines.map((l) => l.split(/[:：]/u)[0].split(' ')[0])).toEqual(['A1', 'A3', 'ZZ']);
    expect(lines[0]).toContain(lang === 'en' ? 'the zone' : '管委会');
    expect(lines[0]).toContain('2016-06-30');
    expect(lines[1]).toContain('市市场监督管理局');
    expect(out).toContain('济高管函〔2016〕30号');
  });
});
