import type { Span } from '../../model/span.js';
import { partitionPoint } from '../../text/partition-point.js';

/**
 * For each query span, the first of `items` (the lowest index) that contains it — item start ≤ query start
 * and query end ≤ item end — or -1; a null item contains nothing.
 *
 * Asking every item for every query is quadratic in a text of thousands of quotations (partial quotes ask
 * it of every quotation mark region). Instead the queries are taken by start, the items that start no
 * later are added as the sweep reaches them, and a Fenwick tree over the items' ends (largest first) keeps
 * the lowest index among those added with at least a given end: O((items + queries) log items). Exact for
 * spans in any order, of any length, nested or not.
 */
export function firstContainers(items: readonly (Span | null)[], queries: readonly Span[]): number[] {
  const found = new Array<number>(queries.length).fill(-1);
  const live = items.flatMap((s, i) => (s ? [i] : []));
  if (!live.length) return found;
  // Distinct item ends, largest first: an item's rank is its place here, and "ends at or after e" is a prefix.
  const ends = [...new Set(live.map((i) => items[i]![1]))].sort((a, b) => b - a);
  const rankOf = new Map(ends.map((e, r) => [e, r]));
  const byStart = [...live].sort((a, b) => items[a]![0] - items[b]![0]);
  const queryOrder = queries.map((_, q) => q).sort((a, b) => queries[a][0] - queries[b][0]);
  // Fenwick tree of prefix minima over ranks (1-based); an item is added once, so minima only fall.
  const lowest = new Float64Array(ends.length + 1).fill(Infinity);
  let added = 0;
  for (const q of queryOrder) {
    const [start, end] = queries[q];
    for (; added < byStart.length && items[byStart[added]]![0] <= start; added++) {
      const i = byStart[added];
      for (let r = rankOf.get(items[i]![1])! + 1; r <= ends.length; r += r & -r) lowest[r] = Math.min(lowest[r], i);
    }
    let best = Infinity;
    for (let r = partitionPoint(ends.length, (k) => ends[k] >= end); r > 0; r -= r & -r) best = Math.min(best, lowest[r]);
    if (best !== Infinity) found[q] = best;
  }
  return found;
}
