import { greedy, viterbi, type Lattice } from './decode.js';
import { FeatureTable } from './feature-table.js';
import type { FeatureSequence } from './features.js';
import { SequenceModel, type Decoder } from './sequence-model.js';
import { mulberry32 } from './random.js';

/** One training sequence: its features and the gold label index of every token. */
export interface LabelledSequence {
  features: FeatureSequence;
  labels: ArrayLike<number>;
}

export interface EpochReport {
  epoch: number;
  /** Tokens whose predicted label was wrong during this pass (before the update). */
  tokenErrors: number;
  tokens: number;
  seconds: number;
}

export interface TrainOptions {
  labels: readonly string[];
  /** Passes over the data (default 10). */
  epochs?: number;
  /** Decoding used both in training and in the returned model (default viterbi). */
  decoder?: Decoder;
  /** Features seen fewer times than this in the training data get no weights (default 1). */
  minFeatureCount?: number;
  /** Hard constraint on label moves; `from` is null at the start, `to` is null at the end. */
  allowedTransition?: (from: string | null, to: string | null) => boolean;
  /** Seed for the per-epoch shuffle (default 1). */
  seed?: number;
  /**
   * Several shuffle seeds: the model is trained once per seed and the averaged weights of the runs are
   * averaged again (default: the one `seed`). A retrained model's scores move with the seed alone; the
   * mean of k runs has less of that noise and the same number of rows.
   */
  seeds?: readonly number[];
  /**
   * Cost-augmented (loss-augmented) training, indexed by gold label: while training, every label but the
   * gold one at a token whose gold label is y scores `labelCosts[y]` more, so updates go on until the gold
   * path beats every other path by its cost (the margin of structured SVMs, Taskar et al. 2003; Gimpel and
   * Smith 2010). A larger cost at a role label than at O asks for a wider margin against missing that role
   * than against adding it. Default: no cost (the plain perceptron).
   */
  labelCosts?: ArrayLike<number>;
  /**
   * Size of the update at a wrongly labelled token, indexed by its gold label (default 1 for every label):
   * a missed rare label can count more than a spurious one.
   */
  updateWeights?: ArrayLike<number>;
  onEpoch?: (report: EpochReport) => void;
  meta?: Record<string, unknown>;
}

/**
 * Trains an averaged structured perceptron (Collins 2002): decode each sequence with the current weights
 * and, where the best path differs from the gold one, add the gold path's features and subtract the
 * predicted path's. The returned weights are the average over every step, which generalizes far better
 * than the last ones. Averaging uses the usual trick of keeping, besides w, the sum of step·Δ.
 */
