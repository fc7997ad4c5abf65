import { describe, expect, it } from 'vitest';
import { LANGS } from '../../../../src/text/lang.js';
import { MERGE_FORMATTERS as LOADERS, MERGE_FORMATS } from '../../../../src/report/formatters/merge/index.js';
import { consolidated, threeWay } from './sample.js';

const MERGE_FORMATTERS = { pretty: await LOADERS.pretty(), json: await LOADERS.json(), markdown: await LOADERS.markdown() };

describe('merge report formatters', () => {
  it('every format renders both reports in both languages without undefined or [object Object]', () => {
    for (const format of MERGE_FORMATS) {
      for (const lang of LANGS) {
        for (const report of [threeWay, consolidated]) {
          const text = MERGE_FORMATTERS[format](report, { lang, color: false });
          expect(text).not.toMatch(/undefined|\[object Object\]|NaN/u);
          expect(text.endsWith('\n')).toBe(true);
        }
      }
    }
  });
});
