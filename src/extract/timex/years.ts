import { MONTHS, NUMBER_WORDS, TENS, UNITS } from './lexicon.js';
import { DIGITS, fourDigitTime } from './token-reader.js';
import { NumberReader } from './numbers.js';

/** Words after which "at least 2013" bounds a time, not an amount. */
const YEAR_BOUNDS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'through', 'before', 'after']);

/** Years and decades written with digits, and the vetoes that keep a label ("Room 1516") or a run of figures from reading as a year. */
export abstract class YearReader extends NumberReader {
  /**
   * Whether the number at i is the filing time of a wire's story code inside brackets: four capitals, then the time of
   * day as four digits, then the bracket's close or a comma ("(XYJN 1519)", "(MRUA 2019, NYFK 2123)"); "(BASE 1967
   * EQUALS 100)" is a year, and no time of day, and "(JULY 1945)" a month's.
   */
  private storyCode(i: number): boolean {
    const code = this.raw(i - 1);
    const opener = this.raw(i - 2);
    const closer = this.raw(i + 1);
    return /^[A-Z]{4}$/.test(code) && !MONTHS.has(code.toLowerCase()) && (opener === '(' || opener === ',') && (closer === ')' || closer === ',') && fourDigitTime(this.w(i));
  }

  /** A year at i: "1998", "'98" is left out (too ambiguous); spelled "nineteen ninety-seven"; "two thousand". */
  protected year(i: number): { y: number; last: number } | null {
    const w = this.w(i);
    if (/^\d{4}$/.test(w)) {
      const y = +w;
      if (y < 1000 || y > 2100) return null;
      const prev = this.w(i - 1);
      const next = this.w(i + 1);
      if (prev === '$' || prev === '#' || prev === 'no.' || prev === 'page' || next === '%' || next === 'percent' || next === 'pct') return null;
      // "1516 GMT", "0930 EST": a wire-style clock time, not a year (clockTime() reads it)
      if (this.wireClock(i)) return null;
      // "Room 1516", "Flight 1200": a label's number
      if (NUMBER_LABELS.has(prev)) return null;
      // "(XYJN 1519)", "(MRUA 2019, NYFK 2123)": a wire's bracketed story code and filing time, no year
      if (this.storyCode(i)) return null;
      // "MOEX Offshore 2007 LLC", "Warrants Series 1900": a number inside a company's or a security's name
      if (COMPANY_SUFFIXES.has(next) && /^[A-Z]/.test(this.raw(i - 1)) && !YEAR_PREPOSITIONS.has(prev)) return null;
      // "at 1600 Pennsylvania Avenue": a street number before the street's name
      if (/^[A-Z][a-z]+$/.test(this.raw(i + 1)) && STREET_NOUNS.has(this.w(i + 2))) return null;
      // "a new resolution, 1060, which deplored": the label in apposition
      if (prev === ',' && this.w(i + 1) === ',' && NUMBER_LABELS.has(this.w(i - 2))) return null;
      // "2000 shares", "1500 troops": a count before a plural noun
      // ("8 December 1968 reads", "the September 11, 2001 attacks": after a month and day it is the date's year;
      // "the disputed 2009 elections": events are not counted in thousands)
      if ((looksPlural(next) || COUNTED_PLURALS.has(next)) && /^[a-z]+$/.test(this.raw(i + 1)) && !YEAR_PREPOSITIONS.has(prev) && !PERIOD_CODE.test(prev) && !this.closesDate(i) && !EVENT_PLURALS.has(next)) return null;
      // "services to 1500 campus computer users": a round count of a plural behind its modifiers ("as late as 1781
      // senior officials in London" is a year)
      // ("to" too, unless it closes a range: "from 1450 to 1500 trade routes")
      const countTo = prev === 'to' && !/^\d{4}$/.test(this.w(i - 2));
      if (y < 1900 && y % 50 === 0 && (!YEAR_PREPOSITIONS.has(prev) || countTo) && !this.closesDate(i) && this.pluralBehindModifiers(i + 1)) return null;
      // "injuring more than 1000 people", "at least 1500": an amount ("no later than 1995" is a year)
      // ("since at least 2013", "until at least 2015": after a word of time the year stays one)
      if ((prev === 'than' && AMOUNT_COMPARATIVES.has(this.w(i - 2))) || (prev === 'least' && this.w(i - 2) === 'at' && !YEAR_BOUNDS.has(this.w(i - 3)))) return null;
      if (/^(?:to|-|–)$/.test(prev) && DIGITS.test(this.w(i - 2)) && this.w(i - 2).length !== 4) return null;
      // "The Dow fell 508 points to 1738", "up 12.3 points at 1812": an index level
      if ((prev === 'to' || prev === 'at') && (this.w(i - 2) === 'points' || this.w(i - 2) === 'pts')) return null;
      if (this.inNumberRun(i)) return null;
      // "shortly after 1100", "UN SCR 1441", "Syndicate 1036", "the 1001 Nights": news writes a year before 1500
      // only after a word of time ("in 1215", "the plague epidemic of 1347 to 1351", "between 1450 and 1600")
      if (y < EARLY_YEAR && !this.earlyYearLead(i)) return null;
      return { y, last: i };
    }
    if (w === 'nineteen' || w === 'eighteen' || w === 'twenty') {
      const next = this.w(i + 1);
      let tail: number | null = null;
      let last = i + 1;
      if (next.includes('-')) {
        const [t, o] = next.split('-');
        if (TENS.has(t) && NUMBER_WORDS.has(o)) tail = NUMBER_WORDS.get(t)! + NUMBER_WORDS.get(o)!;
      } else if (TENS.has(next)) {
        tail = NUMBER_WORDS.get(next)!;
        const o = NUMBER_WORDS.get(this.w(i + 2));
        if (o !== undefined && o < 10 && this.w(i + 2) !== 'a') {
          tail += o;
          last = i + 2;
        }
      }
      if (tail !== null && tail >= 10) return { y: NUMBER_WORDS.get(w)! * 100 + tail, last };
      return null;
    }
    // "the year two thousand", but "two thousand years", "More than two thousand students", "two thousand of them"
    // are counts
    if (w === 'two' && this.w(i + 1) === 'thousand' && !this.countsThousands(i)) return { y: 2000, last: i + 1 };
    return null;
  }