export function trainSequenceModel(data: readonly LabelledSequence[], options: TrainOptions): SequenceModel {
  const L = options.labels.length;
  const decoder = options.decoder ?? 'viterbi';
  const epochs = options.epochs ?? 10;
  const minCount = options.minFeatureCount ?? 1;
  for (const seq of data) {
    if (seq.labels.length !== seq.features.length) throw new Error('a sequence has a different number of labels and tokens');
    for (let i = 0; i < seq.labels.length; i++) {
      const y = seq.labels[i];
      if (!(y >= 0 && y < L)) throw new Error(`label index ${y} out of range`);
    }
  }

  // Pass 1: count features, then keep only the frequent ones and resolve each sequence to row numbers once.
  const counter = new FeatureTable(1 << 16);
  let counts = new Int32Array(1 << 16);
  for (const seq of data) {
    for (const h of seq.features.hashes) {
      const id = counter.intern(h);
      if (id >= counts.length) {
        const bigger = new Int32Array(counts.length * 2);
        bigger.set(counts);
        counts = bigger;
      }
      counts[id]++;
    }
  }
  const allKeys = counter.keysByRow();
  const kept = new FeatureTable(allKeys.length);
  for (let id = 0; id < allKeys.length; id++) if (counts[id] >= minCount) kept.intern(allKeys[id]);
  const resolved = data.map((seq) => {
    const rows = new Int32Array(seq.features.hashes.length);
    for (let k = 0; k < rows.length; k++) rows[k] = kept.get(seq.features.hashes[k]);
    return rows;
  });

  const R = kept.size;
  const T = (L + 1) * L;
  const forbidden = new Uint8Array(T);
  const endForbidden = new Uint8Array(L);
  if (options.allowedTransition) {
    for (let p = 0; p <= L; p++) {
      for (let y = 0; y < L; y++) if (!options.allowedTransition(p === L ? null : options.labels[p], options.labels[y])) forbidden[p * L + y] = 1;
    }
    for (let y = 0; y < L; y++) if (!options.allowedTransition(options.labels[y], null)) endForbidden[y] = 1;
  }
  const perLabel = (values: ArrayLike<number> | undefined, fallback: number, name: string): Float64Array => {
    const out = new Float64Array(L).fill(fallback);
    if (!values) return out;
    if (values.length !== L) throw new Error(`${name} needs one value per label (${L}), not ${values.length}`);
    for (let y = 0; y < L; y++) {
      if (!(values[y] >= 0)) throw new Error(`${name} must be numbers ≥ 0`);
      out[y] = values[y];
    }
    return out;
  };
  const run: PerceptronRun = {
    data, resolved, R, L, decoder, epochs, forbidden, endForbidden,
    costs: options.labelCosts ? perLabel(options.labelCosts, 0, 'labelCosts') : null,
    updates: options.updateWeights ? perLabel(options.updateWeights, 1, 'updateWeights') : null,
    onEpoch: options.onEpoch,
  };
  const seeds = options.seeds ?? [options.seed ?? 1];
  if (seeds.length === 0) throw new Error('seeds is empty');
  const runs = seeds.map((seed) => trainOneSeed(run, seed));
  const weights = meanOf(runs.map((r) => r.weights));
  const transitions = meanOf(runs.map((r) => r.transitions));
  const endScores = meanOf(runs.map((r) => r.endScores));
  for (let k = 0; k < T; k++) if (forbidden[k]) transitions[k] = -Infinity;
  for (let y = 0; y < L; y++) if (endForbidden[y]) endScores[y] = -Infinity;
  return new SequenceModel({ labels: [...options.labels], decoder, keys: kept.keysByRow(), weights, transitions, endScores, meta: options.meta ?? {} });
}

/** What every seed's run shares: the data resolved to rows, the lattice constraints and the options. */
interface PerceptronRun {
  data: readonly LabelledSequence[];
  resolved: Int32Array[];
  R: number;
  L: number;
  decoder: Decoder;
  epochs: number;
  forbidden: Uint8Array;
  endForbidden: Uint8Array;
  /** Cost of every wrong label by gold label, or null for none. */
  costs: Float64Array | null;
  /** Update size by gold label, or null for 1. */
  updates: Float64Array | null;
  onEpoch?: (report: EpochReport) => void;
}

interface AveragedWeights {
  weights: Float32Array;
  transitions: Float32Array;
  endScores: Float32Array;
}

/** The element-wise mean of equally long arrays; one array is returned as it is (bit for bit). */
function meanOf(arrays: Float32Array[]): Float32Array {
  if (arrays.length === 1) return arrays[0];
  const out = new Float32Array(arrays[0].length);
  for (let k = 0; k < out.length; k++) {
    let sum = 0;
    for (const a of arrays) sum += a[k];
    out[k] = sum / arrays.length;
  }
  return out;
}

