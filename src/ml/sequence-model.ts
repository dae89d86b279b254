import { gunzipSync, gzipSync } from 'node:zlib';
import { greedy, viterbi, type Lattice } from './decode.js';
import { FeatureRows } from './feature-rows.js';
import type { FeatureSequence } from './features.js';

export type Decoder = 'viterbi' | 'greedy';

/** Everything a trained model is made of; `SequenceModel` wraps it for decoding and (de)serialization. */
export interface SequenceModelParts {
  labels: readonly string[];
  decoder: Decoder;
  /** Feature hash of each weight row. */
  keys: Uint32Array;
  /** `keys.length × labels.length` emission weights, row-major. */
  weights: Float32Array;
  /** `(L + 1) × L`: row p is the previous label, row L the start; -Infinity forbids a move. */
  transitions: Float32Array;
  endScores: Float32Array;
  /** Free-form facts about the model (feature set version, training data, figures). */
  meta: Record<string, unknown>;
}

const MAGIC = 'DLSEQ1';

/**
 * A trained linear sequence labeller: label scores are sums of per-feature weight rows plus label-to-label
 * transition scores, decoded with Viterbi (or greedily). Its weights never change after training; it only
 * keeps a scratch buffer, so share one instance per thread.
 */
export class SequenceModel implements Lattice {
  readonly labels: readonly string[];
  readonly labelCount: number;
  readonly decoder: Decoder;
  readonly transitions: Float32Array;
  readonly endScores: Float32Array;
  readonly meta: Record<string, unknown>;
  private readonly rows: FeatureRows;
  private readonly keys: Uint32Array;
  private readonly weights: Float32Array;
  private emissions = new Float32Array(0);

  constructor(parts: SequenceModelParts) {
    this.labels = parts.labels;
    this.labelCount = parts.labels.length;
    this.decoder = parts.decoder;
    this.keys = parts.keys;
    this.weights = parts.weights;
    this.transitions = parts.transitions;
    this.endScores = parts.endScores;
    this.meta = parts.meta;
    this.rows = new FeatureRows(parts.keys);
  }

  /** Number of feature rows kept. */
  get featureCount(): number {
    return this.keys.length;
  }

  /**
   * The label index of every token. `base` (n × L), when given, is added to the emission scores: callers
   * that cache the summed weights of a word's context-free features pass them here and leave those
   * features out of `seq` (same scores, fewer lookups).
   */
  decode(seq: FeatureSequence, base?: Float32Array): Int32Array {
    const emissions = this.scoreEmissions(seq);
    if (base) for (let k = 0; k < seq.length * this.labelCount; k++) emissions[k] += base[k];
    return this.decoder === 'viterbi' ? viterbi(this, emissions, seq.length) : greedy(this, emissions, seq.length);
  }

  /**
   * The label index of each of n tokens whose n × L emission scores the caller summed itself (e.g. from
   * cached per-word scores and `addFeature`). `out`, when given, receives the labels.
   */
  decodeScores(emissions: Float32Array, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
    return this.decoder === 'viterbi' ? viterbi(this, emissions, n, out) : greedy(this, emissions, n, out);
  }

  /** Adds the weights of one feature to `out[offset .. offset + L)`; false when the model does not know it. */
  addFeature(hash: number, out: Float32Array, offset: number): boolean {
    const row = this.rows.rowOf(hash);
    if (row < 0) return false;
    const L = this.labelCount;
    const w = this.weights;
    const r = row * L;
    for (let y = 0; y < L; y++) out[offset + y] += w[r + y];
    return true;
  }

  /** The label name of every token. */
  tag(seq: FeatureSequence, base?: Float32Array): string[] {
    return Array.from(this.decode(seq, base), (y) => this.labels[y]);
  }

  /** Adds the weights of the given features to `out[offset .. offset + L)`. */
  scoreFeatures(hashes: ArrayLike<number>, out: Float32Array, offset = 0): Float32Array {
    for (let k = 0; k < hashes.length; k++) this.addFeature(hashes[k], out, offset);
    return out;
  }

