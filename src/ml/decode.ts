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

/**
 * For each label, the labels that may precede it (finite transition score), flattened: the predecessors
 * of y are `list[start[y] .. start[y+1])`. Constrained schemes (IOB2, BILOU) allow few moves, so Viterbi
 * only visits those. Cached per transition array, scores included: an array must not change once it has
 * been decoded with (the trainer hands a fresh array after each update).
 */
interface Predecessors {
  start: Int32Array;
  list: Int32Array;
  /** `score[k]` = transitions[list[k] · L + y] for the y whose range holds k: read in order, not strided. */
  score: Float64Array;
  /** Per label: its best incoming move score, and whether it has many predecessors (see `viterbi`). */
  bestMove: Float64Array;
  wide: Uint8Array;
  /** Whether any label is wide (else no order of previous labels is kept). */
  anyWide: boolean;
}

/**
 * Labels with at least this many predecessors are searched best-first (cheaper than trying them all).
 * Below it a plain scan wins: keeping the order costs a sort per token (BILOU's widest labels have 7).
 */
const WIDE = 8;
const predecessorCache = new WeakMap<Float32Array, Predecessors>();

export function predecessors(L: number, trans: Float32Array): Predecessors {
  const cached = predecessorCache.get(trans);
  if (cached) return cached;
  const start = new Int32Array(L + 1);
  const list: number[] = [];
  for (let y = 0; y < L; y++) {
    start[y] = list.length;
    for (let p = 0; p < L; p++) if (trans[p * L + y] !== -Infinity) list.push(p);
  }
  start[L] = list.length;
  const score = new Float64Array(list.length);
  for (let y = 0; y < L; y++) for (let k = start[y]; k < start[y + 1]; k++) score[k] = trans[list[k] * L + y];
  const bestMove = new Float64Array(L).fill(-Infinity);
  const wide = new Uint8Array(L);
  for (let y = 0; y < L; y++) {
    for (let k = start[y]; k < start[y + 1]; k++) bestMove[y] = Math.max(bestMove[y], score[k]);
    wide[y] = start[y + 1] - start[y] >= WIDE ? 1 : 0;
  }
  const result = { start, list: Int32Array.from(list), score, bestMove, wide, anyWide: wide.includes(1) };
  predecessorCache.set(trans, result);
  return result;
}

/** Lattice buffers reused between calls (decoding is synchronous, so one set per thread suffices). */
const scratch = { score: new Float64Array(4096), back: new Int32Array(4096), order: new Int32Array(64) };

/**
 * Exact best path (Viterbi). Runs in O(n·m) for m allowed label moves (at most L²), usually far less: for
 * a label with many predecessors (B-X or O under IOB2, say) the previous labels are tried best score first,
 * and the search stops once even the label's best incoming move could not beat what was found. Ties go to
 * the lowest predecessor, as in a plain scan.
 */
export function viterbi(lattice: Lattice, emissions: Float32Array, n: number, out: Int32Array = new Int32Array(n)): Int32Array {
  const L = lattice.labelCount;
  const trans = lattice.transitions;
  if (n === 0) return out;
  const { start, list, score: moveScore, bestMove, wide, anyWide } = predecessors(L, trans);
  if (scratch.score.length < n * L) {
    scratch.score = new Float64Array(n * L * 2);
    scratch.back = new Int32Array(n * L * 2);
  }
  if (scratch.order.length < L) scratch.order = new Int32Array(L);
  const score = scratch.score;
  const back = scratch.back;
  // Previous labels by score, best first; each position starts from the last order (nearly sorted).
  const order = scratch.order;
  for (let p = 0; p < L; p++) order[p] = p;
  const startRow = L * L;
  for (let y = 0; y < L; y++) score[y] = trans[startRow + y] + emissions[y];
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * L;
    const cur = i * L;
    for (let k = 1; anyWide && k < L; k++) {
      const p = order[k];
      const sp = score[prev + p];
      let j = k - 1;
      while (j >= 0 && score[prev + order[j]] < sp) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = p;
    }
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      if (wide[y] === 1) {
        const bound = bestMove[y];
        for (let k = 0; k < L; k++) {
          const p = order[k];
          const sp = score[prev + p];
          if (sp + bound < best) break;
          const s = sp + trans[p * L + y];
          if (s > best || (s === best && p < arg)) {
            best = s;
            arg = p;
          }
        }
        score[cur + y] = best + emissions[cur + y];
        back[cur + y] = arg;
        continue;
      }
      for (let k = start[y], end = start[y + 1]; k < end; k++) {
        const p = list[k];
        const s = score[prev + p] + moveScore[k];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cur + y] = best + emissions[cur + y];
      back[cur + y] = arg;
    }
  }
  return backtrace(score, back, lattice.endScores, n, L, out);
}

/**
 * The end of a Viterbi pass: the best last label (its path score plus the end score; the lowest label on a
 * tie), then the back-pointers followed to the first token. `back` is `n × L`, row per token; the last
 * token's path scores are `score[last .. last + L)` (by default the last row of an `n × L` table; a decoder
 * that keeps only the current row passes 0).
 */
export function backtrace(
  score: Float64Array, back: Int32Array | Uint8Array, endScores: ArrayLike<number>, n: number, L: number, out: Int32Array, last = (n - 1) * L,
): Int32Array {
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const s = score[last + y] + endScores[y];
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
