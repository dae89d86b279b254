import { stemmer } from 'stemmer';

/*
 * A back-off for the learnt cue rates (`countCueRates` in tagger.ts), which are per lower-case word: most
 * cues the tagger misses on PolNeAR's held-out tenths are rare beliefs and stances, often another form of a
 * word that is a cue in training ("endorsed" → "endorsement", "warned" → "warnings"). Rates are also counted
 * per Porter stem, and a word with no rate of its own that training saw fewer than `minCount` times takes its
 * stem's rate. A model whose meta has no `stemCueRates` reads rates per word alone, as before.
 */

/** The stem rates a tagger was trained with, as read from its meta. */
export interface StemBackoff {
  /** Words seen at least this often in training keep their own rate (none is 0). */
  readonly minCount: number;
  /** Cue rate bucket (1..3) by Porter stem. */
  readonly stems: ReadonlyMap<string, number>;
  /** The words seen at least `minCount` times with no rate of their own whose stem has one: these stay 0. */
  readonly frequent: ReadonlySet<string>;
}

/** As stored in a model's meta (`stemCueRates`). */
export interface StemBackoffMeta {
  minCount: number;
  stems: Record<string, number>;
  frequent: string[];
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

/** Training tokens as the cue rates read them: lower-case words, and whether each lies inside a gold cue. */
export type CueRateSample = { lower: readonly string[]; isCue: ArrayLike<number> };

/** How often each lower-case word occurs in the samples, and how often inside a gold cue (word and stem rates both start here). */
export function countWordCues(samples: readonly CueRateSample[]): { seen: Map<string, number>; asCue: Map<string, number> } {
  const seen = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const { lower, isCue } of samples) {
    for (let i = 0; i < lower.length; i++) {
      seen.set(lower[i], (seen.get(lower[i]) ?? 0) + 1);
      if (isCue[i]) asCue.set(lower[i], (asCue.get(lower[i]) ?? 0) + 1);
    }
  }
  return { seen, asCue };
}

/** Counts the stem rates from the same samples as the word rates (`wordRates`, from `countCueRates`). */
export function countStemBackoff(samples: readonly CueRateSample[], wordRates: Record<string, number>, minCount: number): StemBackoffMeta {
  const { seen, asCue } = countWordCues(samples);
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
  return { minCount, stems, frequent };
}

/** The back-off stored in a model's meta, or undefined for a model trained without. */
export function readStemBackoff(meta: Record<string, unknown>): StemBackoff | undefined {
  const m = meta.stemCueRates as StemBackoffMeta | undefined;
  if (!m) return undefined;
  return { minCount: m.minCount, stems: new Map(Object.entries(m.stems)), frequent: new Set(m.frequent) };
}

/** The rate of a lower-case word: its own, else (rare in training) its stem's, else 0. */
export function learnedRate(learned: LearnedCues, lower: string): number {
  const own = learned.get(lower);
  if (own !== undefined) return own;
  const b = learned.stemBackoff;
  if (!b || b.frequent.has(lower)) return 0;
  return b.stems.get(stemmer(lower)) ?? 0;
}
