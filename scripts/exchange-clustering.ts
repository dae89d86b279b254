/*
 * Word classes by the exchange algorithm (Kneser & Ney 1993; Martin, Liermann & Ney 1998): each word
 * belongs to one class, and words are moved one at a time to the class that most raises the likelihood
 * of the corpus under a class bigram model, p(w_i | w_{i-1}) = p(c_i | c_{i-1}) · p(w_i | c_i). Words
 * that occur between the same kinds of words end up together ("warned", "cautioned", "complained"), so a
 * tagger that reads a word's class generalizes from the words it was trained on to their rarer kin.
 *
 * With M(c, d) the count of class bigrams and N(c) of class occurrences, the log-likelihood is, up to
 * terms no move changes, Σ M(c,d) log M(c,d) − 2 Σ N(c) log N(c) (both margins of M taken as N). A move
 * of word v changes only the row and column of its old and new class, at the classes of v's neighbours,
 * so trying every class for v costs (classes × distinct neighbour classes of v).
 */

/** Bigram counts of a corpus of word ids, as lists of right and left neighbours per word. */
export interface Bigrams {
  words: number;
  /** Occurrences of each word. */
  counts: Float64Array;
  /** Right neighbours of word v: `rightWord[rightStart[v] .. rightStart[v + 1])` with `rightCount`. */
  rightStart: Int32Array;
  rightWord: Int32Array;
  rightCount: Float64Array;
  leftStart: Int32Array;
  leftWord: Int32Array;
  leftCount: Float64Array;
}

/** Neighbour lists of `corpus` (word ids below `words`; a sentence boundary is a word like any other). */
export function countBigrams(corpus: Int32Array, words: number): Bigrams {
  const counts = new Float64Array(words);
  for (let i = 0; i < corpus.length; i++) counts[corpus[i]]++;
  const pairs = new Float64Array(Math.max(0, corpus.length - 1));
  // A pair (u, x) as one exact number u·words + x: sorting groups equal pairs.
  for (let i = 0; i + 1 < corpus.length; i++) pairs[i] = corpus[i] * words + corpus[i + 1];
  pairs.sort();
  const right = neighbourLists(pairs, words, (key) => Math.floor(key / words), (key) => key % words);
  for (let i = 0; i + 1 < corpus.length; i++) pairs[i] = corpus[i + 1] * words + corpus[i];
  pairs.sort();
  const left = neighbourLists(pairs, words, (key) => Math.floor(key / words), (key) => key % words);
  return {
    words, counts,
    rightStart: right.start, rightWord: right.word, rightCount: right.count,
    leftStart: left.start, leftWord: left.word, leftCount: left.count,
  };
}

/** Bigram counts between the "words" of a square count matrix (row word before column word). */
export function bigramsOfMatrix(matrix: Float64Array, size: number, counts: Float64Array): Bigrams {
  const pairs: number[] = [];
  const weights: number[] = [];
  for (let c = 0; c < size; c++) for (let d = 0; d < size; d++) if (matrix[c * size + d] > 0) pairs.push(c * size + d);
  for (const p of pairs) weights.push(matrix[p]);
  const byRow = listsOf(pairs, weights, size, (p) => Math.floor(p / size), (p) => p % size);
  const byColumn = listsOf(pairs, weights, size, (p) => p % size, (p) => Math.floor(p / size));
  return {
    words: size, counts: Float64Array.from(counts),
    rightStart: byRow.start, rightWord: byRow.word, rightCount: byRow.count,
    leftStart: byColumn.start, leftWord: byColumn.word, leftCount: byColumn.count,
  };
}

interface Lists {
  start: Int32Array;
  word: Int32Array;
  count: Float64Array;
}

/** Run-length lists of sorted pair keys: for each first word, its distinct second words and their counts. */
function neighbourLists(sorted: Float64Array, words: number, first: (key: number) => number, second: (key: number) => number): Lists {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const start = new Int32Array(words + 1);
  const word = new Int32Array(distinct);
  const count = new Float64Array(distinct);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) {
      k++;
      word[k] = second(sorted[i]);
      start[first(sorted[i]) + 1]++;
    }
    count[k]++;
  }
  for (let v = 0; v < words; v++) start[v + 1] += start[v];
  return { start, word, count };
}

/** Lists of weighted pairs, grouped by `first`. */
function listsOf(pairs: number[], weights: number[], words: number, first: (p: number) => number, second: (p: number) => number): Lists {
  const start = new Int32Array(words + 1);
  for (const p of pairs) start[first(p) + 1]++;
  for (let v = 0; v < words; v++) start[v + 1] += start[v];
  const fill = start.slice(0, words);
  const word = new Int32Array(pairs.length);
  const count = new Float64Array(pairs.length);
  pairs.forEach((p, i) => {
    const at = fill[first(p)]++;
    word[at] = second(p);
    count[at] = weights[i];
  });
  return { start, word, count };
}

export interface ExchangeOptions {
  classes: number;
  /** Passes over the vocabulary at most (default 8). */
  maxPasses?: number;
  /** Stop once a pass moves fewer than this share of the words (default 0.002). */
  minMoved?: number;
  onPass?: (pass: number, moved: number, seconds: number) => void;
}

/** x log x, 0 at 0. */
const xlogxOf = (x: number): number => (x > 0 ? x * Math.log(x) : 0);

/**
 * x log x of every count up to `size`: counts are whole numbers, and a table read is several times
 * cheaper than a logarithm in the inner loop.
 */
