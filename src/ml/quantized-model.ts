import type { Decoder } from './sequence-model.js';
import { readModelFile, type ModelFile } from './sequence-model.js';
import { FeatureTable } from './feature-table.js';
import type { Lattice } from './decode.js';

/** Filter bits per feature row: with two bits set per key, about 5% of unknown features get past it. */
const FILTER_BITS_PER_ROW = 8;

/**
 * A trained model read for fast decoding: its weights stay the Int16 numbers of the file (real weight =
 * value × `scale`), so a token's label scores are exact integer sums, the same in any order — callers may
 * cache and combine partial sums freely, and turn them into real scores (× scale) only where they meet the
 * Float32 transition scores. Sums are kept in Float32Array: every integer below 2^24 is exact there, and a
 * token's sum of a few dozen weights of at most 2^15 each stays far below (Float32 adds also skip the
 * overflow checks of int32 arithmetic). Half the memory of Float32 weights, and a small bit filter in
 * front of the feature table answers most lookups of unknown features (word pairs, say) without touching
 * the big table. Weights never change; share one instance per thread.
 */
export class QuantizedModel implements Lattice {
  readonly labels: readonly string[];
  readonly labelCount: number;
  readonly decoder: Decoder;
  readonly transitions: Float32Array;
  readonly endScores: Float32Array;
  readonly meta: Record<string, unknown>;
  /** Real weight of one integer unit. */
  readonly scale: number;
  private readonly table: FeatureTable;
  /** `rows × L` integer weights, row-major: one lookup reads a feature's scores for every label. */
  private readonly weights: Int16Array;
  /** Blocked bit filter: key h sets two bits of the 32-bit word `h >>> filterShift`. */
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(file: ModelFile) {
    this.labels = file.labels;
    this.labelCount = file.labels.length;
    this.decoder = file.decoder;
    this.transitions = file.transitions;
    this.endScores = file.endScores;
    this.meta = file.meta;
    this.scale = file.scale;
    this.weights = file.weights;
    this.table = FeatureTable.fromKeys(file.keys);
    let wordBits = 0;
    while (32 << wordBits < file.keys.length * FILTER_BITS_PER_ROW) wordBits++;
    this.filter = new Int32Array(1 << wordBits);
    this.filterShift = 32 - wordBits;
    for (const key of file.keys) this.filter[this.filterWord(key)] |= filterBits(key);
  }

  /** Reads a weights file as `SequenceModel.serialize` wrote it (gzipped or not). */
  static read(data: Uint8Array): QuantizedModel {
    return new QuantizedModel(readModelFile(data));
  }

  /** The weight row of a feature, or -1 when the model does not know it. */
  rowOf(hash: number): number {
    const bits = filterBits(hash);
    if ((this.filter[this.filterWord(hash)] & bits) !== bits) return -1;
    return this.table.get(hash);
  }

  /** Adds the integer weights of row `row` to `out[offset .. offset + L)`. */
  addRow(row: number, out: Float32Array, offset: number): void {
    const L = this.labelCount;
    const w = this.weights;
    const r = row * L;
    for (let y = 0; y < L; y++) out[offset + y] += w[r + y];
  }

  /** Adds the integer weights of one feature to `out[offset .. offset + L)`; false when it is unknown. */
  addFeature(hash: number, out: Float32Array, offset: number): boolean {
    const row = this.rowOf(hash);
    if (row < 0) return false;
    this.addRow(row, out, offset);
    return true;
  }

  /** Adds the integer weights of the given features to `out[offset .. offset + L)`. */
  addFeatures(hashes: ArrayLike<number>, out: Float32Array, offset: number): void {
    for (let k = 0; k < hashes.length; k++) this.addFeature(hashes[k], out, offset);
  }

  private filterWord(hash: number): number {
    // A zero-bit filter (no rows) has shift 32, which JavaScript reads as 0: guard it.
    return this.filterShift >= 32 ? 0 : hash >>> this.filterShift;
  }
}

/** The two bits a key sets in its filter word, from its low ten bits (the word comes from its high bits). */
function filterBits(hash: number): number {
  return (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31));
}