/** One perceptron run over `epochs` passes in the order the seed shuffles; returns its averaged weights. */
function trainOneSeed(run: PerceptronRun, seed: number): AveragedWeights {
  const { data, resolved, R, L, decoder, epochs, forbidden, endForbidden, costs, updates } = run;
  const w = new Float32Array(R * L);
  const u = new Float64Array(R * L);
  const T = (L + 1) * L;
  const trans = new Float32Array(T);
  const transU = new Float64Array(T);
  const end = new Float32Array(L);
  const endU = new Float64Array(L);
  const live: Lattice & { transitions: Float32Array; endScores: Float32Array } = {
    labelCount: L,
    transitions: new Float32Array(T),
    endScores: new Float32Array(L),
  };
  // A fresh array each time: the decoder caches what it derives from a transition array.
  const refreshLattice = () => {
    live.transitions = new Float32Array(T);
    for (let k = 0; k < T; k++) live.transitions[k] = forbidden[k] ? -Infinity : trans[k];
    for (let y = 0; y < L; y++) live.endScores[y] = endForbidden[y] ? -Infinity : end[y];
  };

  let step = 1;
  let emissions = new Float32Array(256 * L);
  let predicted = new Int32Array(256);
  const order = data.map((_, i) => i);
  const random = mulberry32(seed);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = performance.now();
    shuffle(order, random);
    let tokenErrors = 0;
    let tokens = 0;
    for (const index of order) {
      const seq = data[index];
      const rows = resolved[index];
      const n = seq.features.length;
      const offsets = seq.features.offsets;
      const gold = seq.labels;
      tokens += n;
      if (emissions.length < n * L) emissions = new Float32Array(n * L * 2);
      if (predicted.length < n) predicted = new Int32Array(n * 2);
      emissions.fill(0, 0, n * L);
      for (let i = 0; i < n; i++) {
        for (let k = offsets[i]; k < offsets[i + 1]; k++) {
          const row = rows[k];
          if (row < 0) continue;
          const r = row * L;
          for (let y = 0; y < L; y++) emissions[i * L + y] += w[r + y];
        }
      }
      if (costs) {
        // Loss-augmented decoding: the best path under score + cost is the most violating one.
        for (let i = 0; i < n; i++) {
          const g = gold[i];
          const c = costs[g];
          for (let y = 0; y < L; y++) if (y !== g) emissions[i * L + y] += c;
        }
      }
      refreshLattice();
      if (decoder === 'viterbi') viterbi(live, emissions, n, predicted);
      else greedy(live, emissions, n, predicted);

      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = predicted[i];
        const prevG = i === 0 ? L : gold[i - 1];
        const prevP = i === 0 ? L : predicted[i - 1];
        const eta = updates ? updates[g] : 1;
        if (g !== p) {
          tokenErrors++;
          const etaStep = eta * step;
          for (let k = offsets[i]; k < offsets[i + 1]; k++) {
            const row = rows[k];
            if (row < 0) continue;
            w[row * L + g] += eta;
            u[row * L + g] += etaStep;
            w[row * L + p] -= eta;
            u[row * L + p] -= etaStep;
          }
        }
        if (g !== p || prevG !== prevP) {
          trans[prevG * L + g] += eta;
          transU[prevG * L + g] += eta * step;
          trans[prevP * L + p] -= eta;
          transU[prevP * L + p] -= eta * step;
        }
      }
      if (n > 0 && gold[n - 1] !== predicted[n - 1]) {
        const eta = updates ? updates[gold[n - 1]] : 1;
        end[gold[n - 1]] += eta;
        endU[gold[n - 1]] += eta * step;
        end[predicted[n - 1]] -= eta;
        endU[predicted[n - 1]] -= eta * step;
      }
      step++;
    }
    run.onEpoch?.({ epoch, tokenErrors, tokens, seconds: (performance.now() - started) / 1000 });
  }

  // Averaged weights: w̄ = w − u / step.
  const average = (value: Float32Array, sum: Float64Array, out: Float32Array) => {
    for (let k = 0; k < value.length; k++) out[k] = value[k] - sum[k] / step;
    return out;
  };
  return {
    weights: average(w, u, new Float32Array(R * L)),
    transitions: average(trans, transU, new Float32Array(T)),
    endScores: average(end, endU, new Float32Array(L)),
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
}
