import { sigmoid, type LabelledFeatures } from './logistic.js';

/**
 * Gradient-boosted shallow trees over sparse binary features named by strings, for the same small
 * decisions as logistic.ts when the features' effects are not additive: each node asks whether one
 * feature is present, so a depth-3 tree is a conjunction of three facts (margin level × head × source side)
 * that the logistic regression sees only when someone wrote that pair by hand.
 *
 * Second-order boosting of the log loss (Newton steps, as in XGBoost): each tree is grown on the gradients
 * and Hessians of the current margins, a split scored by the penalized gain G²/(H+λ) of its two sides, a leaf
 * worth −G/(H+λ) times the shrinkage. No sampling, so training is deterministic.
 */

/** A leaf's margin, or [feature, subtree when present, subtree when absent]. */
export type TreeNode = number | [string, TreeNode, TreeNode];

export interface BoostedTrees {
  /** Margin (log-odds) before any tree. */
  bias: number;
  trees: TreeNode[];
}

export interface BoostedTreesOptions {
  rounds?: number;
  /** Splits from root to leaf. */
  depth?: number;
  /** Each tree's leaves are scaled by this. */
  shrinkage?: number;
  /** L2 penalty on leaf values (λ). */
  l2?: number;
  /** A side of a split needs at least this Hessian sum (about: this many uncertain examples). */
  minHessian?: number;
  /** A split must gain at least this much (γ). */
  minGain?: number;
  /** Starting margins per example (e.g. another model's log-odds); the bias then starts at 0. */
  baseMargins?: readonly number[];
}

/** Trains boosted trees on the log loss. */
export function trainBoostedTrees(data: readonly LabelledFeatures[], options: BoostedTreesOptions = {}): BoostedTrees {
  const rounds = options.rounds ?? 200;
  const depth = options.depth ?? 3;
  const shrinkage = options.shrinkage ?? 0.1;
  const lambda = options.l2 ?? 1;
  const minHessian = options.minHessian ?? 1;
  const minGain = options.minGain ?? 0;
  const names: string[] = [];
  const index = new Map<string, number>();
  const rows = data.map((d) => Int32Array.from(new Set(d.features), (f) => {
    let k = index.get(f);
    if (k === undefined) {
      index.set(f, (k = names.length));
      names.push(f);
    }
    return k;
  }).sort());
  const y = data.map((d) => (d.label ? 1 : 0));
  const n = rows.length;
  let bias = 0;
  if (!options.baseMargins) {
    const pos = y.reduce((s: number, v) => s + v, 0);
    bias = Math.log((pos + 0.5) / (n - pos + 0.5));
  } else if (options.baseMargins.length !== n) throw new Error('boosted trees: one base margin per example');
  const margin = Float64Array.from({ length: n }, (_, i) => bias + (options.baseMargins?.[i] ?? 0));
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const sumG = new Float64Array(names.length);
  const sumH = new Float64Array(names.length);
  const touched: number[] = [];

  const grow = (members: Int32Array, level: number): TreeNode => {
    let G = 0;
    let H = 0;
    for (const i of members) {
      G += g[i];
      H += h[i];
    }
    const leaf = (-G / (H + lambda)) * shrinkage;
    if (level === depth || H < 2 * minHessian) return leaf;
    touched.length = 0;
    for (const i of members) {
      for (const f of rows[i]) {
        if (sumH[f] === 0 && sumG[f] === 0) touched.push(f);
        sumG[f] += g[i];
        sumH[f] += h[i];
      }
    }
    const parent = (G * G) / (H + lambda);
    let best = -1;
    let bestGain = minGain;
    touched.sort((a, b) => a - b); // ties go to the first feature seen in training, whatever the visiting order
    for (const f of touched) {
      const hl = sumH[f];
      const hr = H - hl;
      if (hl >= minHessian && hr >= minHessian) {
        const gl = sumG[f];
        const gr = G - gl;
        const gain = (gl * gl) / (hl + lambda) + (gr * gr) / (hr + lambda) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          best = f;
        }
      }
      sumG[f] = 0;
      sumH[f] = 0;
    }
    if (best < 0) return leaf;
    const yes: number[] = [];
    const no: number[] = [];
    for (const i of members) (has(rows[i], best) ? yes : no).push(i);
    return [names[best], grow(Int32Array.from(yes), level + 1), grow(Int32Array.from(no), level + 1)];
  };

  const all = Int32Array.from({ length: n }, (_, i) => i);
  const trees: TreeNode[] = [];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = p - y[i];
      h[i] = Math.max(p * (1 - p), 1e-12);
    }
    const tree = round4(grow(all, 0));
    if (typeof tree === 'number' && Math.abs(tree) < 1e-4) break; // nothing left to learn
    trees.push(tree);
    for (let i = 0; i < n; i++) margin[i] += leafOfRow(tree, rows[i], names, index);
  }
  return { bias: Math.round(bias * 1e4) / 1e4, trees };
}

