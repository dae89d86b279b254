import { AMBIGUOUS_MONTHS, AUXILIARIES, DAY_ORDINALS, MONTHS, NUMBER_WORDS, POSSESSIVE_DETERMINERS, spelledCount, TENS } from './lexicon.js';
import { DIGITS } from './token-reader.js';
import { YearReader } from './years.js';

/** Units a number is joined to by a hyphen in a compound adjective: "10-year", "30-day". */
const COMPOUND_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'point', 'mile', 'member', 'nation', 'page', 'story', 'man', 'seat', 'game', 'percent', 'pct', 'cent', 'dollar', 'share']);

/** Nouns after a spelled ordinal that make it a quarter's or a half's: "December fourth quarter". */
export const QUARTER_NOUNS_AFTER: ReadonlySet<string> = new Set(['quarter', 'quarters', 'qtr', 'half']);
/** Capitalized words after "May" that make it a company's name: "May Co.", "May Energy Partners". */
const MAY_COMPANY_WORDS: ReadonlySet<string> = new Set(['Co', 'Co.', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Energy', 'Department', 'Stores', 'Petroleum', 'Partners']);
/** Prepositions of time after which a month written in lower case is the month: "in january", "since june". */
const LOWER_CASE_MONTH_AFTER: ReadonlySet<string> = new Set(['in', 'since', 'until', 'by', 'from', 'through', 'during', 'last', 'next', 'early', 'late']);
/** Month names written in full, the only ones read in lower case. */
const FULL_MONTH_NAMES: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Month names and day numbers, one token at a time, and the futures-contract months ("March crude") that are no date. */
export abstract class MonthDayReader extends YearReader {
  protected month(i: number): number | null {
    const w = this.w(i);
    const m = MONTHS.get(w);
    if (m === undefined) return null;
    const raw = this.raw(i);
    if (raw[0] !== raw[0].toUpperCase() && !this.lowerCaseDate(i)) return null;
    if (w.length <= 4 && !w.endsWith('.') && w !== 'may' && w !== 'june' && w !== 'july') {
      // "Jan Kavan", "Dec" without its period: only before a day or year number ("Nov 4th"), or after a day and
      // before a year ("22 Sept, 1862")
      const next = this.w(i + 1);
      // ("Pay Dec Four Record Nov 20": a dividend notice's day, spelled and capitalized as its words are)
      // ("On Dec one, 1986, the company acquired", "ended Jan four": a spelled day with its year after it, or closing a
      // period)
      const spelledAfter = this.spelledDay(i + 1) !== null && ((/^[A-Z][a-z]+$/.test(this.raw(i + 1)) && /^(?:Pay|Payable|Record)$/.test(this.raw(i - 1))) || (this.w(i + 2) === ',' && this.year(i + 3) !== null) || PERIOD_END_WORDS.has(this.w(i - 1)));
      if (!DIGITS.test(next) && !/^\d{1,2}(?:st|nd|rd|th)$/.test(next) && !spelledAfter && !(this.day(i - 1) !== null && next === ',' && /^\d{4}$/.test(this.w(i + 2))) && !this.slashPaired(i)) return null;
    }
    if (AMBIGUOUS_MONTHS.has(w)) {
      // "May" the modal, "March" the verb, "Jan" the name: need a date context
      const next = this.w(i + 1);
      const prev = this.w(i - 1);
      // "12 March", "9 May": a day number before the month dates it the British way
      const dayBefore = this.day(i - 1) !== null;
      // "between March and April 1918": the first month of a range
      const range = (next === 'and' || next === 'to' || next === 'through' || next === '-' || next === '–') && MONTHS.has(this.w(i + 2)) && /^[A-Z]/.test(this.raw(i + 2));
      // ("It was May last year": a year named relative to the anchor after it dates it too)
      const dateLike = dayBefore || range || this.relativeYearAt(i + 1) !== null || DIGITS.test(next) || /^\d{1,2}(st|nd|rd|th)$/.test(next) || DAY_ORDINALS.has(next) || this.spelledDay(i + 1) !== null || ['in', 'since', 'until', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'to', 'during', 'before', 'after', 'and', ','].includes(prev) || prev === 'half' || prev.endsWith('-half') || (prev === 'or' && MONTHS.has(this.w(i - 2)) && /^[A-Z]/.test(this.raw(i - 2))) || next === ',' && DIGITS.test(this.w(i + 2))
        // ("figures for March": no one marches after "for", while "voted for May" is a person; not a price's
        // month, "19.50 for March", nor a shipment's, "for March/April shipment", whose year the market sets)
        || prev === 'for' && w === 'march' && next !== '/' && !/\d/.test(this.w(i - 2)) && !SHIPPED_BY_MONTH.has(next);
      // "The March accession", "the May elections": capitalized after "the" and before a noun it is the month
      // (the noun "march" is lower case; "the March of Dimes", "the March to Versailles" are names)
      // ("the 1986/87 crop (November/March)", "Aug/Sept at 1,870 dlrs": one of two months a slash joins)
      const paired = this.slashPaired(i);
      const modifier = prev === 'the' && w !== 'jan' && /^[a-z]+$/.test(this.raw(i + 1)) && next !== 'of' && next !== 'and' && next !== 'to' && next !== 'on';
      // ("its May North American car production", "their March sales": no modal after a possessive; "Britain's May"
      // may be the prime minister, so "'s" is left out)
      const possessed = POSSESSIVE_DETERMINERS.has(prev) && /^[A-Z][a-z]/.test(this.raw(i));
      // ("Comair Inc said March load factor fell", "March sales rose 17.8 pct", "said May output was"): capitalized before
      // the figure a month's report gives, where no one marches and nothing may
      const reported = /^[A-Z][a-z]/.test(this.raw(i)) && MONTHLY_FIGURES.has(this.raw(i + 1));
      // ("acquired by May Co.", "May Energy Partners", "May Department Stores": a company's name)
      if (w === 'may' && MAY_COMPANY_WORDS.has(this.raw(i + 1))) return null;
      // ("Crude for May delivery rose", "sugar for May shipment", "May crude closed at 18.50 dlrs": capitalized before
      // what a market ships or trades by the month, where nothing may and no one marches)
      const traded = /^[A-Z][a-z]/.test(this.raw(i)) && (SHIPPED_BY_MONTH.has(next) || (CONTRACT_WORDS.has(next) && /^[a-z]/.test(this.raw(i + 1))));
      if (!dateLike && !modifier && !possessed && !reported && !paired && !traded) return null;
      if (w === 'may' && /^\d+$/.test(prev)) return 5;
    }
    return m;
  }

  /**
   * A month name written in lower case, as some wire copy does, where it can only be the month: spelled out in full
   * before a year ("between august 1984 and september 1986") or a day ("the march 5 tremor"); "may" and "march"
   * before a day only where no verb could be ("troops march 5 miles").
   */
  private lowerCaseDate(i: number): boolean {
    const w = this.w(i);
    if (!FULL_MONTH_NAMES.has(w)) return false;
    const next = this.w(i + 1);
    if (/^1\d{3}$|^20\d\d$/.test(next)) return true;
    // ("sales in january rose", "since june": after a preposition of time, a month whose name is no other word)
    if (w !== 'may' && w !== 'march' && LOWER_CASE_MONTH_AFTER.has(this.w(i - 1))) return true;
    if (!/^(?:[1-9]|[12]\d|3[01])$/.test(next) || this.unit(i + 2)) return false;
    if (w !== 'may' && w !== 'march') return true;
    // ("holders of record may 14.", "effective march 5, 1986", "after a march 5 earthquake": the day closes its
    // phrase, or an article stands before, where no verb could; "troops march 5 miles" is the verb)
    const after = this.w(i + 2);
    // ("Mexico city, march 18 - mexico's proven reserves": a wire dateline, its place's comma before and a dash after)
    const dateline = this.w(i - 1) === ',' && /^(?:-|--|–|—)$/.test(after);
    return after === '' || /^[.,;:)]$/.test(after) || dateline || this.w(i - 1) === 'a' || this.w(i - 1) === 'the';
  }

  /** A day of month at i: "7", "7th". */
  /** "last year", "of last year", "this year", "of next year" at i: the year's shift from the anchor's, and the last token. */
  protected relativeYearAt(i: number): { shift: number; last: number } | null {
    const at = this.w(i) === 'of' ? i + 1 : i;
    const rel = this.w(at);
    if ((rel !== 'this' && rel !== 'last' && rel !== 'next') || this.w(at + 1) !== 'year') return null;
    // ("in Indonesia July/Sept. Last year's cut in fertilizer use": an abbreviation's stop that ends the sentence, the
    // next one opening on "Last year")
    if (at === i && /\.$/.test(this.raw(i - 1)) && /^[A-Z]/.test(this.raw(at))) return null;
    // ("wrote 1.1 mln dlrs of new business in May Last year, the unit wrote": a capital on "Last" before a lower-case
    // "year" opens a sentence whose full stop the copy dropped; a title's "May Last Year" capitalizes both)
    if (at === i && /^[A-Z][a-z]/.test(this.raw(at)) && /^[a-z]/.test(this.raw(at + 1))) return null;
    return { shift: rel === 'this' ? 0 : rel === 'last' ? -1 : 1, last: at + 1 };
  }

  /**
   * "that year", "the following year", "of the same year" at i, after a month or a date ("a referendum in December of
   * that year", "died on 25 June that year"): the year the text set, shifted as the words say.
   */
  protected contextYearAt(i: number): { shift: number; last: number } | null {
    const at = this.w(i) === 'of' ? i + 1 : i;
    const the = this.w(at) === 'the';
    const shift = CONTEXT_YEAR.get(the ? this.w(at + 1) : this.w(at));
    const unit = the ? at + 2 : at + 1;
    if (shift === undefined || the === (this.w(at) === 'that') || this.w(unit) !== 'year') return null;
    return { shift, last: unit };
  }

  protected day(i: number, spelled = false): number | null {
    const w = this.w(i);
    // after a month name, a spelled ordinal is the day: "March eighth", "May twenty-first" (not "the explosion in
    // April first triggered", an adverb of the verb after it)
    // (nor "in December fourth quarter": the ordinal of a quarter or a half, its noun after it)
    if (spelled && DAY_ORDINALS.has(w) && QUARTER_NOUNS_AFTER.has(this.w(i + 1))) return null;
    if (spelled && DAY_ORDINALS.has(w)) return w === 'first' && /^[a-z]+ed$/.test(this.raw(i + 1)) ? null : DAY_ORDINALS.get(w)!;
    if (spelled) {
      const cardinal = this.spelledDay(i);
      if (cardinal !== null) return cardinal;
    }
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
    if (!m) return null;
    // "June 10-year bond futures", "the March 30-day bill": a number joined to a unit by a hyphen counts the unit
    if (this.w(i + 1) === '-' && this.glued(i) && this.glued(i + 1) && COMPOUND_UNITS.has(this.w(i + 2))) return null;
    // ("Nov/Jan 6-3/4 under", "Sep/Nov 1-1/2 under": a whole number and a fraction, a spread table's price)
    if (this.w(i + 1) === '-' && this.glued(i) && this.glued(i + 1) && DIGITS.test(this.w(i + 2)) && this.w(i + 3) === '/' && this.glued(i + 2) && DIGITS.test(this.w(i + 4))) return null;
    const d = +m[1];
    return d >= 1 && d <= 31 ? d : null;
  }

  /** Whether the month name at i is joined by a slash to another capitalized one: "Aug/Sept", "(November/March)", "Oct/Dec". */
  protected slashPaired(i: number): boolean {
    const capitalMonth = (k: number) => MONTHS.has(this.w(k)) && /^[A-Z][a-z]/.test(this.raw(k));
    return (this.w(i + 1) === '/' && capitalMonth(i + 2)) || (this.w(i - 1) === '/' && capitalMonth(i - 2));
  }

  /**
   * "Pay April one", "effective June One, when he retires", "from March one, 1988, to September one, 1989": wire copy
   * of the 1980s spells the days below ten as it spells any small number. Only where the number counts nothing —
   * a punctuation mark, a year or the end of the text after it — so "In April two companies", "in May one of them",
   * "in March one year later" stay a month and a count.
   */
  protected spelledDay(i: number): number | null {
    const w = this.w(i);
    const parts = w.split('-');
    const d = parts.length === 2 && TENS.has(parts[0]) ? (NUMBER_WORDS.get(parts[0]) ?? 0) + (NUMBER_WORDS.get(parts[1]) ?? 99) : w === 'a' || w === 'an' ? undefined : NUMBER_WORDS.get(w);
    if (d === undefined || d < 1 || d > 31) return null;
    const after = this.w(i + 1);
    // ("the five weeks ended April four were up", "extended through July two the exclusive period": a period's end is a
    // day, whatever follows the number)
    const periodEnd = PERIOD_END_WORDS.has(this.w(i - 2)) && MONTHS.has(this.w(i - 1));
    // ("the offer and withdrawal rights expire April Three unless extended": wire copy capitalizes a spelled day, never
    // a count inside its sentence)
    const capitalDay = /^[A-Z][a-z]+$/.test(this.raw(i)) && /^[A-Z]/.test(this.raw(i - 1)) && MONTHS.has(this.w(i - 1)) && i - 1 > this.from;
    // ("from April six to 10": a range's first day, with the second a day's number; "will begin by August one and
    // will involve": a clause's end, a second predicate after it)
    // ("from April one through July one": or a second month)
    const rangeStart = (after === 'to' || after === 'through') && (/^(?:[1-9]|[12]\d|3[01])$/.test(this.w(i + 2)) || (MONTHS.has(this.w(i + 2)) && /^[A-Z]/.test(this.raw(i + 2))));
    const predicateAfter = after === 'and' && SECOND_PREDICATE_OPENERS.has(this.w(i + 2));
    // ("will be made April six to holders of record", "closed starting April six for inventory", "will be May one
    // with an ex-dividend date": a preposition after the number, not before a second count, leaves it nothing to count)
    const counted = this.w(i + 2);
    const prepositionAfter = DAY_PREPOSITIONS_AFTER.has(after) && !spelledCount(counted) && !DIGITS.test(counted);
    // ("will redeem on April six all of its outstanding", "talks on April one instead of": "on" takes a day, never a
    // month alone and then a count)
    const monthBefore = MONTHS.has(this.w(i - 1)) && /^[A-Z]/.test(this.raw(i - 1));
    const onTheDay = monthBefore && this.w(i - 2) === 'on';
    // ("the May six annual meeting", "its July one interest payment": a determiner and a month before the number make
    // it the day that names the noun after it; "the February three-month average" counts months)
    const namingDay = monthBefore && DAY_NAMING_DETERMINERS.has(this.w(i - 2)) && /^[a-z]+$/.test(this.raw(i + 1)) && !this.glued(i);
    return periodEnd || capitalDay || rangeStart || predicateAfter || prepositionAfter || onTheDay || namingDay || after === '' || /^\d{4}$/.test(after) || DAY_CLOSERS.has(after) ? d : null;
  }

  /** "September long gilt future", "December confederate bond futures contract": a contract noun within three words. */
  protected contractAhead(k: number): boolean {
    for (let i = k; i < k + 3; i++) {
      const w = this.w(i);
      if (w === 'future' || w === 'futures' || w === 'contract' || w === 'contracts') return true;
      // ("The January revision was contracts and orders": a verb or a function word ends the noun phrase)
      if (!/^[a-z-]+$/.test(this.raw(i)) || NOT_IN_A_CONTRACT_NAME.has(w)) return false;
    }
    return false;
  }
}

/** Words before a month that end a period at a day of it: "ended April four", "extended through July two". */
const PERIOD_END_WORDS: ReadonlySet<string> = new Set(['ended', 'ending', 'through', 'until', 'till', 'expire', 'expires', 'expiring']);

/**
 * Figures a month's report gives, in small letters after the month: "March sales", "May load factor", "March trade
 * surplus" (not a contract's month, "May crude", "May delivery", which the futures readers handle).
 */
const MONTHLY_FIGURES: ReadonlySet<string> = new Set([
  'sales', 'output', 'production', 'exports', 'imports', 'trade', 'load', 'traffic', 'figures', 'index', 'orders',
  'results', 'unemployment', 'housing', 'wholesale', 'retail', 'revenue', 'revenues', 'earnings', 'volume', 'deficit',
  'surplus', 'inflation', 'payrolls', 'jobless', 'industrial', 'consumer', 'car', 'money', 'reserves', 'deposits',
]);

/** Words after a month of what is shipped or delivered in it: "for March shipment", "for March deliveries". */
export const SHIPPED_BY_MONTH: ReadonlySet<string> = new Set(['shipment', 'shipments', 'delivery', 'deliveries', 'loading', 'loadings', 'arrival', 'lifting', 'liftings']);

/** Verbs and function words that end a contract's name before its noun: "the January revision was contracts". */
const NOT_IN_A_CONTRACT_NAME: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'had', 'have', 'and', 'or', 'of', 'in', 'to', 'the', 'a', 'an', 'for', 'on', 'at', 'by', 'with', 'as', 'that', 'which']);

