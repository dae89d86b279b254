import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { viterbi } from '../../src/ml/index.js';

/** Scores every label path by enumeration: the reference Viterbi must match. */
function bruteForce(L: number, n: number, em: Float32Array, trans: Float32Array, end: Float32Array): number {
  let best = -Infinity;
  const path = new Array(n).fill(0);
  const visit = (i: number) => {
    if (i === n) {
      let s = 0;
      for (let k = 0; k < n; k++) s += em[k * L + path[k]] + trans[(k === 0 ? L : path[k - 1]) * L + path[k]];
      s += end[path[n - 1]];
      best = Math.max(best, s);
      return;
    }
    for (let y = 0; y < L; y++) {
      path[i] = y;
      visit(i + 1);
    }
  };
  visit(0);
  return best;
}

test('Viterbi finds the best-scoring path', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 1e6 }), (L, n, seed) => {
      let s = seed;
      const rnd = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648) * 10 - 5;
      const em = Float32Array.from({ length: n * L }, rnd);
      const trans = Float32Array.from({ length: (L + 1) * L }, rnd);
      const end = Float32Array.from({ length: L }, rnd);
      const path = viterbi({ labelCount: L, transitions: trans, endScores: end }, em, n);
      let score = 0;
      for (let k = 0; k < n; k++) score += em[k * L + path[k]] + trans[(k === 0 ? L : path[k - 1]) * L + path[k]];
      score += end[path[n - 1]];
      assert.ok(Math.abs(score - bruteForce(L, n, em, trans, end)) < 1e-4);
    }),
    { numRuns: 200 },
  );
});

/** Plain Viterbi, every move tried, ties to the lowest predecessor: the reference for the pruned search. */
function plainViterbi(L: number, n: number, em: Float32Array, trans: Float32Array, end: Float32Array): number[] {
  const score: number[][] = [];
  const back: number[][] = [];
  score.push(Array.from({ length: L }, (_, y) => trans[L * L + y] + em[y]));
  for (let i = 1; i < n; i++) {
    score.push([]);
    back.push([]);
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (trans[p * L + y] === -Infinity) continue;
        const s = score[i - 1][p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i][y] = best + em[i * L + y];
      back[i - 1][y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) if (score[n - 1][y] + end[y] > best) [best, arg] = [score[n - 1][y] + end[y], y];
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = arg;
    if (i > 0) arg = back[i - 1][arg];
  }
  return path;
}

test('Viterbi over many labels (searched best first) returns the plain scan’s path, ties included', () => {
  fc.assert(
    fc.property(fc.integer({ min: 6, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 1e6 }), (L, n, seed) => {
      let s = seed;
      // Small integers make ties common; some moves are forbidden, as under IOB2 or BILOU.
      const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) % 7 - 3;
      const em = Float32Array.from({ length: n * L }, rnd);
      const trans = Float32Array.from({ length: (L + 1) * L }, () => (rnd() === 3 ? -Infinity : rnd()));
      for (let y = 0; y < L; y++) trans[(y % L) * L + y] = 0; // every label keeps one way in
      const end = Float32Array.from({ length: L }, rnd);
      const got = Array.from(viterbi({ labelCount: L, transitions: trans, endScores: end }, em, n));
      assert.deepEqual(got, plainViterbi(L, n, em, trans, end));
    }),
    { numRuns: 300 },
  );
});
