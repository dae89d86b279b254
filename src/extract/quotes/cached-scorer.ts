import type { CompactTagger } from './compact-tagger.js';
import type { QuoteContext } from './context.js';
import {
  ANCHOR_FEATURES, anchorFeature, anchorKey, bigramFeatures, chunkWindow, classCueFacts, classWindow, commas, cueDistance, cueWindow, FEATURE_GROUPS,
  NEIGHBOUR_OFFSET, posAfter, posBefore, posCue, quotePlace, shapeWindow, WORD_GROUPS, wordClassPair, wordFeatures, type FeatureGroup, type FeatureSink,
  type TagRange,
} from './features.js';
import type { TokenFacts } from './token-facts.js';
import type { WordClasses } from './word-classes.js';
import { NO_SENSE, type WordSenses } from './word-senses.js';
import { fillFields, PARAGRAPH_END, PARAGRAPH_START, shapeOf, TAG_ID_LIMIT, tagIdCount, tokenFacts, TokenFields } from './token-facts.js';
import { addPacked, PACKED_LANES, PackedPool } from './packed-sums.js';
import { SumMemo } from './sum-memo.js';
import { WordTable } from './word-table.js';
import type { WordLookups } from './word-lookups.js';

/** Collects the pool offsets of the rows a token's sum adds up. */
class RowList implements FeatureSink {
  offsets = new Int32Array(256);
  count = 0;
  constructor(private readonly tagger: CompactTagger) {}
  push(offset: number): void {
    if (this.count === this.offsets.length) {
      const bigger = new Int32Array(this.count * 2);
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    this.offsets[this.count++] = offset;
  }
  /** A feature looked up in the model directly (the model's rows open the pool, at the same offsets). */
  add(hash: number): void {
    const row = this.tagger.rowOf(hash);
    if (row >= 0) this.push(row);
  }
}

/** What a group memo keeps for a key none of whose features the model knows. */
const UNKNOWN = -2;

/** The key of a group the scorer does not cache (tag groups, with too many distinct tags): its features are listed instead. */
const NOT_CACHED = -2;

/** Cached rows (one per word, one per group key) kept before every cache starts again: about 20 MB. */
const CACHE_LIMIT_ROWS = 300_000;

/**
 * The stage's way to score tokens with the compact tagger: the same features as `rangeFeatures`, with
 * the same integer weight sums, so the same labels — but most of them are never hashed or looked up per
 * token. A word's own features are summed once per distinct word, with the model rows of what it shows
 * its neighbours, and kept across documents; each feature group's sum is kept per distinct key (`SumMemo`). A token's row
 * is then a sum of about twenty packed rows (`packed-sums.ts`), cached sums and the few features that
 * pair two words.
 */
export class CachedScorer {
  private readonly pool: PackedPool;
  /** Offset just past the model's own rows: what the pool keeps when the caches start again. */
  private readonly modelEnd: number;
  private readonly list: RowList;
  private readonly capture: RowList;
  private readonly fields = new TokenFields();
  private readonly memos: SumMemo[];
  /** The pool row of each sum of several model rows, by its rows' offsets in order (see `captured`). */
  private readonly sumOfRows = new Map<string, number>();
  /** Per anchor feature: the key of the token before in the range and its row. */
  private readonly lastKey = new Int32Array(ANCHOR_FEATURES);
  private readonly lastRow = new Int32Array(ANCHOR_FEATURES);
  /** Per token of the range being scored: where its rows end in `list`. */
  private ends = new Int32Array(1024);
  /** Per token of the range being scored, FEATURE_GROUPS.length entries: each group's key, then its row. */
  private groupRows = new Int32Array(1024 * FEATURE_GROUPS.length);
  /** A pool row of zeros, for a group none of whose features the model knows. */
  private readonly zero: number;
  private readonly words = new WordTable();
  /** See `wordsOf`. */
  private wordOfId = new Int32Array(0);
  private idTable: WordLookups | null = null;
  private idGeneration = -1;
  /**
   * Per word, WORD_GROUPS row offsets: its own group's sum (a pool row, or the model's row when only one of
   * its features is known), then for each neighbour group the model row of its one feature; -1 where the
   * model knows none (a rare word adds nothing there).
   */
  private wordRows = new Int32Array(1024 * WORD_GROUPS);
  private wordShapes = new Uint8Array(1024);
  /** Per word, its fine class (-1 without classes). */
  private wordFine = new Int32Array(1024);
  /** Per word, its packed senses (0 without senses). */
  private wordSense = new Uint32Array(1024);
  private wordSenseIds: (Uint32Array | null)[] = [];
  /** Word numbers of the paragraph-start and -end stand-ins. */
  private start = 0;
  private end = 0;

