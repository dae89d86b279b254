import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import { isAllCaps, isCapitalized, normalizeToken, shortShape, wordShape } from '../../ml/token-form.js';
import type { Gazetteer, GazetteerNode } from './gazetteer.js';

/*
 * NER features. A word's own features (identity, shape, affixes, flags) are computed once per distinct
 * word and cached as ready hashes; context features combine a position template with the neighbours'
 * cached hashes, so the per-token work is integer mixing, not string building.
 */

/** Bump when the feature set changes: a model trained on another version refuses to load. */
export const NER_FEATURE_VERSION = 3;

const T = {
  bias: template('bias'),
  word: template('w'),
  lower: template('lw'),
  shape: template('sh'),
  short: template('ss'),
  prefix: [1, 2, 3, 4].map((n) => template(`p${n}`)),
  suffix: [1, 2, 3, 4].map((n) => template(`s${n}`)),
  flags: template('flags'),
  window: [-2, -1, 1, 2].map((d) => template(`lw${d}`)),
  windowShape: [-2, -1, 1, 2].map((d) => template(`sh${d}`)),
  bigramLeft: template('lw-1|lw0'),
  bigramRight: template('lw0|lw1'),
  shapeTrigram: template('sh-1|sh0|sh1'),
  shapeLeft: template('sh-1|sh0'),
  shapeRight: template('sh0|sh1'),
  prevWordShape: template('lw-1|sh0'),
  nextWordShape: template('sh0|lw1'),
  first: template('first|sh'),
  firstWord: template('first|lw'),
  capsSentence: template('capsSent|sh'),
  capsSentenceWord: template('capsSent|lw'),
  docCase: template('doc|case'),
  docTitle: template('doc|title'),
  docCaseShape: template('doc|case|first'),
  gaz: template('gaz'),
  gazShape: template('gaz|ss'),
  gazWindow: [-1, 1].map((d) => template(`gaz${d}`)),
};

const BOUNDARY = hashString('<s>');
const BOUNDARY_END = hashString('</s>');

/** The cached, context-free view of one distinct word. */
export interface WordInfo {
  lower: string;
  lowerHash: number;
  shapeHash: number;
  shortHash: number;
  capitalized: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  /**
   * A small number per distinct shape, given by the featurizer that described the word (0 and 1 are the
   * sentence boundaries): lets the recognizer cache the scores of shape triples.
   */
  shapeId: number;
  /** Where gazetteer entries starting with this word begin (set by the featurizer when it has a gazetteer). */
  gazetteerStart: GazetteerNode | null;
  intrinsic: Uint32Array;
  /**
   * The features this word gives a token when it stands at offset −2, −1, +1, +2 from it (window word
   * and window shape): `neighbor[2·slot]`, `neighbor[2·slot + 1]`.
   */
  neighbor: Uint32Array;
  /**
   * Set by the recognizer that owns this featurizer: where, in its score pool, the summed model weights of
   * `intrinsic` (L scores) and of each neighbour slot (next 4 × L) start; -1 before they are first needed.
   */
  emissionAt: number;
}

/** Offsets of the four neighbour slots. */
export const NEIGHBOR_OFFSETS = [-2, -1, 1, 2] as const;

function neighborFeatures(lowerHash: number, shapeHash: number): Uint32Array {
  const out = new Uint32Array(8);
  for (let slot = 0; slot < 4; slot++) {
    out[2 * slot] = hashCombine(T.window[slot], lowerHash);
    out[2 * slot + 1] = hashCombine(T.windowShape[slot], shapeHash);
  }
  return out;
}

/** The neighbour features of the sentence boundary: before the first token, after the last. */
export const BOUNDARY_NEIGHBORS = {
  before: neighborFeatures(hashString('<s>'), hashString('<s>')),
  after: neighborFeatures(hashString('</s>'), hashString('</s>')),
};

/** Shape ids of the sentence boundaries (see WordInfo.shapeId). */
export const BOUNDARY_SHAPE_ID = { before: 0, after: 1 };

/** The features of a token's shape among its neighbours' (shape hashes of the previous, own, next token). */
export function shapeContextFeatures(prev: number, own: number, next: number, out: Uint32Array): Uint32Array {
  out[0] = hashCombine(T.shapeTrigram, hashCombine(hashCombine(prev, own), next));
  out[1] = hashCombine(T.shapeLeft, hashCombine(prev, own));
  out[2] = hashCombine(T.shapeRight, hashCombine(own, next));
  return out;
}

/** The shape hash the boundaries show as a neighbour's shape. */
export const BOUNDARY_SHAPE = { before: hashString('<s>'), after: hashString('</s>') };