  /** Whether two or three lower-case words from i end in a plural noun: "campus computer users". */
  private pluralBehindModifiers(i: number): boolean {
    for (let k = i; k < i + 3; k++) {
      const w = this.w(k);
      if (!/^[a-z]+$/.test(this.raw(k)) || NOT_MODIFIERS.has(w)) return false;
      if (k > i && looksPlural(w) && !EVENT_PLURALS.has(w)) return true;
    }
    return false;
  }

  /** Whether the words before an early year at i make it one: a word of time, a month and day, or a range's first year. */
  private earlyYearLead(i: number): boolean {
    const prev = this.w(i - 1);
    if (EARLY_YEAR_LEADS.has(prev) || this.closesDate(i)) return true;
    // "By about 1300 the city had disappeared": an approximation after a word of time
    if (prev === 'about' && (EARLY_YEAR_LEADS.has(this.w(i - 2)) || this.w(i - 2) === 'by')) return true;
    // "1241 - Alexander III, King of Scotland, born": an entry of a list of this day in history
    if (i === this.from && (this.w(i + 1) === '-' || this.w(i + 1) === '–')) return true;
    return RANGE_WORDS.has(prev) && /^\d{4}$/.test(this.w(i - 2));
  }

  /** Whether "two thousand" at i counts things: "two thousand years", "More than two thousand students", "two thousand of them". */
  private countsThousands(i: number): boolean {
    if (this.w(i - 1) === 'year') return false;
    // ("we could get two thousand": after a verb, with no word of time before it, a count of what was said before)
    if (!YEAR_PREPOSITIONS.has(this.w(i - 1)) && /^[a-z]+$/.test(this.raw(i - 1)) && !/^[a-z]/.test(this.raw(i + 2))) return true;
    const after = this.w(i + 2);
    const plural = /^[a-z]+s$/.test(this.raw(i + 2)) && !VERBS_IN_S.has(after);
    return UNITS.has(after) || after === 'of' || plural || COUNT_LEADS.has(this.w(i - 1));
  }

  /** Does the year at i close a written date: "December 1968", "September 11, 2001", "22 Sept, 1862"? */
  private closesDate(i: number): boolean {
    let p = i - 1;
    if (this.w(p) === ',') p--;
    if (MONTHS.has(this.w(p))) return true;
    return /^\d{1,2}(?:st|nd|rd|th)?$/.test(this.w(p)) && (MONTHS.has(this.w(p - 1)) || MONTHS.has(this.w(p - 2)));
  }

  /** A year at i, or after a comma there: "June 1990", "June, 1990", "Thursday, 15 August, 2024". */
  protected yearOrAfterComma(i: number): { y: number; last: number } | null {
    return this.year(i) ?? (this.w(i) === ',' && /^\d{4}$/.test(this.w(i + 1)) ? this.year(i + 1) : null);
  }

