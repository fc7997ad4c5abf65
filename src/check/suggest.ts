/** Suggestions for an unknown code: catalogue items with the same folded name, then the nearest codes. */
import { distance } from 'fastest-levenshtein';
import { foldName } from '../model/normalise.js';
import type { Item } from '../model/types.js';
import type { CatalogueIndex } from './catalogue-index.js';

export interface Suggestion {
  code: string;
  name: string;
  /** For a sub-item the code does not have: the sub-items it does have. */
  subItem?: string;
}

const MAX_SUGGESTIONS = 5;
const MAX_CODES = 3;
/** Distance comparisons a run may spend on full scans; past it, only neighbours in sorted order are tried. */
const SCAN_BUDGET = 5_000_000;
const WINDOW = 64;

/** Suggests codes for unknown codes; keeps the sorted code list and the scan budget of one run. */
export class Suggester {
  private sorted?: string[];
  private spent = 0;

  constructor(private readonly index: CatalogueIndex) {}

  /** At most five suggestions: same-name items first, then codes within a small edit distance. */
  suggest(item: Pick<Item, 'code' | 'name'>): Suggestion[] {
    const out: Suggestion[] = [];
    const seen = new Set<string>();
    const add = (entry: Item): void => {
      if (seen.has(entry.code) || out.length >= MAX_SUGGESTIONS) return;
      seen.add(entry.code);
      out.push({ code: entry.code, name: entry.name ?? '' });
    };
    if (item.name) for (const e of this.index.byFoldedName().get(foldName(item.name)) ?? []) add(e);
    if (item.code) for (const code of this.nearestCodes(item.code)) add(this.index.byCode.get(code)![0]);
    return out;
  }

  /** The sub-items the catalogue has under a code (for an unknown sub-item). */
  subItems(code: string): Suggestion[] {
    return (this.index.byCode.get(code) ?? [])
      .filter((e) => e.subItem)
      .slice(0, MAX_SUGGESTIONS)
      .map((e) => ({ code: e.code, name: e.name ?? '', subItem: e.subItem }));
  }

  /** Codes within max(2, length/4) edits, nearest first, ties in catalogue order. */
  nearestCodes(code: string): string[] {
    const limit = Math.max(2, Math.floor(code.length / 4));
    const candidates = this.candidates(code);
    const scored: { code: string; d: number; i: number }[] = [];
    candidates.forEach((c, i) => {
      if (Math.abs(c.length - code.length) > limit) return;
      const d = distance(code, c);
      if (d <= limit && d > 0) scored.push({ code: c, d, i });
    });
    scored.sort((a, b) => a.d - b.d || a.i - b.i);
    return scored.slice(0, MAX_CODES).map((s) => s.code);
  }

  private candidates(code: string): readonly string[] {
    const codes = this.index.codes;
    if (this.spent + codes.length <= SCAN_BUDGET) {
      this.spent += codes.length;
      return codes;
    }
    // Past the budget (a huge catalogue and many unknown codes): codes next to it in sorted order.
    const sorted = (this.sorted ??= [...codes].sort());
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < code) lo = mid + 1;
      else hi = mid;
    }
    return sorted.slice(Math.max(0, lo - WINDOW), lo + WINDOW);
  }
}
