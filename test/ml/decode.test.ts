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