  /** Fills (and returns) the n × L emission scores; the buffer is reused between calls. */
  scoreEmissions(seq: FeatureSequence): Float32Array {
    const L = this.labelCount;
    const n = seq.length;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, this.emissions.length * 2));
    const out = this.emissions;
    out.fill(0, 0, n * L);
    const { hashes, offsets } = seq;
    for (let i = 0; i < n; i++) for (let k = offsets[i]; k < offsets[i + 1]; k++) this.addFeature(hashes[k], out, i * L);
    return out;
  }

  /**
   * Compact binary form, gzipped: a JSON header, then the row keys (Uint32), the weights quantized to
   * Int16 with one scale, then transitions and end scores (Float32). Rows whose quantized weights are all
   * zero are dropped, so tiny weights cost nothing.
   */
  serialize(): Buffer {
    const L = this.labelCount;
    let maxAbs = 0;
    for (const v of this.weights) maxAbs = Math.max(maxAbs, Math.abs(v));
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keep: number[] = [];
    const q = new Int16Array(this.weights.length);
    for (let row = 0; row < this.keys.length; row++) {
      let any = false;
      for (let y = 0; y < L; y++) {
        const v = Math.round(this.weights[row * L + y] / scale);
        q[row * L + y] = v;
        if (v !== 0) any = true;
      }
      if (any) keep.push(row);
    }
    const keys = new Uint32Array(keep.length);
    const weights = new Int16Array(keep.length * L);
    keep.forEach((row, i) => {
      keys[i] = this.keys[row];
      weights.set(q.subarray(row * L, row * L + L), i * L);
    });
    // Forbidden moves are stored as NaN-free sentinels: -Infinity survives Float32 as is.
    const header = Buffer.from(JSON.stringify({ labels: this.labels, decoder: this.decoder, rows: keep.length, scale, meta: this.meta }), 'utf8');
    const headerPadded = Buffer.alloc(Math.ceil(header.length / 4) * 4, 0x20);
    header.copy(headerPadded);
    const prefix = Buffer.alloc(12);
    prefix.write(MAGIC, 0, 'latin1');
    prefix.writeUInt32LE(headerPadded.length, 8);
    const weightBytes = Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength);
    const pad = Buffer.alloc((4 - (weightBytes.length % 4)) % 4);
    return gzipSync(
      Buffer.concat([
        prefix,
        headerPadded,
        Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
        weightBytes,
        pad,
        Buffer.from(this.transitions.buffer, this.transitions.byteOffset, this.transitions.byteLength),
        Buffer.from(this.endScores.buffer, this.endScores.byteOffset, this.endScores.byteLength),
      ]),
      { level: 9 },
    );
  }

  /** Reads what `serialize` wrote (gzipped or already gunzipped). */
  static deserialize(data: Uint8Array): SequenceModel {
    const file = readModelFile(data);
    const weights = new Float32Array(file.weights.length);
    for (let i = 0; i < weights.length; i++) weights[i] = file.weights[i] * file.scale;
    return new SequenceModel({ labels: file.labels, decoder: file.decoder, keys: file.keys, weights, transitions: file.transitions, endScores: file.endScores, meta: file.meta });
  }

}

/** The parts of a weights file as `serialize` wrote them: weights still quantized. */
export interface ModelFile {
  labels: string[];
  decoder: Decoder;
  meta: Record<string, unknown>;
  keys: Uint32Array;
  /** `keys.length × labels.length` quantized weights; real weight = value × scale. */
  weights: Int16Array;
  scale: number;
  transitions: Float32Array;
  endScores: Float32Array;
}

/** Reads a weights file (gzipped or not) without building a model, for readers with their own layout. */
export function readModelFile(data: Uint8Array): ModelFile {
  const raw = data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  // Copy into a fresh, aligned buffer so the typed-array views below are legal.
  const bytes = new Uint8Array(raw.length);
  bytes.set(raw);
  const buf = Buffer.from(bytes.buffer);
  if (buf.toString('latin1', 0, 6) !== MAGIC) throw new Error('not a Dateline sequence model');
  const headerLength = buf.readUInt32LE(8);
  const header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as { labels: string[]; decoder: Decoder; rows: number; scale: number; meta: Record<string, unknown> };
  const L = header.labels.length;
  let offset = 12 + headerLength;
  const keys = new Uint32Array(bytes.buffer, offset, header.rows).slice();
  offset += header.rows * 4;
  const weights = new Int16Array(bytes.buffer, offset, header.rows * L).slice();
  offset += Math.ceil((header.rows * L * 2) / 4) * 4;
  const transitions = new Float32Array(bytes.buffer, offset, (L + 1) * L).slice();
  offset += (L + 1) * L * 4;
  const endScores = new Float32Array(bytes.buffer, offset, L).slice();
  return { labels: header.labels, decoder: header.decoder, meta: header.meta, keys, weights, scale: header.scale, transitions, endScores };
}
