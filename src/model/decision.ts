/** The decision that counts for an item: the one validate, status, the dashboard, --who and export all use. */
import { DELEGATE, INSIST, NOT_DELEGATE, WITHHOLD } from './enums.js';
import type { Item } from './types.js';

/** A dispute: the department does not delegate (不下放/暂不下放) while the zone insists (坚持承接). */
export function isDisputed(item: Pick<Item, 'decision' | 'acceptance'>): boolean {
  return (item.decision === NOT_DELEGATE || item.decision === WITHHOLD) && item.acceptance === INSIST;
}

/** A dispute settled by 协调结果 下放 or 不下放 (cli-contract: the dispute rule's `open: false`). */
export function isResolved(item: Pick<Item, 'decision' | 'acceptance' | 'resolution'>): boolean {
  return isDisputed(item) && (item.resolution === DELEGATE || item.resolution === NOT_DELEGATE);
}

/**
 * The effective decision (cli-contract, second wave: "the resolution is the item's effective
 * decision everywhere"): a resolved dispute takes its 协调结果, any other item its 下放意见.
 */
export function effectiveDecision(item: Pick<Item, 'decision' | 'acceptance' | 'resolution'>): string {
  return isResolved(item) ? item.resolution! : item.decision ?? '';
}
