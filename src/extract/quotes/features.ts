import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import type { QuoteContext } from './context.js';

/*
 * Features of the attribution tagger. One sequence is one paragraph, so a quote of several sentences can be
 * tagged as one content span. Beside the usual word window, the features that carry attribution are
 * long-range and cheap: the nearest reporting cue to the left and right in the sentence (its word and a
 * distance bucket), the quotation state, and the token's place in its sentence. Part-of-speech tags and
 * chunks (from the syntax stage) mark where a verb group or a noun phrase begins and ends, which is most
 * of what an exact cue or source span needs ("has been harshly criticized", "did not immediately respond").
 * Bump FEATURE_VERSION whenever a feature changes: the shipped weights record it and refuse a mismatch.
 *
 * The features are written once, in groups, for two readers: training (`rangeFeatures` lists every
 * feature hash of every token) and the stage's scorer (`cached-scorer.ts`), which sums each group's
 * weights once per distinct value of the few small fields the group reads (its `key`) and each word's
 * features once per word. A group's `emit` may read only the fields its `key` packs.
 */
export const FEATURE_VERSION = 4;

const T = {
  bias: template('q.bias'),
  w: template('q.w'),
  wPrev: template('q.w-1'),
  wNext: template('q.w+1'),
  wPrev2: template('q.w-2'),
  wNext2: template('q.w+2'),
  bigramPrev: template('q.w-1|w'),
  bigramNext: template('q.w|w+1'),
  suffix: template('q.suf3'),
  shape: template('q.shape'),
  shapePrev: template('q.shape-1|shape'),
  shapeNext: template('q.shape|shape+1'),
  cue: template('q.cue'),
  cueWin: template('q.cue-win'),
  quote: template('q.quote'),
  quoteNext: template('q.quote+1'),
  quotePrev: template('q.quote-1'),
  sentPos: template('q.sent-pos'),
  sentLeft: template('q.sent-left'),
  leftCue: template('q.left-cue'),
  rightCue: template('q.right-cue'),
  leftCueWord: template('q.left-cue-w'),
  rightCueWord: template('q.right-cue-w'),
  cuePair: template('q.cue-pair'),
  quoteLeftCue: template('q.quote|left-cue'),
  quoteRightCue: template('q.quote|right-cue'),
  sentHasQuote: template('q.sent-quote'),
  commaLeft: template('q.comma-left'),
  commaRight: template('q.comma-right'),
  firstWord: template('q.first-w'),
  paraPos: template('q.para-pos'),
  cueRate: template('q.cue-rate'),
  cueRateWin: template('q.cue-rate-win'),
  pronoun: template('q.pronoun'),
  prevSentCue: template('q.prev-sent-cue'),
  suffix2: template('q.suf2'),
  leftWeak: template('q.left-weak'),
  rightWeak: template('q.right-weak'),
  afterLeftCue: template('q.after-left-cue'),
  capRun: template('q.cap-run'),
  sentCues: template('q.sent-cues'),
  pos: template('q.pos'),
  posPrev: template('q.pos-1|pos'),
  posNext: template('q.pos|pos+1'),
  posWord: template('q.pos|w+1'),
  chunk: template('q.chunk'),
  chunkPrev: template('q.chunk-1|chunk'),
  chunkCue: template('q.chunk|cue-in-chunk'),
  posLeftCue: template('q.pos|left-cue'),
  posRightCue: template('q.pos|right-cue'),
};

const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who', 'which', 'that', 'me', 'him', 'her', 'us', 'them']);

const NONE = hashString('<none>');
const START = hashString('<s>');
const END = hashString('</s>');

function bucket(d: number): number {
  return d <= 3 ? d : d <= 5 ? 4 : d <= 8 ? 5 : d <= 15 ? 6 : 7;
}

/** A word's shape class; single punctuation marks keep their identity. Features read it modulo 256. */
export function shapeOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 1;
  if (w.length === 1 && !/\p{L}/u.test(w)) return 10 + c; // punctuation keeps its identity
  const upper = w !== w.toLowerCase();
  const lowerFirst = w[0] === w[0].toLowerCase();
  if (!upper) return 2;
  if (w === w.toUpperCase()) return 3;
  return lowerFirst ? 4 : 5;
}