  /** `classes`, `senses`: the word classes and WordNet senses the tagger was trained with (null for none). */
  constructor(private readonly tagger: CompactTagger, private readonly classes: WordClasses | null = null, private readonly senses: WordSenses | null = null) {
    this.pool = new PackedPool(tagger.rows);
    this.zero = this.pool.alloc();
    this.modelEnd = this.pool.size;
    this.list = new RowList(tagger);
    this.capture = new RowList(tagger);
    this.memos = FEATURE_GROUPS.map(() => new SumMemo());
    this.resetCaches();
  }

  /** The label index of every token of each range (the ranges of `rangesToTag`). */
  decodeRanges(ctx: QuoteContext, ranges: readonly TagRange[]): Int32Array[] {
    if (this.pool.size - this.modelEnd > CACHE_LIMIT_ROWS * PACKED_LANES) this.resetCaches();
    const n = ctx.tokens.length;
    const word = new Int32Array(n);
    const wordHash = new Uint32Array(n);
    const shape = new Uint8Array(n);
    const fine = new Int32Array(n);
    const sense = new Uint32Array(n);
    const senseIds: (Uint32Array | null)[] = new Array(n);
    const wordOfId = this.wordsOf(ctx.words);
    const { wordIds } = ctx;
    const hashes = ctx.words.hash;
    for (let i = 0; i < n; i++) {
      // The context's table knows the token's text by id, with its hash; the first time an id is seen
      // here, its word number is found (or made) by hash and text.
      const id = wordIds[i];
      const hash = hashes[id];
      let w = wordOfId[id];
      if (w < 0) {
        const text = ctx.tokens[i].text;
        w = this.words.find(hash, text);
        if (w < 0) w = this.addWord(text, ctx.lower[i], hash);
        wordOfId[id] = w;
      }
      word[i] = w;
      wordHash[i] = hash;
      shape[i] = this.wordShapes[w];
      fine[i] = this.wordFine[w];
      sense[i] = this.wordSense[w];
      senseIds[i] = this.wordSenseIds[w];
    }
    if ((ctx.wordClasses?.checksum ?? null) !== (this.classes?.checksum ?? null)) throw new Error('the document was read with other word classes than the tagger was trained with');
    if ((ctx.wordSenses?.checksum ?? null) !== (this.senses?.checksum ?? null)) throw new Error('the document was read with other word senses than the tagger was trained with');
    const facts = tokenFacts(ctx, { wordHash, shape, fine, sense, senseIds });
    const cacheTags = tagIdCount() <= TAG_ID_LIMIT;
    // Up to 14 labels fill seven lanes; the eighth stays 0 in every row and is never unpacked.
    const sevenLanes = this.tagger.labelCount <= 14;
    const { fields: f, list, wordRows, lastKey, lastRow } = this;
    const G = FEATURE_GROUPS.length;
    return ranges.map((range) => {
      const [ps, pe] = ctx.paragraphs[range.paragraph];
      const len = range.end - range.start;
      const packed = this.tagger.packedBuffer(len);
      lastKey.fill(-1);
      if (this.ends.length < len) this.ends = new Int32Array(len * 2);
      if (this.groupRows.length < len * G) this.groupRows = new Int32Array(len * G * 2);
      const { ends, groupRows: keys } = this;
      list.count = 0;
      for (let i = range.start; i < range.end; i++) {
        fillFields(ctx, facts, i, ps, pe, f);
        const own = wordRows[word[i] * WORD_GROUPS];
        if (own >= 0) list.push(own);
        for (let g = 1; g < WORD_GROUPS; g++) {
          const j = i + NEIGHBOUR_OFFSET[g];
          const row = wordRows[(j < ps ? this.start : j >= pe ? this.end : word[j]) * WORD_GROUPS + g];
          if (row >= 0) list.push(row);
        }
        // The group keys only, here: each group is looked up below for the whole range at once.
        const at = (i - range.start) * G;
        if (cacheTags) {
          // Each group named, not looped over, so that every key function is called from one place.
          keys[at] = cueWindow.key(f);
          keys[at + 1] = quotePlace.key(f);
          keys[at + 2] = commas.key(f);
          keys[at + 3] = shapeWindow.key(f);
          keys[at + 4] = cueDistance.key(f);
          keys[at + 5] = posCue.key(f);
          keys[at + 6] = posBefore.key(f);
          keys[at + 7] = posAfter.key(f);
          keys[at + 8] = chunkWindow.key(f);
          keys[at + 9] = classWindow.key(f);
          keys[at + 10] = classCueFacts.key(f);
        } else {
          for (let k = 0; k < G; k++) {
            if (FEATURE_GROUPS[k].readsTags) {
              FEATURE_GROUPS[k].emit(f, list);
              keys[at + k] = NOT_CACHED;
            } else keys[at + k] = FEATURE_GROUPS[k].key(f);
          }
        }
        bigramFeatures(facts, f, list);
        for (let k = 0; k < ANCHOR_FEATURES; k++) {
          const key = anchorKey(k, facts, f);
          if (key < 0) continue;
          let row: number;
          // A key seldom comes back once the next token's differs (it holds a token position and a
          // distance), so a changed key is looked up in the model straight away, not in a memo first.
          if (key === lastKey[k]) row = lastRow[k];
          else {
            row = this.tagger.rowOf(anchorFeature(k, facts, f));
            lastKey[k] = key;
            lastRow[k] = row;
          }
          if (row >= 0) list.push(row);
        }
        ends[i - range.start] = list.count;
      }
      // Each group's keys (now rows) are looked up for the whole range in one tight loop, not token by token among
      // the other work: the look-ups of consecutive tokens do not wait for one another, so the processor
      // overlaps their cache misses (a group such as classWindow has tens of thousands of keys).
      for (let k = 0; k < G; k++) this.resolveGroup(k, ctx, facts, range, len);
      // Rows are summed once every token's rows are known: the row reads of consecutive tokens, too,
      // overlap their cache misses.
      const data = this.pool.data;
      for (let t = 0, from = 0; t < len; from = ends[t], t++) {
        if (sevenLanes) sumSevenLanes(data, list.offsets, from, ends[t], keys, t * G, G, packed, t * PACKED_LANES);
        else sumRows(data, list.offsets, from, ends[t], keys, t * G, G, packed, t * PACKED_LANES);
      }
      return this.tagger.decodePacked(packed, len).slice();
    });
  }

