import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import type { QuoteContext } from './context.js';
import type { WordClasses } from './word-classes.js';
import { NO_SENSE, packedNoun, packedNounFiles, packedVerb, packedVerbFiles } from './word-senses.js';
import { bucket, fillFields, PARAGRAPH_END as END, PARAGRAPH_START as START, TAG_ID_LIMIT, tagHash, tokenFacts, TokenFields, type TokenFacts } from './token-facts.js';

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
export const FEATURE_VERSION = 5;

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
  fine: template('q.class'),
  coarse: template('q.coarse'),
  finePrev: template('q.class-1'),
  fineNext: template('q.class+1'),
  coarsePrev: template('q.coarse-1'),
  coarseNext: template('q.coarse+1'),
  coarsePrev2: template('q.coarse-2'),
  coarseNext2: template('q.coarse+2'),
  coarseBefore: template('q.coarse-1|coarse'),
  coarseAfter: template('q.coarse|coarse+1'),
  coarseTriple: template('q.coarse-1|coarse|coarse+1'),
  fineCue: template('q.class|cue|rate'),
  fineSentCue: template('q.class|sent-cue|quote'),
  coarsePrevFine: template('q.coarse-1|class'),
  fineCoarseNext: template('q.class|coarse+1'),
  senseVerb: template('q.wn-verb'),
  senseNoun: template('q.wn-noun'),
  senseVerbFiles: template('q.wn-verb-files'),
  senseNounFiles: template('q.wn-noun-files'),
  senseNext: template('q.wn+1'),
  senseNext2: template('q.wn-noun+2'),
  sensePrev: template('q.wn-1'),
  synVerb: template('q.syn-v'),
  synVerbUp: template('q.syn-v^'),
  synVerbUp2: template('q.syn-v^^'),
  synNoun: template('q.syn-n'),
  synNounUp: template('q.syn-n^'),
  synNext: template('q.syn-n+1'),
  synNext2: template('q.syn-n^+2'),
};

const NONE = hashString('<none>');

/** Where a feature goes: the training builder, or the scorer's weight sums. */
export interface FeatureSink {
  add(hash: number): unknown;
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
    const ph = tagHash(f.pos);
    sink.add(hashCombine(T.pos, ph));
    sink.add(hashCombine(T.posLeftCue, hashCombine(ph, f.ld)));
    sink.add(hashCombine(T.posRightCue, hashCombine(ph, f.rd)));
  },
};

/** The tag pair before the token and the token's (one feature: the scorer points at its model row). */
export const posBefore: FeatureGroup = {
  readsTags: true,
  key: (f) => f.posPrev * TAG_ID_LIMIT + f.pos,
  emit(f, sink) {
    sink.add(hashCombine(T.posPrev, hashCombine(tagHash(f.posPrev), tagHash(f.pos))));
  },
};

/** The token's tag and the next one's (one feature). */
export const posAfter: FeatureGroup = {
  readsTags: true,
  key: (f) => f.pos * TAG_ID_LIMIT + f.posNext,
  emit(f, sink) {
    sink.add(hashCombine(T.posNext, hashCombine(tagHash(f.pos), tagHash(f.posNext))));
  },
};

export const chunkWindow: FeatureGroup = {
  readsTags: true,
  key: (f) => ((f.chunk * 4 + f.chunkInfo) * 10 + f.cue) * TAG_ID_LIMIT + f.chunkPrev,
  emit(f, sink) {
    const ch = tagHash(f.chunk);
    sink.add(hashCombine(T.chunk, ch));
    sink.add(hashCombine(T.chunkPrev, hashCombine(tagHash(f.chunkPrev), ch)));
    sink.add(hashCombine(T.chunkCue, hashCombine(ch, f.chunkInfo * 10 + f.cue)));
  },
};

/**
 * The word classes of the token and its neighbours: the coarse ones paired and as a triple (a class
 * sequence, "a person noun, a verb of saying, a determiner", that the word bigrams see only for the words
 * they know), and the token's fine class with each neighbour's coarse one ("warned" + a preposition). One
 * group, since the fine class fixes the coarse one. Nothing without classes.
 */
