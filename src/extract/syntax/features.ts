import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import { isAllCaps, isCapitalized, normalizeToken, wordShape } from '../../ml/token-form.js';

/*
 * Features of the part-of-speech tagger and the chunker. Word-level hashes are cached per distinct word;
 * context features mix position templates with the neighbours' cached hashes.
 *
 * Most features depend on one word only: its own identity, affixes and shape, and what it shows to a
 * token at a fixed offset (the window features). Those are grouped here per word ("own" and four
 * neighbour slots) so that the tagger can score them once per distinct word and cache the sums; the
 * training featurizers below are built from the very same groups, so the two cannot drift apart.
 */

export const SYNTAX_FEATURE_VERSION = 1;

const T = {
  bias: template('bias'),
  word: template('w'),
  lower: template('lw'),
  shape: template('sh'),
  prefix: [1, 2, 3, 4].map((n) => template(`p${n}`)),
  suffix: [1, 2, 3, 4].map((n) => template(`s${n}`)),
  flags: template('flags'),
  window: [-2, -1, 1, 2].map((d) => template(`lw${d}`)),
  suffixWindow: [-1, 1].map((d) => template(`s3${d}`)),
  shapeWindow: [-1, 1].map((d) => template(`sh${d}`)),
  bigramLeft: template('lw-1|lw0'),
  bigramRight: template('lw0|lw1'),
  first: template('first'),
  pos: [-2, -1, 0, 1, 2].map((d) => template(`pos${d}`)),
  posBigram: [-2, -1, 0, 1].map((d) => template(`pos${d}|pos${d + 1}`)),
  posTrigram: [-2, -1, 0].map((d) => template(`pos${d}|pos${d + 1}|pos${d + 2}`)),
  wordPos: template('lw0|pos0'),
  prevWordPos: template('lw-1|pos0'),
};

/** A UTF-16 surrogate: the string has characters outside the Basic Multilingual Plane. */
const SURROGATE = /[\uD800-\uDFFF]/;

export const START = hashString('<s>');
export const END = hashString('</s>');

/** The offsets from a token of the four neighbour slots whose features are cached per word. */
export const SLOT_OFFSETS = [-2, -1, 1, 2] as const;

/**
 * A word's context-free features, in five groups: `[own, asNeighborAt−2, at−1, at+1, at+2]` — group k ≥ 1
 * holds the features this word gives the token `SLOT_OFFSETS[k − 1]` positions away from it.
 */
export type WordGroups = readonly [FeatureGroup, FeatureGroup, FeatureGroup, FeatureGroup, FeatureGroup];

/** Feature hashes of one group: a plain array (a typed array per group costs more to make than to read). */
export type FeatureGroup = readonly number[];

export interface WordInfo {
  lowerHash: number;
  shapeHash: number;
  suffix3Hash: number;
  pos: WordGroups;
  chunk: WordGroups;
}

function posNeighborGroups(lowerHash: number, shapeHash: number, suffix3Hash: number): FeatureGroup[] {
  return [
    [hashCombine(T.window[0], lowerHash)],
    [hashCombine(T.window[1], lowerHash), hashCombine(T.suffixWindow[0], suffix3Hash), hashCombine(T.shapeWindow[0], shapeHash)],
    [hashCombine(T.window[2], lowerHash), hashCombine(T.suffixWindow[1], suffix3Hash), hashCombine(T.shapeWindow[1], shapeHash)],
    [hashCombine(T.window[3], lowerHash)],
  ];
}

function chunkNeighborGroups(lowerHash: number): FeatureGroup[] {
  return T.window.map((t) => [hashCombine(t, lowerHash)]);
}

/** What the sentence boundary shows in the neighbour slots: before the first token (−2, −1), after the last (+1, +2). */
export const BOUNDARY = {
  pos: { before: posNeighborGroups(START, START, START), after: posNeighborGroups(END, END, END) },
  chunk: { before: chunkNeighborGroups(START), after: chunkNeighborGroups(END) },
};

