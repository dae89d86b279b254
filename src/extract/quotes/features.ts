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

function shapeOf(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return 1;
  if (w.length === 1 && !/\p{L}/u.test(w)) return 10 + c; // punctuation keeps its identity
  const upper = w !== w.toLowerCase();
  const lowerFirst = w[0] === w[0].toLowerCase();
  if (!upper) return 2;
  if (w === w.toUpperCase()) return 3;
  return lowerFirst ? 4 : 5;
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
  const { tokens, lower, quote, sentenceOf, sentences, cueRate, strongCue } = ctx;
  const cue = ctx.cue;
  const n = tokens.length;
  const wordHash = new Uint32Array(n);
  const shape = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    wordHash[i] = hashString(lower[i]);
    shape[i] = shapeOf(tokens[i].text);
  }
  // Nearest cue word (any class) to the left/right inside the sentence.
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  const commaLeft = new Uint8Array(n);
  const commaRight = new Uint8Array(n);
  const leftWeak = new Int32Array(n).fill(-1);
  const rightWeak = new Int32Array(n).fill(-1);
  const sentCueCount = new Uint8Array(sentences.length);
  // Runs of capitalized words (names): 1 inside a run, 2 last word of a run that a cue follows.
  const capRun = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (shape[i] === 5 || shape[i] === 3) capRun[i] = i + 1 < n && shape[i + 1] !== 5 && shape[i + 1] !== 3 && strongCue[i + 1] ? 2 : 1;
  }
  // Part of speech and chunk of each token as hashes, and for each token whether its chunk holds a likely
  // cue and whether the token ends its chunk.
  const tagHash = new Map<string, number>();
  const hashTag = (t: string) => {
    let h = tagHash.get(t);
    if (h === undefined) tagHash.set(t, (h = hashString(t)));
    return h;
  };
  const posHash = new Uint32Array(n);
  const chunkHash = new Uint32Array(n);
  const chunkInfo = new Uint8Array(n);
  for (let i = 0, chunkStart = 0; i < n; i++) {
    posHash[i] = hashTag(ctx.pos[i]);
    chunkHash[i] = hashTag(ctx.chunks[i]);
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
  const out: FeatureSequence[] = [];
  const b = new FeatureSequenceBuilder();
  const word = (j: number, lo: number, hi: number) => (j < lo ? START : j >= hi ? END : wordHash[j]);
  for (const range of ranges) {
    const [ps, pe] = ctx.paragraphs[range.paragraph];
    b.reset();
    for (let i = range.start; i < range.end; i++) {
      const sent = sentences[sentenceOf[i]];
      const ss = sent.tokenStart;
      const se = sent.tokenEnd;
      const w = wordHash[i];
      const lw = lower[i];
      b.add(T.bias);
      b.addHashed(T.w, w);
      b.addHashed(T.wPrev, word(i - 1, ps, pe));
      b.addHashed(T.wNext, word(i + 1, ps, pe));
      b.addHashed(T.wPrev2, word(i - 2, ps, pe));
      b.addHashed(T.wNext2, word(i + 2, ps, pe));
      if (lw.length > 3) b.addValue(T.suffix, lw.slice(-3));
      b.addHashed(T.shape, shape[i]);
      if (lw.length > 2) b.addValue(T.suffix2, lw.slice(-2));
      b.addHashed(T.bigramPrev, hashCombine(word(i - 1, ps, pe), w));
      b.addHashed(T.bigramNext, hashCombine(w, word(i + 1, ps, pe)));
      b.addHashed(T.shapePrev, (i > ps ? shape[i - 1] : 0) * 256 + shape[i]);
      b.addHashed(T.shapeNext, shape[i] * 256 + (i + 1 < pe ? shape[i + 1] : 0));
      b.addHashed(T.cue, cue[i]);
      b.addHashed(T.cueWin, (i > ps ? cue[i - 1] : 9) * 100 + cue[i] * 10 + (i + 1 < pe ? cue[i + 1] : 9));
      const q = quote[i];
      b.addHashed(T.quote, q);
      b.addHashed(T.quotePrev, i > ps ? quote[i - 1] * 10 + q : 90 + q);
      b.addHashed(T.quoteNext, q * 10 + (i + 1 < pe ? quote[i + 1] : 9));
      const fromStart = i - ss;
      const toEnd = se - 1 - i;
      b.addHashed(T.sentPos, bucket(fromStart) * 10 + bucket(toEnd));
      b.addHashed(T.sentLeft, fromStart === 0 ? 1 : toEnd === 0 ? 2 : toEnd === 1 ? 3 : 0);
      const lc = leftCue[i];
      const rc = rightCue[i];
      const ld = lc < 0 ? 99 : bucket(i - lc);
      const rd = rc < 0 ? 99 : bucket(rc - i);
      b.addHashed(T.leftCue, ld);
      b.addHashed(T.rightCue, rd);
      b.addHashed(T.leftCueWord, lc < 0 ? NONE : hashCombine(wordHash[lc], ld));
      b.addHashed(T.rightCueWord, rc < 0 ? NONE : hashCombine(wordHash[rc], rd));
      b.addHashed(T.cuePair, ld * 1000 + rd * 10 + cue[i]);
      b.addHashed(T.quoteLeftCue, q * 1000 + ld);
      b.addHashed(T.quoteRightCue, q * 1000 + rd);
      b.addHashed(T.sentHasQuote, sentQuote[sentenceOf[i]] * 10 + (q === 0 ? 0 : 1));
      b.addHashed(T.commaLeft, commaLeft[i] * 100 + ld);
      b.addHashed(T.commaRight, commaRight[i] * 100 + rd);
      b.addHashed(T.firstWord, hashCombine(wordHash[ss], fromStart === 0 ? 1 : 0));
      b.addHashed(T.cueRate, cueRate[i] * 10 + cue[i]);
      b.addHashed(T.cueRateWin, (i > ps ? cueRate[i - 1] : 9) * 100 + cueRate[i] * 10 + (i + 1 < pe ? cueRate[i + 1] : 9));
      if (PRONOUNS.has(lw)) b.addHashed(T.pronoun, rd * 10 + ld);
      const sIdx = sentenceOf[i];
      b.addHashed(T.prevSentCue, (sIdx > 0 && sentences[sIdx - 1].paragraph === sent.paragraph ? 1 + sentCue[sIdx - 1] : 0) * 10 + sentCue[sIdx] * 2 + q);
      const lwk = leftWeak[i];
      const rwk = rightWeak[i];
      b.addHashed(T.leftWeak, lwk < 0 ? NONE : hashCombine(wordHash[lwk], bucket(i - lwk)));
      b.addHashed(T.rightWeak, rwk < 0 ? NONE : hashCombine(wordHash[rwk], bucket(rwk - i)));
      if (lc >= 0 && lc + 1 < se) b.addHashed(T.afterLeftCue, hashCombine(wordHash[lc + 1], ld));
      b.addHashed(T.capRun, capRun[i] * 100 + rd);
      b.addHashed(T.sentCues, Math.min(sentCueCount[sIdx], 3) * 10 + (lc < 0 ? 0 : 1) + (rc < 0 ? 0 : 2));
      const ph = posHash[i];
      b.addHashed(T.pos, ph);
      b.addHashed(T.posPrev, hashCombine(i > ps ? posHash[i - 1] : START, ph));
      b.addHashed(T.posNext, hashCombine(ph, i + 1 < pe ? posHash[i + 1] : END));
      b.addHashed(T.posWord, hashCombine(ph, word(i + 1, ps, pe)));
      b.addHashed(T.chunk, chunkHash[i]);
      b.addHashed(T.chunkPrev, hashCombine(i > ps ? chunkHash[i - 1] : START, chunkHash[i]));
      b.addHashed(T.chunkCue, hashCombine(chunkHash[i], chunkInfo[i] * 10 + cue[i]));
      b.addHashed(T.posLeftCue, hashCombine(ph, ld));
      b.addHashed(T.posRightCue, hashCombine(ph, rd));
      b.addHashed(T.paraPos, (sentenceOf[i] === sentenceOf[ps] ? 1 : 0) * 10 + (i === ps ? 1 : 0));
      b.next();
    }
    out.push(b.build());
  }
  return out;
}

