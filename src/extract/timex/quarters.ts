import type { Meaning } from './meaning.js';
import { MONTHS, ORDINALS, YEAR_AGO_WORDS } from './lexicon.js';
import { DIGITS, possessiveEnd, type Match } from './token-reader.js';
import { MonthDayReader } from './months-and-days.js';

/**
 * The words a quarter or a half may start with, besides a four-digit year and a hyphenated word ("third-quarter",
 * "year-ago", "last-half"): a spelled year's first word, the words that shift or frame the year, ordinals, months
 * (of "the June quarter"), "Q1"–"Q4" and "H1", "H2". quarterExpr reads no further for any other word.
 */
const QUARTER_STARTS: ReadonlySet<string> = new Set([
  'nineteen', 'eighteen', 'twenty', 'two', 'fiscal', 'this', 'last', 'next', 'prior', 'previous', 'year', 'current', 'final', 'latter',
  ...YEAR_AGO_WORDS, ...ORDINALS.keys(), ...MONTHS.keys(), 'q1', 'q2', 'q3', 'q4', 'h1', 'h2',
]);
/** Period words after two joined ordinals, singular or plural: "the third and fourth quarter(s)". */
const PAIRED_PERIODS: ReadonlyMap<string, 'quarter' | 'half'> = new Map([['quarter', 'quarter'], ['quarters', 'quarter'], ['qtrs', 'quarter'], ['half', 'half'], ['halves', 'half']]);
/** Words that place a month against the publication date: "the first half of next month". */
const RELATIVE_SHIFTS: ReadonlyMap<string, number> = new Map([['this', 0], ['last', -1], ['next', 1]]);
/** Nouns of a game that a half before them makes a half of the match ("a second-half goal", "first-half deficit"). */
const MATCH_NOUNS = new Set(['goal', 'goals', 'substitute', 'substitutes', 'effort', 'efforts', 'penalty', 'penalties', 'header', 'equaliser', 'equalizer', 'fightback', 'try', 'tries', 'touchdown', 'touchdowns', 'onslaught', 'dismissal', 'brace', 'stoppage', 'opener']);

/** Words after "half of the" that still make it a half of a year or of a stretch of time: "the first half of the decade". */
const TIME_NOUNS_AFTER_HALF: ReadonlySet<string> = new Set(['year', 'decade', 'century', 'season', 'month', 'week', 'period', 'fiscal', 'financial', 'current', 'next', 'coming', 'new']);
/** Quarters and halves of a (fiscal) year: "the third quarter", "Q2 2024", "the first half of 1990", "year-earlier". */
/** Periods other than a year whose halves are no halves of a year: "the second half of the statement period". */
const OTHER_PERIODS: ReadonlySet<string> = new Set(['month', 'week', 'period', 'season', 'session', 'decade', 'century', 'campaign']);
/** Most words read after "of" for such a period: "of a two-week bank statement period". */
const OTHER_PERIOD_REACH = 6;

export abstract class QuarterReader extends MonthDayReader {
  // whether the quarter being read is named a year back ("the year-ago fourth quarter", "the prior third quarter"),
  // for quarterTail, which builds every quarter's meaning
  private namedYearBack = false;