function xlogxTable(size: number): (x: number) => number {
  const table = new Float64Array(size + 1);
  for (let x = 1; x <= size; x++) table[x] = x * Math.log(x);
  return (x) => (x <= size ? table[x] : xlogxOf(x));
}

/**
 * The class of each word after exchange passes. Words start in classes by frequency rank (rank mod
 * classes) and are visited in frequency order, so the result depends on the counts alone. Classes are
 * then numbered by their most frequent word. Also returns the class bigram matrix (for a coarser level).
 */
export function exchangeClasses(b: Bigrams, options: ExchangeOptions): { classOf: Int32Array; matrix: Float64Array; classCounts: Float64Array } {
  const C = options.classes;
  const V = b.words;
  let total = 0;
  for (let v = 0; v < V; v++) total += b.counts[v];
  const xlogx = xlogxTable(Math.min(total, 1 << 24));
  const order = Array.from({ length: V }, (_, v) => v).sort((x, y) => b.counts[y] - b.counts[x] || x - y);
  const cls = new Int32Array(V);
  order.forEach((v, rank) => (cls[v] = rank % C));
  // M and its transpose (column reads as rows), with x log x of each cell kept beside it.
  const M = new Float64Array(C * C);
  const T = new Float64Array(C * C);
  const N = new Float64Array(C);
  for (let v = 0; v < V; v++) {
    N[cls[v]] += b.counts[v];
    for (let k = b.rightStart[v]; k < b.rightStart[v + 1]; k++) {
      M[cls[v] * C + cls[b.rightWord[k]]] += b.rightCount[k];
      T[cls[b.rightWord[k]] * C + cls[v]] += b.rightCount[k];
    }
  }
  const FM = M.map(xlogx);
  const FT = T.map(xlogx);
  const R = new Float64Array(C);
  const L = new Float64Array(C);
  const rList = new Int32Array(C);
  const lList = new Int32Array(C);
  const add = (row: number, col: number, by: number) => {
    const m = (M[row * C + col] += by);
    FM[row * C + col] = xlogx(m);
    T[col * C + row] = m;
    FT[col * C + row] = FM[row * C + col];
  };
  const maxPasses = options.maxPasses ?? 8;
  const minMoved = options.minMoved ?? 0.002;
  for (let pass = 1; pass <= maxPasses; pass++) {
    const started = performance.now();
    let moved = 0;
    for (const v of order) {
      const n = b.counts[v];
      if (n === 0) continue;
      let self = 0;
      let rN = 0;
      let lN = 0;
      for (let k = b.rightStart[v]; k < b.rightStart[v + 1]; k++) {
        const x = b.rightWord[k];
        if (x === v) { self += b.rightCount[k]; continue; }
        const d = cls[x];
        if (R[d] === 0) rList[rN++] = d;
        R[d] += b.rightCount[k];
      }
      for (let k = b.leftStart[v]; k < b.leftStart[v + 1]; k++) {
        const u = b.leftWord[k];
        if (u === v) continue; // counted once, in `self`
        const c = cls[u];
        if (L[c] === 0) lList[lN++] = c;
        L[c] += b.leftCount[k];
      }
      const a = cls[v];
      for (let j = 0; j < rN; j++) add(a, rList[j], -R[rList[j]]);
      for (let j = 0; j < lN; j++) add(lList[j], a, -L[lList[j]]);
      if (self) add(a, a, -self);
      N[a] -= n;
      // Gain of putting v into class c; the old class first, so that a tie keeps the word where it was.
      const gain = (c: number): number => {
        const row = c * C;
        let g = 0;
        for (let j = 0; j < rN; j++) {
          const d = rList[j];
          if (d !== c) g += xlogx(M[row + d] + R[d]) - FM[row + d];
        }
        for (let j = 0; j < lN; j++) {
          const e = lList[j];
          if (e !== c) g += xlogx(T[row + e] + L[e]) - FT[row + e];
        }
        g += xlogx(M[row + c] + R[c] + L[c] + self) - FM[row + c];
        return g - 2 * (xlogx(N[c] + n) - xlogx(N[c]));
      };
      let best = a;
      let bestGain = gain(a);
      for (let c = 0; c < C; c++) {
        if (c === a) continue;
        const g = gain(c);
        if (g > bestGain + 1e-9 * Math.abs(bestGain)) { best = c; bestGain = g; }
      }
      for (let j = 0; j < rN; j++) add(best, rList[j], R[rList[j]]);
      for (let j = 0; j < lN; j++) add(lList[j], best, L[lList[j]]);
      if (self) add(best, best, self);
      N[best] += n;
      if (best !== a) { cls[v] = best; moved++; }
      for (let j = 0; j < rN; j++) R[rList[j]] = 0;
      for (let j = 0; j < lN; j++) L[lList[j]] = 0;
    }
    options.onPass?.(pass, moved, (performance.now() - started) / 1000);
    if (moved < minMoved * V) break;
  }
  // Number classes by their most frequent word, so that the same counts always give the same numbers.
  const renumber = new Int32Array(C).fill(-1);
  let next = 0;
  for (const v of order) if (renumber[cls[v]] < 0) renumber[cls[v]] = next++;
  for (let c = 0; c < C; c++) if (renumber[c] < 0) renumber[c] = next++;
  const classOf = cls.map((c) => renumber[c]);
  const matrix = new Float64Array(C * C);
  const classCounts = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    classCounts[renumber[c]] = N[c];
    for (let d = 0; d < C; d++) matrix[renumber[c] * C + renumber[d]] = M[c * C + d];
  }
  return { classOf, matrix, classCounts };
}
