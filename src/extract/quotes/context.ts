import type { Sentence, Token } from '../../model/layers.js';
import { CueClass, type CueLexicon } from './cue-lexicon.js';
import { lowerWords } from '../../text/lower-words.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';
import { singleBreaksEndParagraphs } from '../../text/paragraph-breaks.js';
import type { LearnedCues } from './stem-cue-rates.js';
import type { WordClasses } from './word-classes.js';
import type { WordSenses } from './word-senses.js';
import { wordLookupsFor, type WordLookups } from './word-lookups.js';

/** Where a token stands relative to quotation marks. */
export const enum QuoteState {
  Outside = 0,
  OpenMark = 1,
  Inside = 2,
  CloseMark = 3,
}

/**
 * Per-token facts about one document that both the tagger's features and the rules read: lower-case
 * words, cue classes, quotation state, sentence of each token and the paragraphs as token ranges.
 * Computed once per document in linear time.
 */
export interface QuoteContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** Shared with the other stages that read lower-case words (`lowerWords`): never changed. */
  lower: readonly string[];
  cue: Uint8Array;
  /** How often the word is a cue in the tagger's training data: 0 never/unknown, 1 sometimes … 3 mostly. */
  cueRate: Uint8Array;
  /** True where a word is a likely cue (lexicon reporting word or a frequent learned cue). */
  strongCue: Uint8Array;
  quote: Uint8Array;
  /** Index into `regions` of the quote region holding the token, or -1. */
  region: Int32Array;
  regions: QuoteRegion[];
  sentenceOf: Int32Array;
  /** Token ranges `[start, end)` of paragraphs, in order. */
  paragraphs: [number, number][];
  /** Penn Treebank tag of each token from the syntax stage ('' when the document has none). */
  pos: readonly string[];
  /** IOB2 chunk of each token from the syntax stage ('O' when the document has none). */
  chunks: readonly string[];
  /** The word classes the tagger was trained with (`word-classes.ts`), or null when it reads none. */
  wordClasses: WordClasses | null;
  /** The WordNet senses the tagger was trained with (`word-senses.ts`), or null when it reads none. */
  wordSenses: WordSenses | null;
  /** Each token's id in `words`, the table of what is read of a token's text alone (`word-lookups.ts`). */
  wordIds: Int32Array;
  words: WordLookups;
}

/** Part-of-speech tags and chunks of a document, as the syntax stage produces them. */
export interface SyntaxLayers {
  pos: readonly string[];
  chunks: readonly string[];
}

/** Cue rate of words learnt from training data (word → 1..3, with a stem back-off), shipped inside the tagger's weights file. */
export type { LearnedCues };

export function buildContext(text: string, tokens: readonly Token[], sentences: readonly Sentence[], lexicon: CueLexicon, learned: LearnedCues = new Map(), syntax?: SyntaxLayers, wordClasses: WordClasses | null = null, wordSenses: WordSenses | null = null): QuoteContext {
  const n = tokens.length;
  // A document without syntax layers (or with stale ones) reads as untagged rather than misaligned.
  const hasSyntax = syntax !== undefined && syntax.pos.length === n && syntax.chunks.length === n;
  const pos = hasSyntax ? syntax.pos : new Array<string>(n).fill('');
  const chunks = hasSyntax ? syntax.chunks : new Array<string>(n).fill('O');
  const words = wordLookupsFor(lexicon, learned);
  const wordIds = words.idsOf(tokens);
  const lower = lowerWords(tokens, (i) => words.lower[wordIds[i]]);
  const cue = new Uint8Array(n);
  const cueRate = new Uint8Array(n);
  const strongCue = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const id = wordIds[i];
    cue[i] = words.cue[id];
    cueRate[i] = words.rate[id];
  }
  // A phrase cue counts only when its other words follow ("according to").
  for (let i = 0; i < n; i++) {
    if (cue[i] !== CueClass.Phrase) continue;
    const rests = lexicon.phrases.get(lower[i]) ?? [];
    const match = rests.find((rest) => rest.every((w, k) => lower[i + 1 + k] === w));
    if (!match) cue[i] = CueClass.None;
    else for (let k = 0; k < match.length; k++) cue[i + 1 + k] = CueClass.Phrase;
  }
  for (let i = 0; i < n; i++) {
    const c = cue[i];
    strongCue[i] = c === CueClass.Verb || c === CueClass.TellVerb || c === CueClass.Phrase || c === CueClass.Adverb || cueRate[i] >= 2 ? 1 : 0;
  }
  const regions = findQuoteRegions(text, 0, text.length, singleBreaksEndParagraphs(text));
  const quote = new Uint8Array(n);
  const region = new Int32Array(n).fill(-1);
  let r = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    while (r < regions.length && regions[r].end <= t.start) r++;
    if (r >= regions.length) break;
    const q = regions[r];
    if (t.start < q.start) continue;
    region[i] = r;
    quote[i] = t.start < q.innerStart ? QuoteState.OpenMark : t.start >= q.innerEnd ? QuoteState.CloseMark : QuoteState.Inside;
  }
  const sentenceOf = new Int32Array(n).fill(-1);
  const paragraphs: [number, number][] = [];
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s];
    for (let i = sent.tokenStart; i < sent.tokenEnd; i++) sentenceOf[i] = s;
    const last = paragraphs[paragraphs.length - 1];
    if (last && s > 0 && sentences[s - 1].paragraph === sent.paragraph) last[1] = sent.tokenEnd;
    else paragraphs.push([sent.tokenStart, sent.tokenEnd]);
  }
  return { text, tokens, sentences, lower, cue, cueRate, strongCue, quote, region, regions, sentenceOf, paragraphs, pos, chunks, wordClasses, wordSenses, wordIds, words };
}