  protected quarterExpr(j: number, the: boolean): Match | null {
    this.namedYearBack = false;
    let k = j;
    let y: number | undefined;
    let yShift: number | undefined;
    let focusShift: number | undefined;
    const w = this.w(k);
    // (the calendar reader asks this at every word it reads; only these can start a quarter or a half)
    if (!QUARTER_STARTS.has(w) && !(w.length === 4 && DIGITS.test(w)) && !w.includes('-')) return null;
    // year prefix: "1988", "this year's", "last year's", "next year's", "fiscal", "year-earlier"
    // ("fiscal 1986's first qtr": a fiscal year's quarter, named by its number)
    const yy = this.year(k) ?? (w === 'fiscal' ? this.year(k + 1) : null);
    // ("in 1985's fourth quarter": past the possessive)
    const afterYear = yy ? Math.max(yy.last, possessiveEnd(this.tokens, yy.last)) + 1 : -1;
    if (yy && (ORDINALS.has(this.w(afterYear)) || /^(first|second|third|fourth)-(quarter|half)$/.test(this.w(afterYear)) || this.quarterClosingMonth(afterYear) !== null)) {
      y = yy.y;
      k = afterYear;
    } else if ((w === 'this' || w === 'last' || w === 'next') && this.w(k + 1) === 'year' && this.w(k + 2) === "'s") {
      yShift = w === 'this' ? 0 : w === 'last' ? -1 : 1;
      k += 3;
      if (this.w(k) === 'quarter' || this.w(k) === 'period') return { last: k, meaning: { kind: 'calendar', focusQuarter: true, yShift } };
      // ("vs yr-ago loss": wire copy's short "year-ago")
    } else if (YEAR_AGO_WORDS.has(w) || ((w === 'prior' || w === 'previous') && the && ORDINALS.has(this.w(k + 1)) && /^(quarter|qtr|half)$/.test(this.w(k + 2)))) {
      // ("the prior third quarter", "the previous fourth quarter": the same quarter a year before, as "the year-earlier
      // third quarter" is)
      focusShift = -1;
      k++;
    } else if (w === 'year' && the && (this.w(k + 1) === 'ago' || this.w(k + 1) === 'earlier') && ORDINALS.has(this.w(k + 2)) && /^(quarter|qtr|half)$/.test(this.w(k + 3))) {
      // ("For the year ago first quarter": "year-ago" written apart)
      focusShift = -1;
      k += 2;
    }
    // ("declined 14 pct from the year-ago month": the month the text is on, a year back, as "the same month last year"
    // is; not "the year-ago week", whose week a weekly report's "a week ago" before it would move)
    if (focusShift !== undefined && the && this.w(k) === 'month') return { last: k, meaning: { kind: 'shift', unit: 'month', n: -12, from: 'context' } };
    if (this.w(k) === 'fiscal') k++;
    // ("Current 1st qtr net": a results table's quarter, "Current" inside)
    // ("He said current third quarter results would be similar": the current year's, however the clause looks)
    if (this.w(k) === 'current' && !the && /^(?:1st|2nd|3rd|4th|first|second|third|fourth)$/.test(this.w(k + 1)) && this.periodWord(k + 2) === 'quarter') {
      k++;
      if (y === undefined && yShift === undefined) yShift = 0;
    }
    if (this.w(k) === 'fiscal-first') return this.quarterTail(k, 1, 'quarter', y, yShift);
    const t = this.w(k);
    const hy = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/.exec(t);
    if (focusShift !== undefined) {
      yShift = focusShift;
      this.namedYearBack = true;
    }
    // "a second-half goal", "Turkey's best first-half effort", "second-half substitute Sergen Yalcin": a half of a
    // match, not of a year
    if (hy && hy[2] === 'half' && y === undefined && MATCH_NOUNS.has(this.w(k + 1))) return null;
    if (hy) return this.quarterTail(k, ORDINALS.get(hy[1])!, hy[2], y, yShift);
    // "for last-half July and first-half August shipments": the end of that month
    if (t === 'last-half' && this.namedMonthAt(k + 1)) return this.quarterTail(k, 2, 'half', y, yShift);
    // "the first two quarters of 1990", "the last two quarters": a half (TimeBank `1990-H1`)
    if ((t === 'first' || (t === 'last' && the)) && this.w(k + 1) === 'two' && this.w(k + 2) === 'quarters') return this.quarterTail(k + 2, t === 'first' ? 1 : 2, 'half', y, yShift);
    // "the June quarter", "the October/December quarter", "the 1985 December quarter": a quarter named by the month
    // that closes it, as New Zealand, Australian and Japanese figures are
    const closingMonth = this.quarterClosingMonth(k);
    // (its year read as the month's is: "GDP grew 3.4 pct in the June quarter", written in March, is last year's)
    // ("the September quarter last year", "March quarter 1985": a year after it as after any quarter)
    const closed = closingMonth ? this.quarterTail(closingMonth.last + 1, closingMonth.m / 3, 'quarter', y, yShift) : null;
    if (closingMonth && closed?.meaning.kind === 'calendar') return { last: closed.last, meaning: { kind: 'calendar', m: closingMonth.m, y: closed.meaning.y, yShift: closed.meaning.yShift, closesQuarter: true } };
    // "the final quarter of 1986", "the final quarter last year": the fourth
    if (t === 'final' && this.periodWord(k + 1) === 'quarter') return this.quarterTail(k + 1, 4, 'quarter', y, yShift);
    const ord = ORDINALS.get(t);
    if (ord !== undefined && t !== 'last') {
      const unit = this.periodWord(k + 1);
      if (unit === 'quarter' || unit === 'half') return this.quarterTail(k + 1, ord, unit, y, yShift);
      // "in the third and fourth quarters", "the first and second quarters of 1987": two periods, the first named by its
      // ordinal alone, with the year written after the second; the second reads its plural as one period
      const pair = this.pairedPeriodAt(k);
      if (pair) {
        const read = this.quarterTail(pair.unitAt, ord, pair.unit, y, yShift);
        if (!read) return null;
        if (pair.first) return { ...read, last: k };
        return read.meaning.kind === 'calendar' ? { ...read, meaning: { ...read.meaning, pairedSecond: true } } : read;
      }
      // "the first 1986 quarter": the year between the ordinal and its period
      const within = y === undefined ? this.year(k + 1) : null;
      const after = within ? this.periodWord(within.last + 1) : '';
      if (within && (after === 'quarter' || after === 'half')) return this.quarterTail(within.last + 1, ord, after, within.y, yShift);
      // "the first nine months", "the first two years": durations
      return null;
    }
    // ("for last half May/first half June shipment": a month's last half, without the article)
    if ((t === 'last' || t === 'latter') && this.w(k + 1) === 'half' && (the || this.namedMonthAt(k + 2))) return this.quarterTail(k + 1, 2, 'half', y, yShift);
    // "the last quarter of 1986", "the last quarter of the year": the fourth (not "the last quarter of a century")
    // ("from 47.2 mln bpd in last quarter 1986": a year after it names it too, without the article)
    if (t === 'last' && this.w(k + 1) === 'quarter' && ((the && this.w(k + 2) === 'of') || this.year(k + 2) || (this.w(k + 2) === 'of' && this.year(k + 3)))) {
      const fourth = this.quarterTail(k + 1, 4, 'quarter', y, yShift);
      if (fourth && fourth.last > k + 1) return fourth;
    }
    // "109.8 in the final 1985 quarter": the fourth, its year between, as "the first 1986 quarter" has it
    const yearWithin = (t === 'last' || t === 'final') && the && y === undefined ? this.year(k + 1) : null;
    if (yearWithin && this.periodWord(yearWithin.last + 1) === 'quarter') return this.quarterTail(yearWithin.last + 1, 4, 'quarter', yearWithin.y, yShift);
    if (focusShift !== undefined && !the) {
      // "year-earlier results": last year's (the year-ago quarter in a results story)
      return { last: j, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'dct', quarterly: true } };
    }
    if (/^q[1-4]$/.test(t) && /^Q/.test(this.raw(k))) return this.quarterTail(k, +t[1], 'quarter', y, yShift);
    // "H1 2024": only with its year, since "H1" alone is as often a visa or a road
    if (/^h[12]$/.test(t) && /^H/.test(this.raw(k)) && (y !== undefined || this.year(k + 1))) return this.quarterTail(k, +t[1], 'half', y, yShift);
    return null;
  }

  /** Whether the ordinal at k is the first of two joined before their period ("third" in "the third and fourth quarters"). */
  opensPairedPeriod(k: number): boolean {
    return this.pairedPeriodAt(k)?.first === true;
  }

  /**
   * The ordinal at k as one of two joined before their period: "third" or "fourth" in "the third and fourth quarters"
   * (or "quarter", "halves"); `unitAt` is the period word's index, `first` whether k is the first of the two.
   */
  private pairedPeriodAt(k: number): { unitAt: number; unit: 'quarter' | 'half'; first: boolean } | null {
    const first = this.joinedOrdinal(k + 1, k + 2);
    if (!first && !this.joinedOrdinal(k - 1, k - 2)) return null;
    const unitAt = first ? k + 3 : k + 1;
    const unit = PAIRED_PERIODS.get(this.periodWord(unitAt));
    return unit ? { unitAt, unit, first } : null;
  }

  /** "and" or "or" at `link` and an ordinal other than "last" at `ordinal`: the other half of a joined pair. */
  private joinedOrdinal(link: number, ordinal: number): boolean {
    return (this.w(link) === 'and' || this.w(link) === 'or') && ORDINALS.has(this.w(ordinal)) && this.w(ordinal) !== 'last';
  }

  /** The period word at k, Reuters' "qtr" read as "quarter". */
  private periodWord(k: number): string {
    return this.w(k) === 'qtr' ? 'quarter' : this.w(k);
  }

  /** A capitalized month that closes a quarter, alone or after its first month and a slash, before "quarter" at k. */
  private quarterClosingMonth(k: number): { m: number; last: number } | null {
    const first = this.capitalizedMonth(k);
    if (first === undefined) return null;
    const slash = this.w(k + 1) === '/' && this.capitalizedMonth(k + 2) === first + 2;
    const last = slash ? k + 2 : k;
    const m = slash ? first + 2 : first;
    return m % 3 === 0 && this.w(last + 1) === 'quarter' ? { m, last } : null;
  }

  /**
   * The number of the month whose name, capitalized, is token i (a method rather than a closure in
   * quarterClosingMonth, which runs at nearly every token that may start an expression).
   */
  private capitalizedMonth(i: number): number | undefined {
    return /^[A-Z]/.test(this.raw(i)) ? MONTHS.get(this.w(i)) : undefined;
  }

  /** A capitalized month at k, which shipping terms name after a half without "of": "second half March", "last-half July". */
  private namedMonthAt(k: number): boolean {
    return this.month(k) !== null && /^\p{Lu}/u.test(this.raw(k));
  }

  /** Whether the noun phrase from i (a few words, up to a punctuation mark) names a period other than a year. */
  private otherPeriodAhead(i: number): boolean {
    for (let k = i; k < i + OTHER_PERIOD_REACH; k++) {
      const w = this.w(k);
      if (OTHER_PERIODS.has(w)) return true;
      if (w === 'year' || !/^[a-z0-9'/-]+$/.test(w)) return false;
    }
    return false;
  }

  private quarterTail(k: number, n: number, unit: string, y: number | undefined, yShift: number | undefined): Match | null {
    if (unit === 'half' && n > 2) return null;
    if (unit === 'quarter' && n > 4) return null;
    // "in the last half hour of the show", "the first half hour": thirty minutes, no half of a year
    if (unit === 'half' && (this.w(k + 1) === 'hour' || this.w(k + 1) === 'hour-long')) return { last: k + 1, meaning: { kind: 'fixed', type: 'DURATION', value: 'PT30M' } };
    // "two per cent in the first half year", "the second half year should be better": "half year" one noun
    let last = unit === 'half' && this.w(k + 1) === 'year' ? k + 1 : k;
    // "in the second half of July", "the first half of February 2016": a half of that month, which TIMEX3 writes as
    // the month with the end it lies at ("for second half March shipment", "first-half August": shipping terms
    // leave out the "of")
    const monthAt = unit === 'half' ? (this.w(k + 1) === 'of' ? k + 2 : this.namedMonthAt(k + 1) ? k + 1 : -1) : -1;
    const month = monthAt >= 0 ? this.month(monthAt) : null;
    if (month) {
      const inner = this.monthExpr(monthAt, month, false);
      if (inner && inner.meaning.kind === 'calendar' && inner.meaning.d === undefined) return { ...inner, mod: n === 1 ? 'START' : 'END' };
    }
    // "in the first half of next month": that month, with the end the half lies at
    const monthShift = unit === 'half' && this.w(k + 1) === 'of' && this.w(k + 3) === 'month' ? RELATIVE_SHIFTS.get(this.w(k + 2)) : undefined;
    if (monthShift !== undefined) return { last: k + 3, meaning: { kind: 'shift', unit: 'month', n: monthShift, from: 'dct' }, mod: n === 1 ? 'START' : 'END' };
    // "of 1990", "of this year", "of next year", "of fiscal 1986" ("for the final quarter in 2010": its year after "in")
    if (this.w(k + 1) === 'of' || (this.w(k + 1) === 'in' && /^\d{4}$/.test(this.w(k + 2)))) {
      // (not a split year, "of fiscal 1987/88", read whole by the year reader)
      const fiscal = this.w(k + 2) === 'fiscal' ? (this.w(k + 3) === 'year' ? 2 : 1) : 0;
      const fiscalYear = fiscal ? this.year(k + 2 + fiscal) : null;
      const yy = fiscal ? (fiscalYear && this.w(fiscalYear.last + 1) !== '/' ? fiscalYear : null) : this.year(k + 2);
      // "the last half of the '80s": TIMEX3 has no half-decade, so the whole is the decade
      const dec = unit === 'half' && this.w(k + 2) === 'the' ? this.decadeAt(k + 3) : null;
      if (dec) return { last: dec.last, meaning: { kind: 'fixed', type: 'DATE', value: dec.value } };
      if (yy) {
        y = yy.y;
        last = yy.last;
      } else if ((this.w(k + 2) === 'this' || this.w(k + 2) === 'last' || this.w(k + 2) === 'next') && this.w(k + 3) === 'year') {
        yShift = this.w(k + 2) === 'this' ? 0 : this.w(k + 2) === 'last' ? -1 : 1;
        last = k + 3;
      } else if (this.w(k + 2) === 'the' && this.w(k + 3) === 'year') {
        last = k + 3;
      } else if (this.w(k + 2) === 'the' && this.w(k + 3) === 'fiscal' && this.w(k + 4) === 'year') {
        // ("the first half of the fiscal year": the story's fiscal year, as "of the year" is)
        last = k + 4;
      }
    } else if (/^\d{4}$/.test(this.w(k + 1))) {
      const yy = this.year(k + 1);
      if (yy) {
        y = yy.y;
        last = yy.last;
      }
    } else {
      // "the first quarter last year", "in the second half this year" (not "the third quarter last year's charges")
      const ry = this.relativeYearAt(k + 1);
      if (ry && this.w(ry.last + 1) !== "'s") {
        yShift = ry.shift;
        last = ry.last;
      } else if ((this.w(k + 1) === 'a' || this.w(k + 1) === 'one') && this.w(k + 2) === 'year' && (this.w(k + 3) === 'ago' || this.w(k + 3) === 'earlier')) {
        // "from 5 mln dlrs in the first quarter a year ago": that quarter of the year before
        yShift = -1;
        last = k + 3;
      }
    }
    // ("the second half of the two-week statement period", "the first half of the 1985/86 season", "the first half of
    // the month": a half of another period than a year, no half of one)
    if (unit === 'half' && this.w(k + 1) === 'of' && last === k && y === undefined && yShift === undefined && this.otherPeriodAhead(k + 2)) return null;
    // ("The first half of the Soviet contingent was withdrawn": a half of something that is no time at all; a year the
    // year reader takes after it, "of fiscal 1987/88", leaves the half standing)
    if (unit === 'half' && this.w(k + 1) === 'of' && last === k && y === undefined && yShift === undefined && !/^\d/.test(this.w(k + 2)) && this.w(k + 2) !== 'fiscal' && !/^\d/.test(this.w(k + 3)) && !TIME_NOUNS_AFTER_HALF.has(this.w(k + 3))) return null;
    // ("its fourth quarter ending April 30": the quarter's end is named after it, so a fiscal quarter may be meant)
    const closing = this.w(last + 1) === ',' ? this.w(last + 2) : this.w(last + 1);
    const endNamed = closing === 'ending' || closing === 'ended' || closing === 'ends' ? true : undefined;
    // ("the year-earlier fourth quarter", written in March 1987: the year before the fourth quarter the story would mean
    // by "the fourth quarter", 1985's, not the year before publication's)
    if (this.namedYearBack && y === undefined && yShift === -1) return { last, meaning: unit === 'half' ? { kind: 'calendar', half: n, yearBack: true } : { kind: 'calendar', q: n, endNamed, yearBack: true } };
    const meaning: Meaning = unit === 'half' ? { kind: 'calendar', half: n, y, yShift } : { kind: 'calendar', q: n, y, yShift, endNamed };
    return { last, meaning };
  }
}