  /**
   * A cell of a table of figures or a telephone number, not a year: "Brisbane 21 15 1 5 2123 1631 130.2 62",
   * "Sydney Newsroom 61-2 9373-1800", "+27 11 482 1003". Four digits between two numbers are a year only when
   * both neighbours could be years too (a results table's "1996 1995 1996 1995").
   */
  private inNumberRun(i: number): boolean {
    // glued to a longer number by a hyphen: "9373-1800" (a year range is "1991-1992", both years)
    if (this.w(i - 1) === '-' && DIGITS.test(this.w(i - 2)) && !this.yearLike(i - 2) && this.w(i - 2).length > 2 && this.glued(i - 2)) return true;
    if (/^\d+-$/.test(this.w(i - 1)) && !this.yearLike(i - 1)) return true;
    // a telephone number's last group: "+1 212 859 1620", "+46-8-700 1006"
    if (/^\d{3}$/.test(this.w(i - 1))) return true;
    if (this.standingFigure(i - 1) && this.standingFigure(i + 1)) return !(this.yearLike(i - 1) && this.yearLike(i + 1));
    if (this.standingFigure(i - 1) && this.standingFigure(i - 2) && !this.yearLike(i - 1)) return true;
    // a price table's cells, last week's in brackets: "T 1405 1755(1430 1695) E 2200 2295", "DEL GRADES 1625 1747 5338" —
    // figures on both sides, or two after, one of them no year of a table (brackets read through)
    const before = this.beyondBracket(i - 1, -1);
    const after = this.beyondBracket(i + 1, 1);
    const further = this.beyondBracket(after + 1, 1);
    if (this.standingFigure(before) && this.standingFigure(after) && !(this.tableYear(before) && this.tableYear(after))) return true;
    return this.standingFigure(after) && this.standingFigure(further) && !(this.tableYear(after) && this.tableYear(further));
  }

  /** k, or the token past a bracket at k in the direction `step`. */
  private beyondBracket(k: number, step: 1 | -1): number {
    return this.w(k) === '(' || this.w(k) === ')' ? k + step : k;
  }

  /** Four digits at k that a table of this era could head a column with (1900–2100). */
  private tableYear(k: number): boolean {
    return /^\d{4}$/.test(this.w(k)) && +this.w(k) >= 1900 && +this.w(k) <= 2100;
  }

  /** A figure standing alone at k: not a part of a date or range ("1996-08-23", "1991-92"). */
  private standingFigure(k: number): boolean {
    return /^[+]?\d[\d.,]*$/.test(this.w(k)) && this.w(k - 1) !== '-' && this.w(k + 1) !== '-';
  }

  /** Four digits at k that could be a year (1000–2100). */
  private yearLike(k: number): boolean {
    return /^\d{4}$/.test(this.w(k)) && +this.w(k) >= 1000 && +this.w(k) <= 2100;
  }

  /** A decade written with digits at token k: "1980s", "'80s" (one token or two). */
  protected decadeAt(k: number): { last: number; value: string } | null {
    const w = this.w(k);
    const dec = /^(\d{3})0'?s$/.exec(w);
    if (dec) return { last: k, value: dec[1] };
    if (/^'\d0s$/.test(w)) return { last: k, value: '19' + w[1] };
    // ("the first half of the 1980's": the decade written with an apostrophe, which the tokenizer splits off)
    const split = /^(\d{3})0$/.exec(w);
    if (split && (this.w(k + 1) === "'" || this.w(k + 1) === '’') && this.w(k + 2) === 's' && this.glued(k) && this.glued(k + 1)) return { last: k + 2, value: split[1] };
    if ((w === "'" || w === '’') && /^\d0s$/.test(this.w(k + 1)) && this.glued(k)) {
      const d = this.w(k + 1)[0];
      return { last: k + 1, value: (d === '0' || d === '1' ? '20' : '19') + d };
    }
    return null;
  }
}

/** Nouns that end a street's name after its number: "1600 Pennsylvania Avenue". */
const STREET_NOUNS: ReadonlySet<string> = new Set(['avenue', 'street', 'road', 'boulevard', 'drive', 'lane', 'place', 'plaza', 'ave', 'st', 'blvd']);

/**
 * A lower-case word that reads as a plural noun: longer than three letters and ending in "s", but not in "ss", "us" or
 * "is", which singular nouns end in ("loss", "surplus", "bonus", "crisis", "basis": "a 1986 surplus" is the year's).
 */
function looksPlural(w: string): boolean {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

/** Nouns whose number is a label, not a year: "Room 1516", "Flight 1200", "Section 1983". */
const NUMBER_LABELS = new Set([
  'room', 'flight', 'route', 'highway', 'interstate', 'section', 'article', 'chapter', 'gate', 'suite', 'building',
  'apartment', 'unit', 'bus', 'train', 'model', 'version', 'resolution', 'bill', 'proposition', 'exit', 'platform',
  'channel', 'track', 'number', 'vol.', 'volume', 'rule', 'form', 'lot', 'box', 'block', 'row', 'seat', 'figure',
  'item', 'case', 'code', 'cell', 'ward', 'bed', 'pier', 'hangar', 'squadron', 'battalion', 'regiment', 'division',
  'series',
]);

/** Words that close a company's name: "MOEX Offshore 2007 LLC". */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['llc', 'inc', 'inc.', 'ltd', 'ltd.', 'corp', 'corp.', 'plc', 'lp', 'l.p.', 'co', 'co.']);

/** Plural nouns of events, which a year names and a number does not count: "the disputed 2009 elections". */
const EVENT_PLURALS: ReadonlySet<string> = new Set(['elections', 'protests', 'attacks', 'riots', 'olympics', 'games', 'talks', 'bombings', 'killings', 'floods', 'primaries', 'midterms', 'hearings', 'accords', 'negotiations', 'uprisings', 'demonstrations', 'remarks', 'reforms', 'sanctions', 'caucuses', 'debates', 'championships', 'finals', 'awards', 'playoffs', 'budgets', 'levels',
  // what a year's accounts and markets report: "1987 earnings estimates", "its 1986 results", "1986 prices"
  'earnings', 'results', 'profits', 'revenues', 'sales', 'figures', 'estimates', 'forecasts', 'targets', 'quotas', 'dividends', 'losses', 'exports', 'imports', 'prices', 'plantings']);

/** Plural nouns without an "s" that a number counts: "1000 people", "1500 police"; and units of measure, "1025-1150 lb steers". */
const COUNTED_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'cattle', 'sheep', 'head', 'feet', 'lb', 'lbs', 'kg', 'kgs', 'km', 'ft', 'mph', 'mw', 'bpd', 'cc']);