/** A word's description (its features normalized from the token as written); callers cache it. */
export function describeWord(raw: string): WordInfo {
  const text = normalizeToken(raw);
  const lower = text.toLowerCase().replace(/[1-9]/g, '0');
  // Affixes count characters (code points); without surrogate pairs those are the UTF-16 units, and
  // slices of the string itself give them without an array of characters.
  const chars = SURROGATE.test(lower) ? Array.from(lower) : null;
  const count = chars ? chars.length : lower.length;
  const prefix = (n: number) => (chars ? chars.slice(0, n).join('') : lower.slice(0, n));
  const suffix = (n: number) => (chars ? chars.slice(-n).join('') : lower.slice(lower.length - n));
  const lowerHash = hashString(lower);
  const shapeHash = hashString(wordShape(text));
  const suffix3Hash = hashString(count >= 3 ? suffix(3) : lower);
  const f: number[] = [T.bias, hashCombine(T.word, hashString(text)), hashCombine(T.lower, lowerHash), hashCombine(T.shape, shapeHash)];
  for (let n = 1; n <= 4 && n < count; n++) {
    f.push(hashCombine(T.prefix[n - 1], hashString(prefix(n))));
    f.push(hashCombine(T.suffix[n - 1], hashString(suffix(n))));
  }
  const flags = (isCapitalized(text) ? 1 : 0) | (isAllCaps(text) ? 2 : 0) | (/\d/.test(text) ? 4 : 0) | (text.includes('-') ? 8 : 0);
  f.push(hashCombine(T.flags, flags));
  const chunkOwn = [T.bias, hashCombine(T.lower, lowerHash), hashCombine(T.shape, shapeHash), hashCombine(T.suffix[2], suffix3Hash)];
  return {
    lowerHash,
    shapeHash,
    suffix3Hash,
    pos: [f, ...posNeighborGroups(lowerHash, shapeHash, suffix3Hash)] as unknown as WordGroups,
    chunk: [chunkOwn, ...chunkNeighborGroups(lowerHash)] as unknown as WordGroups,
  };
}

/**
 * Cached word descriptions shared by the POS and chunk featurizers, keyed by the token as written: a word
 * is normalized (`normalizeToken`) when first described, so raw and normalized forms give the same features.
 */
export class WordCache {
  private cache = new Map<string, WordInfo>();

  get(word: string): WordInfo {
    let found = this.cache.get(word);
    if (!found) {
      if (this.cache.size >= 200_000) this.cache.clear();
      found = describeWord(word);
      this.cache.set(word, found);
    }
    return found;
  }
}

/** The neighbour group that token `i` receives in slot `slot` (0..3) of a sentence of n words. */
export function neighborGroup(s: readonly WordInfo[], i: number, slot: number, task: 'pos' | 'chunk'): FeatureGroup {
  const j = i + SLOT_OFFSETS[slot];
  if (j < 0) return BOUNDARY[task].before[slot];
  if (j >= s.length) return BOUNDARY[task].after[slot];
  return s[j][task][slot + 1];
}

/**
 * The POS features of token i that depend on more than one word (the rest are the cached word groups):
 * written to `out`, their number returned (at most 3).
 */
export function posContextFeatures(s: readonly WordInfo[], i: number, out: Uint32Array): number {
  return posPairFeatures(i > 0 ? s[i - 1].lowerHash : START, s[i].lowerHash, i + 1 < s.length ? s[i + 1].lowerHash : END, i === 0, out);
}

/**
 * The same from the lower-case hashes of the token (`own`) and of its neighbours (START / END outside the
 * sentence), for taggers that keep word hashes in typed arrays.
 */
export function posPairFeatures(prev: number, own: number, next: number, first: boolean, out: Uint32Array): number {
  out[0] = hashCombine(T.bigramLeft, hashCombine(prev, own));
  out[1] = hashCombine(T.bigramRight, hashCombine(own, next));
  if (!first) return 2;
  out[2] = T.first;
  return 3;
}

/**
 * The chunk features built from POS tags only, for a token whose tag window is (t−2, t−1, t0, t+1, t+2)
 * (tag hashes, START/END outside the sentence): unigrams at −2..2, bigrams and trigrams. They come in three
 * groups, each a function of three consecutive tags, so that the tagger can cache each group's scores per
 * tag triple: group 0 of (t−2, t−1, t0), group 1 of (t−1, t0, t+1), group 2 of (t0, t+1, t+2).
 */
