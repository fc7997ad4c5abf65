import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { merge } from '../../../../src/merge/consolidate.js';
import { mergeReport } from '../../../../src/merge/report.js';
import { merge3 } from '../../../../src/merge/three-way.js';
import { MERGE_FORMATTERS as LOADERS, MERGE_FORMATS } from '../../../../src/report/formatters/merge/index.js';
import { LANGS } from '../../../../src/text/lang.js';
import { list } from '../../../merge/helpers.js';
import schema from '../../../../schemas/merge-report.schema.json' with { type: 'json' };

const base = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '待承接', legalBasis: '《食品安全法》\n第三十五条' }], 'base.yaml');
const ours = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '已承接', legalBasis: '《食品安全法》\n第三十六条' }], 'ours.yaml');
const theirs = list([{ code: 'A', name: '食品经营许可', department: '市市场监管局', status: '暂缓承接', legalBasis: '《食品安全法》' }], 'theirs.yaml');
const threeWay = mergeReport(merge3(base, ours, theirs), {
  mode: 'three-way', strategy: 'fail', output: 'merged.yaml', written: false,
  inputs: [{ path: 'base.yaml', rows: 1, role: 'base' }, { path: 'ours.yaml', rows: 1, role: 'ours' }, { path: 'theirs.yaml', rows: 1, role: 'theirs' }],
});
const depts = [list([{ code: 'X', department: '市教育局' }, { code: 'Y', department: '市教育局' }], 'a.yaml'), list([{ code: 'X', department: '市民政局' }], 'b.yaml')];
const consolidated = mergeReport(merge(depts, { conflicts: 'mark' }), {
  mode: 'consolidate', strategy: 'mark', output: 'all.xlsx', written: true, inputs: [{ path: 'a.yaml', rows: 2 }, { path: 'b.yaml', rows: 1 }],
});

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

  it('json is the report as the contract shapes it, and valid against its schema', () => {
    const parsed = JSON.parse(MERGE_FORMATTERS.json(threeWay, { lang: 'zh-CN', color: false }));
    expect(parsed).toEqual(JSON.parse(JSON.stringify(threeWay)));
    expect(Object.keys(parsed)).toEqual(expect.arrayContaining(['version', 'inputs', 'output', 'conflicts', 'summary']));
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(parsed)).toBe(true);
    expect(validate(JSON.parse(MERGE_FORMATTERS.json(consolidated, { lang: 'en', color: false })))).toBe(true);
  });

  it('pretty keeps one line per conflict even for a legal basis over several lines', () => {
    const text = MERGE_FORMATTERS.pretty(threeWay, { lang: 'zh-CN', color: false });
    const lines = text.split('\n').filter((l) => l.startsWith('A '));
    expect(lines).toHaveLength(2);
    expect(lines.find((l) => l.includes('设定依据'))).toContain('《食品安全法》 ↵ 第三十五条');
  });

  it('markdown escapes line breaks in cells and shows the department totals', () => {
    const md = MERGE_FORMATTERS.markdown(threeWay, { lang: 'zh-CN', color: false });
    expect(md).toContain('《食品安全法》<br>第三十五条');
    const c = MERGE_FORMATTERS.markdown(consolidated, { lang: 'en', color: false });
    expect(c).toContain('| 市教育局 | 2 |');
    expect(c).toContain('| **total** | **2** |');
  });

  it('colour codes appear only when colour is on', () => {
    expect(MERGE_FORMATTERS.pretty(threeWay, { lang: 'en', color: false })).not.toContain('\u001b[');
    expect(MERGE_FORMATTERS.pretty(threeWay, { lang: 'en', color: true })).toContain('\u001b[');
  });
});