/** Words after a month that make it a futures or options contract's delivery month. */
export const CONTRACT_WORDS = new Set([
  'contract', 'contracts', 'futures', 'options', 'delivery', 'bonds', 't-bonds', 't-bond', 'notes', 'bund', 'bunds', 'gilts',
  'euromark', 'eurodollar', 'eurodollars', 'euroyen', 't-bills', 'crude', 'brent', 'gasoil', 'heating', 'unleaded',
  'gasoline', 'wheat', 'corn', 'soybeans', 'soyoil', 'soymeal', 'oats', 'barley', 'canola', 'cotton', 'sugar',
  'coffee', 'cocoa', 'copper', 'silver', 'platinum', 'palladium', 'aluminium', 'aluminum', 'nickel', 'zinc', 'cattle',
  'hogs', 'bellies', 'lumber', 'rubber',
]);

/** Prepositions that may follow a spelled day: "April six to holders of record", "May one with an ex-dividend date". */
const DAY_PREPOSITIONS_AFTER: ReadonlySet<string> = new Set(['to', 'for', 'with', 'at', 'from', 'on', 'by', 'until', 'after', 'before', 'when']);
/** Auxiliaries and modals that open a second predicate after "and": "will begin by August one and will involve". */
const SECOND_PREDICATE_OPENERS: ReadonlySet<string> = new Set([...AUXILIARIES, 'have']);
/** Determiners before a month and a spelled day that names a noun: "the May six meeting", "its July one payment". */
const DAY_NAMING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their']);
/** What may follow a spelled day after a month: the end of its clause, or a dividend notice's next field ("Pay January Seven Record December 15"). */
// ("Pay October one Record September four Reuter": the wire's sign-off ends the text as a full stop would)
const DAY_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '"', "''", 'record', 'reuter']);

/** Words that name a year relative to the one the text set: "that year", "the following year", "the previous year". */
const CONTEXT_YEAR = new Map([['that', 0], ['same', 0], ['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);