/** Comparatives before "than" that make the number after it an amount: "more than 1000". */
const AMOUNT_COMPARATIVES = new Set(['more', 'less', 'fewer']);

/** Years before this one are rare enough in news that a bare four-digit number below it needs a word of time before it. */
const EARLY_YEAR = 1500;
/** Words of time before an early year: "in 1215", "of 1347", "between 1450", "circa 1200". */
const EARLY_YEAR_LEADS = new Set(['in', 'since', 'of', 'until', 'till', 'from', 'between', 'through', 'before', 'after', 'circa', 'c.', 'ca.', 'ad', 'year', 'early', 'late', 'mid', 'around']);
/** Words between the two years of a range: "1347 to 1351", "between 1450 and 1600". */
const RANGE_WORDS = new Set(['to', 'and', '-', '–', 'until', 'through']);

/**
 * Words after which a four-digit number is a year even before a plural noun: "fiscal 1989 sales", and a
 * determiner, "the 1992 protests", "its 1996 results", "the 1998 finals" (Reuters: 5 of 5 such are years).
 */
/** Function words, which no noun phrase's modifiers are (and some end in "s"): "between 1450 and 1600 in this week's". */
const NOT_MODIFIERS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'of', 'to', 'for', 'with', 'by', 'from', 'as', 'and', 'or', 'but', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'is', 'was', 'has', 'does', 'thus', 'plus', 'less', 'us']);

const YEAR_PREPOSITIONS = new Set([
  'in', 'since', 'by', 'of', 'until', 'from', 'to', 'for', 'fiscal', 'during', 'through', 'before', 'after', 'early', 'late', 'mid',
  'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'whose',
  // "fourth quarter 1985 profits", "first half 1987 earnings", "for 4th qtr 1986 includes"
  'quarter', 'half', 'qtr',
]);

export const DECADE_WORDS = new Map([
  ['twenties', '2'], ['thirties', '3'], ['forties', '4'], ['fifties', '5'], ['sixties', '6'], ['seventies', '7'],
  ['eighties', '8'], ['nineties', '9'],
]);

/**
 * The year a split year label closes in, "1986/87" → 1987, "1999/00" → 2000: the first year's successor, if the two
 * digits after the slash are its last two; otherwise undefined.
 */
export function splitYearClose(first: string, second: string): number | undefined {
  if (!/^\d{4}$/.test(first) || !/^\d{2}$/.test(second)) return undefined;
  return +second === (+first + 1) % 100 ? +first + 1 : undefined;
}

/** "Q2", "H1", "FY2024": periods written as codes. */
export const PERIOD_CODE = /^(?:[qh][1-4]|fy'?\d{2}(?:\d{2})?)$/;

/** Words before "two thousand" that make it a count: "more than two thousand", "about two thousand". */
/** Verbs ending in "s" that may follow the year two thousand ("The approach of the year two thousand has …"). */
const VERBS_IN_S = new Set(['has', 'was', 'is', 'does', 'marks', 'seems', 'remains', 'brings', 'looms', 'comes']);
const COUNT_LEADS = new Set(['than', 'about', 'some', 'nearly', 'almost', 'over', 'around', 'roughly', 'approximately', 'least']);

/** A year written with its last two digits ("02/28/86", "Feb 86"): this century's below 50, the last one's from 50 on. */
export function yearOfTwoDigits(yy: number): number {
  return (yy < 50 ? 2000 : 1900) + yy;
}