/** Where a feature goes: the training builder, or the scorer's weight sums. */
export interface FeatureSink {
  add(hash: number): unknown;
}

/**
 * Part-of-speech and chunk tags as small ids (for the scorer's keys), with each id's hash. Ids 0 and 1
 * stand for the paragraph's start and end, whose hashes are those of `<s>` and `</s>`.
 */
const tagIds = new Map<string, number>([['<s>', 0], ['</s>', 1]]);
const tagHashes: number[] = [START, END];
const START_TAG = 0;
const END_TAG = 1;
/** Keys pack tag ids in 10 bits: with more distinct tags than this, the scorer stops caching tag groups. */
export const TAG_ID_LIMIT = 1024;

function tagId(tag: string): number {
  let id = tagIds.get(tag);
  if (id === undefined) {
    id = tagHashes.length;
    tagIds.set(tag, id);
    tagHashes.push(hashString(tag));
  }
  return id;
}

export function tagIdCount(): number {
  return tagHashes.length;
}

/** Facts about every token of a document that the features read, computed once per document in linear time. */
export interface TokenFacts {
  wordHash: Uint32Array;
  /** `shapeOf` of the token, modulo 256. */
  shape: Uint8Array;
  /** Nearest likely cue to the left/right inside the sentence (-1 for none). */
  leftCue: Int32Array;
  rightCue: Int32Array;
  /** Commas between the token and its sentence's start/end, at most 3. */
  commaLeft: Uint8Array;
  commaRight: Uint8Array;
  /** Nearest word that is at least sometimes a cue, left/right inside the sentence (-1 for none). */
  leftWeak: Int32Array;
  rightWeak: Int32Array;
  /** Per sentence: likely cues in it; whether it has a quotation mark; whether it has a likely cue. */
  sentCueCount: Uint8Array;
  sentQuote: Uint8Array;
  sentCue: Uint8Array;
  /** Runs of capitalized words (names): 1 inside a run, 2 last word of a run that a cue follows. */
  capRun: Uint8Array;
  pos: Int32Array;
  chunk: Int32Array;
  /** Whether the token's chunk holds a likely cue (×2) and whether the token ends its chunk (+1). */
  chunkInfo: Uint8Array;
  pronoun: Uint8Array;
}

/** Word hashes and shapes of a document's tokens, when the caller already has them. */
export interface WordFacts {
  wordHash: Uint32Array;
  shape: Uint8Array;
}

