import { hashString } from '../../ml/index.js';
import type { Token } from '../../model/layers.js';
import type { CueLexicon } from './cue-lexicon.js';
import { learnedRate, type LearnedCues } from './stem-cue-rates.js';
import { WordTable } from './word-table.js';

/** Learnt cue rates by lower-case word (the tagger's `cueRates`, with its stem back-off); see `context.ts`. */
type CueRates = LearnedCues;

/** Distinct token texts kept before the table starts again (~25 MB at most: strings, arrays, table). */
const MAX_TEXTS = 1 << 19;

/**
 * What the quotes stage reads of a token's text alone — its lower-case form, cue class, learnt cue rate
 * and feature hash — found once per distinct text and kept across documents. A token then costs one
 * look-up by its text, where it cost a new lower-case string, two look-ups by that fresh string (whose
 * hash V8 computes anew for every string) and the hash loop of the tagger's features. The lower-case
 * strings are shared too, so later look-ups by them find their hash already computed.
 */
export class WordLookups {
  /**
   * Ids by the hash of the text as written, confirmed by the text: ~1.5x faster than a Map keyed by each
   * new document's token strings (whose hash V8 computes anyway, then probes a far bigger structure).
   */
  private readonly ids = new WordTable();
  /** Per id: the lower-case text. */
  readonly lower: string[] = [];
  /** Per id: `lexicon.classOf(lower)`, the learnt cue rate (0 for none) and `hashString(lower)`. */
  cue = new Uint8Array(1024);
  rate = new Uint8Array(1024);
  hash = new Uint32Array(1024);
  /** Bumped whenever the table starts again: ids from before mean nothing after. */
  generation = 0;

  constructor(readonly lexicon: CueLexicon, readonly learned: CueRates) {}

  /** The id of every token's text (valid until the next call, which may start the table again). */
  idsOf(tokens: readonly Token[]): Int32Array {
    if (this.lower.length > MAX_TEXTS) this.clear();
    const out = new Int32Array(tokens.length);
    const ids = this.ids;
    for (let i = 0; i < tokens.length; i++) {
      const text = tokens[i].text;
      const key = hashString(text);
      let id = ids.find(key, text);
      if (id < 0) id = this.add(text, key);
      out[i] = id;
    }
    return out;
  }

  private add(text: string, key: number): number {
    // The table numbers texts in the order they come, from 0: the same ids as the arrays' indexes.
    const id = this.ids.add(key, text);
    if (id === this.cue.length) this.grow();
    const lower = text.toLowerCase();
    this.lower.push(lower);
    this.cue[id] = this.lexicon.classOf(lower);
    // The stem back-off (when the tagger has one) stems a word once, here, as its other look-ups are made.
    this.rate[id] = learnedRate(this.learned, lower);
    this.hash[id] = hashString(lower);
    return id;
  }

  private grow(): void {
    const n = this.cue.length * 2;
    const cue = new Uint8Array(n);
    cue.set(this.cue);
    this.cue = cue;
    const rate = new Uint8Array(n);
    rate.set(this.rate);
    this.rate = rate;
    const hash = new Uint32Array(n);
    hash.set(this.hash);
    this.hash = hash;
  }

  private clear(): void {
    this.ids.clear();
    this.lower.length = 0;
    this.generation++;
  }
}

/** One table per lexicon and learnt rates (a stage's), made on first use. */
const tables = new WeakMap<CueRates, WordLookups>();

export function wordLookupsFor(lexicon: CueLexicon, learned: CueRates): WordLookups {
  let table = tables.get(learned);
  if (!table || table.lexicon !== lexicon) tables.set(learned, (table = new WordLookups(lexicon, learned)));
  return table;
}
