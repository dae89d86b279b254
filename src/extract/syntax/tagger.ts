import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString, SequenceModel, sumWordWindows } from '../../ml/index.js';
import {
  BOUNDARY, chunkTagGroup, chunkWordTagFeatures, END, posContextFeatures, START, SYNTAX_FEATURE_VERSION,
  WordCache, type WordInfo,
} from './features.js';

export const POS_MODEL_FILE = 'syntax/pos.bin.gz';
export const CHUNK_MODEL_FILE = 'syntax/chunk.bin.gz';

/** Distinct words whose scores are kept; past that the cache and the score pool start over. */
const WORD_LIMIT = 100_000;
/** Floats of word scores kept (64 MB, some 50,000 words); past that, too, the cache starts over. */
const POOL_LIMIT = 16 << 20;

/**
 * Penn Treebank POS tags and IOB2 chunks for sentences given as token texts (raw or normalized alike).
 *
 * Decoding gives the scores of the full feature sets of features.ts, but cheaper: the summed weights of a
 * word's context-free feature groups are computed once per distinct word and cached with it, and those of
 * the chunker's tag-only features once per tag triple. Only the few features that mix two words (or a word
 * and a tag) are looked up per token. Keeps scratch buffers: one instance per thread.
 */
export class SyntaxTagger {
  private readonly cache = new WordCache(WORD_LIMIT);
  /**
   * Group scores of words, 5 × L floats each, in one growing array (not one small typed array per word,
   * which costs an allocation each and scattered reads); the sentence boundaries' come first.
   */
  private pool = new Float32Array(1 << 20);
  private poolUsed = 0;
  private readonly poolReserved: number;
  private readonly posBoundary: { before: number; after: number };
  private readonly chunkBoundary: { before: number; after: number };
  /** Hash of each POS label, then of START and END: tag numbers P and P + 1 stand for them. */
  private readonly tagHashes: Uint32Array;
  /**
   * Scores of the chunker's tag groups per tag triple: `tagGroupAt[((g·R + x)·R + y)·R + z]` (R = P + 2
   * tag numbers) is the offset in `tagGroupPool` of group g's scores for tags (x, y, z), or -1 until first
   * needed. A dense index of at most 3 · 47³ entries; news text uses a few ten thousand triples.
   */
  private readonly tagGroupAt: Int32Array;
  private tagGroupPool = new Float32Array(1 << 16);
  private tagGroupUsed = 0;
  // Scratch, reused per sentence.
  private base = new Float32Array(0);
  private at = new Int32Array(256);
  private padded = new Int32Array(256);
  private posOut = new Int32Array(256);
  private chunkOut = new Int32Array(256);
  private readonly features = new Uint32Array(3);

  constructor(
    readonly posModel: SequenceModel,
    readonly chunkModel: SequenceModel,
  ) {
    for (const m of [posModel, chunkModel]) {
      if (m.meta.featureVersion !== SYNTAX_FEATURE_VERSION) throw new Error(`syntax model feature set ${String(m.meta.featureVersion)} ≠ ${SYNTAX_FEATURE_VERSION}: retrain with scripts/train-syntax.ts`);
    }
    const none = new Uint32Array(0);
    this.posBoundary = { before: this.score(posModel, [none, ...BOUNDARY.pos.before]), after: this.score(posModel, [none, ...BOUNDARY.pos.after]) };
    this.chunkBoundary = { before: this.score(chunkModel, [none, ...BOUNDARY.chunk.before]), after: this.score(chunkModel, [none, ...BOUNDARY.chunk.after]) };
    this.poolReserved = this.poolUsed;
    this.tagHashes = Uint32Array.from([...posModel.labels.map((l) => hashString(l)), START, END]);
    const R = posModel.labelCount + 2;
    this.tagGroupAt = new Int32Array(3 * R * R * R).fill(-1);
  }

  static load(resourcesDir: string): SyntaxTagger {
    const read = (file: string) => SequenceModel.deserialize(readFileSync(join(resourcesDir, file)));
    return new SyntaxTagger(read(POS_MODEL_FILE), read(CHUNK_MODEL_FILE));
  }

  pos(words: readonly string[]): string[] {
    const tags = this.posIndices(this.describe(words));
    return Array.from(tags.subarray(0, words.length), (y) => this.posModel.labels[y]);
  }

  /** Chunks from given POS tags (each must be a label of the POS model). */
  chunks(words: readonly string[], pos: readonly string[]): string[] {
    const tags = Int32Array.from(pos, (p) => this.posModel.labels.indexOf(p));
    if (tags.includes(-1)) throw new Error('chunks: a POS tag unknown to the POS model');
    const chunks = this.chunkIndices(this.describe(words), tags);
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
    const s = this.describe(words);
    const tags = this.posIndices(s);
    const labels = this.chunkIndices(s, tags);
    for (let i = 0; i < s.length; i++) {
      pos[at + i] = this.posModel.labels[tags[i]];
      chunks[at + i] = this.chunkModel.labels[labels[i]];
    }
  }