export function tokenFacts(ctx: QuoteContext, words?: WordFacts): TokenFacts {
  const { tokens, lower, quote, sentenceOf, sentences, cueRate, strongCue } = ctx;
  const cue = ctx.cue;
  const n = tokens.length;
  let wordHash: Uint32Array;
  let shape: Uint8Array;
  if (words) ({ wordHash, shape } = words);
  else {
    wordHash = new Uint32Array(n);
    shape = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      wordHash[i] = hashString(lower[i]);
      shape[i] = shapeOf(tokens[i].text);
    }
  }
  const pronoun = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (PRONOUNS.has(lower[i])) pronoun[i] = 1;
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  const commaLeft = new Uint8Array(n);
  const commaRight = new Uint8Array(n);
  const leftWeak = new Int32Array(n).fill(-1);
  const rightWeak = new Int32Array(n).fill(-1);
  const sentCueCount = new Uint8Array(sentences.length);
  const capRun = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (shape[i] === 5 || shape[i] === 3) capRun[i] = i + 1 < n && shape[i + 1] !== 5 && shape[i + 1] !== 3 && strongCue[i + 1] ? 2 : 1;
  }
  const pos = new Int32Array(n);
  const chunk = new Int32Array(n);
  const chunkInfo = new Uint8Array(n);
  for (let i = 0, chunkStart = 0; i < n; i++) {
    pos[i] = tagId(ctx.pos[i]);
    chunk[i] = tagId(ctx.chunks[i]);
    const c = ctx.chunks[i];
    if (c[0] !== 'I') chunkStart = i;
    const next = i + 1 < n ? ctx.chunks[i + 1] : 'O';
    if (next[0] !== 'I' || i + 1 >= n) {
      let cueIn = 0;
      for (let k = chunkStart; k <= i; k++) if (strongCue[k]) cueIn = 1;
      for (let k = chunkStart; k <= i; k++) chunkInfo[k] = cueIn * 2 + (k === i ? 1 : 0);
    }
  }
  const sentQuote = new Uint8Array(sentences.length);
  const sentCue = new Uint8Array(sentences.length);
  for (let i = 0; i < n; i++) if (strongCue[i] && sentenceOf[i] >= 0) sentCue[sentenceOf[i]] = 1;
  for (const sent of sentences) {
    let weak = -1;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      leftWeak[i] = weak;
      if (cueRate[i] || cue[i]) weak = i;
    }
    weak = -1;
    for (let i = sent.tokenEnd - 1; i >= sent.tokenStart; i--) {
      rightWeak[i] = weak;
      if (cueRate[i] || cue[i]) weak = i;
    }
    let last = -1;
    let commas = 0;
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
      leftCue[i] = last;
      commaLeft[i] = Math.min(commas, 3);
      if (strongCue[i]) { last = i; sentCueCount[sentenceOf[i]]++; }
      if (lower[i] === ',') commas++;
      if (quote[i] !== 0) sentQuote[sentenceOf[i]] = 1;
    }
    last = -1;
    commas = 0;
    for (let i = sent.tokenEnd - 1; i >= sent.tokenStart; i--) {
      rightCue[i] = last;
      commaRight[i] = Math.min(commas, 3);
      if (strongCue[i]) last = i;
      if (lower[i] === ',') commas++;
    }
  }
  return { wordHash, shape, leftCue, rightCue, commaLeft, commaRight, leftWeak, rightWeak, sentCueCount, sentQuote, sentCue, capRun, pos, chunk, chunkInfo, pronoun };
}

/**
 * The small fields of one token in its paragraph that the grouped features read. A window field reads 9
 * (the tag ids START_TAG/END_TAG, the shape 0) beyond the paragraph; a cue distance is 0–7, or 99 for none.
 */
export class TokenFields {
  i = 0;
  ps = 0;
  pe = 0;
  ss = 0;
  se = 0;
  q = 0; qPrev = 0; qNext = 0;
  cue = 0; cuePrev = 0; cueNext = 0;
  rate = 0; ratePrev = 0; rateNext = 0;
  /** Token index of the nearest likely cue left/right in the sentence (-1 for none), and its distance bucket. */
  lc = -1; rc = -1;
  ld = 99; rd = 99;
  fromStart = 0;
  startBucket = 0; endBucket = 0;
  sentQuote = 0;
  commaLeft = 0; commaRight = 0;
  pronoun = 0;
  /** 0: first sentence of its paragraph; 1/2: the one before has no/a likely cue. */
  prevSent = 0;
  sentCue = 0;
  capRun = 0;
  sentCues = 0;
  paraSent = 0; paraTok = 0;
  shapePrev = 0; shape = 0; shapeNext = 0;
  pos = 0; posPrev = 0; posNext = 0;
  chunk = 0; chunkPrev = 0; chunkInfo = 0;
}

