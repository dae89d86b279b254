/**
 * The first index in `[0, count)` for which `before(i)` is false, by binary search; `count` if there is
 * none. `before` must hold for a prefix of the indices and fail for the rest (a sorted list asked "does
 * item i come before what I look for?"). The quotes and claims stages look up tokens, mentions, quotes and dates this way,
 * per quote rather than per token, so the call through `before` costs nothing that matters.
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
