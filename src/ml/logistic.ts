/**
 * Binary logistic regression over sparse binary features named by strings. Meant for small decisions
 * learned from a few hundred examples (the timex keep filter), where a readable weight table is worth more
 * than speed: the model is a plain object of weights that can be written as JSON and read back.
 */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface LabelledFeatures {
  features: readonly string[];
  /** true for the positive class. */
  label: boolean;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the bias): the loss is the summed log loss + l2/2·|w|². */
  l2?: number;
  /** Full-batch gradient steps. */
  iterations?: number;
  learningRate?: number;
}

/**
 * Full-batch gradient descent on the summed log loss plus l2/2·|w|², with AdaGrad step sizes: a feature seen
 * in three examples of three hundred moves as fast as a frequent one, so the optimum is reached rather than
 * stopped early (the penalty, not the iteration count, is what regularizes). Deterministic (no shuffling,
 * no seed), so a retrain on the same data writes the same weights.
 */
export function trainLogistic(data: readonly LabelledFeatures[], options: LogisticOptions = {}): LogisticModel {
  const l2 = options.l2 ?? 1;
  const iterations = options.iterations ?? 500;
  const rate = options.learningRate ?? 0.3;
  const index = new Map<string, number>();
  const rows = data.map((d) => [...new Set(d.features)].map((f) => {
    let k = index.get(f);
    if (k === undefined) index.set(f, (k = index.size));
    return k;
  }));
  const w = new Float64Array(index.size);
  let bias = 0;
  const grad = new Float64Array(index.size);
  const squares = new Float64Array(index.size);
  let biasSquares = 0;
  for (let it = 0; it < iterations; it++) {
    grad.fill(0);
    let gBias = 0;
    for (let i = 0; i < rows.length; i++) {
      let z = bias;
      for (const k of rows[i]) z += w[k];
      const err = sigmoid(z) - (data[i].label ? 1 : 0);
      gBias += err;
      for (const k of rows[i]) grad[k] += err;
    }
    biasSquares += gBias * gBias;
    bias -= (rate * gBias) / Math.sqrt(biasSquares + 1e-12);
    for (let k = 0; k < w.length; k++) {
      const g = grad[k] + l2 * w[k];
      squares[k] += g * g;
      w[k] -= (rate * g) / Math.sqrt(squares[k] + 1e-12);
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, k] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // rounded so the JSON stays small and diffs stay readable; far below any decision margin
    if (Math.abs(w[k]) >= 1e-4) weights[f] = Math.round(w[k] * 1e4) / 1e4;
  }
  return { bias: Math.round(bias * 1e4) / 1e4, weights };
}

/** Probability of the positive class. */
export function logisticProbability(model: LogisticModel, features: readonly string[]): number {
  return sigmoid(logisticMargin(model, features));
}

/** Log-odds of the positive class (for blending with another model's). */
export function logisticMargin(model: LogisticModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of new Set(features)) z += model.weights[f] ?? 0;
  return z;
}

/** The logistic function: log-odds to probability (shared by boosted-trees.ts and the models' blends). */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
