/*
 * Weight sums of up to 16 labels packed two to a double, eight doubles (one 64-byte cache line) per row.
 * The model's weights are 16-bit integers, so label 2p and 2p+1 travel together as `a + b·2²⁶` in lane p:
 * adding two rows adds both labels at once, exactly (every value is an integer far below 2⁵³), and halves
 * the additions that scoring a token costs. A lane unpacks exactly while each label's sum stays below 2²⁵
 * in magnitude: 1,024 features of the largest weight (32,767) per token, twenty times what the tagger
 * uses.
 */

/** Doubles per packed row (lanes); holds 2 × PACKED_LANES labels. */
export const PACKED_LANES = 8;
export const MAX_PACKED_LABELS = 2 * PACKED_LANES;
const HIGH = 67108864; // 2^26

/** Packs L integer weights (`weights[from .. from + L)`) into `out[at .. at + 8)`. */
export function packRow(weights: ArrayLike<number>, from: number, L: number, out: Float64Array, at: number): void {
  for (let p = 0; p < PACKED_LANES; p++) {
    const a = 2 * p < L ? weights[from + 2 * p] : 0;
    const b = 2 * p + 1 < L ? weights[from + 2 * p + 1] : 0;
    out[at + p] = a + b * HIGH;
  }
}

/** Unpacks `n` rows of `packed` into `n × L` emission scores `sum × scale` (stored as Float32, as the sums were). */
export function unpackScaled(packed: Float64Array, n: number, L: number, scale: number, out: Float32Array): void {
  for (let i = 0; i < n; i++) unpackRowScaled(packed, i * PACKED_LANES, L, scale, out, i * L);
}

/** Unpacks the row at `packed[row ..]` into the L emission scores `out[o .. o + L)`, as `unpackScaled` does. */
export function unpackRowScaled(packed: Float64Array, row: number, L: number, scale: number, out: Float32Array, o: number): void {
  for (let p = 0; 2 * p < L; p++) {
    const v = packed[row + p];
    const b = Math.round(v / HIGH);
    out[o + 2 * p] = (v - b * HIGH) * scale;
    if (2 * p + 1 < L) out[o + 2 * p + 1] = b * scale;
  }
}

/** `into[at .. at + 8) += from[off .. off + 8)`. */
export function addPacked(into: Float64Array, at: number, from: Float64Array, off: number): void {
  into[at] += from[off];
  into[at + 1] += from[off + 1];
  into[at + 2] += from[off + 2];
  into[at + 3] += from[off + 3];
  into[at + 4] += from[off + 4];
  into[at + 5] += from[off + 5];
  into[at + 6] += from[off + 6];
  into[at + 7] += from[off + 7];
}

/**
 * One growing array of packed rows. The cached scorer keeps the model's weights and every sum it caches
 * in one pool, so a token's row is one loop over offsets into a single array.
 */
export class PackedPool {
  /** The rows; `alloc` may replace it with a bigger array, so read it after allocating. */
  data: Float64Array;
  private used = 0;

  /** A pool that starts with a copy of `initial` (whole rows), with room for `spare` more rows. */
  constructor(initial: Float64Array, spare = 65536) {
    this.data = new Float64Array(initial.length + spare * PACKED_LANES);
    this.data.set(initial);
    this.used = initial.length;
  }

  /** Offset of a new zeroed row. */
  alloc(): number {
    if (this.used + PACKED_LANES > this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    const at = this.used;
    this.used += PACKED_LANES;
    return at;
  }

  /** Frees every row from offset `mark` on (a mark is a former `used`: see `size`). */
  truncate(mark: number): void {
    this.data.fill(0, mark, this.used);
    this.used = mark;
  }

  /** Offset just past the last row allocated. */
  get size(): number {
    return this.used;
  }
}
