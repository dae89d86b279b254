/*
 * Decoding over a score lattice. `emissions[i * L + y]` is the score of label y at token i;
 * `transitions[p * L + y]` the score of moving from label p to y, with row L for the sequence start;
 * `endScores[y]` the score of ending on y. Forbidden moves carry -Infinity in the transitions.
 */

export interface Lattice {
  readonly labelCount: number;
  readonly transitions: Float32Array;
  readonly endScores: Float32Array;
}

/** Exact best path (Viterbi). Runs in O(n·L²). */
export function viterbi(lattice: Lattice, emissions: Float32Array, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const L = lattice.labelCount;
  const trans = lattice.transitions;
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  const startRow = L * L;
  for (let y = 0; y < L; y++) score[y] = trans[startRow + y] + emissions[y];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        const s = score[prev + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + y] = best + emissions[cur + y];
      back[cur + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    const s = score[last + y] + lattice.endScores[y];
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg];
  }
  return out;
}

/** Left-to-right greedy decoding: each token takes its best label given the one before. O(n·L). */
export function greedy(lattice: Lattice, emissions: Float32Array, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const L = lattice.labelCount;
  const trans = lattice.transitions;
  let prev = L; // the start row
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      const s = emissions[i * L + y] + trans[prev * L + y] + (i === n - 1 ? lattice.endScores[y] : 0);
      if (s > best) {
        best = s;
        arg = y;
      }
    }
    out[i] = arg;
    prev = arg;
  }
  return out;
}