export const classWindow: FeatureGroup = {
  readsTags: false,
  key: (f) => (f.fine < 0 ? 0 : (f.coarsePrev * 1024 + f.fine) * 256 + f.coarseNext + 1),
  emit(f, sink) {
    if (f.fine < 0) return;
    sink.add(hashCombine(T.coarseBefore, f.coarsePrev * 256 + f.coarse));
    sink.add(hashCombine(T.coarseAfter, f.coarse * 256 + f.coarseNext));
    sink.add(hashCombine(T.coarseTriple, (f.coarsePrev * 256 + f.coarse) * 256 + f.coarseNext));
    sink.add(hashCombine(T.coarsePrevFine, f.coarsePrev * 1024 + f.fine));
    sink.add(hashCombine(T.fineCoarseNext, f.fine * 256 + f.coarseNext));
  },
};

/**
 * The token's fine class with what the cue lexicon and the learnt cue rates say of its word, and with
 * whether its sentence has a likely cue at all (many cues the tagger misses are beliefs and stances in
 * sentences with no reporting word: "is drawing criticism", "sent a letter"). Nothing without classes.
 */
export const classCueFacts: FeatureGroup = {
  readsTags: false,
  key: (f) => (f.fine < 0 ? 0 : (((f.fine * 10 + f.cue) * 10 + f.rate) * 2 + f.sentCue) * 4 + f.q + 1),
  emit(f, sink) {
    if (f.fine < 0) return;
    sink.add(hashCombine(T.fineCue, (f.fine * 10 + f.cue) * 10 + f.rate));
    sink.add(hashCombine(T.fineSentCue, (f.fine * 2 + f.sentCue) * 4 + f.q));
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

/** Every group a token has, for readers that take them all alike. */
/*
 * Kept apart, not merged into fewer groups of larger keys: the sums of a merged group (the tag triple, or
 * the cue distances times the tag) take thousands of distinct rows that seldom stay in the processor's
 * cache, while the parts' few hundred rows do, and a one-feature part is the model's own row.
 */
export const FEATURE_GROUPS: readonly FeatureGroup[] = [cueWindow, quotePlace, commas, shapeWindow, cueDistance, posCue, posBefore, posAfter, chunkWindow, classWindow, classCueFacts];

/**
 * What a word contributes by itself, to its own token (group 0) and to the tokens two before, one
 * before, one after and two after it (groups 1–4): the scorer caches these sums per word. With word
 * classes (`fine` ≥ 0) a word also shows its classes: fine and coarse to itself and its next neighbours,
 * coarse two away.
 */
export const WORD_GROUPS = 5;

/** Where the word whose group g describes a token stands relative to that token. */
export const NEIGHBOUR_OFFSET: readonly number[] = [0, 2, 1, -1, -2];

export function wordFeatures(group: number, wordHash: number, lower: string, shape: number, fine: number, coarse: number, sense: number, ids: Uint32Array | null, sink: FeatureSink): void {
  if (sense !== NO_SENSE) senseFeatures(group, sense, sink);
  if (ids) synsetFeatures(group, ids, sink);
  switch (group) {
    case 0:
      sink.add(hashCombine(T.w, wordHash));
      if (lower.length > 3) sink.add(hashCombine(T.suffix, hashString(lower.slice(-3))));
      sink.add(hashCombine(T.shape, shape));
      if (lower.length > 2) sink.add(hashCombine(T.suffix2, hashString(lower.slice(-2))));
      if (fine >= 0) {
        sink.add(hashCombine(T.fine, fine));
        sink.add(hashCombine(T.coarse, coarse));
      }
      break;
    case 1:
      sink.add(hashCombine(T.wNext2, wordHash));
      if (fine >= 0) sink.add(hashCombine(T.coarseNext2, coarse));
      break;
    case 2:
      sink.add(hashCombine(T.wNext, wordHash));
      if (fine >= 0) {
        sink.add(hashCombine(T.fineNext, fine));
        sink.add(hashCombine(T.coarseNext, coarse));
      }
      break;
    case 3:
      sink.add(hashCombine(T.wPrev, wordHash));
      if (fine >= 0) {
        sink.add(hashCombine(T.finePrev, fine));
        sink.add(hashCombine(T.coarsePrev, coarse));
      }
      break;
    case 4:
      sink.add(hashCombine(T.wPrev2, wordHash));
      if (fine >= 0) sink.add(hashCombine(T.coarsePrev2, coarse));
      break;
  }
}

/**
 * What WordNet says a word can mean (`word-senses.ts`): to itself, the files of its first verb and noun senses
 * and of its first three; to its neighbours one away, the first verb and noun files; to the token two before
 * it, its first noun file ("sent a letter", "drew criticism").
 */
function senseFeatures(group: number, sense: number, sink: FeatureSink): void {
  const verb = packedVerb(sense);
  const noun = packedNoun(sense);
  switch (group) {
    case 0: {
      if (verb) sink.add(hashCombine(T.senseVerb, verb));
      if (noun) sink.add(hashCombine(T.senseNoun, noun));
      for (let bits = packedVerbFiles(sense), b = 0; bits; bits >>>= 1, b++) if (bits & 1) sink.add(hashCombine(T.senseVerbFiles, b));
      for (let bits = packedNounFiles(sense), b = 0; bits; bits >>>= 1, b++) if (bits & 1) sink.add(hashCombine(T.senseNounFiles, b));
      break;
    }
    case 1:
      if (noun) sink.add(hashCombine(T.senseNext2, noun));
      break;
    case 2:
      sink.add(hashCombine(T.senseNext, verb * 64 + noun));
      break;
    case 3:
      sink.add(hashCombine(T.sensePrev, verb * 64 + noun));
      break;
  }
}

/** The word's first verb and noun synsets and their hypernyms (WordNet), to itself; the noun's to the words before. */
function synsetFeatures(group: number, ids: Uint32Array, sink: FeatureSink): void {
  const [verb, verbUp, verbUp2, noun, nounUp] = ids;
  switch (group) {
    case 0:
      if (verb) sink.add(hashCombine(T.synVerb, verb));
      if (verbUp) sink.add(hashCombine(T.synVerbUp, verbUp));
      if (verbUp2) sink.add(hashCombine(T.synVerbUp2, verbUp2));
      if (noun) sink.add(hashCombine(T.synNoun, noun));
      if (nounUp) sink.add(hashCombine(T.synNounUp, nounUp));
      break;
    case 1:
      if (nounUp) sink.add(hashCombine(T.synNext2, nounUp));
      break;
    case 2:
      if (noun) sink.add(hashCombine(T.synNext, noun));
      break;
  }
}

/** Fine and coarse class of a token's word, or of the paragraph stand-in (-1, -1 without classes). */
export function wordClassPair(classes: WordClasses | null, fine: number): [number, number] {
  return classes ? [fine, classes.coarse(fine)] : [-1, -1];
}

/** Features of a token that pair it with a neighbour word: too many values to cache. */
export function bigramFeatures(facts: TokenFacts, f: TokenFields, sink: FeatureSink): void {
  const { wordHash } = facts;
  const { i, ps, pe } = f;
  const w = wordHash[i];
  const prev = i - 1 < ps ? START : wordHash[i - 1];
  const next = i + 1 >= pe ? END : wordHash[i + 1];
  sink.add(hashCombine(T.bigramPrev, hashCombine(prev, w)));
  sink.add(hashCombine(T.bigramNext, hashCombine(w, next)));
  sink.add(hashCombine(T.posWord, hashCombine(tagHash(f.pos), next)));
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

/** Feature sequences of the whole paragraphs of a document, in the order of `ctx.paragraphs` (what training reads). */
export function paragraphFeatures(ctx: QuoteContext): FeatureSequence[] {
  return rangeFeatures(ctx, ctx.paragraphs.map(([start, end], paragraph) => ({ start, end, paragraph })));
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
  const { wordHash, shape, fine, classes, sense, senseIds } = facts;
  const boundary = classes ? classes.fineUnknown + 1 : -1;
  const f = new TokenFields();
  const out: FeatureSequence[] = [];
  const b = new FeatureSequenceBuilder();
  for (const range of ranges) {
    const [ps, pe] = ctx.paragraphs[range.paragraph];
    b.reset();
    for (let i = range.start; i < range.end; i++) {
      fillFields(ctx, facts, i, ps, pe, f);
      const [fi, ci] = wordClassPair(classes, fine[i]);
      wordFeatures(0, wordHash[i], ctx.lower[i], shape[i], fi, ci, sense[i], senseIds[i], b);
      for (let g = 1; g < WORD_GROUPS; g++) {
        const j = i + NEIGHBOUR_OFFSET[g];
        const inside = j >= ps && j < pe;
        const [fj, cj] = wordClassPair(classes, inside ? fine[j] : boundary);
        wordFeatures(g, j < ps ? START : j >= pe ? END : wordHash[j], '', 0, fj, cj, inside ? sense[j] : NO_SENSE, inside ? senseIds[j] : null, b);
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