export function chunkTagGroup(group: 0 | 1 | 2, x: number, y: number, z: number): FeatureGroup {
  const trigram = hashCombine(hashCombine(x, y), z);
  if (group === 0) {
    return [
      hashCombine(T.pos[0], x), hashCombine(T.pos[1], y), hashCombine(T.pos[2], z),
      hashCombine(T.posBigram[0], hashCombine(x, y)), hashCombine(T.posBigram[1], hashCombine(y, z)),
      hashCombine(T.posTrigram[0], trigram),
    ];
  }
  // Groups 1 and 2: the newest tag z alone, the bigram (y, z) and the trigram.
  return [hashCombine(T.pos[2 + group], z), hashCombine(T.posBigram[1 + group], hashCombine(y, z)), hashCombine(T.posTrigram[group], trigram)];
}

/** The chunk features of token i that mix words with its tag (`tag0`, a tag hash): written to `out[0..3)`. */
export function chunkWordTagFeatures(s: readonly WordInfo[], i: number, tag0: number, out: Uint32Array): void {
  const prev = i > 0 ? s[i - 1].lowerHash : START;
  const own = s[i].lowerHash;
  out[0] = chunkWordTagFeature(0, own, tag0);
  out[1] = chunkWordTagFeature(1, prev, tag0);
  out[2] = chunkBigramFeature(prev, own);
}

/**
 * One of the two word–tag features of `chunkWordTagFeatures`: `which` 0 is lw0|pos0 (`word` = the token),
 * 1 is lw-1|pos0 (`word` = the previous word, START for the first token); `tag0` is the token's tag hash.
 */
export function chunkWordTagFeature(which: 0 | 1, word: number, tag0: number): number {
  return hashCombine(which === 0 ? T.wordPos : T.prevWordPos, hashCombine(word, tag0));
}

/** The chunk feature of a word pair (previous word, token): the tag-free one of `chunkWordTagFeatures`. */
export function chunkBigramFeature(prev: number, own: number): number {
  return hashCombine(T.bigramLeft, hashCombine(prev, own));
}

function addWordGroups(b: FeatureSequenceBuilder, s: readonly WordInfo[], i: number, task: 'pos' | 'chunk'): void {
  for (const f of s[i][task][0]) b.add(f);
  for (let slot = 0; slot < 4; slot++) for (const f of neighborGroup(s, i, slot, task)) b.add(f);
}

/** POS features of one sentence (token texts): every feature, for training and for checking the tagger. */
export function posFeatures(words: readonly string[], cache: WordCache, builder = new FeatureSequenceBuilder()): FeatureSequence {
  const b = builder.reset();
  const s = words.map((w) => cache.get(w));
  const context = new Uint32Array(3);
  for (let i = 0; i < s.length; i++) {
    addWordGroups(b, s, i, 'pos');
    const count = posContextFeatures(s, i, context);
    for (let k = 0; k < count; k++) b.add(context[k]);
    b.next();
  }
  return b.build();
}

/** Chunk features of one sentence: words and their (predicted) POS tags; every feature, for training. */
export function chunkFeatures(words: readonly string[], pos: readonly string[], cache: WordCache, builder = new FeatureSequenceBuilder()): FeatureSequence {
  const b = builder.reset();
  const s = words.map((w) => cache.get(w));
  const n = s.length;
  const posHash = pos.map((p) => hashString(p));
  const tag = (k: number) => (k < 0 ? START : k >= n ? END : posHash[k]);
  const wordTag = new Uint32Array(3);
  for (let i = 0; i < n; i++) {
    addWordGroups(b, s, i, 'chunk');
    for (let g = 0; g < 3; g++) for (const f of chunkTagGroup(g as 0 | 1 | 2, tag(i + g - 2), tag(i + g - 1), tag(i + g))) b.add(f);
    chunkWordTagFeatures(s, i, tag(i), wordTag);
    for (const f of wordTag) b.add(f);
    b.next();
  }
  return b.build();
}
