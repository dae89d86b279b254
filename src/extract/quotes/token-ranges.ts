import { partitionPoint } from '../../text/partition-point.js';

/*
 * Token ranges [tokenStart, tokenEnd) — role spans, sentences — compared the same way by every assembly
 * rule, so the rules agree on what "overlaps" means.
 */

export interface TokenRange {
  tokenStart: number;
  tokenEnd: number;
}

/** Whether two token ranges share a token. */
export const overlaps = (a: TokenRange, b: TokenRange): boolean => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;

/** Whether any of `ranges` has a token in [from, to). */
export function covered(ranges: readonly TokenRange[], from: number, to: number): boolean {
  return ranges.some((s) => s.tokenStart < to && from < s.tokenEnd);
}

/** Whether `inner` lies wholly inside one of `outer` ("a cue inside a report's content"). */
export function within(inner: TokenRange | null, outer: readonly TokenRange[]): boolean {
  return inner !== null && outer.some((o) => inner.tokenStart >= o.tokenStart && inner.tokenEnd <= o.tokenEnd);
}

/**
 * Ranges to ask `covered` of many times. The tagger's role spans are in order and disjoint (one label per
 * token), so the first one ending after `from` decides, found by binary search; ranges in any other order
 * are scanned as `covered` does.
 */
export class RangeIndex<T extends TokenRange> {
  private readonly ordered: boolean;

  constructor(readonly ranges: readonly T[]) {
    let ordered = true;
    for (let k = 0; k < ranges.length && ordered; k++) {
      const { tokenStart, tokenEnd } = ranges[k];
      ordered = tokenEnd > tokenStart && (k === 0 || tokenStart >= ranges[k - 1].tokenEnd);
    }
    this.ordered = ordered;
  }

  /** Whether any range has a token in [from, to). */
  covers(from: number, to: number): boolean {
    const ranges = this.ranges;
    if (!this.ordered) return covered(ranges, from, to);
    const first = partitionPoint(ranges.length, (i) => ranges[i].tokenEnd <= from);
    return first < ranges.length && ranges[first].tokenStart < to;
  }
}
