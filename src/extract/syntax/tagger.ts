import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashString, QuantizedModel } from '../../ml/index.js';
import { ChunkViterbi } from './chunk-viterbi.js';
import { RowSetTable } from './row-set-table.js';
import { WordTable } from './word-table.js';
import {
  BOUNDARY, chunkBigramFeature, chunkTagGroup, chunkWordTagFeature, describeWord, END, posPairFeatures, START, SYNTAX_FEATURE_VERSION, type FeatureGroup,
} from './features.js';

export const POS_MODEL_FILE = 'syntax/pos.bin.gz';
export const CHUNK_MODEL_FILE = 'syntax/chunk.bin.gz';

/** Distinct words whose scores are kept; past that the cache and the score pool start over. */
const WORD_LIMIT = 100_000;
/** Word scores kept (64 MB of Float32, some 60,000 words); past that, too, the cache starts over. */
const POOL_LIMIT = 16 << 20;

/** Word numbers of the sentence boundary, as pseudo-words: what comes before the first token and after the last. */
const BEFORE = 0;
const AFTER = 1;
/**
 * What the hot loops need of a word sits in one 64-byte record of `words` (one cache line, not one per
 * array), at `WORD · id`: where its five POS groups start in the pool, its five chunk groups and the word–tag
 * group, its lower-case hash, and the word–tag bookkeeping.
 */