/** Digits become 0 in word identities: "1996" and "2024" share a form. */
function wordKey(lowerNormalized: string): string {
  let out = '';
  for (let i = 0; i < lowerNormalized.length; i++) {
    const c = lowerNormalized.charCodeAt(i);
    out += c >= 49 && c <= 57 ? '0' : lowerNormalized[i];
  }
  return out;
}

/** The lower-cased, normalized form a token is known by (gazetteer entries are keyed the same way). */
export function lowerForm(raw: string): string {
  return wordKey(normalizeToken(raw).toLowerCase());
}

function describe(raw: string): WordInfo {
  const text = normalizeToken(raw);
  const lower = wordKey(text.toLowerCase());
  const shape = wordShape(text);
  const short = shortShape(text);
  const capitalized = isCapitalized(text);
  const allCaps = isAllCaps(text);
  const hasLetter = text.toLowerCase() !== text.toUpperCase();
  const lowerHash = hashString(lower);
  const shapeHash = hashString(shape);
  const shortHash = hashString(short);
  const f: number[] = [
    T.bias,
    hashCombine(T.word, hashString(text)),
    hashCombine(T.lower, lowerHash),
    hashCombine(T.shape, shapeHash),
    hashCombine(T.short, shortHash),
  ];
  const chars = Array.from(lower);
  for (let n = 1; n <= 4 && n < chars.length; n++) {
    f.push(hashCombine(T.prefix[n - 1], hashString(chars.slice(0, n).join(''))));
    f.push(hashCombine(T.suffix[n - 1], hashString(chars.slice(-n).join(''))));
  }
  const flags = (capitalized ? 1 : 0) | (allCaps ? 2 : 0) | (/\d/.test(text) ? 4 : 0) | (text.includes('-') ? 8 : 0) | (text.includes('.') ? 16 : 0) | (chars.length === 1 ? 32 : 0);
  f.push(hashCombine(T.flags, flags));
  return { lower, lowerHash, shapeHash, shortHash, capitalized, allCaps, hasLetter, shapeId: -1, gazetteerStart: null, intrinsic: Uint32Array.from(f), neighbor: neighborFeatures(lowerHash, shapeHash), emissionAt: -1 };
}

/**
 * Turns the sentences of one document into feature sequences. Keeps a cache of word descriptions
 * across documents (bounded), so reuse one featurizer per thread.
 */
export class NerFeaturizer {
  private cache = new Map<string, WordInfo>();
  private readonly shapeIds = new Map<number, number>();
  private readonly builder = new FeatureSequenceBuilder();
  private readonly shapeContext = new Uint32Array(3);

  constructor(private readonly gazetteer: Gazetteer | null = null) {}

  /** Forgets every word description (the recognizer starts its score pool over at the same time). */
  clearCache(): void {
    this.cache.clear();
  }

  private info(word: string): WordInfo {
    let found = this.cache.get(word);
    if (!found) {
      if (this.cache.size > 200_000) this.cache.clear();
      found = describe(word);
      let id = this.shapeIds.get(found.shapeHash);
      if (id === undefined) this.shapeIds.set(found.shapeHash, (id = this.shapeIds.size + 2));
      found.shapeId = id;
      if (this.gazetteer) found.gazetteerStart = this.gazetteer.start(found.lower);
      this.cache.set(word, found);
    }
    return found;
  }

  /** One feature sequence per sentence; `sentences` holds each sentence's token texts. */
  featurizeDocument(sentences: readonly (readonly string[])[]): FeatureSequence[] {
    return this.featurize(sentences, true).sequences;
  }

  /**
   * Like `featurizeDocument`, but each sequence leaves out the features that depend on one word only (its
   * own, and its window-word and window-shape features at ±1, ±2) and those of its shape among its
   * neighbours' (`shapeContextFeatures`); the word descriptions come back in `words` so that the caller can
   * add cached weights instead (see NerRecognizer.tagDocument).
   */
  featurizeForDecoding(sentences: readonly (readonly string[])[], visit: (seq: FeatureSequence, words: WordInfo[], index: number) => void): void {
    const words = sentences.map((s) => s.map((w) => this.info(w)));
    const capsSentence = words.map((s) => isCapsSentence(s));
    const doc = documentCase(words, capsSentence);
    // The sequence handed to `visit` is a view into the builder: valid only during the call.
    words.forEach((sentence, si) => visit(this.featurizeSentence(sentence, capsSentence[si], doc, false).view(), sentence, si));
  }

  private featurize(sentences: readonly (readonly string[])[], full: boolean): { sequences: FeatureSequence[]; words: WordInfo[][] } {
    const words = sentences.map((s) => s.map((w) => this.info(w)));
    const capsSentence = words.map((s) => isCapsSentence(s));
    const doc = documentCase(words, capsSentence);
    return { sequences: words.map((sentence, si) => this.featurizeSentence(sentence, capsSentence[si], doc, full).build()), words };
  }

