import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/text/lang.js';
import { DUPLICATE_MARK, MARK_TEXT, MERGE_LABELS, MERGE_OUTCOME } from '../../src/text/merge.js';

describe('merge texts', () => {
  it('every text renders in both languages, with and without optional values', () => {
    for (const lang of LANGS) {
      for (const m of Object.values(MARK_TEXT)) {
        for (const args of [{ header: '承接状态', base: '待承接', ours: '已承接', theirs: '暂缓承接' }, { header: '备注' }]) {
          const s = m[lang](args);
          expect(s).not.toMatch(/undefined|null/u);
          expect(s).toContain(args.header);
        }
      }
      expect(DUPLICATE_MARK[lang]({ place: 'a.yaml:3', department: '市教育局' })).toContain('a.yaml:3');
      expect(DUPLICATE_MARK[lang]({ place: 'a.yaml:3' })).not.toMatch(/undefined/u);
      for (const m of Object.values(MERGE_OUTCOME)) {
        expect(m[lang]({ path: 'out.yaml', items: 3, rows: 4, conflicts: 1, dropped: 1, deleted: 0, copies: 2 })).toMatch(/out\.yaml.*/u);
      }
      for (const m of Object.values(MERGE_LABELS)) expect(m[lang]({}).length).toBeGreaterThan(0);
    }
  });

  it('an empty value reads as empty, not as a blank between quotes', () => {
    expect(MARK_TEXT.changed['zh-CN']({ header: '备注', base: '', ours: '新增', theirs: '另写' })).toBe('备注：原为空，本方改为“新增”，对方改为“另写”');
    expect(MARK_TEXT.changed.en({ header: '备注', base: '', ours: 'x', theirs: 'y' })).toBe('备注: base empty, ours "x", theirs "y"');
  });
});
