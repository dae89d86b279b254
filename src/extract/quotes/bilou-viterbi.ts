import type { Lattice } from '../../ml/index.js';
import { backtrace } from '../../ml/decode.js';
import { PACKED_LANES, unpackRowScaled } from './packed-sums.js';

/*
 * The attribution tagger's Viterbi, written out for its lattice: BILOU over three types (O, then B, I, L, U
 * of each). Such a lattice allows few moves: O, B-X and U-X follow O, L-Y or U-Y (seven labels); I-X and
 * L-X follow B-X or I-X. The generic `viterbi` finds those moves in lists and reads every previous score
 * from memory; here the seven scores that may open a span are read once per token into locals, the two
 * span-continuing moves are straight code, and the emissions are unpacked from the packed sums as they are
 * needed (no emission array). It is the generic algorithm step for step — the same additions in the same
 * order, ties to the lowest previous label, the same end — so it finds the same path, bit for bit.
 */

const TYPES = 3;
const LABELS = 1 + 4 * TYPES;
/** The labels a span may open after, in label order: O, then L-X and U-X of each type. */
const OPENERS = [0, 3, 4, 7, 8, 11, 12];
/** The labels that follow an opener: O, then B-X and U-X of each type. */
const OPENED = [0, 1, 4, 5, 8, 9, 12];
const NO_SCORE = -Infinity;

/** Whether label p may precede label y in BILOU: I-X and L-X only after B-X or I-X, the rest only after O, L or U. */
function bilouMove(p: number, y: number): boolean {
  const type = (label: number) => Math.floor((label - 1) / 4);
  const prefix = (label: number) => (label === 0 ? 'O' : 'BILU'[(label - 1) % 4]);
  const spanGoesOn = prefix(p) === 'B' || prefix(p) === 'I';
  if (prefix(y) === 'I' || prefix(y) === 'L') return spanGoesOn && type(p) === type(y);
  return !spanGoesOn;
}

/**
 * A decoder for `lattice` when its labels are O and B/I/L/U of three types in that order and every move
 * BILOU forbids has a transition of -Infinity; null otherwise (the caller keeps the generic `viterbi`).
 */
export function bilouDecoder(labels: readonly string[], lattice: Lattice): BilouViterbi | null {
  if (labels.length !== LABELS || lattice.labelCount !== LABELS || labels[0] !== 'O') return null;
  for (let t = 0; t < TYPES; t++) {
    const type = labels[1 + 4 * t].slice(2);
    if (['B', 'I', 'L', 'U'].some((prefix, k) => labels[1 + 4 * t + k] !== `${prefix}-${type}`)) return null;
  }
  const trans = lattice.transitions;
  for (let p = 0; p < LABELS; p++) {
    for (let y = 0; y < LABELS; y++) if (!bilouMove(p, y) && trans[p * LABELS + y] !== -Infinity) return null;
  }
  return new BilouViterbi(lattice);
}

export class BilouViterbi {
  /** Transition scores (as the generic decoder reads them, doubles of the Float32 weights). */
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  /** `open[7j + k]`: the move from OPENERS[k] to OPENED[j]. */
  private readonly open = new Float64Array(49);
  /** Per type: B→I, I→I, B→L, I→L. */
  private readonly inner = new Float64Array(4 * TYPES);
  private back = new Uint8Array(0);
  private readonly em = new Float32Array(2 * PACKED_LANES);
  private readonly score = new Float64Array(LABELS);
  private readonly next = new Float64Array(LABELS);

  constructor(lattice: Lattice) {
    const trans = lattice.transitions;
    this.start = Float64Array.from(trans.subarray(LABELS * LABELS, LABELS * LABELS + LABELS));
    this.end = Float64Array.from(lattice.endScores);
    for (let j = 0; j < 7; j++) for (let k = 0; k < 7; k++) this.open[7 * j + k] = trans[OPENERS[k] * LABELS + OPENED[j]];
    for (let t = 0; t < TYPES; t++) {
      const b = 1 + 4 * t;
      this.inner[4 * t] = trans[b * LABELS + b + 1];
      this.inner[4 * t + 1] = trans[(b + 1) * LABELS + b + 1];
      this.inner[4 * t + 2] = trans[b * LABELS + b + 2];
      this.inner[4 * t + 3] = trans[(b + 1) * LABELS + b + 2];
    }
  }

  /** The best label path of `n` tokens whose packed sums are `packed` (scaled by `scale`), into `out`. */
  decode(packed: Float64Array, n: number, scale: number, out: Int32Array): Int32Array {
    if (n === 0) return out;
    const back = this.backFor(n);
    const { open, inner, em, start } = this;
    let score = this.score;
    let next = this.next;
    unpackRowScaled(packed, 0, LABELS, scale, em, 0);
    for (let y = 0; y < LABELS; y++) score[y] = start[y] + em[y];
    for (let i = 1; i < n; i++) {
      unpackRowScaled(packed, i * PACKED_LANES, LABELS, scale, em, 0);
      const row = i * LABELS;
      const o0 = score[0], o1 = score[3], o2 = score[4], o3 = score[7], o4 = score[8], o5 = score[11], o6 = score[12];
      for (let j = 0; j < 7; j++) {
        const m = 7 * j;
        // Each candidate in label order, a later one only when strictly better: the generic scan's choice.
        let best = NO_SCORE;
        let arg = 0;
        let s = o0 + open[m];
        if (s > best) { best = s; arg = 0; }
        s = o1 + open[m + 1];
        if (s > best) { best = s; arg = 3; }
        s = o2 + open[m + 2];
        if (s > best) { best = s; arg = 4; }
        s = o3 + open[m + 3];
        if (s > best) { best = s; arg = 7; }
        s = o4 + open[m + 4];
        if (s > best) { best = s; arg = 8; }
        s = o5 + open[m + 5];
        if (s > best) { best = s; arg = 11; }
        s = o6 + open[m + 6];
        if (s > best) { best = s; arg = 12; }
        const y = OPENED[j];
        next[y] = best + em[y];
        back[row + y] = arg;
      }
      for (let t = 0; t < TYPES; t++) {
        const b = 1 + 4 * t;
        const sb = score[b];
        const si = score[b + 1];
        for (let k = 0; k < 2; k++) {
          let best = NO_SCORE;
          let arg = 0;
          let s = sb + inner[4 * t + 2 * k];
          if (s > best) { best = s; arg = b; }
          s = si + inner[4 * t + 2 * k + 1];
          if (s > best) { best = s; arg = b + 1; }
          next[b + 1 + k] = best + em[b + 1 + k];
          back[row + b + 1 + k] = arg;
        }
      }
      const was = score;
      score = next;
      next = was;
    }
    // The path is read back outside `decode`, as `back` is grown there (`backFor`): V8 compiles `decode`'s
    // long loop on the fly during the first long range, before any call has reached the code after it, and
    // code compiled without type feedback for a path is thrown away when the path runs — here at the end of
    // every long range, over and over (265 times in three passes over H1N1_bbc), each time finishing the
    // range in the interpreter.
    return backtrace(score, this.back, this.end, n, LABELS, out, 0);
  }

  /** Room for the back pointers of `n` tokens (grown here, not in `decode`: see its end). */
  private backFor(n: number): Uint8Array {
    if (this.back.length < n * LABELS) this.back = new Uint8Array(n * LABELS * 2);
    return this.back;
  }
}
