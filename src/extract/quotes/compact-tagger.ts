import { viterbi, type FeatureSequence, type Lattice, type ModelFile } from '../../ml/index.js';

/*
 * A read-only copy of a trained attribution tagger laid out for speed. Scoring a token costs one lookup
 * per feature, and in the generic model each lookup touches three places in memory (the hash table's key,
 * its row number, the weight row): with tens of thousands of rows that is a cache miss each, and the
 * misses were most of the quotes stage's time. Here each table slot holds the feature's key, its weights
 * (the file's 16-bit integers, unscaled) and an occupied mark side by side in 32 bytes, so a lookup is one
 * cache line; emission sums are integer adds, scaled once per token.
 */

export class CompactTagger implements Lattice {
  readonly labels: readonly string[];
  readonly labelCount: number;
  readonly transitions: Float32Array;
  readonly endScores: Float32Array;
  readonly meta: Record<string, unknown>;
  /** Slots of `stride` Int16s: [key low, key high, weights × L, occupied, padding]. */
  private readonly slots: Int16Array;
  private readonly slotKeys: Int32Array;
  private readonly stride: number;
  private readonly mask: number;
  private readonly scale: number;
  private sums = new Int32Array(0);
  private emissions = new Float32Array(0);
  private path = new Int32Array(0);

  constructor(file: ModelFile) {
    this.labels = file.labels;
    const L = (this.labelCount = file.labels.length);
    this.transitions = file.transitions;
    this.endScores = file.endScores;
    this.meta = file.meta;
    this.scale = file.scale;
    let stride = 4;
    while (stride < L + 3) stride *= 2;
    this.stride = stride;
    // At most half full: a feature the model does not know ends its probe within a slot or two.
    let capacity = 16;
    while (capacity < file.keys.length * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int16Array(capacity * stride);
    this.slotKeys = new Int32Array(this.slots.buffer);
    for (let row = 0; row < file.keys.length; row++) {
      const key = file.keys[row] | 0;
      let slot = key & this.mask;
      while (this.slots[slot * stride + 2 + L] !== 0) slot = (slot + 1) & this.mask;
      const base = slot * stride;
      this.slotKeys[base >> 1] = key;
      for (let y = 0; y < L; y++) this.slots[base + 2 + y] = file.weights[row * L + y];
      this.slots[base + 2 + L] = 1;
    }
  }

  /** The label index of every token of a feature sequence (Viterbi over the model's transitions). */
  decode(seq: FeatureSequence): Int32Array {
    const L = this.labelCount;
    const n = seq.length;
    if (this.sums.length < n * L) {
      this.sums = new Int32Array(n * L * 2);
      this.emissions = new Float32Array(n * L * 2);
      this.path = new Int32Array(n * 2);
    }
    const sums = this.sums;
    sums.fill(0, 0, n * L);
    const { hashes, offsets } = seq;
    const slots = this.slots;
    const slotKeys = this.slotKeys;
    const stride = this.stride;
    const mask = this.mask;
    const occupied = 2 + L;
    for (let i = 0; i < n; i++) {
      const out = i * L;
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const key = hashes[k] | 0;
        let slot = key & mask;
        for (;;) {
          const base = slot * stride;
          if (slots[base + occupied] === 0) break;
          if (slotKeys[base >> 1] === key) {
            for (let y = 0; y < L; y++) sums[out + y] += slots[base + 2 + y];
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    const emissions = this.emissions;
    const scale = this.scale;
    for (let k = 0; k < n * L; k++) emissions[k] = sums[k] * scale;
    return viterbi(this, emissions, n, this.path.subarray(0, n));
  }
}