/** The trees' margin (log-odds) for a set of features, without the bias. */
export function treesMargin(trees: readonly TreeNode[], features: ReadonlySet<string>): number {
  let z = 0;
  for (const t of trees) z += leafOf(t, features);
  return z;
}

/** Probability of the positive class. */
export function boostedProbability(model: BoostedTrees, features: readonly string[] | ReadonlySet<string>): number {
  const set = features instanceof Set ? features : new Set(features as readonly string[]);
  return sigmoid(model.bias + treesMargin(model.trees, set));
}

/** Checks the shape of boosted trees read from JSON (`name` says where, in the error). */
export function checkBoostedTrees(raw: unknown, name: string): BoostedTrees {
  const m = raw as Partial<BoostedTrees> | null;
  const node = (t: unknown): boolean => typeof t === 'number' ? Number.isFinite(t)
    : Array.isArray(t) && t.length === 3 && typeof t[0] === 'string' && node(t[1]) && node(t[2]);
  if (!(m !== null && typeof m === 'object' && typeof m.bias === 'number' && Array.isArray(m.trees) && m.trees.every(node))) {
    throw new Error(`${name}: not boosted trees (expected {"bias", "trees"}, each tree a leaf number or [feature, present, absent])`);
  }
  return m as BoostedTrees;
}

/** The leaf a set of features reaches, numbered left to right within its tree (for leaf features). */
export function leafNumber(tree: TreeNode, features: ReadonlySet<string>): number {
  let k = 0;
  let node = tree;
  while (typeof node !== 'number') {
    if (features.has(node[0])) node = node[1];
    else {
      k += leaves(node[1]);
      node = node[2];
    }
  }
  return k;
}

/**
 * One feature per tree naming the leaf the features reach (`leaf3=5`: tree 3, leaf 5), for a regression that
 * reads the trees' partitions as indicators (He et al. 2014, "Practical lessons from predicting clicks on ads").
 */
export function leafFeatures(trees: readonly TreeNode[], features: ReadonlySet<string>): string[] {
  return trees.map((t, k) => `leaf${k}=${leafNumber(t, features)}`);
}

const leaves = (t: TreeNode): number => (typeof t === 'number' ? 1 : leaves(t[1]) + leaves(t[2]));

function leafOf(tree: TreeNode, features: ReadonlySet<string>): number {
  let node = tree;
  while (typeof node !== 'number') node = features.has(node[0]) ? node[1] : node[2];
  return node;
}

function leafOfRow(tree: TreeNode, row: Int32Array, names: readonly string[], index: ReadonlyMap<string, number>): number {
  let node = tree;
  while (typeof node !== 'number') node = has(row, index.get(node[0])!) ? node[1] : node[2];
  return node;
}

/** Whether a sorted row holds feature f (binary search). */
function has(row: Int32Array, f: number): boolean {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid] < f) lo = mid + 1;
    else hi = mid;
  }
  return lo < row.length && row[lo] === f;
}

// rounded as logistic.ts rounds its weights: a small JSON, far below any decision margin; the training
// margins are updated with the rounded leaves, so a reloaded model predicts exactly what training saw
function round4(t: TreeNode): TreeNode {
  return typeof t === 'number' ? Math.round(t * 1e4) / 1e4 : [t[0], round4(t[1]), round4(t[2])];
}