const WORD = 16;
const POS_AT = 0;
const CHUNK_AT = 5;
/** The chunker's group 5: its own group plus lw0|pos0, after the five context-free groups. */
const WORD_TAG_GROUP = 5;
/** The hash of the word's lower-case form (as a signed integer; hashes mix it as 32 bits alike). */
const LOWER_HASH = 11;
/** The POS tag number group 5 holds lw0|pos0 for (-1: none yet). */
const OWN_TAG = 12;
/** The tag number of the token after the word whose lw-1|pos0 row `PREV_TAG_ROW` holds (-1: none yet). */
const NEXT_TAG = 13;
const PREV_TAG_ROW = 14;
/** The pool room of the word's own group 5, 0 until needed (see `tagWord`). */
const TAG_ROOM = 15;

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
 * Words are numbered on first sight; what the hot loops need of a word (its hash, where each of its group
 * scores is) sits in one record per word number (`WORD`), so a sentence is one array of word numbers, not
 * objects. A group none of whose features the model knows (a rare word's lw−2, say) is not stored: it
 * points at one shared block of zeros, which stays in cache — about half of all groups are such. Groups
 * whose known features are the same (rare words' suffix and shape rows, say) share one sum (`RowSetTable`).
 * Keeps scratch buffers: one instance per thread.
 */
export class SyntaxTagger {
  private readonly wordIds = new WordTable(2);
  /** Per word number, `WORD` numbers (see there). Word numbers 0 and 1 are the sentence boundaries. */
  private words = new Int32Array(WORD * 1024);
  /**
   * Group scores (integer sums in Float32, exact), L per group, in one growing array; the shared zero
   * group and the sentence boundaries' groups come first.
   */
  private pool = new Float32Array(1 << 20);
  private poolUsed = 0;
  private readonly poolReserved: number;
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
  /*
   * (Word–tag groups.) The chunker's word–tag features (lw0|pos0 of a token, lw-1|pos0 of the token after it) depend on one
   * word and one tag. Each word has, after its five chunk groups, one more: group 5 = its own group plus
   * its lw0|pos0 weights for tag `OWN_TAG` (-1: not filled yet). Most words keep one tag, so most tokens
   * find it ready and the window sum covers that feature with no lookup or extra add; a word whose lw0|pos0
   * the model does not know for its tag (most rare words) has its own group as group 5, and needs no room
   * of its own. The word that precedes a token varies its tag far more (a determiner before NN, JJ,
   * NNP...), so lw-1|pos0 is looked up per token; each word keeps the row of the last one (`NEXT_TAG`: its
   * tag, `PREV_TAG_ROW`: the row, -1 when the model does not know the feature), which saves the lookup when
   * the tag repeats.
   */
  /** Summed groups by their known rows (POS row r as 2r, chunk row r as 2r + 1), shared between words. */
  private readonly groupSums = new RowSetTable();
  private readonly groupRows = new Int32Array(64);
  private readonly rowStarts = new Int32Array(64);
  // Scratch, reused per sentence.
  /** The sentence's word numbers from index 2 on, padded with BEFORE twice before and AFTER twice after. */
  private ids = new Int32Array(256);
  /** Per POS label: the bound of its score (see `posIndices`). */
  private readonly bounds: Float64Array;
  /** Per POS model row: where its copy (with its maximum) sits in the pool, 0 until a word pair first needs it. */
  private readonly pairAt: Int32Array;
  /** A pool row (L + 1 scores) for the sum of several word-pair rows. */
  private readonly pairScratch: number;
  /** The POS model's L zeros, in place of its end scores for tokens that are not last. */
  private readonly noEnd: Float32Array;
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
    this.bounds = new Float64Array(posModel.labelCount);
    this.pairAt = new Int32Array(posModel.weights.length / posModel.labelCount);
    this.noEnd = new Float32Array(posModel.labelCount);
    // The shared zero group, long enough for either model, with a POS row's maximum slot (0).
    this.poolUsed = Math.max(posModel.labelCount + 1, chunkModel.labelCount);
    this.pairScratch = this.reserve(posModel.labelCount + 1);
    const none: number[] = [];
    this.words[WORD * BEFORE + LOWER_HASH] = START;
    this.words[WORD * AFTER + LOWER_HASH] = END;
    this.scoreWord(BEFORE, [none, ...BOUNDARY.pos.before], [none, ...BOUNDARY.chunk.before]);
    this.scoreWord(AFTER, [none, ...BOUNDARY.pos.after], [none, ...BOUNDARY.chunk.after]);
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
   * The words' numbers, in a scratch array from index 2 on, padded with the boundaries; a word seen for
   * the first time is described and its groups scored. First starts the cache and the score pool over
   * when they are full.
   */
  private wordNumbers(words: readonly string[]): Int32Array {
    const n = words.length;
    if (this.wordIds.size + n >= WORD_LIMIT || this.poolUsed > POOL_LIMIT) {
      this.wordIds.clear();
      this.poolUsed = this.poolReserved;
      this.pairAt.fill(0);
      this.groupSums.clear();
    }
    if (this.ids.length < n + 4) this.ids = new Int32Array(2 * (n + 4));
    const ids = this.ids;
    ids[0] = ids[1] = BEFORE;
    for (let i = 0; i < n; i++) {
      const id = this.wordIds.get(words[i]);
      ids[i + 2] = id < 0 ? this.addWord(words[i]) : id;
    }
    ids[n + 2] = ids[n + 3] = AFTER;
    return ids;
  }

  private addWord(word: string): number {
    const id = this.wordIds.add(word);
    if (WORD * (id + 1) > this.words.length) {
      const bigger = new Int32Array(2 * this.words.length);
      bigger.set(this.words);
      this.words = bigger;
    }
    const info = describeWord(word);
    this.words[WORD * id + LOWER_HASH] = info.lowerHash;
    this.scoreWord(id, info.pos, info.chunk);
    return id;
  }

  /** Scores a word's POS and chunk groups and leaves its word–tag group (and lw-1|pos0 row) unfilled. */
  private scoreWord(id: number, pos: readonly FeatureGroup[], chunk: readonly FeatureGroup[]): void {
    const at = WORD * id;
    for (let k = 0; k < 5; k++) this.words[at + POS_AT + k] = this.scoreGroup(this.posModel, pos[k], 1);
    for (let k = 0; k < WORD_TAG_GROUP; k++) this.words[at + CHUNK_AT + k] = this.scoreGroup(this.chunkModel, chunk[k], 0);
    this.words[at + CHUNK_AT + WORD_TAG_GROUP] = this.words[at + CHUNK_AT];
    this.words[at + TAG_ROOM] = 0;
    this.words[at + OWN_TAG] = this.words[at + NEXT_TAG] = -1;
  }

  /**
   * Scores one feature group into the pool, or finds the same sum there already; returns where it starts
   * (0, the zero group, when the model knows none of its features). With `maxSlot` 1 (POS groups) the
   * row's maximum follows its L scores.
   */
  private scoreGroup(model: QuantizedModel, features: FeatureGroup, maxSlot: 0 | 1): number {
    const rows = this.groupRows;
    let count = 0;
    for (let k = 0; k < features.length; k++) {
      const row = model.rowOf(features[k]);
      if (row >= 0) rows[count++] = 2 * row + 1 - maxSlot;
    }
    if (count === 0) return 0;
    const found = this.groupSums.get(rows, count);
    if (found >= 0) return found;
    const L = model.labelCount;
    const at = this.reserve(L + maxSlot);
    const pool = this.pool;
    const w = model.weights;
    const starts = this.rowStarts;
    for (let k = 0; k < count; k++) starts[k] = (rows[k] >> 1) * L;
    // Label by label, each sum written once (the room may hold a discarded word's scores), not row by row
    // through the pool; the maximum on the way.
    let max = -Infinity;
    for (let y = 0; y < L; y++) {
      let sum = 0;
      for (let k = 0; k < count; k++) sum += w[starts[k] + y];
      pool[at + y] = sum;
      if (sum > max) max = sum;
    }
    if (maxSlot === 1) pool[at + L] = max;
    this.groupSums.set(rows, count, at);
    return at;
  }

  /** Room for `size` scores at the end of the pool (not cleared); returns where it starts. */
  private reserve(size: number): number {
    if (this.poolUsed + size > this.pool.length) {
      const bigger = new Float32Array(Math.max(2 * this.pool.length, this.poolUsed + size));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.poolUsed += size;
    return at;
  }

  /**
   * POS label numbers of a sentence (padded word numbers `ids`), in a scratch array (valid until the next
   * call). Greedy decoding needs only the previous label, so each token's scores are summed and decided
   * on at once.
   *
   * Most labels are ruled out without summing their six rows: a label's score is at most its own-group
   * weight plus the maxima of the other five rows (kept in slot L of each POS row), so a first pass over
   * the own row alone bounds every label, the label with the highest bound is scored in full, and only
   * labels whose bound reaches that score are scored too (about three per token instead of 45). Scores and
   * bounds are computed in the same order of operations, which round monotonically, so a label skipped
   * can neither beat nor tie the best one: the labels and their ties (to the lowest label) stay exact.
   */
  private posIndices(ids: Int32Array, n: number): Int32Array {
    const model = this.posModel;
    const L = model.labelCount;
    if (this.posOut.length < n) this.posOut = new Int32Array(2 * n);
    const out = this.posOut;
    const words = this.words;
    const features = this.features;
    const scale = model.scale;
    const trans = model.transitions;
    const endScores = model.endScores;
    const noEnd = this.noEnd;
    const bounds = this.bounds;
    let prev = L; // the transitions' start row
    for (let i = 0; i < n; i++) {
      const p = i + 2;
      const w0 = WORD * ids[p];
      const count = posPairFeatures(words[WORD * ids[p - 1] + LOWER_HASH], words[w0 + LOWER_HASH], words[WORD * ids[p + 1] + LOWER_HASH], i === 0, features);
      const e = this.pairRow(count);
      // Read after pairRow, which may grow the pool.
      const pool = this.pool;
      const own = words[w0 + POS_AT];
      const a = words[WORD * ids[p - 2] + POS_AT + 1];
      const b = words[WORD * ids[p - 1] + POS_AT + 2];
      const c = words[WORD * ids[p + 1] + POS_AT + 3];
      const d = words[WORD * ids[p + 2] + POS_AT + 4];
      const rest = pool[e + L] + pool[a + L] + pool[b + L] + pool[c + L] + pool[d + L];
      const t = prev * L;
      // The end scores count for the last token only; the others add zeros (as the decoders do), read
      // from a row of zeros rather than tested per label.
      const end = i === n - 1 ? endScores : noEnd;
      let top = -Infinity;
      let arg = 0;
      for (let y = 0; y < L; y++) {
        const bound = (pool[own + y] + rest) * scale + trans[t + y] + end[y];
        bounds[y] = bound;
        if (bound > top) {
          top = bound;
          arg = y;
        }
      }
      let best = (pool[e + arg] + pool[own + arg] + pool[a + arg] + pool[b + arg] + pool[c + arg] + pool[d + arg]) * scale + trans[t + arg] + end[arg];
      for (let y = 0; y < L; y++) {
        if (bounds[y] < best || y === arg) continue;
        const s = (pool[e + y] + pool[own + y] + pool[a + y] + pool[b + y] + pool[c + y] + pool[d + y]) * scale + trans[t + y] + end[y];
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

  /**
   * The pool row (with its maximum in slot L) of the word-pair features in `this.features[0 .. count)` that
   * the POS model knows: the zero group when none, a model row's copy (made once per row) when one, and
   * their sum in a scratch row when more.
   */
  private pairRow(count: number): number {
    const model = this.posModel;
    let found = 0;
    let first = -1;
    for (let k = 0; k < count; k++) {
      const row = model.rowOf(this.features[k]);
      if (row < 0) continue;
      if (found === 0) first = row;
      else {
        if (found === 1) this.copyRow(first, this.pairScratch);
        model.addRow(row, this.pool, this.pairScratch);
      }
      found++;
    }
    if (found === 0) return 0;
    if (found > 1) {
      this.storeMax(this.pairScratch, model.labelCount);
      return this.pairScratch;
    }
    let at = this.pairAt[first];
    if (at === 0) {
      at = this.reserve(model.labelCount + 1);
      this.copyRow(first, at);
      this.storeMax(at, model.labelCount);
      this.pairAt[first] = at;
    }
    return at;
  }

  /** Copies POS model row `row` into the pool at `at`. */
  private copyRow(row: number, at: number): void {
    const L = this.posModel.labelCount;
    const w = this.posModel.weights;
    const pool = this.pool;
    for (let y = 0; y < L; y++) pool[at + y] = w[row * L + y];
  }

  /** Writes the maximum of the pool's `L` scores at `at` into slot `at + L`. */
  private storeMax(at: number, L: number): void {
    const pool = this.pool;
    let max = pool[at];
    for (let y = 1; y < L; y++) if (pool[at + y] > max) max = pool[at + y];
    pool[at + L] = max;
  }

  /** Chunk label numbers of a sentence (padded word numbers `ids`) with POS label numbers `tags`, in a scratch array. */
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
    const w = model.weights;
    const emissions = this.emissions;
    const words = this.words;
    const scale = model.scale;
    for (let i = 0; i < n; i++) {
      const tag = tags[i];
      const p = i + 2;
      const own = WORD * ids[p];
      const prev = WORD * ids[p - 1]; // BEFORE, whose hash is START, for the first token
      if (words[own + OWN_TAG] !== tag) this.tagWord(own, tag);
      // Read after tagWord, which may grow the pool.
      const pool = this.pool;
      if (words[prev + NEXT_TAG] !== tag) {
        words[prev + NEXT_TAG] = tag;
        words[prev + PREV_TAG_ROW] = model.rowOf(chunkWordTagFeature(1, words[prev + LOWER_HASH], this.tagHashes[tag]));
      }
      // Rows of lw-1|pos0 and of the word pair when the model knows them (mostly not), read where the
      // emission scores are summed with the eight cached groups.
      const prevTag = words[prev + PREV_TAG_ROW];
      const bigram = model.rowOf(chunkBigramFeature(words[prev + LOWER_HASH], words[own + LOWER_HASH]));
      // Group 5 in place of 0: the token's own group with lw0|pos0.
      const o = words[own + CHUNK_AT + WORD_TAG_GROUP];
      const a = words[WORD * ids[p - 2] + CHUNK_AT + 1];
      const b = words[prev + CHUNK_AT + 2];
      const c = words[WORD * ids[p + 1] + CHUNK_AT + 3];
      const d = words[WORD * ids[p + 2] + CHUNK_AT + 4];
      const g0 = blocks[i];
      const g1 = blocks[i + 1] + L;
      const g2 = blocks[i + 2] + 2 * L;
      const rowAt = i * L;
      if (bigram >= 0 && prevTag >= 0) {
        const r1 = prevTag * L;
        const r2 = bigram * L;
        for (let l = 0; l < L; l++) {
          const sum = w[r1 + l] + w[r2 + l] + pool[o + l] + pool[a + l] + pool[b + l] + pool[c + l] + pool[d + l] + triples[g0 + l] + triples[g1 + l] + triples[g2 + l];
          emissions[rowAt + l] = sum * scale;
        }
      } else if (bigram >= 0 || prevTag >= 0) {
        const r = (bigram >= 0 ? bigram : prevTag) * L;
        for (let l = 0; l < L; l++) {
          const sum = w[r + l] + pool[o + l] + pool[a + l] + pool[b + l] + pool[c + l] + pool[d + l] + triples[g0 + l] + triples[g1 + l] + triples[g2 + l];
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
   * Sets group 5 of the word whose record starts at `at` (its own group + lw0|pos0) for POS tag number
   * `tag`: its own group itself when the model does not know the feature, else the sum, in the word's own room.
   */
  private tagWord(at: number, tag: number): void {
    const model = this.chunkModel;
    const L = model.labelCount;
    const words = this.words;
    const row = model.rowOf(chunkWordTagFeature(0, words[at + LOWER_HASH], this.tagHashes[tag]));
    const from = words[at + CHUNK_AT];
    if (row < 0) words[at + CHUNK_AT + WORD_TAG_GROUP] = from;
    else {
      let to = words[at + TAG_ROOM];
      if (to === 0) to = words[at + TAG_ROOM] = this.reserve(L);
      // A plain loop: copyWithin's call costs more than copying some twenty numbers.
      const pool = this.pool;
      const w = model.weights;
      for (let y = 0; y < L; y++) pool[to + y] = pool[from + y] + w[row * L + y];
      words[at + CHUNK_AT + WORD_TAG_GROUP] = to;
    }
    words[at + OWN_TAG] = tag;
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
