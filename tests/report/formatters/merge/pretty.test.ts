import { describe, expect, it } from 'vitest';
import { MERGE_FORMATTERS as LOADERS } from '../../../../src/report/formatters/merge/index.js';
import { threeWay } from './sample.js';

const MERGE_FORMATTERS = { pretty: await LOADERS.pretty(), json: await LOADERS.json(), markdown: await LOADERS.markdown() };

describe('merge pretty', () => {
  it('pretty keeps one line per conflict even for a legal basis over several lines', () => {
    const text = MERGE_FORMATTERS.pretty(threeWay, { lang: 'zh-CN', color: false });
    const lines = text.split('\n').filter((l) => l.startsWith('A '));
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('设定依据'))).toContain('《食品安全法》 ↵ 第三十五条');
  });

  it('colour codes appear only when colour is on', () => {
    expect(MERGE_FORMATTERS.pretty(threeWay, { lang: 'en', color: false })).not.toContain('\u001b[');
    expect(MERGE_FORMATTERS.pretty(threeWay, { lang: 'en', color: true })).toContain('\u001b[');
  });
});
