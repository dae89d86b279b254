import { backtrace, predecessors, type Lattice } from '../../ml/decode.js';

/**
 * Exact best path for the chunker's lattice, the same as `viterbi` of src/ml/decode.ts (same Float64 sums,
 * ties to the lowest previous label) but shaped for IOB2: a label either follows any label (B-X, O) or only
 * a couple (I-X after B-X or I-X). For the first kind only the best previous label usually matters: with the
 * best and second-best previous scores s1 > s2, if s2 plus the label's best incoming move cannot reach what
 * the best previous label gives, no other label can, and the label is settled with one add. Otherwise (rare)
 * all previous labels are scanned. Labels of the second kind scan their short predecessor lists.
 * Keeps scratch buffers: one instance per thread.
 */
export class ChunkViterbi {
  private readonly L: number;
  private readonly trans: Float32Array;
  private readonly endScores: Float32Array;
  /** Per label: 1 when every label may precede it. */
  private readonly open: Uint8Array;
  /** Per label: its highest incoming move score (over all previous labels). */
  private readonly bestMove: Float64Array;
  /** Predecessor lists (decode.ts's, shared): `list[start[y] .. start[y + 1])`, with their move scores; read for the labels that are not open. */
  private readonly start: Int32Array;
  private readonly list: Int32Array;
  private readonly moveScore: Float64Array;
  private score = new Float64Array(4096);
  private back = new Int32Array(4096);

  constructor(lattice: Lattice) {
    const L = lattice.labelCount;
    this.L = L;
    this.trans = lattice.transitions;
    this.endScores = lattice.endScores;
    const { start, list, score, bestMove } = predecessors(L, lattice.transitions);
    this.start = start;
    this.list = list;
    this.moveScore = score;
    this.bestMove = bestMove;
    this.open = new Uint8Array(L);
    for (let y = 0; y < L; y++) this.open[y] = start[y + 1] - start[y] === L ? 1 : 0;
  }

  /** Best label path for `n` tokens with emission scores `emissions[i·L + y]`, written to `out`. */
  decode(emissions: Float32Array, n: number, out: Int32Array): Int32Array {
    const L = this.L;
    if (n === 0) return out;
    if (this.score.length < n * L) {
      this.score = new Float64Array(2 * n * L);
      this.back = new Int32Array(2 * n * L);
    }
    const { score, back, trans, open, bestMove, start, list, moveScore } = this;
    const startRow = L * L;
    for (let y = 0; y < L; y++) score[y] = trans[startRow + y] + emissions[y];
    for (let i = 1; i < n; i++) {
      const prev = (i - 1) * L;
      const cur = i * L;
      // The best previous label (lowest on ties) and the second-best score.
      let top = 0;
      let s1 = score[prev];
      let s2 = -Infinity;
      for (let p = 1; p < L; p++) {
        const s = score[prev + p];
        if (s > s1) {
          s2 = s1;
          s1 = s;
          top = p;
        } else if (s > s2) s2 = s;
      }
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        if (open[y] === 1) {
          best = s1 + trans[top * L + y];
          arg = top;
          if (s2 + bestMove[y] >= best) {
            // Another previous label might match or beat the best one's: scan them all.
            best = -Infinity;
            for (let p = 0; p < L; p++) {
              const s = score[prev + p] + trans[p * L + y];
              if (s > best) {
                best = s;
                arg = p;
              }
            }
          }
        } else {
          for (let k = start[y], end = start[y + 1]; k < end; k++) {
            const p = list[k];
            const s = score[prev + p] + moveScore[k];
            if (s > best) {
              best = s;
              arg = p;
            }
          }
        }
        score[cur + y] = best + emissions[cur + y];
        back[cur + y] = arg;
      }
    }
    return backtrace(score, back, this.endScores, n, L, out);
  }
}