/** Fills `f` for token `i` of paragraph `[ps, pe)`. */
export function fillFields(ctx: QuoteContext, facts: TokenFacts, i: number, ps: number, pe: number, f: TokenFields): void {
  const { quote, cue, cueRate, sentenceOf, sentences } = ctx;
  const sIdx = sentenceOf[i];
  const sent = sentences[sIdx];
  const ss = sent.tokenStart;
  const se = sent.tokenEnd;
  const first = i === ps;
  const last = i + 1 >= pe;
  f.i = i;
  f.ps = ps;
  f.pe = pe;
  f.ss = ss;
  f.se = se;
  const q = quote[i];
  f.q = q;
  f.qPrev = first ? 9 : quote[i - 1];
  f.qNext = last ? 9 : quote[i + 1];
  f.cue = cue[i];
  f.cuePrev = first ? 9 : cue[i - 1];
  f.cueNext = last ? 9 : cue[i + 1];
  f.rate = cueRate[i];
  f.ratePrev = first ? 9 : cueRate[i - 1];
  f.rateNext = last ? 9 : cueRate[i + 1];
  const lc = facts.leftCue[i];
  const rc = facts.rightCue[i];
  f.lc = lc;
  f.rc = rc;
  f.ld = lc < 0 ? 99 : bucket(i - lc);
  f.rd = rc < 0 ? 99 : bucket(rc - i);
  const fromStart = i - ss;
  f.fromStart = fromStart;
  f.startBucket = bucket(fromStart);
  f.endBucket = bucket(se - 1 - i);
  f.sentQuote = facts.sentQuote[sIdx];
  f.commaLeft = facts.commaLeft[i];
  f.commaRight = facts.commaRight[i];
  f.pronoun = facts.pronoun[i];
  f.prevSent = sIdx > 0 && sentences[sIdx - 1].paragraph === sent.paragraph ? 1 + facts.sentCue[sIdx - 1] : 0;
  f.sentCue = facts.sentCue[sIdx];
  f.capRun = facts.capRun[i];
  f.sentCues = Math.min(facts.sentCueCount[sIdx], 3);
  f.paraSent = sIdx === sentenceOf[ps] ? 1 : 0;
  f.paraTok = first ? 1 : 0;
  const shape = facts.shape;
  f.shapePrev = first ? 0 : shape[i - 1];
  f.shape = shape[i];
  f.shapeNext = last ? 0 : shape[i + 1];
  f.pos = facts.pos[i];
  f.posPrev = first ? START_TAG : facts.pos[i - 1];
  f.posNext = last ? END_TAG : facts.pos[i + 1];
  f.chunk = facts.chunk[i];
  f.chunkPrev = first ? START_TAG : facts.chunk[i - 1];
  f.chunkInfo = facts.chunkInfo[i];
}

/** A cue distance as a key digit 0–8. */
const dist = (d: number) => (d === 99 ? 8 : d);

/** A family of features that reads only the fields its key packs (a non-negative int below 2³¹). */
export interface FeatureGroup {
  /** True for the groups whose keys pack tag ids (see TAG_ID_LIMIT). */
  readsTags: boolean;
  key(f: TokenFields): number;
  emit(f: TokenFields, sink: FeatureSink): void;
}

/** The cue class and learnt cue rate of the token and its neighbours. */
export const cueWindow: FeatureGroup = {
  readsTags: false,
  key: (f) => ((((f.cuePrev * 10 + f.cue) * 10 + f.cueNext) * 10 + f.ratePrev) * 10 + f.rate) * 10 + f.rateNext,
  emit(f, sink) {
    sink.add(hashCombine(T.cue, f.cue));
    sink.add(hashCombine(T.cueWin, f.cuePrev * 100 + f.cue * 10 + f.cueNext));
    sink.add(hashCombine(T.cueRate, f.rate * 10 + f.cue));
    sink.add(hashCombine(T.cueRateWin, f.ratePrev * 100 + f.rate * 10 + f.rateNext));
  },
};

/** How far the nearest likely cues are, with the quotation state, cue class and pronouns. */
export const cueDistance: FeatureGroup = {
  readsTags: false,
  key: (f) => ((((dist(f.ld) * 9 + dist(f.rd)) * 4 + f.q) * 10 + f.cue) * 2 + f.pronoun) * 4 + f.sentCues,
  emit(f, sink) {
    const { ld, rd, q } = f;
    sink.add(hashCombine(T.leftCue, ld));
    sink.add(hashCombine(T.rightCue, rd));
    sink.add(hashCombine(T.cuePair, ld * 1000 + rd * 10 + f.cue));
    sink.add(hashCombine(T.quoteLeftCue, q * 1000 + ld));
    sink.add(hashCombine(T.quoteRightCue, q * 1000 + rd));
    if (f.pronoun) sink.add(hashCombine(T.pronoun, rd * 10 + ld));
    sink.add(hashCombine(T.sentCues, f.sentCues * 10 + (ld === 99 ? 0 : 1) + (rd === 99 ? 0 : 2)));
  },
};

