import type { Token } from '../../model/layers.js';
import type { Meaning } from './meaning.js';

/** What a grammar rule found: the expression's last token, its meaning, and its TimeML mod ("about" → APPROX). */
export interface Match {
  last: number;
  meaning: Meaning;
  mod?: string;
}

/**
 * The token access every grammar layer shares. The matcher's grammar is one class split by concept into a
 * chain of layers (numbers, years, months and days, quarters, quantities, relative positions, dated names,
 * calendar names, clock times, sets, fixed phrases, then the driver in recognize.ts); a layer that calls a
 * rule of a later one finds it declared abstract here.
 */
export abstract class TokenReader {
  constructor(
    protected readonly tokens: readonly Token[],
    /** Every token's text as w() gives it. */
    protected readonly lower: readonly string[],
    protected readonly from: number,
    protected readonly to: number,
  ) {}

  /** Lower-cased token text with typographic apostrophes made straight ("won’t last" reads as "won't last"), '' outside the sentence. */
  w(i: number): string {
    if (i < this.from || i >= this.to) return '';
    return this.lower[i];
  }

  raw(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i].text : '';
  }

  /** True when token i+1 follows token i with no space ("10" "-" "year"). */
  glued(i: number): boolean {
    return i + 1 < this.to && this.tokens[i].end === this.tokens[i + 1].start;
  }

  /**
   * Whether token i opens its sentence, or a quotation after a colon, with an opening quote or bracket before it at
   * most ("He added : `` Over 87 days as …").
   */
  opensSentence(i: number): boolean {
    // (Timeline17's "``" is two tokens)
    let k = i;
    while (k > this.from && k > i - 2 && /^["“'`(]+$/.test(this.raw(k - 1))) k--;
    return k === this.from || (k < i && this.w(k - 1) === ':');
  }

  protected abstract weekdayExpr(j: number, wd: number): Match;
  protected abstract monthExpr(j: number, m: number, the: boolean): Match | null;
  abstract clockTime(i: number): Match | null;
  abstract wireClock(i: number): boolean;
  abstract single(i: number): Match | null;
}

export const DIGITS = /^\d+$/;

/** Whether a word is four digits that read as a time of day, hours then minutes: "1519", "0838" (not "1967"). */
export function fourDigitTime(w: string): boolean {
  return w.length === 4 && DIGITS.test(w) && +w.slice(0, 2) <= 23 && +w.slice(2) <= 59;
}

/** Typographic apostrophes made straight (a search first: most tokens have none). */
export const straight = (lower: string) => (lower.includes('’') ? lower.replace(/’/g, "'") : lower);

/** A token lower-cased with typographic apostrophes made straight ("We’ll" is tokenized "We" "’ll"). */
export const plain = (t: Token | undefined) => straight(t?.text.toLowerCase() ?? '');

/**
 * The last token of a possessive "'s" right after token `last`, or -1: written "Friday's", or "Friday 's" in
 * text whose tokens were split by spaces (Timeline17), which the tokenizer reads as "'" and "s".
 */
export function possessiveEnd(tokens: readonly Token[], last: number): number {
  const next = tokens[last + 1];
  if (next === undefined) return -1;
  if (next.start === tokens[last].end && (next.text === "'s" || next.text === '’s')) return last + 1;
  const s = tokens[last + 2];
  if ((next.text === "'" || next.text === '’') && s?.text === 's' && s.start === next.end) return last + 2;
  return -1;
}
