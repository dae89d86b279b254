import { viterbi, type FeatureSequence, type Lattice, type ModelFile } from '../../ml/index.js';
import { FeatureRows } from '../../ml/feature-rows.js';
import { bilouDecoder, type BilouViterbi } from './bilou-viterbi.js';
import { addPacked, MAX_PACKED_LABELS, PACKED_LANES, packRow, unpackScaled } from './packed-sums.js';

/*
 * A read-only copy of a trained attribution tagger laid out for speed. A feature is found in the
 * project's `FeatureRows` (8-byte table slots, behind a bit filter that answers most unknown features —
 * word pairs, mostly — without touching the 1 MB table) and its weights
 * are one 64-byte row of packed label pairs (`packed-sums.ts`): the file's 16-bit integers, unscaled,
 * so a token's emission sums are exact integer additions, scaled once.
 */

/** A second decoding: its move scores, and the labels whose presence in the first path calls for it. */
export interface MarginCheck {
  lattice: Lattice;
  labels: Uint8Array;
}

/** A second decoding of a path's emissions (`n` × label count, scaled): a new path, or null to keep it. */
export type RedecodeHook = (path: Int32Array, emissions: Float32Array, n: number) => Int32Array | null;

export class CompactTagger implements Lattice {
  readonly labels: readonly string[];
  readonly labelCount: number;
  readonly transitions: Float32Array;
  readonly endScores: Float32Array;
  readonly meta: Record<string, unknown>;
  readonly scale: number;
  /** Packed weight rows, PACKED_LANES doubles per feature. */
  readonly rows: Float64Array;
  /** Row number of each feature key (row r is `keys[r]`). */
  private readonly table: FeatureRows;
  private packed = new Float64Array(0);
  private emissions = new Float32Array(0);
  private path = new Int32Array(0);
  /** The Viterbi written out for a BILOU lattice of three types (the shipped tagger's), or null. */
  private readonly bilou: BilouViterbi | null;
  /** See `checkWith`. */
  private checks: readonly MarginCheck[] = [];
  private checkedPaths: (Int32Array | null)[][] = [];
  /** See `redecodeWith`. */
  private redecodeHook: RedecodeHook | null = null;
  private redecoded: (Int32Array | null)[] = [];

  constructor(file: ModelFile) {
    this.labels = file.labels;
    const L = (this.labelCount = file.labels.length);
    if (L > MAX_PACKED_LABELS) throw new Error(`the compact tagger holds at most ${MAX_PACKED_LABELS} labels, the model has ${L}`);
    this.transitions = file.transitions;
    this.endScores = file.endScores;
    this.meta = file.meta;
    this.scale = file.scale;
    this.table = new FeatureRows(file.keys);
    this.rows = new Float64Array(file.keys.length * PACKED_LANES);
    for (let row = 0; row < file.keys.length; row++) packRow(file.weights, row * L, L, this.rows, row * PACKED_LANES);
    this.bilou = bilouDecoder(this.labels, this);
  }

  /** Offset in `rows` of feature `hash`'s weights, or -1 for a feature the model does not know. */
  rowOf(hash: number): number {
    // The same low 32 bits as a signed integer, which V8 passes unboxed if this call is not inlined (a
    // hash above 2³¹ would otherwise become a heap number on every look-up of the scorer's hot loop).
    const row = this.table.rowOf(hash | 0);
    return row < 0 ? -1 : row * PACKED_LANES;
  }

  /** Room for the packed sums of `n` tokens (`n × PACKED_LANES`, zeroed), reused between calls. */
  packedBuffer(n: number): Float64Array {
    if (this.packed.length < n * PACKED_LANES) {
      this.packed = new Float64Array(n * PACKED_LANES * 2);
      this.emissions = new Float32Array(n * this.labelCount * 2);
      this.path = new Int32Array(n * 2);
    }
    this.packed.fill(0, 0, n * PACKED_LANES);
    return this.packed;
  }

  /** The best label path for the packed sums (from `packedBuffer`) of `n` tokens; valid until the next call. */
  decodePacked(packed: Float64Array, n: number): Int32Array {
    if (this.bilou && !this.checks.length) return this.bilou.decode(packed, n, this.scale, this.path.subarray(0, n));
    // The margin checks decode the unpacked emissions again with other move scores, so they need them anyway.
    unpackScaled(packed, n, this.labelCount, this.scale, this.emissions);
    const path = viterbi(this, this.emissions, n, this.path.subarray(0, n));
    this.checks.forEach(({ lattice, labels }, c) => {
      let any = false;
      for (let i = 0; i < n && !any; i++) any = labels[path[i]] === 1;
      this.checkedPaths[c].push(any ? viterbi(lattice, this.emissions, n) : null);
    });
    if (this.redecodeHook) this.redecoded.push(this.redecodeHook(path, this.emissions, n));
    return path;
  }

  /**
   * Until `stopChecking`, each decoded path with a label marked in a check's `labels` is decoded again over
   * the same emissions with the check's `lattice` (other move scores; `role-margins.ts`): one more Viterbi
   * pass per check, no more feature sums.
   */
  checkWith(checks: readonly MarginCheck[]): void {
    this.checks = checks;
    this.checkedPaths = checks.map(() => []);
  }

  /** Per check, the paths since `checkWith`, one per decoded path in order (null where it had no marked label). */
  stopChecking(): (Int32Array | null)[][] {
    const paths = this.checkedPaths;
    this.checks = [];
    this.checkedPaths = [];
    return paths;
  }

  /**
   * Until `stopRedecoding`, and only while margins are checked (`checkWith`: the emissions are unpacked
   * then), each decoded path is handed with its emissions to `hook`, which may decode them again.
   */
  redecodeWith(hook: RedecodeHook): void {
    this.redecodeHook = hook;
    this.redecoded = [];
  }

  /** What the hook returned since `redecodeWith`, one per decoded path in order (null: not decoded again). */
  stopRedecoding(): (Int32Array | null)[] {
    const out = this.redecoded;
    this.redecodeHook = null;
    this.redecoded = [];
    return out;
  }

  /** The label index of every token of a feature sequence (Viterbi over the model's transitions). */
  decode(seq: FeatureSequence): Int32Array {
    const n = seq.length;
    const packed = this.packedBuffer(n);
    const { hashes, offsets } = seq;
    for (let i = 0; i < n; i++) {
      for (let k = offsets[i]; k < offsets[i + 1]; k++) {
        const at = this.rowOf(hashes[k]);
        if (at >= 0) addPacked(packed, i * PACKED_LANES, this.rows, at);
      }
    }
    return this.decodePacked(packed, n);
  }
}
