import { describe, expect, it } from 'vitest';
import { MERGE_FORMATTERS as LOADERS } from '../../../../src/report/formatters/merge/index.js';
import { consolidated, threeWay } from './sample.js';

const MERGE_FORMATTERS = { pretty: await LOADERS.pretty(), json: await LOADERS.json(), markdown: await LOADERS.markdown() };

describe('merge markdown', () => {
  it('markdown escapes line breaks in cells and shows the department totals', () => {
    const md = MERGE_FORMATTERS.markdown(threeWay, { lang: 'zh-CN', color: false });
    expect(md).toContain('《食品安全法》<br>第三十五条');
    const c = MERGE_FORMATTERS.markdown(consolidated, { lang: 'en', color: false });
    expect(c).toContain('| 市教育局 | 2 |');
    expect(c).toContain('| **total** | **2** |');
  });
});
