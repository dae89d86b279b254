import type { Decoder } from './sequence-model.js';
import { readModelFile, type ModelFile } from './sequence-model.js';
import { FeatureRows } from './feature-rows.js';
import type { Lattice } from './decode.js';

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
  private readonly rows: FeatureRows;
  /**
   * `rows × L` integer weights, row-major: one lookup reads a feature's scores for every label. Read-only;
   * public so that a hot loop can read a row (`rowOf(h) · L`) where it sums, instead of adding it to a buffer first.
   */
  readonly weights: Int16Array;

  constructor(file: ModelFile) {
    this.labels = file.labels;
    this.labelCount = file.labels.length;
    this.decoder = file.decoder;
    this.transitions = file.transitions;
    this.endScores = file.endScores;
    this.meta = file.meta;
    this.scale = file.scale;
    this.weights = file.weights;
    this.rows = new FeatureRows(file.keys);
  }

  /** Reads a weights file as `SequenceModel.serialize` wrote it (gzipped or not). */
  static read(data: Uint8Array): QuantizedModel {
    return new QuantizedModel(readModelFile(data));
  }

  /** The weight row of a feature, or -1 when the model does not know it. */
  rowOf(hash: number): number {
    return this.rows.rowOf(hash);
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
}
