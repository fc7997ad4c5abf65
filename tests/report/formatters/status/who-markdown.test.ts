import { describe, expect, it } from 'vitest';
import { formatWhoMarkdown } from '../../../../src/report/formatters/status/who-markdown.js';
import { whoReport } from '../../../../src/status/index.js';
import { sampleCatalogue, sampleLists } from './sample.js';

describe('status --who markdown', () => {
  it('answers every code asked, an unknown one included, one table row each after the header', () => {
    const report = whoReport(['A1', 'A3', 'C1', 'ZZ'], sampleLists, sampleCatalogue);
    const md = formatWhoMarkdown(report, { lang: 'en' });
    const rows = md.split('\n').filter((l) => /^\| [A-Z]/u.test(l));
    expect(rows.map((l) => l.split('|')[1].trim()).slice(1)).toEqual(['A1', 'A3', 'C1', 'ZZ']);
    expect(formatWhoMarkdown(report, { lang: 'zh-CN' })).not.toBe(md);
  });
});
