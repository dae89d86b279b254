import { stemmer } from 'stemmer';

/*
 * A back-off for the learnt cue rates (`countCueRates` in tagger.ts), which are per lower-case word: most
 * cues the tagger misses on PolNeAR's held-out tenths are rare beliefs and stances, often another form of a
 * word that is a cue in training ("endorsed" → "endorsement", "warned" → "warnings"). Rates are also counted
 * per Porter stem, and a word with no rate of its own that training saw fewer than `minCount` times takes its
 * stem's rate. A model whose meta has no `stemCueRates` reads rates per word alone, as before.
 *
 * A stem's bucket pools parts of speech ("warning" the noun with "warned" the verb) and Porter lumps
 * unrelated words ("says" → "sai"). So rates are also counted per (stem, coarse part of speech: verb, noun,
 * adjective, other) from the syntax stage's tags; a rare word takes its pair's rate when training saw the
 * pair at least `posMinCount` times, else its stem's. A meta without `byPos` reads stem rates alone.
 */

/** Coarse part of speech of a Penn tag: 0 verb, 1 noun, 2 adjective, 3 other, 4 untagged (stem rate alone). */
export function coarsePos(tag: string): number {
  if (tag === '') return 4;
  const c = tag.charCodeAt(0);
  // V(B*), N(N*, not NNP?), J(J*): proper nouns stay nouns; they share stems rarely enough to matter little.
  return c === 86 ? 0 : c === 78 ? 1 : c === 74 ? 2 : 3;
}

/** Slots of `rateByPos`: one per coarse part of speech (coarsePos). */
export const POS_SLOTS = 5;

/** The stem rates a tagger was trained with, as read from its meta. */
export interface StemBackoff {
  /** Words seen at least this often in training keep their own rate (none is 0). */
  readonly minCount: number;
  /** Cue rate bucket (1..3) by Porter stem. */
  readonly stems: ReadonlyMap<string, number>;
  /** The words seen at least `minCount` times with no rate of their own whose stem has one: these stay 0. */
  readonly frequent: ReadonlySet<string>;
  /** Cue rate bucket (0..3) by `stem|coarse part of speech`, for the pairs seen at least `posMinCount` times. */
  readonly byPos?: ReadonlyMap<string, number>;
}

/** As stored in a model's meta (`stemCueRates`). */
export interface StemBackoffMeta {
  minCount: number;
  stems: Record<string, number>;
  frequent: string[];
  posMinCount?: number;
  byPos?: Record<string, number>;
}

/** Learnt cue rates by lower-case word, with the stem back-off when the tagger has one. */
export type LearnedCues = ReadonlyMap<string, number> & { readonly stemBackoff?: StemBackoff };

/**
 * Cue rate bucket of a word or stem seen `total` times, `asCue` of them inside a gold cue: ≥ 5 % → 1,
 * ≥ 20 % → 2, ≥ 50 % → 3, and 0 below or when fewer than 3 occurrences are cues.
 */
export function cueRateBucket(asCue: number, total: number): number {
  if (asCue < 3) return 0;
  const rate = asCue / total;
  return rate >= 0.5 ? 3 : rate >= 0.2 ? 2 : rate >= 0.05 ? 1 : 0;
}

