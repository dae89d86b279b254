import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString, QuantizedModel } from '../../ml/index.js';
import { ChunkViterbi } from './chunk-viterbi.js';
import {
  BOUNDARY, chunkBigramFeature, chunkTagGroup, chunkWordTagFeature, describeWord, END, posPairFeatures, START, SYNTAX_FEATURE_VERSION,
} from './features.js';

export const POS_MODEL_FILE = 'syntax/pos.bin.gz';
export const CHUNK_MODEL_FILE = 'syntax/chunk.bin.gz';

const NO_FEATURES = new Uint32Array(0);

/** Distinct words whose scores are kept; past that the cache and the score pool start over. */
const WORD_LIMIT = 100_000;
/** Word scores kept (64 MB of Float32, some 45,000 words); past that, too, the cache starts over. */
const POOL_LIMIT = 16 << 20;

/**
 * Penn Treebank POS tags and IOB2 chunks for sentences given as token texts (raw or normalized alike).
 *
 * Decoding gives the scores of the full feature sets of features.ts, but cheaper: the summed weights of a
 * word's context-free feature groups are computed once per distinct word and cached with it, and those of
 * the chunker's tag-only features once per tag triple. Only the few features that mix two words (or a word
 * and a tag) are looked up per token. Weights are the models' integers (`QuantizedModel`), so the cached
 * partial sums add up to exactly the score of the full feature set; scores become real numbers (× scale)
 * only where they meet the Float32 transition scores.
 *
 * Words are numbered on first sight; what the hot loops need of a word (its hash, where its scores are)
 * sits in typed arrays indexed by that number, so a sentence is one array of word numbers, not objects.
 * Keeps scratch buffers: one instance per thread.
 */
export class SyntaxTagger {
  private readonly wordIds = new Map<string, number>();
  /** Per word number: hash of its lower-case form, and where its POS and chunk group scores start. */
  private lowerHash = new Uint32Array(1024);
  private posAt = new Int32Array(1024);
  private chunkAt = new Int32Array(1024);
  /**
   * Group scores of words (integer sums in Float32, exact), in one growing array: 5 × L per word for the
   * POS model, 7 × L for the chunker (see `wordTags`); the sentence boundaries' come first.
   */
  private pool = new Float32Array(1 << 20);
  private poolUsed = 0;
  private readonly poolReserved: number;
  private readonly posBefore: number;
  private readonly posAfter: number;
  private readonly chunkBefore: number;
  private readonly chunkAfter: number;
  /** Hash of each POS label, then of START and END: tag numbers P and P + 1 stand for them. */
  private readonly tagHashes: Uint32Array;
  /**
   * Scores of the chunker's tag groups per tag triple (x, y, z) (tag numbers; R = P + 2 of them):
   * `tripleAt[(x·R + y)·R + z]` is the offset in `triplePool` of a block of 3 × L scores — groups 0, 1 and 2
   * of that triple — or -1 until first needed. A triple centred on token j gives group 0 to token j + 1,
   * group 1 to token j and group 2 to token j − 1, so a sentence looks up each of its triples once, not
   * three times. A dense index of 47³ entries; news text uses a few thousand triples.
   */
  private readonly tripleAt: Int32Array;
  private triplePool = new Float32Array(1 << 16);
  private tripleUsed = 0;
  /**
   * The chunker's word–tag features (lw0|pos0 of a token, lw-1|pos0 of the token after it) depend on one
   * word and one tag. Each word's chunk block holds, after its five groups, two more: group 5 = its own
   * group plus its lw0|pos0 weights for tag `wordTags[2·id]`, group 6 = the group it shows the next token
   * plus its lw-1|pos0 weights for tag `wordTags[2·id + 1]` (-1: not filled yet). Most words keep one tag,
   * so most tokens find both ready and the window sum covers those features with no lookup or extra add.
   */
  private wordTags = new Int32Array(2 * 1024);
  // Scratch, reused per sentence.
  private ids = new Int32Array(256);
  private readonly sums: Float32Array;
  private readonly bounds = new Float64Array(64);
  private emissions = new Float32Array(0);
  private padded = new Int32Array(256);
  private blocks = new Int32Array(256);
  private posOut = new Int32Array(256);
  private chunkOut = new Int32Array(256);
  private readonly features = new Uint32Array(3);
  private readonly chunkDecoder: ChunkViterbi;

