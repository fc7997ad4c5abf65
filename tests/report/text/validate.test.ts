import { describe, expect, it } from 'vitest';
import { SUMMARY_LINE } from '../../../src/report/text/validate.js';

describe('the validate summary line', () => {
  const s = { items: 3250, errors: 40, warnings: 31, infos: 921, waived: 2 };

  it('says what each number counts: items checked, problems (errors and warnings), notices, waivers', () => {
    expect(SUMMARY_LINE['zh-CN'](s)).toBe('共检查 3250 个事项：发现问题 71 个（错误 40，警告 31），提示 921 条（不是问题，如尚未承接），已豁免 2 个');
    expect(SUMMARY_LINE.en(s)).toBe(
      '3250 items checked: 71 problems (40 errors, 31 warnings), 921 notices (not problems, such as items not yet accepted), 2 waived',
    );
  });

  it('uses the singular for one', () => {
    expect(SUMMARY_LINE.en({ items: 1, errors: 1, warnings: 0, infos: 1, waived: 0 })).toBe(
      '1 item checked: 1 problem (1 error, 0 warnings), 1 notice (not problems, such as items not yet accepted), 0 waived',
    );
  });
});