  /**
   * Replaces group k's key of every token of the range (in `groupRows`) by its row: the last token's when
   * the key is the same, else the memo's; a key new to the memo is summed from the token's fields (filled
   * again). A key of no known feature reads the zero row.
   */
  private resolveGroup(k: number, ctx: QuoteContext, facts: TokenFacts, range: TagRange, len: number): void {
    const G = FEATURE_GROUPS.length;
    const memo = this.memos[k];
    const rows = this.groupRows;
    const zero = this.zero;
    let lastKey = -1;
    let lastAt = zero;
    for (let t = 0, at = k; t < len; t++, at += G) {
      const key = rows[at];
      if (key === NOT_CACHED) {
        rows[at] = zero;
        continue;
      }
      if (key !== lastKey) {
        let found = memo.find(key);
        if (found === -1) {
          const [ps, pe] = ctx.paragraphs[range.paragraph];
          fillFields(ctx, facts, range.start + t, ps, pe, this.fields);
          found = this.sumOf(FEATURE_GROUPS[k]);
          memo.insert(key, found);
        }
        lastKey = key;
        lastAt = found >= 0 ? found : zero;
      }
      rows[at] = lastAt;
    }
  }

  /** The row of a group's features for the current fields: see `resolveGroup`; UNKNOWN for none. */
  private sumOf(group: FeatureGroup): number {
    this.capture.count = 0;
    group.emit(this.fields, this.capture);
    return this.captured(UNKNOWN);
  }

  /**
   * One row for the model rows in `capture`: a new pool row holding their sum, the model's row itself
   * when there is one (no copy, and a row shared by every key or word that has only that feature), or
   * `none` when there is none.
   */
  private captured(none: number): number {
    const rows = this.capture;
    if (rows.count === 0) return none;
    if (rows.count === 1) return rows.offsets[0];
    // Keys and words whose known features are the same rows share one sum (rare words with the same
    // suffixes and shape, keys that differ only in features the model dropped): ~45 % of the sums on news,
    // rows that would otherwise each take a cache line of their own. The order of the rows does not change
    // an integer sum.
    const set = rows.offsets.subarray(0, rows.count).sort().join(',');
    let at = this.sumOfRows.get(set);
    if (at === undefined) {
      at = this.pool.alloc();
      for (let r = 0; r < rows.count; r++) addPacked(this.pool.data, at, this.pool.data, rows.offsets[r]);
      this.sumOfRows.set(set, at);
    }
    return at;
  }

  /** Forgets every cached sum; keeps the model's rows and sums the paragraph-boundary stand-ins again. */
  private resetCaches(): void {
    this.pool.truncate(this.modelEnd);
    for (const memo of this.memos) memo.clear();
    this.sumOfRows.clear();
    this.words.clear();
    this.wordOfId.fill(-1);
    this.start = this.addWord(null, '', PARAGRAPH_START);
    this.end = this.addWord(null, '', PARAGRAPH_END);
  }

