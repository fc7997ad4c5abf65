/**
 * `acceptance:` of qingdan.config.yaml (issue 18 point 4). The schema has checked the shape
 * (YYYY-MM-DD strings, a positive withinDays, batch numbers as keys); here delegatedOn and
 * withinDays must come together, and every date must also be a real one (2016-02-30 is not), else exit 2 naming the
 * key and its line.
 */
import { InputError } from '../errors.js';
import type { AcceptancePlan } from '../model/acceptance-plan.js';
import { parseDate } from '../model/normalise.js';
import type { ConfigFile } from './types.js';

/** The line of the first `key:` at or after the line of `after:` (1-based), for the error's place. */
function lineOf(text: string, key: string, after?: string): number | undefined {
  const lines = text.split(/\r?\n/u);
  const start = after ? Math.max(0, lines.findIndex((l) => new RegExp(`^\\s*${after}\\s*:`, 'u').test(l))) : 0;
  const quoted = key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const i = lines.findIndex((l, n) => n >= start && new RegExp(`^\\s*["']?${quoted}["']?\\s*:`, 'u').test(l));
  return i >= 0 ? i + 1 : undefined;
}

export function acceptancePlan(data: NonNullable<ConfigFile['acceptance']>, text: string, file: string): AcceptancePlan {
  const date = (value: string, key: string, after?: string): string => {
    const iso = parseDate(value);
    if (iso === value) return iso;
    const line = lineOf(text, key, after);
    throw new InputError('config-invalid', { reason: 'date-invalid', key: after ? `acceptance.${after}.${key}` : `acceptance.${key}`, value, line }, { file, row: line });
  };
  for (const [key, other] of [['delegatedOn', 'withinDays'], ['withinDays', 'delegatedOn']] as const) {
    if (data[key] !== undefined && data[other] === undefined) {
      const line = lineOf(text, key, 'acceptance');
      throw new InputError('config-invalid', { reason: 'acceptance-incomplete', key, other, line }, { file, row: line });
    }
  }
  const plan: AcceptancePlan = {};
  if (data.delegatedOn !== undefined) plan.delegatedOn = date(String(data.delegatedOn), 'delegatedOn', 'acceptance');
  if (data.withinDays !== undefined) plan.withinDays = data.withinDays;
  if (data.batches) {
    plan.batches = Object.fromEntries(Object.entries(data.batches).map(([b, d]) => [String(Number(b)), date(String(d), b, 'batches')]));
  }
  return plan;
}
