/**
 * Round two without the shared rounds module: which findings of the previous round are resolved,
 * which are still open and which are new. PROVISIONAL: `provisionalFingerprint` is a stand-in for
 * the shared fingerprint of the review-rounds work (finding.round, report.rounds); replace this
 * file's fingerprint (or the whole comparison) by it once that is merged.
 */
import type { Finding } from '../check/finding.js';

export type RoundMark = 'new' | 'open';

/** PROVISIONAL fingerprint of a finding across rounds: rule, code, department and column (not the row, which moves when rows are added). */
export function provisionalFingerprint(f: Pick<Finding, 'rule' | 'code' | 'department' | 'column'>): string {
  return JSON.stringify([f.rule, f.code ?? '', f.department ?? '', f.column ?? '']);
}

export interface RoundComparison<F> {
  /** The mark of each current finding, by its index in `current`. */
  marks: RoundMark[];
  /** Findings of the previous round that no current finding matches. */
  resolved: F[];
  counts: { resolved: number; open: number; new: number };
}

/** Matches findings by fingerprint, one to one (two equal findings before and one now: one open, one resolved). */
export function compareRounds<F extends Pick<Finding, 'rule' | 'code' | 'department' | 'column'>>(previous: readonly F[], current: readonly F[]): RoundComparison<F> {
  const waiting = new Map<string, F[]>();
  for (const f of previous) {
    const key = provisionalFingerprint(f);
    waiting.set(key, [...(waiting.get(key) ?? []), f]);
  }
  const marks = current.map((f): RoundMark => {
    const left = waiting.get(provisionalFingerprint(f));
    return left && left.shift() ? 'open' : 'new';
  });
  const resolved = [...waiting.values()].flat();
  const open = marks.filter((m) => m === 'open').length;
  return { marks, resolved, counts: { resolved: resolved.length, open, new: marks.length - open } };
}