  constructor(
    readonly posModel: QuantizedModel,
    readonly chunkModel: QuantizedModel,
  ) {
    for (const m of [posModel, chunkModel]) {
      if (m.meta.featureVersion !== SYNTAX_FEATURE_VERSION) throw new Error(`syntax model feature set ${String(m.meta.featureVersion)} ≠ ${SYNTAX_FEATURE_VERSION}: retrain with scripts/train-syntax.ts`);
    }
    this.sums = new Float32Array(Math.max(posModel.labelCount, chunkModel.labelCount));
    const none = new Uint32Array(0);
    this.posBefore = this.score(posModel, [none, ...BOUNDARY.pos.before], true);
    this.posAfter = this.score(posModel, [none, ...BOUNDARY.pos.after], true);
    this.chunkBefore = this.score(chunkModel, [none, ...BOUNDARY.chunk.before]);
    this.chunkAfter = this.score(chunkModel, [none, ...BOUNDARY.chunk.after]);
    this.poolReserved = this.poolUsed;
    this.tagHashes = Uint32Array.from([...posModel.labels.map((l) => hashString(l)), START, END]);
    const R = posModel.labelCount + 2;
    this.tripleAt = new Int32Array(R * R * R).fill(-1);
    this.chunkDecoder = new ChunkViterbi(chunkModel);
  }

  static load(resourcesDir: string): SyntaxTagger {
    const read = (file: string) => QuantizedModel.read(readFileSync(join(resourcesDir, file)));
    return new SyntaxTagger(read(POS_MODEL_FILE), read(CHUNK_MODEL_FILE));
  }

  pos(words: readonly string[]): string[] {
    const tags = this.posIndices(this.wordNumbers(words), words.length);
    return Array.from(tags.subarray(0, words.length), (y) => this.posModel.labels[y]);
  }

  /** Chunks from given POS tags (each must be a label of the POS model). */
  chunks(words: readonly string[], pos: readonly string[]): string[] {
    const tags = Int32Array.from(pos, (p) => this.posModel.labels.indexOf(p));
    if (tags.includes(-1)) throw new Error('chunks: a POS tag unknown to the POS model');
    const chunks = this.chunkIndices(this.wordNumbers(words), words.length, tags);
    return Array.from(chunks.subarray(0, words.length), (y) => this.chunkModel.labels[y]);
  }

  tag(words: readonly string[]): { pos: string[]; chunks: string[] } {
    const pos: string[] = new Array(words.length);
    const chunks: string[] = new Array(words.length);
    this.tagInto(words, pos, chunks, 0);
    return { pos, chunks };
  }

  /** Tags one sentence, writing its POS tags and chunks into `pos` and `chunks` from index `at` on. */
  tagInto(words: readonly string[], pos: string[], chunks: string[], at: number): void {
    const n = words.length;
    const ids = this.wordNumbers(words);
    const tags = this.posIndices(ids, n);
    const labels = this.chunkIndices(ids, n, tags);
    const posLabels = this.posModel.labels;
    const chunkLabels = this.chunkModel.labels;
    for (let i = 0; i < n; i++) {
      pos[at + i] = posLabels[tags[i]];
      chunks[at + i] = chunkLabels[labels[i]];
    }
  }

  /**
   * The words' numbers, in a scratch array; a word seen for the first time is described and its groups
   * scored. First starts the cache and the score pool over when they are full.
   */
  private wordNumbers(words: readonly string[]): Int32Array {
    const n = words.length;
    if (this.wordIds.size + n >= WORD_LIMIT || this.poolUsed > POOL_LIMIT) {
      this.wordIds.clear();
      this.poolUsed = this.poolReserved;
    }
    if (this.ids.length < n) this.ids = new Int32Array(2 * n);
    const ids = this.ids;
    for (let i = 0; i < n; i++) {
      const id = this.wordIds.get(words[i]);
      ids[i] = id === undefined ? this.addWord(words[i]) : id;
    }
    return ids;
  }

