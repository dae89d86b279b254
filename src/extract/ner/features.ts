import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import { isAllCaps, isCapitalized, normalizeToken, shortShape, wordShape } from '../../ml/token-form.js';
import type { Gazetteer } from './gazetteer.js';

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
interface WordInfo {
  lower: string;
  lowerHash: number;
  shapeHash: number;
  shortHash: number;
  capitalized: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  intrinsic: Uint32Array;
}

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
  return { lower, lowerHash, shapeHash, shortHash, capitalized, allCaps, hasLetter, intrinsic: Uint32Array.from(f) };
}

/**
 * Turns the sentences of one document into feature sequences. Keeps a cache of word descriptions
 * across documents (bounded), so reuse one featurizer per thread.
 */
export class NerFeaturizer {
  private cache = new Map<string, WordInfo>();
  private readonly builder = new FeatureSequenceBuilder();

  constructor(private readonly gazetteer: Gazetteer | null = null) {}

  private info(word: string): WordInfo {
    let found = this.cache.get(word);
    if (!found) {
      if (this.cache.size > 200_000) this.cache.clear();
      found = describe(word);
      this.cache.set(word, found);
    }
    return found;
  }

  /** One feature sequence per sentence; `sentences` holds each sentence's token texts. */
  featurizeDocument(sentences: readonly (readonly string[])[]): FeatureSequence[] {
    const infos = sentences.map((words) => words.map((w) => this.info(w)));
    const capsSentence = infos.map((s) => isCapsSentence(s));
    const doc = documentCase(infos, capsSentence);
    return infos.map((sentence, si) => this.featurizeSentence(sentence, capsSentence[si], doc));
  }

  private featurizeSentence(s: WordInfo[], caps: boolean, doc: DocumentCase): FeatureSequence {
    const b = this.builder.reset();
    const n = s.length;
    const gaz = this.gazetteer ? this.gazetteer.match(s.map((w) => w.lower)) : null;
    const lw = (i: number) => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : s[i].lowerHash);
    const sh = (i: number) => (i < 0 ? BOUNDARY : i >= n ? BOUNDARY_END : s[i].shapeHash);
    for (let i = 0; i < n; i++) {
      const w = s[i];
      for (const f of w.intrinsic) b.add(f);
      b.add(hashCombine(T.window[0], lw(i - 2)));
      b.add(hashCombine(T.window[1], lw(i - 1)));
      b.add(hashCombine(T.window[2], lw(i + 1)));
      b.add(hashCombine(T.window[3], lw(i + 2)));
      b.add(hashCombine(T.windowShape[0], sh(i - 2)));
      b.add(hashCombine(T.windowShape[1], sh(i - 1)));
      b.add(hashCombine(T.windowShape[2], sh(i + 1)));
      b.add(hashCombine(T.windowShape[3], sh(i + 2)));
      b.add(hashCombine(T.bigramLeft, hashCombine(lw(i - 1), w.lowerHash)));
      b.add(hashCombine(T.bigramRight, hashCombine(w.lowerHash, lw(i + 1))));
      b.add(hashCombine(T.shapeTrigram, hashCombine(hashCombine(sh(i - 1), w.shapeHash), sh(i + 1))));
      b.add(hashCombine(T.shapeLeft, hashCombine(sh(i - 1), w.shapeHash)));
      b.add(hashCombine(T.shapeRight, hashCombine(w.shapeHash, sh(i + 1))));
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
    return b.build();
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
