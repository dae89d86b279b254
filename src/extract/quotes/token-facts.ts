import { hashString } from '../../ml/index.js';
import type { QuoteContext } from './context.js';
import type { WordClasses } from './word-classes.js';
import type { WordSenses } from './word-senses.js';

/*
 * What the attribution tagger's features read of each token, computed once per document: word hashes and
 * shapes, the nearest cues and weak cues in the sentence, commas, name runs, tag ids; and, per token, the
 * small fields (`TokenFields`) that the feature groups of `features.ts` read and pack into their keys.
 */

const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'who', 'which', 'that', 'me', 'him', 'her', 'us', 'them']);
/** A longer word is no pronoun: a length test passes over most tokens without a set look-up. */
const LONGEST_PRONOUN = Math.max(...[...PRONOUNS].map((w) => w.length));

/** The hashes that stand for the words (and tags) before and after a paragraph. */
export const PARAGRAPH_START = hashString('<s>');
export const PARAGRAPH_END = hashString('</s>');
const START = PARAGRAPH_START;
const END = PARAGRAPH_END;

/** A distance as a bucket 0–7: exact up to 3, then 4–5, 6–8, 9–15, 16 and more. */
export function bucket(d: number): number {
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


/**
 * Part-of-speech and chunk tags as small ids (for the scorer's keys), with each id's hash. Ids 0 and 1
 * stand for the paragraph's start and end, whose hashes are those of `<s>` and `</s>`.
 */
const tagIds = new Map<string, number>([['<s>', 0], ['</s>', 1]]);
const tagHashes: number[] = [START, END];

/** The hash of a tag id's tag. */
export function tagHash(id: number): number {
  return tagHashes[id];
}
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
  /** Fine word class of each token (`word-classes.ts`), -1 throughout when the model reads none. */
  fine: Int32Array;
  /** The classes `fine` reads, or null. */
  classes: WordClasses | null;
  /** Packed WordNet senses of each token's word (`word-senses.ts`), 0 throughout when the model reads none. */
  sense: Uint32Array;
  /** Synset ids of each token's word (`WordSenses.ids`), null for none. */
  senseIds: (Uint32Array | null)[];
}

/** Word hashes, shapes and fine classes of a document's tokens, when the caller already has them. */
export interface WordFacts {
  wordHash: Uint32Array;
  shape: Uint8Array;
  fine: Int32Array;
  sense: Uint32Array;
  senseIds: (Uint32Array | null)[];
}

/** Fine classes of the words of `wordHash` (-1 without classes). */
export function fineClasses(classes: WordClasses | null, wordHash: Uint32Array): Int32Array {
  const fine = new Int32Array(wordHash.length).fill(-1);
  if (classes) for (let i = 0; i < wordHash.length; i++) fine[i] = classes.fine(wordHash[i]);
  return fine;
}

/** Packed senses of the words of `wordHash` (0 without senses). */
export function wordSenses(senses: WordSenses | null, wordHash: Uint32Array): Uint32Array {
  const sense = new Uint32Array(wordHash.length);
  if (senses) for (let i = 0; i < wordHash.length; i++) sense[i] = senses.sense(wordHash[i]);
  return sense;
}

export function tokenFacts(ctx: QuoteContext, words?: WordFacts): TokenFacts {
  const { tokens, lower, quote, sentenceOf, sentences, cueRate, strongCue } = ctx;
  const cue = ctx.cue;
  const n = tokens.length;
  let wordHash: Uint32Array;
  let shape: Uint8Array;
  let fine: Int32Array;
  let sense: Uint32Array;
  let senseIds: (Uint32Array | null)[];
  if (words) ({ wordHash, shape, fine, sense, senseIds } = words);
  else {
    wordHash = new Uint32Array(n);
    shape = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      wordHash[i] = hashString(lower[i]);
      shape[i] = shapeOf(tokens[i].text);
    }
    fine = fineClasses(ctx.wordClasses, wordHash);
    sense = wordSenses(ctx.wordSenses, wordHash);
    const table = ctx.wordSenses;
    senseIds = Array.from(wordHash, (h) => (table ? table.ids(h) : null));
  }
  const pronoun = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (lower[i].length <= LONGEST_PRONOUN && PRONOUNS.has(lower[i])) pronoun[i] = 1;
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
  return { wordHash, shape, leftCue, rightCue, commaLeft, commaRight, leftWeak, rightWeak, sentCueCount, sentQuote, sentCue, capRun, pos, chunk, chunkInfo, pronoun, fine, classes: ctx.wordClasses, sense, senseIds };
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
  /**
   * Fine class of the token and coarse classes of it and its neighbours (`word-classes.ts`; a neighbour
   * beyond the paragraph reads the stand-in value); all -1 when the model reads no classes.
   */
  fine = -1;
  coarse = -1; coarsePrev = -1; coarseNext = -1;
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
  const classes = facts.classes;
  if (classes) {
    const fine = facts.fine;
    const boundary = classes.fineUnknown + 1;
    f.fine = fine[i];
    f.coarse = classes.coarse(fine[i]);
    f.coarsePrev = classes.coarse(first ? boundary : fine[i - 1]);
    f.coarseNext = classes.coarse(last ? boundary : fine[i + 1]);
  } else {
    f.fine = -1;
    f.coarse = -1;
    f.coarsePrev = -1;
    f.coarseNext = -1;
  }
}