  /** The words' descriptions; first starts the cache and the score pool over when they are full. */
  private describe(words: readonly string[]): WordInfo[] {
    if (this.cache.size + words.length >= WORD_LIMIT || this.poolUsed > POOL_LIMIT) {
      this.cache.clear();
      this.poolUsed = this.poolReserved;
    }
    return words.map((w) => this.cache.get(w));
  }

  /** Scores feature groups into the pool; returns where they start. */
  private score(model: SequenceModel, groups: readonly Uint32Array[]): number {
    const L = model.labelCount;
    const size = groups.length * L;
    if (this.poolUsed + size > this.pool.length) {
      const bigger = new Float32Array(Math.max(2 * this.pool.length, this.poolUsed + size));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.pool.fill(0, at, at + size);
    groups.forEach((g, k) => model.scoreFeatures(g, this.pool, at + k * L));
    this.poolUsed += size;
    return at;
  }

  /** Where each word's group scores for `model` start in the pool (scoring those not seen yet). */
  private offsets(s: WordInfo[], task: 'pos' | 'chunk'): Int32Array {
    if (this.at.length < s.length) this.at = new Int32Array(2 * s.length);
    const at = this.at;
    const model = task === 'pos' ? this.posModel : this.chunkModel;
    for (let i = 0; i < s.length; i++) {
      const w = s[i];
      if (task === 'pos') at[i] = w.posAt >= 0 ? w.posAt : (w.posAt = this.score(model, w.pos));
      else at[i] = w.chunkAt >= 0 ? w.chunkAt : (w.chunkAt = this.score(model, w.chunk));
    }
    return at;
  }

  /** POS label numbers of a sentence, in a scratch array (valid until the next call). */
  private posIndices(s: WordInfo[]): Int32Array {
    const model = this.posModel;
    const L = model.labelCount;
    const base = this.wordGroupScores(this.offsets(s, 'pos'), s.length, L, this.posBoundary);
    const features = this.features;
    for (let i = 0; i < s.length; i++) {
      const count = posContextFeatures(s, i, features);
      for (let k = 0; k < count; k++) model.addFeature(features[k], base, i * L);
    }
    if (this.posOut.length < s.length) this.posOut = new Int32Array(2 * s.length);
    return model.decodeScores(base, s.length, this.posOut);
  }

  /** Chunk label numbers of a sentence with POS label numbers `tags`, in a scratch array. */
  private chunkIndices(s: WordInfo[], tags: Int32Array): Int32Array {
    const model = this.chunkModel;
    const L = model.labelCount;
    const n = s.length;
    const base = this.wordGroupScores(this.offsets(s, 'chunk'), n, L, this.chunkBoundary);
    // Tags padded with START (tag number P) before and END (P + 1) after, so windows need no tests.
    const P = this.posModel.labelCount;
    const R = P + 2;
    if (this.padded.length < n + 4) this.padded = new Int32Array(2 * (n + 4));
    const padded = this.padded;
    padded[0] = padded[1] = P;
    padded.set(tags.subarray(0, n), 2);
    padded[n + 2] = padded[n + 3] = P + 1;
    const features = this.features;
    for (let i = 0; i < n; i++) {
      const row = i * L;
      for (let g = 0; g < 3; g++) {
        const x = padded[i + g];
        const y = padded[i + g + 1];
        const z = padded[i + g + 2];
        const key = ((g * R + x) * R + y) * R + z;
        let at = this.tagGroupAt[key];
        if (at < 0) at = this.scoreTagGroup(key, g as 0 | 1 | 2, x, y, z);
        const pool = this.tagGroupPool;
        for (let l = 0; l < L; l++) base[row + l] += pool[at + l];
      }
      chunkWordTagFeatures(s, i, this.tagHashes[tags[i]], features);
      for (let k = 0; k < 3; k++) model.addFeature(features[k], base, row);
    }
    if (this.chunkOut.length < n) this.chunkOut = new Int32Array(2 * n);
    return model.decodeScores(base, n, this.chunkOut);
  }

  /** Scores one tag group for tag numbers (x, y, z) into the pool; returns its offset there. */
  private scoreTagGroup(key: number, group: 0 | 1 | 2, x: number, y: number, z: number): number {
    const L = this.chunkModel.labelCount;
    if (this.tagGroupUsed + L > this.tagGroupPool.length) {
      const bigger = new Float32Array(this.tagGroupPool.length * 2);
      bigger.set(this.tagGroupPool);
      this.tagGroupPool = bigger;
    }
    const at = this.tagGroupUsed;
    const h = this.tagHashes;
    this.chunkModel.scoreFeatures(chunkTagGroup(group, h[x], h[y], h[z]), this.tagGroupPool, at);
    this.tagGroupUsed += L;
    this.tagGroupAt[key] = at;
    return at;
  }

  /**
   * Fills (and returns) the n × L base scores of a sentence from its words' cached group scores: for
   * each token, its own group plus the neighbour group each word around it shows at that offset (the
   * boundary's outside the sentence).
   */
  private wordGroupScores(at: Int32Array, n: number, L: number, boundary: { before: number; after: number }): Float32Array {
    if (this.base.length < n * L) this.base = new Float32Array(Math.max(n * L, this.base.length * 2));
    sumWordWindows(this.base, this.pool, at, n, L, boundary.before, boundary.after);
    return this.base;
  }
}
