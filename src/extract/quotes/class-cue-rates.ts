import { hashString } from '../../ml/index.js';
import type { WordClasses } from './word-classes.js';

/*
 * One step past the stem back-off (stem-cue-rates.ts): a word training saw fewer than `minCount` times with
 * no cue rate of its own and none by its Porter stem ("chided" when neither "chide" nor "chided" is in
 * training) takes the cue rate of its distributional word class (word-classes.ts), counted on training the
 * same way (same buckets), over the tokens of all the class's words or of its rare words only (those the
 * back-off stands in for). A model whose meta has no `classCueRates` reads rates as before.
 */

export type ClassLevel = 'fine' | 'coarse';
export type ClassPool = 'all' | 'rare';

/** As stored in a model's meta (`classCueRates`). */
export interface ClassBackoffMeta {
  level: ClassLevel;
  pool: ClassPool;
  minCount: number;
  /** Classes whose bucket is below this keep no rate (1: all). */
  minBucket: number;
  /** Cue rate bucket (minBucket..3) by class number. */
  classes: Record<string, number>;
  /** Words seen at least `minCount` times with no rate of their own whose class has one: these stay 0. */
  frequent: string[];
}

export interface ClassBackoff {
  readonly level: ClassLevel;
  readonly rates: ReadonlyMap<number, number>;
  readonly frequent: ReadonlySet<string>;
}

/** The class of a lower-case word at `level`, or -1 for a word the classes do not know. */
export function classOfWord(classes: WordClasses, level: ClassLevel, lower: string): number {
  const fine = classes.fine(hashString(lower));
  if (fine >= classes.fineClasses) return -1;
  return level === 'fine' ? fine : classes.coarse(fine);
}

/** Counts the class rates from the same samples as the word rates (`wordRates`, from `countCueRates`). */
export function countClassBackoff(
  samples: { lower: readonly string[]; isCue: ArrayLike<number> }[],
  wordRates: Record<string, number>,
  classes: WordClasses,
  level: ClassLevel,
  pool: ClassPool,
  minCount: number,
  minBucket: number,
  bucket: (asCue: number, total: number) => number,
): ClassBackoffMeta {
  const seen = new Map<string, number>();
  const asCue = new Map<string, number>();
  for (const { lower, isCue } of samples) {
    for (let i = 0; i < lower.length; i++) {
      seen.set(lower[i], (seen.get(lower[i]) ?? 0) + 1);
      if (isCue[i]) asCue.set(lower[i], (asCue.get(lower[i]) ?? 0) + 1);
    }
  }
  const classSeen = new Map<number, number>();
  const classCue = new Map<number, number>();
  const classOf = new Map<string, number>();
  for (const [w, n] of seen) {
    const c = classOfWord(classes, level, w);
    classOf.set(w, c);
    if (c < 0 || (pool === 'rare' && n >= minCount)) continue;
    classSeen.set(c, (classSeen.get(c) ?? 0) + n);
    classCue.set(c, (classCue.get(c) ?? 0) + (asCue.get(w) ?? 0));
  }
  const rates: Record<string, number> = {};
  for (const [c, k] of classCue) {
    const b = bucket(k, classSeen.get(c)!);
    if (b >= minBucket) rates[c] = b;
  }
  const frequent: string[] = [];
  for (const [w, n] of seen) if (n >= minCount && !(w in wordRates) && classOf.get(w)! in rates) frequent.push(w);
  frequent.sort();
  return { level, pool, minCount, minBucket, classes: rates, frequent };
}

/** The class back-off stored in a model's meta, or undefined for a model trained without. */
export function readClassBackoff(meta: Record<string, unknown>): ClassBackoff | undefined {
  const m = meta.classCueRates as ClassBackoffMeta | undefined;
  if (!m) return undefined;
  return { level: m.level, rates: new Map(Object.entries(m.classes).map(([c, b]) => [Number(c), b])), frequent: new Set(m.frequent) };
}