  /**
   * The word number of each id of `table` seen so far (-1 for not yet): grown with the table, and started
   * again with another table, when the table starts again, and when the word numbers do (`resetCaches`).
   */
  private wordsOf(table: WordLookups): Int32Array {
    if (table !== this.idTable || table.generation !== this.idGeneration) {
      this.idTable = table;
      this.idGeneration = table.generation;
      this.wordOfId.fill(-1);
    }
    if (this.wordOfId.length < table.lower.length) {
      const bigger = new Int32Array(Math.max(1024, 2 * table.lower.length)).fill(-1);
      bigger.set(this.wordOfId);
      this.wordOfId = bigger;
    }
    return this.wordOfId;
  }

  /** Sums a new word's groups; `text` null for a stand-in, which only neighbours see. */
  private addWord(text: string | null, lower: string, hash: number): number {
    const w = this.words.add(hash, text);
    if (w >= this.wordShapes.length) {
      const rows = new Int32Array(this.wordRows.length * 2);
      rows.set(this.wordRows);
      this.wordRows = rows;
      const shapes = new Uint8Array(this.wordShapes.length * 2);
      shapes.set(this.wordShapes);
      this.wordShapes = shapes;
      const fines = new Int32Array(this.wordFine.length * 2);
      fines.set(this.wordFine);
      this.wordFine = fines;
      const senses = new Uint32Array(this.wordSense.length * 2);
      senses.set(this.wordSense);
      this.wordSense = senses;
    }
    const shape = text === null ? 0 : shapeOf(text) & 255;
    this.wordShapes[w] = shape;
    const classes = this.classes;
    const fineClass = classes === null ? -1 : text === null ? classes.fineUnknown + 1 : classes.fine(hash);
    this.wordFine[w] = fineClass;
    const [fine, coarse] = wordClassPair(classes, fineClass);
    const sense = this.senses === null || text === null ? NO_SENSE : this.senses.sense(hash);
    this.wordSense[w] = sense;
    const ids = this.senses === null || text === null ? null : this.senses.ids(hash);
    this.wordSenseIds[w] = ids;
    const base = w * WORD_GROUPS;
    for (let g = 0; g < WORD_GROUPS; g++) {
      // Without classes a neighbour group is one feature, so its row is the model's (or none, for a word
      // the model lacks); with classes, a sum like the word's own.
      this.capture.count = 0;
      if (text !== null || g > 0) wordFeatures(g, hash, lower, shape, fine, coarse, sense, ids, this.capture);
      this.wordRows[base + g] = this.captured(-1);
    }
    return w;
  }
}

/**
 * `out[at .. at + 8)` = the sum of the pool rows at `offsets[from .. to)` and at `groups[g .. g + G)`, lane
 * by lane in registers.
 */
function sumRows(data: Float64Array, offsets: Int32Array, from: number, to: number, groups: Int32Array, g: number, G: number, out: Float64Array, at: number): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  for (let k = from; k < to; k++) {
    const o = offsets[k];
    s0 += data[o];
    s1 += data[o + 1];
    s2 += data[o + 2];
    s3 += data[o + 3];
    s4 += data[o + 4];
    s5 += data[o + 5];
    s6 += data[o + 6];
    s7 += data[o + 7];
  }
  for (let k = g; k < g + G; k++) {
    const o = groups[k];
    s0 += data[o];
    s1 += data[o + 1];
    s2 += data[o + 2];
    s3 += data[o + 3];
    s4 += data[o + 4];
    s5 += data[o + 5];
    s6 += data[o + 6];
    s7 += data[o + 7];
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
  out[at + 3] = s3;
  out[at + 4] = s4;
  out[at + 5] = s5;
  out[at + 6] = s6;
  out[at + 7] = s7;
}

/** `sumRows` over the first seven lanes only (lane 7 of `out` is left as it was: zero, from `packedBuffer`). */
function sumSevenLanes(data: Float64Array, offsets: Int32Array, from: number, to: number, groups: Int32Array, g: number, G: number, out: Float64Array, at: number): void {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
  for (let k = from; k < to; k++) {
    const o = offsets[k];
    s0 += data[o];
    s1 += data[o + 1];
    s2 += data[o + 2];
    s3 += data[o + 3];
    s4 += data[o + 4];
    s5 += data[o + 5];
    s6 += data[o + 6];
  }
  for (let k = g; k < g + G; k++) {
    const o = groups[k];
    s0 += data[o];
    s1 += data[o + 1];
    s2 += data[o + 2];
    s3 += data[o + 3];
    s4 += data[o + 4];
    s5 += data[o + 5];
    s6 += data[o + 6];
  }
  out[at] = s0;
  out[at + 1] = s1;
  out[at + 2] = s2;
  out[at + 3] = s3;
  out[at + 4] = s4;
  out[at + 5] = s5;
  out[at + 6] = s6;
}