/** Counts the stem rates from the same samples as the word rates (`wordRates`, from `countCueRates`). */
export function countStemBackoff(samples: { lower: readonly string[]; isCue: ArrayLike<number>; pos?: readonly string[] }[], wordRates: Record<string, number>, minCount: number, posMinCount = 0): StemBackoffMeta {
  const seen = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const { lower, isCue } of samples) {
    for (let i = 0; i < lower.length; i++) {
      seen.set(lower[i], (seen.get(lower[i]) ?? 0) + 1);
      if (isCue[i]) asCue.set(lower[i], (asCue.get(lower[i]) ?? 0) + 1);
    }
  }
  const stemSeen = new Map<string, number>();
  const stemCue = new Map<string, number>();
  const stemOfWord = new Map<string, string>();
  for (const [w, n] of seen) {
    const s = stemmer(w);
    stemOfWord.set(w, s);
    stemSeen.set(s, (stemSeen.get(s) ?? 0) + n);
    stemCue.set(s, (stemCue.get(s) ?? 0) + (asCue.get(w) ?? 0));
  }
  const stems: Record<string, number> = {};
  for (const [s, c] of stemCue) {
    const bucket = cueRateBucket(c, stemSeen.get(s)!);
    if (bucket) stems[s] = bucket;
  }
  const frequent: string[] = [];
  for (const [w, n] of seen) if (n >= minCount && !(w in wordRates) && stemOfWord.get(w)! in stems) frequent.push(w);
  frequent.sort();
  if (posMinCount <= 0) return { minCount, stems, frequent };
  // Pairs are counted apart from words: a word's tokens carry different tags.
  const pairSeen = new Map<string, number>();
  const pairCue = new Map<string, number>();
  for (const { lower, isCue, pos } of samples) {
    if (!pos || pos.length !== lower.length) continue;
    for (let i = 0; i < lower.length; i++) {
      const c = coarsePos(pos[i]);
      if (c === 4) continue;
      const key = `${stemOfWord.get(lower[i])!}|${c}`;
      pairSeen.set(key, (pairSeen.get(key) ?? 0) + 1);
      if (isCue[i]) pairCue.set(key, (pairCue.get(key) ?? 0) + 1);
    }
  }
  // Only pairs of stems that have a rate, or that a pair's own rate could give one, matter; keep the
  // well-attested pairs whose bucket differs from their stem's (the rest read the stem's anyway).
  const byPos: Record<string, number> = {};
  for (const key of [...pairSeen.keys()].sort()) {
    const n = pairSeen.get(key)!;
    if (n < posMinCount) continue;
    const bucket = cueRateBucket(pairCue.get(key) ?? 0, n);
    const stem = key.slice(0, key.lastIndexOf('|'));
    if (bucket !== (stems[stem] ?? 0)) byPos[key] = bucket;
  }
  return { minCount, stems, frequent, posMinCount, byPos };
}

/** The back-off stored in a model's meta, or undefined for a model trained without. */
export function readStemBackoff(meta: Record<string, unknown>): StemBackoff | undefined {
  const m = meta.stemCueRates as StemBackoffMeta | undefined;
  if (!m) return undefined;
  return { minCount: m.minCount, stems: new Map(Object.entries(m.stems)), frequent: new Set(m.frequent), ...(m.byPos && { byPos: new Map(Object.entries(m.byPos)) }) };
}

/** The rate of a lower-case word: its own, else (rare in training) its stem's, else 0. */
export function learnedRate(learned: LearnedCues, lower: string): number {
  const own = learned.get(lower);
  if (own !== undefined) return own;
  const b = learned.stemBackoff;
  if (!b || b.frequent.has(lower)) return 0;
  return b.stems.get(stemmer(lower)) ?? 0;
}

/**
 * The rate of a lower-case word per coarse part of speech (`out[off + coarsePos(tag)]`): the same in every
 * slot unless the word backs off to a stem that has pairs of its own.
 */
export function learnedRatesByPos(learned: LearnedCues, lower: string, out: Uint8Array, off: number): void {
  const own = learned.get(lower);
  const b = learned.stemBackoff;
  if (own !== undefined || !b || b.frequent.has(lower)) {
    out.fill(own ?? 0, off, off + POS_SLOTS);
    return;
  }
  const stem = stemmer(lower);
  const plain = b.stems.get(stem) ?? 0;
  out.fill(plain, off, off + POS_SLOTS);
  if (b.byPos) for (let c = 0; c < 4; c++) out[off + c] = b.byPos.get(`${stem}|${c}`) ?? plain;
}