  /** With `full` false, leaves out what `featurizeForDecoding` says the caller scores from caches. */
  private featurizeSentence(s: WordInfo[], caps: boolean, doc: DocumentCase, full: boolean): FeatureSequenceBuilder {
    const b = this.builder.reset();
    const n = s.length;
    const gaz = this.gazetteer && s.some((w) => w.gazetteerStart) ? this.gazetteer.match(s.map((w) => w.lower), s.map((w) => w.gazetteerStart)) : null;
    const lw = (i: number) => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : s[i].lowerHash);
    const sh = (i: number) => (i < 0 ? BOUNDARY_SHAPE.before : i >= n ? BOUNDARY_SHAPE.after : s[i].shapeHash);
    for (let i = 0; i < n; i++) {
      const w = s[i];
      if (full) {
        for (const f of w.intrinsic) b.add(f);
        for (let slot = 0; slot < 4; slot++) {
          const j = i + NEIGHBOR_OFFSETS[slot];
          const from = j < 0 ? BOUNDARY_NEIGHBORS.before : j >= n ? BOUNDARY_NEIGHBORS.after : s[j].neighbor;
          b.add(from[2 * slot]).add(from[2 * slot + 1]);
        }
      }
      b.add(hashCombine(T.bigramLeft, hashCombine(lw(i - 1), w.lowerHash)));
      b.add(hashCombine(T.bigramRight, hashCombine(w.lowerHash, lw(i + 1))));
      if (full) for (const f of shapeContextFeatures(sh(i - 1), w.shapeHash, sh(i + 1), this.shapeContext)) b.add(f);
      b.add(hashCombine(T.prevWordShape, hashCombine(lw(i - 1), w.shapeHash)));
      b.add(hashCombine(T.nextWordShape, hashCombine(w.shapeHash, lw(i + 1))));
      if (i === 0) {
        b.add(hashCombine(T.first, w.shapeHash));
        b.add(hashCombine(T.firstWord, w.lowerHash));
      }
      if (caps) {
        b.add(hashCombine(T.capsSentence, w.shortHash));
        b.add(hashCombine(T.capsSentenceWord, w.lowerHash));
      }
      if (w.hasLetter) {
        const code = doc.caseCode(w.lower);
        b.add(hashCombine(T.docCase, code));
        b.add(hashCombine(T.docCaseShape, hashCombine(code, (i === 0 ? 4 : 0) | (caps ? 8 : 0) | (w.capitalized ? 1 : 0))));
        if ((caps || i === 0) && doc.title.has(w.lower)) b.add(hashCombine(T.docTitle, w.shortHash));
      }
      if (gaz) {
        for (const g of gaz[i]) {
          b.add(hashCombine(T.gaz, g));
          b.add(hashCombine(T.gazShape, hashCombine(g, w.shortHash)));
        }
        if (i > 0) for (const g of gaz[i - 1]) b.add(hashCombine(T.gazWindow[0], g));
        if (i + 1 < n) for (const g of gaz[i + 1]) b.add(hashCombine(T.gazWindow[1], g));
      }
      b.next();
    }
    return b;
  }
}

/** A headline or dateline in capitals: most of its letter-bearing tokens are all caps. */
function isCapsSentence(s: WordInfo[]): boolean {
  let letters = 0;
  let caps = 0;
  for (const w of s) {
    if (!w.hasLetter) continue;
    letters++;
    if (w.allCaps && w.lower.length > 1) caps++;
  }
  return letters >= 1 && caps * 2 > letters;
}

/**
 * How each word is written elsewhere in the document. A word capitalized in mid-sentence somewhere else is
 * likely a name even where it starts a sentence or a headline; a word also seen in lower case likely is not.
 */
interface DocumentCase {
  caseCode(lower: string): number;
  /** Words seen capitalized in mid-sentence of an ordinary (not all-caps) sentence. */
  title: Set<string>;
}

function documentCase(infos: WordInfo[][], capsSentence: boolean[]): DocumentCase {
  const title = new Set<string>();
  const lowerSeen = new Set<string>();
  infos.forEach((s, si) => {
    if (capsSentence[si]) return;
    s.forEach((w, i) => {
      if (!w.hasLetter) return;
      if (w.capitalized && i > 0) title.add(w.lower);
      else if (!w.capitalized) lowerSeen.add(w.lower);
    });
  });
  return {
    title,
    caseCode: (lower) => (title.has(lower) ? 1 : 0) | (lowerSeen.has(lower) ? 2 : 0),
  };
}
