/** Filter bits per key: with two bits set per key, about 5% of absent keys get past the filter. */
const BITS_PER_KEY = 8;

/**
 * A blocked bit filter over a fixed set of 32-bit feature hashes: `mayHave` is false for most hashes not
 * in the set and true for every hash in it. Small enough to stay in cache (8 bits per key), it answers
 * most lookups of unknown features (word pairs, say) without touching the much bigger feature table.
 * Key h sets two bits, chosen by its low ten bits, in the 32-bit word chosen by its high bits.
 */
export class KeyFilter {
  /** Read by `FeatureRows.rowOf`, which writes `mayHave` out for speed: change both together. */
  readonly words: Int32Array;
  readonly shift: number;
  readonly mask: number;

  constructor(keys: ArrayLike<number>) {
    let wordBits = 0;
    while (32 << wordBits < keys.length * BITS_PER_KEY) wordBits++;
    this.words = new Int32Array(1 << wordBits);
    // With a one-word filter the shift would be 32, which JavaScript reads as 0: keep it in range.
    this.shift = wordBits === 0 ? 31 : 32 - wordBits;
    const mask = (1 << wordBits) - 1;
    for (let k = 0; k < keys.length; k++) this.words[(keys[k] >>> this.shift) & mask] |= bitsOf(keys[k]);
    this.mask = mask;
  }

  /** False when `hash` is surely not a key; true when it may be. */
  mayHave(hash: number): boolean {
    const bits = bitsOf(hash);
    return (this.words[(hash >>> this.shift) & this.mask] & bits) === bits;
  }
}

function bitsOf(hash: number): number {
  return (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31));
}