  private addWord(word: string): number {
    const id = this.wordIds.size;
    if (id === this.lowerHash.length) {
      const grow = <A extends Uint32Array | Int32Array>(a: A, make: (n: number) => A): A => {
        const bigger = make(2 * a.length);
        bigger.set(a);
        return bigger;
      };
      this.lowerHash = grow(this.lowerHash, (k) => new Uint32Array(k));
      this.posAt = grow(this.posAt, (k) => new Int32Array(k));
      this.chunkAt = grow(this.chunkAt, (k) => new Int32Array(k));
      this.wordTags = grow(this.wordTags, (k) => new Int32Array(k));
    }
    this.wordTags[2 * id] = this.wordTags[2 * id + 1] = -1;
    const info = describeWord(word);
    this.lowerHash[id] = info.lowerHash;
    this.posAt[id] = this.score(this.posModel, info.pos, true);
    this.chunkAt[id] = this.score(this.chunkModel, [...info.chunk, NO_FEATURES, NO_FEATURES]);
    this.wordIds.set(word, id);
    return id;
  }

  /**
   * Scores feature groups into the pool; returns where they start. With `maxima`, each group's highest
   * label score follows the groups (one number per group), for the POS decision's upper bounds.
   */
  private score(model: QuantizedModel, groups: readonly Uint32Array[], maxima = false): number {
    const L = model.labelCount;
    const size = groups.length * L + (maxima ? groups.length : 0);
    if (this.poolUsed + size > this.pool.length) {
      const bigger = new Float32Array(Math.max(2 * this.pool.length, this.poolUsed + size));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    const at = this.poolUsed;
    const pool = this.pool;
    pool.fill(0, at, at + size);
    for (let k = 0; k < groups.length; k++) model.addFeatures(groups[k], pool, at + k * L);
    if (maxima) {
      for (let k = 0; k < groups.length; k++) {
        let max = -Infinity;
        for (let y = 0; y < L; y++) max = Math.max(max, pool[at + k * L + y]);
        pool[at + groups.length * L + k] = max;
      }
    }
    this.poolUsed += size;
    return at;
  }

  /**
   * POS label numbers of a sentence, in a scratch array (valid until the next call). Greedy decoding
   * needs only the previous label, so each token's scores are summed and decided on at once.
   */
  private posIndices(ids: Int32Array, n: number): Int32Array {
    const model = this.posModel;
    const L = model.labelCount;
    if (this.posOut.length < n) this.posOut = new Int32Array(2 * n);
    const sums = this.sums;
    const out = this.posOut;
    const pool = this.pool;
    const at = this.posAt;
    const hashes = this.lowerHash;
    const features = this.features;
    const scale = model.scale;
    const trans = model.transitions;
    const end = model.endScores;
    let prev = L; // the transitions' start row
    for (let i = 0; i < n; i++) {
      const own = at[ids[i]];
      const a = (i >= 2 ? at[ids[i - 2]] : this.posBefore) + L;
      const b = (i >= 1 ? at[ids[i - 1]] : this.posBefore) + 2 * L;
      const c = (i + 1 < n ? at[ids[i + 1]] : this.posAfter) + 3 * L;
      const d = (i + 2 < n ? at[ids[i + 2]] : this.posAfter) + 4 * L;
      const count = posPairFeatures(i > 0 ? hashes[ids[i - 1]] : START, hashes[ids[i]], i + 1 < n ? hashes[ids[i + 1]] : END, i === 0, features);
      let found = 0;
      for (let k = 0; k < count; k++) {
        const row = model.rowOf(features[k]);
        if (row < 0) continue;
        if (found === 0) sums.fill(0, 0, L);
        model.addRow(row, sums, 0);
        found++;
      }
      const t = prev * L;
      const last = i === n - 1;
      // Upper bounds first: a label's score is at most its own group (plus word pairs) plus the highest
      // score of each neighbour group (integers, so the bound is exact; × scale and + are monotone). Only
      // labels whose bound reaches the best exact score so far are summed in full.
      const top = (i >= 2 ? at[ids[i - 2]] : this.posBefore) + 5 * L + 1;
      const m = pool[top] + pool[(i >= 1 ? at[ids[i - 1]] : this.posBefore) + 5 * L + 2]
        + pool[(i + 1 < n ? at[ids[i + 1]] : this.posAfter) + 5 * L + 3] + pool[(i + 2 < n ? at[ids[i + 2]] : this.posAfter) + 5 * L + 4];
      const bounds = this.bounds;
      let topY = 0;
      let topBound = -Infinity;
      for (let y = 0; y < L; y++) {
        const base = found === 0 ? pool[own + y] : pool[own + y] + sums[y];
        const ub = (base + m) * scale + trans[t + y] + (last ? end[y] : 0);
        bounds[y] = ub;
        if (ub > topBound) {
          topBound = ub;
          topY = y;
        }
      }
      let arg = topY;
      let best = this.posExact(found, sums, pool, own, a, b, c, d, topY, scale, trans[t + topY], last ? end[topY] : 0);
      for (let y = 0; y < L; y++) {
        if (bounds[y] < best || y === topY) continue;
        const s = this.posExact(found, sums, pool, own, a, b, c, d, y, scale, trans[t + y], last ? end[y] : 0);
        if (s > best || (s === best && y < arg)) {
          best = s;
          arg = y;
        }
      }
      out[i] = arg;
      prev = arg;
    }
    return out;
  }

  private posExact(found: number, sums: Float32Array, pool: Float32Array, own: number, a: number, b: number, c: number, d: number, y: number, scale: number, tr: number, e: number): number {
    const sum = found === 0 ? pool[own + y] + pool[a + y] + pool[b + y] + pool[c + y] + pool[d + y] : sums[y] + pool[own + y] + pool[a + y] + pool[b + y] + pool[c + y] + pool[d + y];
    return sum * scale + tr + e;
  }

  /** Chunk label numbers of a sentence with POS label numbers `tags`, in a scratch array. */
  private chunkIndices(ids: Int32Array, n: number, tags: Int32Array): Int32Array {
    const model = this.chunkModel;
    const L = model.labelCount;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, 2 * this.emissions.length));
    // Tags padded with START (tag number P) before and END (P + 1) after, so windows need no tests.
    const P = this.posModel.labelCount;
    const R = P + 2;
    if (this.padded.length < n + 4) {
      this.padded = new Int32Array(2 * (n + 4));
      this.blocks = new Int32Array(2 * (n + 4));
    }
    const padded = this.padded;
    padded[0] = padded[1] = P;
    padded.set(tags.subarray(0, n), 2);
    padded[n + 2] = padded[n + 3] = P + 1;
    // blocks[j + 1]: where the scores of the triple centred on token j (−1 ≤ j ≤ n) start.
    const blocks = this.blocks;
    for (let j = 0; j < n + 2; j++) {
      const x = padded[j];
      const y = padded[j + 1];
      const z = padded[j + 2];
      const key = (x * R + y) * R + z;
      const at = this.tripleAt[key];
      blocks[j] = at >= 0 ? at : this.scoreTriple(key, x, y, z);
    }
    const triples = this.triplePool;
    const sums = this.sums;
    const emissions = this.emissions;
    const pool = this.pool;
    const at = this.chunkAt;
    const hashes = this.lowerHash;
    const scale = model.scale;
    for (let i = 0; i < n; i++) {
      const tag = tags[i];
      const own = ids[i];
      if (this.wordTags[2 * own] !== tag) this.tagWord(own, tag, 0);
      if (i > 0 && this.wordTags[2 * ids[i - 1] + 1] !== tag) this.tagWord(ids[i - 1], tag, 1);
      const prev = i > 0 ? ids[i - 1] : -1;
      // The word pair's weights (and, for the first token, those of START with its tag) go to `sums` first,
      // when the model knows them (mostly not); the eight cached groups are then added in the loop that
      // writes the emission scores.
      let extra = false;
      // The first token's lw-1|pos0 feature pairs START with its tag: looked up here.
      if (prev < 0) {
        const startTag = model.rowOf(chunkWordTagFeature(1, START, this.tagHashes[tag]));
        if (startTag >= 0) {
          sums.fill(0, 0, L);
          model.addRow(startTag, sums, 0);
          extra = true;
        }
      }
      const bigram = model.rowOf(chunkBigramFeature(prev >= 0 ? hashes[prev] : START, hashes[own]));
      if (bigram >= 0) {
        if (!extra) sums.fill(0, 0, L);
        model.addRow(bigram, sums, 0);
        extra = true;
      }
      // Groups 5 and 6 in place of 0 and 2: own at + 5L, and the previous word's at + 4L + 2L.
      const o = at[own] + 5 * L;
      const a = (i >= 2 ? at[ids[i - 2]] : this.chunkBefore) + L;
      const b = (i >= 1 ? at[ids[i - 1]] + 4 * L : this.chunkBefore) + 2 * L;
      const c = (i + 1 < n ? at[ids[i + 1]] : this.chunkAfter) + 3 * L;
      const d = (i + 2 < n ? at[ids[i + 2]] : this.chunkAfter) + 4 * L;
      const g0 = blocks[i];
      const g1 = blocks[i + 1] + L;
      const g2 = blocks[i + 2] + 2 * L;
      const rowAt = i * L;
      if (extra) {
        for (let l = 0; l < L; l++) {
          const sum = sums[l] + pool[o + l] + pool[a + l] + pool[b + l] + pool[c + l] + pool[d + l] + triples[g0 + l] + triples[g1 + l] + triples[g2 + l];
          emissions[rowAt + l] = sum * scale;
        }
      } else {
        for (let l = 0; l < L; l++) {
          const sum = pool[o + l] + pool[a + l] + pool[b + l] + pool[c + l] + pool[d + l] + triples[g0 + l] + triples[g1 + l] + triples[g2 + l];
          emissions[rowAt + l] = sum * scale;
        }
      }
    }
    if (this.chunkOut.length < n) this.chunkOut = new Int32Array(2 * n);
    return this.chunkDecoder.decode(emissions, n, this.chunkOut);
  }

  /**
   * Fills group 5 (`which` 0: own group + lw0|pos0) or group 6 (`which` 1: next-token group + lw-1|pos0)
   * of word `id`'s chunk block for POS tag number `tag`.
   */
  private tagWord(id: number, tag: number, which: 0 | 1): void {
    const model = this.chunkModel;
    const L = model.labelCount;
    const block = this.chunkAt[id];
    const to = block + (5 + which) * L;
    // A plain loop: copyWithin's call costs more than copying some twenty numbers.
    const pool = this.pool;
    const from = block + 2 * which * L;
    for (let y = 0; y < L; y++) pool[to + y] = pool[from + y];
    model.addFeature(chunkWordTagFeature(which, this.lowerHash[id], this.tagHashes[tag]), pool, to);
    this.wordTags[2 * id + which] = tag;
  }

  /** Scores the three tag groups of tag numbers (x, y, z) into the triple pool; returns their offset there. */
  private scoreTriple(key: number, x: number, y: number, z: number): number {
    const L = this.chunkModel.labelCount;
    if (this.tripleUsed + 3 * L > this.triplePool.length) {
      const bigger = new Float32Array(this.triplePool.length * 2);
      bigger.set(this.triplePool);
      this.triplePool = bigger;
    }
    const at = this.tripleUsed;
    const h = this.tagHashes;
    for (let g = 0; g < 3; g++) this.chunkModel.addFeatures(chunkTagGroup(g as 0 | 1 | 2, h[x], h[y], h[z]), this.triplePool, at + g * L);
    this.tripleUsed += 3 * L;
    this.tripleAt[key] = at;
    return at;
  }
}
