/** Texts of the planned acceptance dates (issue 18 point 4) that lower layers need: the configuration's errors. */
import type { Msg } from './lang.js';

type A = Record<string, unknown>;
const s = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** Reasons of config-invalid for `acceptance:` (spread into report/text/error-reasons.ts). */
export const ACCEPTANCE_REASONS: Record<'date-invalid' | 'acceptance-incomplete', Msg<A>> = {
  'date-invalid': {
    'zh-CN': (d) => `${s(d.key)}：“${s(d.value)}”不是有效日期（应为实际存在的日期，如 2016-06-30）`,
    en: (d) => `${s(d.key)}: "${s(d.value)}" is not a real date (expected e.g. 2016-06-30)`,
  },
  'acceptance-incomplete': {
    'zh-CN': (d) => `acceptance：${s(d.key)} 须与 ${s(d.other)} 一同给出（期限为下放日期后若干天）`,
    en: (d) => `acceptance: ${s(d.key)} needs ${s(d.other)} as well (the deadline is a number of days after the delegation date)`,
  },
};
