import type { Resources } from '../../pipeline/resources.js';
import type { ClaimQualifier } from '../../model/layers.js';

interface KindsFile {
  kinds: Record<string, { after: string[]; before: string[]; tolls?: string[] }>;
}
interface NumbersFile {
  words: Record<string, number>;
  vague: Record<string, number>;
  /** Words that make a round number vague, and how many of it they stand for: "several hundred", "a few thousand". */
  vagueFactors?: Record<string, number>;
  multipliers: Record<string, number>;
  currencies: Record<string, string>;
  qualifiers: Record<ClaimQualifier, string[]>;
  fillers: string[];
  units?: string[];
  notCountWords?: string[];
  animals?: string[];
  livesNotLost?: string[];
}

/** A multi-word entry, matched on lower-case tokens. */
export interface Phrase<T> {
  words: string[];
  value: T;
}

/** Phrases keyed by first word, longest first, so a scan tries "death toll" before "toll". */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  add(phrase: string, value: T): void {
    const words = phrase.toLowerCase().split(' ');
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
  }

  /** The longest phrase starting at token `i`, or null. */
  matchAt(lower: readonly string[], i: number, end = lower.length): Phrase<T> | null {
    const list = this.byFirst.get(lower[i]);
    if (!list) return null;
    for (const p of list) {
      if (i + p.words.length > end) continue;
      let ok = true;
      for (let k = 1; k < p.words.length && ok; k++) ok = lower[i + k] === p.words[k];
      if (ok) return p;
    }
    return null;
  }
}

/** Everything the claims stage knows about words, from resources/claims/*.json. */
export class ClaimLexicon {
  readonly after = new PhraseIndex<string>();
  /** Words right before a number (at most NEAR_GAP words between): "killing 12", "killed at least 33". */
  readonly before = new PhraseIndex<string>();
  /** Toll nouns that may lead to a number from further in the clause: "the death toll … stood at 39,900". */
  readonly tolls = new PhraseIndex<string>();
  /** Words after a number that measure something other than people ("5m barrels", "0.4 %", "10 times"). */
  readonly units = new PhraseIndex<true>();
  /** Words just before a number that make it a size rather than a count ("a nation of 200 million"). */
  readonly notCountWords: ReadonlySet<string>;
  /** Animals a count word may go with ("hundreds of dead dolphins"): no toll of people. */
  readonly animals: ReadonlySet<string>;
  /** Verbs before "N lives" that make it no toll: "saved thousands of lives", "threatens millions of lives". */
  readonly livesNotLost: ReadonlySet<string>;
  readonly qualifiers = new PhraseIndex<ClaimQualifier>();
  readonly words: ReadonlyMap<string, number>;
  readonly vague: ReadonlyMap<string, number>;
  readonly vagueFactors: ReadonlyMap<string, number>;
  readonly multipliers: ReadonlyMap<string, number>;
  readonly currencies: ReadonlyMap<string, string>;
  readonly fillers: ReadonlySet<string>;
  /** Longest qualifier phrase, in words: how far left of a number to look. */
  readonly qualifierReach: number;
  /**
   * Every word other than digits that a number may start with: currency signs and words, number words,
   * vague amounts ("dozens", "tens" of thousands). Most tokens are none of them and are passed over with
   * this one look-up.
   */
  readonly numberStarts: ReadonlySet<string>;

  constructor(kinds: KindsFile, numbers: NumbersFile) {
    for (const [kind, { after, before, tolls }] of Object.entries(kinds.kinds)) {
      for (const p of after) this.after.add(p, kind);
      for (const p of before) this.before.add(p, kind);
      for (const p of tolls ?? []) this.tolls.add(p, kind);
    }
    for (const p of numbers.units ?? []) this.units.add(p, true);
    this.notCountWords = new Set(numbers.notCountWords ?? []);
    this.animals = new Set(numbers.animals ?? []);
    this.livesNotLost = new Set(numbers.livesNotLost ?? []);
    let reach = 1;
    for (const [q, list] of Object.entries(numbers.qualifiers) as [ClaimQualifier, string[]][]) {
      for (const p of list) {
        this.qualifiers.add(p, q);
        reach = Math.max(reach, p.split(' ').length);
      }
    }
    this.qualifierReach = reach;
    this.words = new Map(Object.entries(numbers.words));
    this.vague = new Map(Object.entries(numbers.vague));
    this.vagueFactors = new Map(Object.entries(numbers.vagueFactors ?? {}));
    this.multipliers = new Map(Object.entries(numbers.multipliers));
    this.currencies = new Map(Object.entries(numbers.currencies));
    this.fillers = new Set(numbers.fillers);
    this.numberStarts = new Set([...this.currencies.keys(), ...this.words.keys(), ...this.vague.keys(), ...this.vagueFactors.keys(), 'tens', 'hundreds']);
  }

  static load(resources: Resources): ClaimLexicon {
    return new ClaimLexicon(resources.json<KindsFile>('claims/kinds.json'), resources.json<NumbersFile>('claims/numbers.json'));
  }
}
