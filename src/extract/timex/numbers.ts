import { NUMBER_WORDS, TENS, UNITS, VAGUE_COUNTS, type Unit } from './lexicon.js';
import { TokenReader, DIGITS } from './token-reader.js';

/** Counts and units: digits, number words ("twenty-four", "2 1/2", "a couple of") and the unit words that follow them. */
export abstract class NumberReader extends TokenReader {
  /** A count: digits, number words ("twenty four", "twenty-four"), "2 1/2", "a few", "a couple of". */
  number(i: number): { value: number | null; last: number; approx?: boolean } | null {
    const whole = this.wholeNumber(i);
    // "four and a half years", "two and one-half months": the half belongs to the count when a unit follows
    // ("a minute and a half", with the half after the unit, is read by the caller)
    if (!whole || whole.value === null || this.w(whole.last + 1) !== 'and') return whole;
    const half = this.halfAt(whole.last + 2);
    if (half && UNITS.has(this.w(whole.last + 2 + half))) return { value: whole.value + 0.5, last: whole.last + 1 + half };
    return whole;
  }

  /** How many tokens "a half" / "one half" / "one-half" take at i (0 when there is none). */
  private halfAt(i: number): number {
    const w = this.w(i);
    if (w === 'one-half') return 1;
    return (w === 'a' || w === 'one') && this.w(i + 1) === 'half' ? 2 : 0;
  }

  private wholeNumber(i: number): { value: number | null; last: number; approx?: boolean } | null {
    const w = this.w(i);
    if (!w) return null;
    if (DIGITS.test(w)) {
      const v = +w;
      if (v > 10000 || (w.length === 4 && v >= 1800 && v <= 2100) || this.wireClock(i)) return null;
      if (this.w(i + 1) === '1/2') return { value: v + 0.5, last: i + 1 };
      // "2 1/2": the tokenizer gives "1" "/" "2"
      // ("4-1/2 years", "12-1/2 year": wire copy joins the whole and the half with a hyphen)
      const h = this.w(i + 1) === '-' && this.glued(i) && this.glued(i + 1) ? i + 1 : i;
      if (this.w(h + 1) === '1' && this.w(h + 2) === '/' && this.w(h + 3) === '2' && this.glued(h + 1) && this.glued(h + 2)) return { value: v + 0.5, last: h + 3 };
      return { value: v, last: i };
    }
    if (w === 'a' || w === 'an') {
      const n1 = this.w(i + 1);
      if (n1 === 'few') return { value: null, last: i + 1 };
      if (n1 === 'couple' && this.w(i + 2) === 'of') return { value: 2, last: i + 2, approx: true };
      // "a couple years later": American news drops the "of"
      if (n1 === 'couple' && UNITS.get(this.w(i + 2))?.plural) return { value: 2, last: i + 1, approx: true };
      if (n1 === 'half') return null;
      // "a hundred years ago", "a thousand years", "a dozen years"
      if (n1 === 'hundred' || n1 === 'thousand' || n1 === 'dozen') return { value: n1 === 'hundred' ? 100 : n1 === 'thousand' ? 1000 : 12, last: i + 1 };
      // "the withdrawal may take a number of months": some, how many unsaid
      if (n1 === 'number' && this.w(i + 2) === 'of' && this.unit(i + 3)?.plural) return { value: null, last: i + 2 };
      return { value: 1, last: i };
    }
    // "2.5 years", "38.5 hours": a count and a half written as a decimal (other fractions, "38.2 hours", are left out
    // rather than written in a smaller unit that would not be exact)
    if (/^\d{1,3}\.5$/.test(w)) return { value: +w, last: i };
    if (VAGUE_COUNTS.has(w) || w === 'few') return { value: null, last: i };
    if (w === 'couple' && this.w(i + 1) === 'of') return { value: 2, last: i + 1, approx: true };
    // "in the next couple days": as "a couple years later", without the "of"
    if (w === 'couple' && UNITS.get(this.w(i + 1))?.plural) return { value: 2, last: i, approx: true };
    // "1,000 years ago", "10,000 years": a count written with thousands separators
    if (/^\d{1,2},\d{3}$/.test(w)) {
      const v = +w.replace(',', '');
      return v > 10000 ? null : { value: v, last: i };
    }
    const dash = w.indexOf('-');
    if (dash >= 0) {
      // (both readings start with a number word: most hyphenated words, "third-quarter", "year-old", stop here)
      const head = w.slice(0, dash);
      if (!NUMBER_WORDS.has(head) && !TENS.has(head)) return null;
      const parts = w.split('-');
      // "the past two-and-a-half weeks"
      if (parts.length === 4 && parts[1] === 'and' && parts[2] === 'a' && parts[3] === 'half' && NUMBER_WORDS.has(parts[0])) return { value: NUMBER_WORDS.get(parts[0])! + 0.5, last: i };
      if (parts.length === 2 && TENS.has(parts[0]) && NUMBER_WORDS.has(parts[1])) return { value: NUMBER_WORDS.get(parts[0])! + NUMBER_WORDS.get(parts[1])!, last: i };
      return null;
    }
    const v = NUMBER_WORDS.get(w);
    if (v === undefined) return null;
    if (TENS.has(w)) {
      const n1 = this.w(i + 1);
      const unit = NUMBER_WORDS.get(n1);
      if (unit !== undefined && unit < 10) return { value: v + unit, last: i + 1 };
    }
    if (this.w(i + 1) === 'hundred') return { value: v * 100, last: i + 1 };
    if (this.w(i + 1) === 'thousand') return { value: v * 1000, last: i + 1 };
    return { value: v, last: i };
  }

  /**
   * A unit word at i, including glued forms "10" "-" "year" handled by the caller; `count` is how many of the unit
   * one such word stands for ("a fortnight": two weeks, which no calendar names, so callers count it out).
   */
  unit(i: number): { unit: Unit; plural: boolean; count?: number } | null {
    const w = this.w(i);
    if (w === 'fortnight' || w === 'fortnights') return { unit: 'week', plural: w.endsWith('s'), count: 2 };
    // "five Year Seven pupils", "a Year 11 class": a school year, named by its number, is no length
    if (this.raw(i) === 'Year' && /^(?:\d{1,2}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen)$/.test(this.raw(i + 1))) return null;
    return UNITS.get(w) ?? null;
  }
}
