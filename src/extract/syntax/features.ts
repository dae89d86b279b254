import { FeatureSequenceBuilder, hashCombine, hashString, template, type FeatureSequence } from '../../ml/index.js';
import { isAllCaps, isCapitalized, normalizeToken, wordShape } from '../../ml/token-form.js';

/*
 * Features of the part-of-speech tagger and the chunker. Word-level hashes are cached per distinct word;
 * context features mix position templates with the neighbours' cached hashes.
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

const START = hashString('<s>');
const END = hashString('</s>');

interface WordInfo {
  lowerHash: number;
  shapeHash: number;
  suffix3Hash: number;
  intrinsic: Uint32Array;
}

function describe(raw: string): WordInfo {
  const text = normalizeToken(raw);
  const lower = text.toLowerCase().replace(/[1-9]/g, '0');
  const chars = Array.from(lower);
  const lowerHash = hashString(lower);
  const shapeHash = hashString(wordShape(text));
  const f: number[] = [T.bias, hashCombine(T.word, hashString(text)), hashCombine(T.lower, lowerHash), hashCombine(T.shape, shapeHash)];
  for (let n = 1; n <= 4 && n < chars.length; n++) {
    f.push(hashCombine(T.prefix[n - 1], hashString(chars.slice(0, n).join(''))));
    f.push(hashCombine(T.suffix[n - 1], hashString(chars.slice(-n).join(''))));
  }
  const flags = (isCapitalized(text) ? 1 : 0) | (isAllCaps(text) ? 2 : 0) | (/\d/.test(text) ? 4 : 0) | (text.includes('-') ? 8 : 0);
  f.push(hashCombine(T.flags, flags));
  return { lowerHash, shapeHash, suffix3Hash: hashString(chars.slice(-3).join('')), intrinsic: Uint32Array.from(f) };
}

/** Cached word descriptions shared by the POS and chunk featurizers. */
export class WordCache {
  private cache = new Map<string, WordInfo>();

  get(word: string): WordInfo {
    let found = this.cache.get(word);
    if (!found) {
      if (this.cache.size > 200_000) this.cache.clear();
      found = describe(word);
      this.cache.set(word, found);
    }
    return found;
  }
}

/** POS features of one sentence (token texts). */
export function posFeatures(words: readonly string[], cache: WordCache, builder = new FeatureSequenceBuilder()): FeatureSequence {
  const b = builder.reset();
  const s = words.map((w) => cache.get(w));
  const n = s.length;
  const lw = (i: number) => (i < 0 ? START : i >= n ? END : s[i].lowerHash);
  for (let i = 0; i < n; i++) {
    const w = s[i];
    for (const f of w.intrinsic) b.add(f);
    b.add(hashCombine(T.window[0], lw(i - 2)));
    b.add(hashCombine(T.window[1], lw(i - 1)));
    b.add(hashCombine(T.window[2], lw(i + 1)));
    b.add(hashCombine(T.window[3], lw(i + 2)));
    b.add(hashCombine(T.suffixWindow[0], i > 0 ? s[i - 1].suffix3Hash : START));
    b.add(hashCombine(T.suffixWindow[1], i + 1 < n ? s[i + 1].suffix3Hash : END));
    b.add(hashCombine(T.shapeWindow[0], i > 0 ? s[i - 1].shapeHash : START));
    b.add(hashCombine(T.shapeWindow[1], i + 1 < n ? s[i + 1].shapeHash : END));
    b.add(hashCombine(T.bigramLeft, hashCombine(lw(i - 1), w.lowerHash)));
    b.add(hashCombine(T.bigramRight, hashCombine(w.lowerHash, lw(i + 1))));
    if (i === 0) b.add(T.first);
    b.next();
  }
  return b.build();
}

/** Chunk features of one sentence: words and their (predicted) POS tags. */
export function chunkFeatures(words: readonly string[], pos: readonly string[], cache: WordCache, builder = new FeatureSequenceBuilder()): FeatureSequence {
  const b = builder.reset();
  const s = words.map((w) => cache.get(w));
  const n = s.length;
  const lw = (i: number) => (i < 0 ? START : i >= n ? END : s[i].lowerHash);
  const posHash = pos.map((p) => hashString(p));
  const ph = (i: number) => (i < 0 ? START : i >= n ? END : posHash[i]);
  for (let i = 0; i < n; i++) {
    const w = s[i];
    b.add(T.bias);
    b.add(hashCombine(T.lower, w.lowerHash));
    b.add(hashCombine(T.shape, w.shapeHash));
    b.add(hashCombine(T.suffix[2], w.suffix3Hash));
    b.add(hashCombine(T.window[0], lw(i - 2)));
    b.add(hashCombine(T.window[1], lw(i - 1)));
    b.add(hashCombine(T.window[2], lw(i + 1)));
    b.add(hashCombine(T.window[3], lw(i + 2)));
    for (let d = -2; d <= 2; d++) b.add(hashCombine(T.pos[d + 2], ph(i + d)));
    for (let d = -2; d <= 1; d++) b.add(hashCombine(T.posBigram[d + 2], hashCombine(ph(i + d), ph(i + d + 1))));
    for (let d = -2; d <= 0; d++) b.add(hashCombine(T.posTrigram[d + 2], hashCombine(hashCombine(ph(i + d), ph(i + d + 1)), ph(i + d + 2))));
    b.add(hashCombine(T.wordPos, hashCombine(w.lowerHash, ph(i))));
    b.add(hashCombine(T.prevWordPos, hashCombine(lw(i - 1), ph(i))));
    b.add(hashCombine(T.bigramLeft, hashCombine(lw(i - 1), w.lowerHash)));
    b.next();
  }
  return b.build();
}