/** Quotation state around the token, of its sentence and the sentence before, and its place in the paragraph. */
export const quoteState: FeatureGroup = {
  readsTags: false,
  key: (f) => ((((((f.q * 10 + f.qPrev) * 10 + f.qNext) * 2 + f.sentQuote) * 3 + f.prevSent) * 2 + f.sentCue) * 2 + f.paraSent) * 2 + f.paraTok,
  emit(f, sink) {
    const q = f.q;
    sink.add(T.bias);
    sink.add(hashCombine(T.quote, q));
    sink.add(hashCombine(T.quotePrev, f.qPrev * 10 + q));
    sink.add(hashCombine(T.quoteNext, q * 10 + f.qNext));
    sink.add(hashCombine(T.sentHasQuote, f.sentQuote * 10 + (q === 0 ? 0 : 1)));
    sink.add(hashCombine(T.prevSentCue, f.prevSent * 10 + f.sentCue * 2 + q));
    sink.add(hashCombine(T.paraPos, f.paraSent * 10 + f.paraTok));
  },
};

/** The token's place in its sentence (bucket(0) = 0 and bucket(1) = 1, so the ends are exact). */
export const sentencePlace: FeatureGroup = {
  readsTags: false,
  key: (f) => f.startBucket * 8 + f.endBucket,
  emit(f, sink) {
    const { startBucket: s, endBucket: e } = f;
    sink.add(hashCombine(T.sentPos, s * 10 + e));
    sink.add(hashCombine(T.sentLeft, s === 0 ? 1 : e === 0 ? 2 : e === 1 ? 3 : 0));
  },
};

/** Commas and name runs between the token and its nearest cues. */
export const commas: FeatureGroup = {
  readsTags: false,
  key: (f) => (((f.commaLeft * 9 + dist(f.ld)) * 4 + f.commaRight) * 9 + dist(f.rd)) * 3 + f.capRun,
  emit(f, sink) {
    sink.add(hashCombine(T.commaLeft, f.commaLeft * 100 + f.ld));
    sink.add(hashCombine(T.commaRight, f.commaRight * 100 + f.rd));
    sink.add(hashCombine(T.capRun, f.capRun * 100 + f.rd));
  },
};

export const shapeWindow: FeatureGroup = {
  readsTags: false,
  key: (f) => (f.shapePrev * 256 + f.shape) * 256 + f.shapeNext,
  emit(f, sink) {
    sink.add(hashCombine(T.shapePrev, f.shapePrev * 256 + f.shape));
    sink.add(hashCombine(T.shapeNext, f.shape * 256 + f.shapeNext));
  },
};

/** The token's part of speech with its cue distances (tag ids below TAG_ID_LIMIT). */
export const posCue: FeatureGroup = {
  readsTags: true,
  key: (f) => (f.pos * 9 + dist(f.ld)) * 9 + dist(f.rd),
  emit(f, sink) {
    const ph = tagHashes[f.pos];
    sink.add(hashCombine(T.pos, ph));
    sink.add(hashCombine(T.posLeftCue, hashCombine(ph, f.ld)));
    sink.add(hashCombine(T.posRightCue, hashCombine(ph, f.rd)));
  },
};

export const posWindow: FeatureGroup = {
  readsTags: true,
  key: (f) => (f.posPrev * TAG_ID_LIMIT + f.pos) * TAG_ID_LIMIT + f.posNext,
  emit(f, sink) {
    const ph = tagHashes[f.pos];
    sink.add(hashCombine(T.posPrev, hashCombine(tagHashes[f.posPrev], ph)));
    sink.add(hashCombine(T.posNext, hashCombine(ph, tagHashes[f.posNext])));
  },
};

export const chunkWindow: FeatureGroup = {
  readsTags: true,
  key: (f) => ((f.chunk * 4 + f.chunkInfo) * 10 + f.cue) * TAG_ID_LIMIT + f.chunkPrev,
  emit(f, sink) {
    const ch = tagHashes[f.chunk];
    sink.add(hashCombine(T.chunk, ch));
    sink.add(hashCombine(T.chunkPrev, hashCombine(tagHashes[f.chunkPrev], ch)));
    sink.add(hashCombine(T.chunkCue, hashCombine(ch, f.chunkInfo * 10 + f.cue)));
  },
};

