/** The cells of one status row, shared by the pretty and markdown tables (formatting only, no counting). */
import type { StatusCounts } from '../../../status/types.js';
import type { Lang } from '../../../text/lang.js';
import { BATCH_COUNT, st } from '../../text/status.js';
import type { ExtraColumn } from './extra-columns.js';

/** Delegated items: the ones whose acceptance status is counted. */
export const delegatedOf = (c: StatusCounts): number => c.status['已承接'] + c.status['待承接'] + c.status['暂缓承接'];

/** Accepted share of the delegated items, or undefined when nothing is delegated. */
export function acceptedShare(c: StatusCounts): number | undefined {
  const d = delegatedOf(c);
  return d === 0 ? undefined : c.status['已承接'] / d;
}

export const percent = (f: number | undefined): string => (f === undefined ? '—' : `${Math.round(f * 100)}%`);

export const departmentLabel = (d: string, lang: Lang): string => d || st('noDepartment', lang);

/** Header cells, without the progress column. */
export function headerCells(lang: Lang, extra: readonly ExtraColumn[] = []): string[] {
  return [...(['department', 'catalogue', 'listed', 'delegated', 'notDelegated', 'withheld', 'accepted', 'pending', 'deferred', 'disputes', 'partial'] as const).map((k) => st(k, lang)), ...extra.map((x) => x.head(lang))];
}

/** Count cells, without the department and progress columns. */
export function countCells(c: StatusCounts, hasCatalogue: boolean, extra: readonly ExtraColumn[] = []): string[] {
  return [
    hasCatalogue ? String(c.catalogue) : '—',
    String(c.listed),
    String(c.decision['下放']),
    String(c.decision['不下放']),
    String(c.decision['暂不下放']),
    String(c.status['已承接']),
    String(c.status['待承接']),
    String(c.status['暂缓承接']),
    `${c.disputes.open}/${c.disputes.resolved}`,
    String(c.partial),
    ...extra.map((x) => x.value(c)),
  ];
}

/** "第1批 200 · 第2批 100" / "batch 1: 200 · batch 2: 100". */
export function batchLine(batches: Record<string, number>, lang: Lang): string {
  const parts = Object.entries(batches).map(([b, n]) => BATCH_COUNT[lang]({ b, n }));
  return parts.length ? parts.join(' · ') : st('noBatches', lang);
}
