import { partitionPoint } from '../../text/partition-point.js';
import type { TokenRange } from './token-ranges.js';

/**
 * Token ranges that can be switched on and off, asked which of those switched on overlap a range (share a
 * token, as `overlaps` in token-ranges.ts says: start < other end and other start < end).
 *
 * Merging the rules' quotes into the tagger's asked this of every quote for every rule quote, which is
 * quadratic in a text of thousands of quotations. Here the ranges are sorted by start once, and a segment
 * tree over that order holds the largest end among the ranges switched on: a query takes the ranges that
 * start before its end (binary search) and descends only into subtrees whose largest end passes its start,
 * so it costs O((k + 1) log n) for k ranges found. Ranges of any length and in any order are answered
 * exactly.
 */
export class OverlapIndex {
  /** Sorted place → range number, and the sorted starts. */
  private readonly order: number[];
  private readonly starts: number[];
  /** Range number → sorted place. */
  private readonly place: Int32Array;
  /** Leaves from `leaves` on: the end of the range at each sorted place, or -Infinity while it is off. */
  private readonly maxEnd: Float64Array;
  private readonly leaves: number;

  constructor(private readonly ranges: readonly TokenRange[]) {
    this.order = ranges.map((_, i) => i).sort((a, b) => ranges[a].tokenStart - ranges[b].tokenStart);
    this.starts = this.order.map((i) => ranges[i].tokenStart);
    this.place = new Int32Array(ranges.length);
    this.order.forEach((i, k) => (this.place[i] = k));
    let leaves = 1;
    while (leaves < ranges.length) leaves *= 2;
    this.leaves = leaves;
    this.maxEnd = new Float64Array(2 * leaves).fill(-Infinity);
  }

  /** Switches range `i` on (found by queries) or off. Every range starts off. */
  set(i: number, on: boolean): void {
    let node = this.leaves + this.place[i];
    this.maxEnd[node] = on ? this.ranges[i].tokenEnd : -Infinity;
    for (node >>= 1; node >= 1; node >>= 1) this.maxEnd[node] = Math.max(this.maxEnd[2 * node], this.maxEnd[2 * node + 1]);
  }

  /** Calls `visit` with each range switched on that overlaps `range`, in order of start. */
  forEachOverlapping(range: TokenRange, visit: (i: number) => void): void {
    const before = partitionPoint(this.starts.length, (k) => this.starts[k] < range.tokenEnd);
    if (before > 0) this.descend(1, 0, this.leaves, before, range.tokenStart, visit);
  }

  private descend(node: number, from: number, to: number, before: number, after: number, visit: (i: number) => void): void {
    if (from >= before || this.maxEnd[node] <= after) return;
    if (to - from === 1) {
      visit(this.order[from]);
      return;
    }
    const mid = (from + to) >> 1;
    this.descend(2 * node, from, mid, before, after, visit);
    this.descend(2 * node + 1, mid, to, before, after, visit);
  }
}
