import { describe, expect, it } from 'vitest';
import { formatWhoPretty } from '../../../../src/report/formatters/status/who-pretty.js';
import { whoReport } from '../../../../src/status/index.js';
import { sampleCatalogue, sampleLists } from './sample.js';

describe('status --who pretty', () => {
  it('starts a line with each code asked, in order, with colour only when asked', () => {
    const report = whoReport(['A1', 'C1', 'ZZ'], sampleLists, sampleCatalogue);
    const out = formatWhoPretty(report, { lang: 'en', color: false });
    const lines = out.split('\n').filter((l) => /^[A-Z]/u.test(l));
    expect(lines.map((l) => l.split(/[\s:：]/u)[0])).toEqual(['A1', 'C1', 'ZZ']);
    expect(out).not.toMatch(/\u001b\[/u);
    expect(formatWhoPretty(report, { lang: 'en', color: true })).toMatch(/\u001b\[/u);
  });
});
