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
