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
