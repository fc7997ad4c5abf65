import { describe, expect, it } from 'vitest';
import { formatStatusMarkdown } from '../../../../src/report/formatters/status/markdown.js';
import { status } from '../../../../src/status/index.js';
import { sampleCatalogue, sampleLists } from './sample.js';

describe('status markdown', () => {
  it('has a row per department in the report, in its order, and headings in each language', () => {
    const report = status(sampleLists, { catalogue: sampleCatalogue });
    const en = formatStatusMarkdown(report, { lang: 'en' });
    const zh = formatStatusMarkdown(report, { lang: 'zh-CN' });
    const firstCells = (md: string): string[] => md.split('\n').filter((l) => l.startsWith('| ')).map((l) => l.split('|')[1].trim());
    for (const d of report.departments) expect(firstCells(en)).toContain(d.department);
    expect(firstCells(en).filter((c) => report.departments.some((d) => d.department === c))).toEqual(report.departments.map((d) => d.department));
    expect(zh).not.toBe(en);
  });
});