/** Quotation state and place in the sentence, as one group: their keys combine into few (about 1,500 in a corpus). */
export const quotePlace: FeatureGroup = {
  readsTags: false,
  key: (f) => quoteState.key(f) * 64 + sentencePlace.key(f),
  emit(f, sink) {
    quoteState.emit(f, sink);
    sentencePlace.emit(f, sink);
  },
};

/** Cue distances with and without the part of speech, as one group (posCue reads no field cueDistance does not, but the tag). */
const CUE_DISTANCE_KEYS = 25920;
export const cuePos: FeatureGroup = {
  readsTags: true,
  key: (f) => f.pos * CUE_DISTANCE_KEYS + cueDistance.key(f),
  emit(f, sink) {
    cueDistance.emit(f, sink);
    posCue.emit(f, sink);
  },
};

/** Every group a token has, for readers that take them all alike. */
export const FEATURE_GROUPS: readonly FeatureGroup[] = [cueWindow, quotePlace, commas, shapeWindow, cuePos, posWindow, chunkWindow];

/**
 * What a word contributes by itself, to its own token (group 0) and to the tokens two before, one
 * before, one after and two after it (groups 1–4): the scorer caches these sums per word.
 */
export const WORD_GROUPS = 5;

/** Where the word whose group g describes a token stands relative to that token. */
export const NEIGHBOUR_OFFSET: readonly number[] = [0, 2, 1, -1, -2];

export function wordFeatures(group: number, wordHash: number, lower: string, shape: number, sink: FeatureSink): void {
  switch (group) {
    case 0:
      sink.add(hashCombine(T.w, wordHash));
      if (lower.length > 3) sink.add(hashCombine(T.suffix, hashString(lower.slice(-3))));
      sink.add(hashCombine(T.shape, shape));
      if (lower.length > 2) sink.add(hashCombine(T.suffix2, hashString(lower.slice(-2))));
      break;
    case 1: sink.add(hashCombine(T.wNext2, wordHash)); break;
    case 2: sink.add(hashCombine(T.wNext, wordHash)); break;
    case 3: sink.add(hashCombine(T.wPrev, wordHash)); break;
    case 4: sink.add(hashCombine(T.wPrev2, wordHash)); break;
  }
}

/** The hashes that stand for the words before and after a paragraph in the word window. */
export const PARAGRAPH_START = START;
export const PARAGRAPH_END = END;

/** Features of a token that pair it with a neighbour word: too many values to cache. */
export function bigramFeatures(facts: TokenFacts, f: TokenFields, sink: FeatureSink): void {
  const { wordHash } = facts;
  const { i, ps, pe } = f;
  const w = wordHash[i];
  const prev = i - 1 < ps ? START : wordHash[i - 1];
  const next = i + 1 >= pe ? END : wordHash[i + 1];
  sink.add(hashCombine(T.bigramPrev, hashCombine(prev, w)));
  sink.add(hashCombine(T.bigramNext, hashCombine(w, next)));
  sink.add(hashCombine(T.posWord, hashCombine(tagHashes[f.pos], next)));
}

/**
 * Features that pair a word elsewhere in the sentence (the nearest cues, the first word) with a
 * distance bucket: runs of tokens share each one, so the scorer looks each up once per document by its
 * anchor key.
 */
export const ANCHOR_FEATURES = 6;

/**
 * Key of anchor feature `k` (0 ≤ k < ANCHOR_FEATURES) of the token in `f`: within one document, tokens
 * with equal keys have the same feature. -1 when the token does not have the feature.
 */
export function anchorKey(k: number, facts: TokenFacts, f: TokenFields): number {
  switch (k) {
    case 0: return f.lc < 0 ? 0 : (f.lc + 1) * 8 + f.ld;
    case 1: return f.rc < 0 ? 0 : (f.rc + 1) * 8 + f.rd;
    case 2: return f.ss * 2 + (f.fromStart === 0 ? 1 : 0);
    case 3: {
      const lwk = facts.leftWeak[f.i];
      return lwk < 0 ? 0 : (lwk + 1) * 8 + bucket(f.i - lwk);
    }
    case 4: {
      const rwk = facts.rightWeak[f.i];
      return rwk < 0 ? 0 : (rwk + 1) * 8 + bucket(rwk - f.i);
    }
    default: return f.lc >= 0 && f.lc + 1 < f.se ? (f.lc + 1) * 8 + f.ld : -1;
  }
}

/** The hash of anchor feature `k` of the token in `f` (one `anchorKey` does not call absent). */
export function anchorFeature(k: number, facts: TokenFacts, f: TokenFields): number {
  const { wordHash } = facts;
  const { i, lc, rc, ld, rd } = f;
  switch (k) {
    case 0: return hashCombine(T.leftCueWord, lc < 0 ? NONE : hashCombine(wordHash[lc], ld));
    case 1: return hashCombine(T.rightCueWord, rc < 0 ? NONE : hashCombine(wordHash[rc], rd));
    case 2: return hashCombine(T.firstWord, hashCombine(wordHash[f.ss], f.fromStart === 0 ? 1 : 0));
    case 3: {
      const lwk = facts.leftWeak[i];
      return hashCombine(T.leftWeak, lwk < 0 ? NONE : hashCombine(wordHash[lwk], bucket(i - lwk)));
    }
    case 4: {
      const rwk = facts.rightWeak[i];
      return hashCombine(T.rightWeak, rwk < 0 ? NONE : hashCombine(wordHash[rwk], bucket(rwk - i)));
    }
    default: return hashCombine(T.afterLeftCue, hashCombine(wordHash[lc + 1], ld));
  }
}

const EMPTY: FeatureSequence = { length: 0, hashes: new Uint32Array(0), offsets: new Uint32Array(1) };

/** Feature sequences of the paragraphs of a document, in the order of `ctx.paragraphs` (empty where `keep` says no). */
export function paragraphFeatures(ctx: QuoteContext, keep?: readonly boolean[]): FeatureSequence[] {
  const ranges = ctx.paragraphs.map(([start, end], paragraph) => ({ start, end, paragraph }));
  const kept = keep ? ranges.filter((_, p) => keep[p]) : ranges;
  const sequences = rangeFeatures(ctx, kept);
  if (!keep) return sequences;
  let k = 0;
  return ranges.map((_, p) => (keep[p] ? sequences[k++] : EMPTY));
}

/** A stretch of tokens `[start, end)` inside paragraph `paragraph` (an index into `ctx.paragraphs`), tagged as one sequence. */
export interface TagRange {
  start: number;
  end: number;
  paragraph: number;
}

/**
 * Feature sequences of token ranges. A range may be part of a paragraph: its features still read the
 * whole paragraph around it (neighbour words, the paragraph's first sentence), so a range of sentences is
 * featurized exactly as inside its paragraph; only the decoded sequence is shorter.
 */
export function rangeFeatures(ctx: QuoteContext, ranges: readonly TagRange[]): FeatureSequence[] {
  const facts = tokenFacts(ctx);
  const { wordHash, shape } = facts;
  const f = new TokenFields();
  const out: FeatureSequence[] = [];
  const b = new FeatureSequenceBuilder();
  for (const range of ranges) {
    const [ps, pe] = ctx.paragraphs[range.paragraph];
    b.reset();
    for (let i = range.start; i < range.end; i++) {
      fillFields(ctx, facts, i, ps, pe, f);
      wordFeatures(0, wordHash[i], ctx.lower[i], shape[i], b);
      for (let g = 1; g < WORD_GROUPS; g++) {
        const j = i + NEIGHBOUR_OFFSET[g];
        wordFeatures(g, j < ps ? START : j >= pe ? END : wordHash[j], '', 0, b);
      }
      for (const group of FEATURE_GROUPS) group.emit(f, b);
      bigramFeatures(facts, f, b);
      for (let k = 0; k < ANCHOR_FEATURES; k++) if (anchorKey(k, facts, f) >= 0) b.add(anchorFeature(k, facts, f));
      b.next();
    }
    out.push(b.build());
  }
  return out;
}
