import { MONTHS, PARTS_OF_DAY, POSITION, SEASONS, WEEKDAYS, YEAR_AGO_WORDS } from './lexicon.js';
import { DIGITS, type Match } from './token-reader.js';
import { LAST_MINUTE_BEFORE, QuantityReader } from './quantities.js';
import type { Meaning } from './meaning.js';

/** The days at a month's edges: "the first day of March", "the last day of January". */
const DAY_OF_MONTH_EDGES = new Set(['first', 'last', 'final']);

/** Which week of a month: "the first week of August" 1, "the last week of March" −1. */
const WEEK_OF_MONTH = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', -1], ['final', -1]]);

/** Prepositions that make "the next week" a stretch to come: "in the next week", "within the next month". */
const WINDOW_OPENERS = new Set(['in', 'within', 'over', 'during']);

/** Relative calendar positions: "last week", "this year", "the next day", "earlier this month". */
/** Words after "the quarter" that make it a fraction of them: "the quarter million", "the quarter point". */
const FRACTION_NOUNS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'thousand', 'mln', 'bln', 'point', 'percentage', 'mile', 'miles', 'ounce', 'inch', 'pound', 'share']);

export abstract class RelativeReader extends QuantityReader {
  relative(i: number): Match | null {
    let j = i;
    let mod: string | undefined;
    const w0 = this.w(j);
    if (w0 === 'earlier' || w0 === 'later') {
      const n = this.w(j + 1);
      if (n === 'this' || n === 'last' || n === 'next' || n === 'that') {
        mod = w0 === 'earlier' ? 'START' : 'END';
        j++;
      }
    } else if (POSITION.has(w0)) {
      mod = POSITION.get(w0);
      j++;
    }
    let the = false;
    if (this.w(j) === 'the') {
      the = true;
      j++;
    }
    const d = this.w(j);
    // "from the same year ago period": the year-ago quarter, written without its hyphen
    if (the && d === 'same' && this.w(j + 1) === 'year' && (this.w(j + 2) === 'ago' || this.w(j + 2) === 'earlier') && (this.w(j + 3) === 'period' || this.w(j + 3) === 'quarter')) return { last: j + 3, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    // "matures on the same date in 1993", "repaid on the same day in 1997": the day of the month the text set, in the
    // year named, one expression
    if (the && d === 'same' && (this.w(j + 1) === 'day' || this.w(j + 1) === 'date') && (this.w(j + 2) === 'in' || this.w(j + 2) === 'of') && /^(?:19|20)\d\d$/.test(this.w(j + 3))) {
      return { last: j + 3, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', inYear: +this.w(j + 3) }, mod };
    }
    const yearBack = the ? this.sameTimeYearBack(j) : null;
    if (yearBack) return { ...yearBack, mod };
    // "lower than at this time last year", "up from this time a year ago": the publication's month a year back
    const thisTimeBack = !the && d === 'this' && this.w(j + 1) === 'time' ? this.yearBackPhrase(j + 2) : null;
    if (thisTimeBack !== null) return { last: thisTimeBack, meaning: { kind: 'shift', unit: 'month', n: -12, from: 'dct' }, mod };
    // "that same day", "that same week": "same" only insists on the time the text set
    let target = d === 'that' && this.w(j + 1) === 'same' ? j + 2 : j + 1;
    // "the previous business day", "the next trading day": a day of the working week
    // (not "on the last business day of the month", the month's final one)
    const business = BUSINESS_DAY_WORDS.has(this.w(target)) && this.w(target + 1) === 'day' && this.w(target + 2) !== 'of' ? true : undefined;
    if (business) target++;
    const tw = this.w(target);
    const u = this.unit(target);
    // ("at the last minute" is an idiom for "late", whichever word the reading starts from: see leadOnly)
    if (!the && d === 'last' && u?.unit === 'minute' && !u.plural && this.w(i - 1) === 'the' && LAST_MINUTE_BEFORE.has(this.w(i - 2))) return null;
    const season = SEASONS.get(tw);
    const part = PARTS_OF_DAY.get(tw);
    let from: 'dct' | 'context' = 'dct';
    let n: number;
    let window: true | undefined;
    // "the newspaper's coverage this past week": the week just gone, a length as "the past week" is
    const pastUnit = !the && d === 'this' && tw === 'past' ? this.unit(target + 1) : null;
    if (pastUnit && !pastUnit.plural && pastUnit.unit !== 'weekend' && pastUnit.unit !== 'quarter' && pastUnit.unit !== 'half') {
      return { last: target + 1, meaning: { kind: 'duration', n: 1, unit: pastUnit.unit }, mod };
    }
    // "completed in the next fortnight", "Last fortnight was bad": the two weeks ahead or just gone, a length, as no
    // calendar names a fortnight
    if (u?.count && !u.plural && (d === 'next' || d === 'last' || d === 'coming' || d === 'past' || d === 'previous' || d === 'following')) return { last: target, meaning: { kind: 'duration', n: u.count, unit: u.unit }, mod };
    // "will meet this coming week": the week ahead, "this" inside
    const comingUnit = !the && d === 'this' && tw === 'coming' ? this.unit(target + 1) : null;
    if (comingUnit && !comingUnit.plural && (comingUnit.unit === 'week' || comingUnit.unit === 'month' || comingUnit.unit === 'year' || comingUnit.unit === 'weekend')) {
      return { last: target + 1, meaning: { kind: 'shift', unit: comingUnit.unit, n: 1, from: 'dct' }, mod };
    }
    // "stumbling to a van this past weekend": the weekend just gone, a point as "last weekend" is
    if (pastUnit?.unit === 'weekend' && !pastUnit.plural) return { last: target + 1, meaning: { kind: 'shift', unit: 'weekend', n: -1, from: 'dct' }, mod };
    if (!the && d === 'this' && tw === 'past' && SEASONS.has(this.w(target + 1))) {
      return { last: target + 1, meaning: { kind: 'calendar', season: SEASONS.get(this.w(target + 1)), dir: -1 }, mod };
    }
    // "We traveled through Egypt this past September", "this coming November": the month just gone or next to come
    // (a month with its day, "this past March 3", is left to the date reader)
    if (!the && d === 'this' && (tw === 'coming' || tw === 'past') && /^[A-Z][a-z]{2,}$/.test(this.raw(target + 1)) && MONTHS.has(this.w(target + 1)) && !DIGITS.test(this.w(target + 2))) {
      return { last: target + 1, meaning: { kind: 'calendar', m: MONTHS.get(this.w(target + 1))!, dir: tw === 'coming' ? 1 : -1 }, mod };
    }
    // ("the coming May/September harvest", "the upcoming March talks": the month next to come)
    if (the && (d === 'coming' || d === 'upcoming') && /^[A-Z][a-z]{2,}$/.test(this.raw(target)) && MONTHS.has(tw) && !DIGITS.test(this.w(target + 1))) {
      return { last: target, meaning: { kind: 'calendar', m: MONTHS.get(tw)!, dir: 1 }, mod };
    }
    // "this coming Sunday", "this past Tuesday" (with its date, if given: "this coming Sunday, March 8")
    if (!the && d === 'this' && (tw === 'coming' || tw === 'past') && /^[A-Z]/.test(this.raw(target + 1)) && WEEKDAYS.has(this.w(target + 1)) && this.w(target + 1).length > 4) {
      const inner = this.weekdayExpr(target + 1, WEEKDAYS.get(this.w(target + 1))!);
      if (inner.meaning.kind !== 'calendar') return null;
      const dir = tw === 'coming' ? 1 : -1;
      return { last: inner.last, meaning: inner.meaning.m !== undefined ? inner.meaning : { ...inner.meaning, dir }, mod };
    }
    if (!the && (d === 'last' || d === 'this' || d === 'next')) n = d === 'last' ? -1 : d === 'next' ? 1 : 0;
    else if (the && (d === 'previous' || d === 'preceding' || d === 'prior')) {
      n = -1;
      from = 'context';
    } else if (the && (d === 'next' || d === 'coming') && (u?.unit === 'decade' || u?.unit === 'century') && !u.plural) {
      // "would raise $1.1 trillion over the next decade": the ten years ahead, a length as "the next ten years" is
      // (TimeBank writes its one "the next decade" P10Y, the news sample's annotators 2 of 2)
      return { last: target, meaning: { kind: 'duration', n: 1, unit: u.unit }, mod };
    } else if (the && (d === 'following' || d === 'next')) {
      n = 1;
      from = 'context';
      // ("for the next year" too: a year's stretch ahead, read as a length in normalize.ts; not "the next year or so")
      window = d === 'next' && (WINDOW_OPENERS.has(this.w(i - 1)) || (this.w(i - 1) === 'for' && u?.unit === 'year' && !u.plural)) && !(u?.unit === 'year' && this.w(target + 1) === 'or') ? true : undefined;
    } else if ((the && d === 'same') || (!the && d === 'that')) {
      n = 0;
      from = 'context';
    } else if (d === 'current' && !the && this.raw(j) === 'Current' && u?.unit === 'quarter' && !u.plural) {
      // "Note: Current qtr figures include …": a results table's note on the quarter it reports, not the quarter the
      // publication date is in (a "4TH QTR NET" table of March 1987 is 1986's fourth)
      return { last: target, meaning: { kind: 'calendar', focusQuarter: true }, mod };
    } else if (d === 'current' && the) n = 0;
    else if (the && (d === 'coming' || d === 'upcoming')) n = 1;
    else if (the && (d === 'latest' || d === 'last') && u?.unit === 'quarter') n = -1;
    // "energy sources from the last century", "the turn of the last century": the century before this one, as
    // "last century" is (the news sample's annotators write it "19"; "over the last century", a length, is read as
    // a quantity before this)
    else if (the && d === 'last' && u?.unit === 'century' && !u.plural) n = -1;
    // "C$7.38 billion in sales in the latest fiscal year": the one last closed
    else if (the && (d === 'latest' || d === 'last') && tw === 'fiscal' && this.w(target + 1) === 'year') n = -1;
    else if (!the && d === 'that' && tw === 'time') return null;
    else return this.theUnit(i, j, mod);
    if (u && !u.plural) {
      if (u.unit === 'day' && n === 0 && from === 'dct') return null; // "this day" is rare and vague
      // ("would be her last day on the streets", "Last day of trading": the final day, never yesterday)
      // ("The last day for trading", "the last day of the period": the final day of something, as in quantities)
      const finalDayOf = this.w(target + 1) === 'of' || this.w(target + 1) === 'for';
      if (u.unit === 'day' && d === 'last' && !the && (this.w(i - 1) !== 'the' || finalDayOf)) return null;
      // "Subscriptions for this second tranche", "the next second round": an ordinal before its noun
      if (u.unit === 'second' && /^[a-z]/.test(this.raw(target + 1))) return null;
      if (/^[A-Z]/.test(this.raw(target)) && /^[A-Z]/.test(this.raw(j))) return null; // "This Week", a programme
      if (u.unit === 'quarter' && d === 'this' && !the) return { last: target, meaning: { kind: 'calendar', focusQuarter: true, thisQuarter: true }, mod };
      if (u.unit === 'quarter' && the && d === 'latest') return { last: target, meaning: { kind: 'calendar', focusQuarter: true }, mod };
      // "last year's third quarter" is handled by calendar(); here "last year" stops before "'s"
      const p = PARTS_OF_DAY.get(this.w(target + 1));
      if (u.unit === 'day' && p) return { last: target + 1, meaning: { kind: 'shift', unit: 'day', n, from, part: p }, mod };
      // ("The latest deaths come on the same day that Trump announced …": a clause after it says which day, the
      // one the story is on, so it is no day of a month named in passing)
      const anaphor = n === 0 && from === 'context' && u.unit === 'day' && !mod && !DAY_CLAUSE_OPENERS.has(this.w(target + 1)) ? true : undefined;
      // ("the current year", not "this year", which a text of split years still writes for the calendar's)
      const accounts = u.unit === 'year' && d === 'current' && the ? true : undefined;
      return { last: target, meaning: { kind: 'shift', unit: u.unit, n, from, anaphor, window: u.unit === 'day' ? undefined : window, business, accounts }, mod };
    }
    // ("the current financial year", "last business year", "the current coffee year": a year of accounts or of a
    // crop, named by its kind, as "the current fiscal year" is)
    if (YEAR_KINDS.has(tw) && this.w(target + 1) === 'year') return { last: target + 1, meaning: { kind: 'shift', unit: 'year', n, from, financial: tw === 'financial' && (n === 1 || n === 0) ? true : undefined, accounts: n === 1 || n === 0 ? true : undefined }, mod };
    if (season && from === 'dct') {
      return { last: target, meaning: { kind: 'calendar', season, yShift: n === 0 ? 0 : undefined, dir: n === 0 ? undefined : (n as -1 | 1) }, mod };
    }
    if (part && from === 'context' && n !== 0) return { last: target, meaning: { kind: 'shift', unit: 'day', n, from, part }, mod };
    // "the prison fell that afternoon", "On that morning": that part of the day the text is on ("that night"
    // is often an idiom's or a story's night, and no gold has one)
    if (part && d === 'that' && !the && part !== 'NI') return { last: target, meaning: { kind: 'shift', unit: 'day', n: 0, from, part }, mod };
    if (part && from === 'dct' && !the) {
      // "last night", "I enjoyed the program last evening": yesterday's
      if (d === 'last' && (part === 'NI' || part === 'EV')) return { last: target, meaning: { kind: 'shift', unit: 'day', n: -1, from: 'dct', part }, mod };
      // "told CBS This Morning on Monday": a broadcaster's programme (its name in capitals after the channel's)
      if (d === 'this' && /^[A-Z][a-z]/.test(this.raw(j)) && /^[A-Z][a-z]/.test(this.raw(target)) && /^[A-Z]{2,5}$/.test(this.raw(j - 1))) return null;
      if (d === 'this') return { last: target, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part }, mod };
    }
    const wd = tw.length > 4 || tw.endsWith('.') ? WEEKDAYS.get(tw) : undefined;
    // "In this Tuesday, Feb. 10, 2009 file photo", "In this June 1, 2010 file photo": "this" points at the photo
    // and the date is written out in full after it; the date's own reader takes it from the weekday or month on
    // ("the current fiscal year, ending this September 30": a month and day with no year after "this" are this year's;
    // "In this June 1 file photo" is the photo's "this")
    const thisMonth = d === 'this' && !the && !wd ? this.month(target) : null;
    const thisDay = thisMonth ? this.day(target + 1) : null;
    if (thisMonth && thisDay !== null && this.year(target + 2) === null && !(this.w(target + 2) === ',' && this.year(target + 3) !== null) && !PICTURE_WORDS.has(this.w(target + 2))) return { last: target + 1, meaning: { kind: 'calendar', m: thisMonth, d: thisDay, yShift: 0 }, mod };
    if (d === 'this' && !the && (wd || this.month(target)) && this.datedAfter(target)) return null;
    // "David Brooks stated that Thursday's GOP debate was …", "said that Monday was": after a verb of saying or
    // thinking "that" opens a clause; the weekday is read alone
    if (wd && d === 'that' && !the && (CLAUSE_TAKING_VERBS.has(this.w(j - 1)) || this.w(target + 1) === "'s")) return null;
    if (wd && !the) {
      const p = PARTS_OF_DAY.get(this.w(target + 1));
      return { last: p ? target + 1 : target, meaning: { kind: 'calendar', wd, dir: n === 0 ? 0 : (n as -1 | 1), part: p, from: from === 'context' ? 'context' : undefined }, mod };
    }
    if (the && wd && (d === 'previous' || d === 'following')) {
      // ("The following Monday morning": that part of the day)
      const p = PARTS_OF_DAY.get(this.w(target + 1));
      return { last: p ? target + 1 : target, meaning: { kind: 'calendar', wd, dir: n as -1 | 1, from: 'context', part: p }, mod };
    }
    const month = this.month(target);
    // "resolution 1441, passed the previous November" (after "March 2003"), "the following June": the month before or
    // after the one the text set, as "the following Monday" is the day after the one it set
    if (month && the && from === 'context' && n !== 0 && this.day(target + 1) === null && this.year(target + 1) === null) {
      return { last: target, meaning: { kind: 'calendar', m: month, dir: n as -1 | 1, firm: true, from: 'context' }, mod };
    }
    // ("This Sept. 2010 photo": the photo's "this"; the month reader takes the month with its year)
    if (month && d === 'this' && !the && this.year(target + 1)) return null;
    if (month && !the && d !== 'that') {
      // "last Oct. 23": the date, the most recent (or next) one of that name
      const day = this.day(target + 1);
      // (the word, not a tense, sets the direction, so a date only days the other way does not win: "next March 31",
      // written on April 8, is next year's)
      if (day !== null && n !== 0) return { last: target + 1, meaning: { kind: 'calendar', m: month, d: day, dir: n as -1 | 1, firm: true }, mod };
      // ("in the last March week": the month's last week, "last" no year's)
      if (d === 'last' && this.w(j - 1) === 'the' && this.w(target + 1) === 'week') return { last: target, meaning: { kind: 'calendar', m: month }, mod };
      // "last August" said in August is a year back, "next March" said in March a year ahead
      return { last: target, meaning: { kind: 'calendar', m: month, dir: n === 0 ? undefined : (n as -1 | 1), firm: n !== 0 || undefined, yShift: n === 0 ? 0 : undefined }, mod };
    }
    return null;
  }

  /** A day of the month follows the weekday or month at `at`: "June 1", "Tuesday, Feb. 10", "Tuesday 10 February". */
  private datedAfter(at: number): boolean {
    let k = at + 1;
    if (this.w(k) === ',') k++;
    if (this.day(k) !== null) return this.month(at) !== null || this.month(k + 1) !== null || this.w(k + 1) === 'of';
    return this.month(k) !== null && this.day(k + 1) !== null;
  }

  /**
   * "the corresponding period last year", "the same month a year earlier": one expression (TimeBank writes "the
   * corresponding period last year" as one, 1988-Q3), the time the text is on moved a year back: a quarter is the
   * one a results story reports on, a month the month the text is on.
   */
  private sameTimeYearBack(j: number): Match | null {
    const d = this.w(j);
    if (d !== 'same' && d !== 'corresponding' && d !== 'comparable') return null;
    const noun = this.w(j + 1);
    if (noun !== 'period' && noun !== 'quarter' && noun !== 'month' && noun !== 'week' && noun !== 'time') return null;
    const back = this.yearBackPhrase(j + 2);
    if (back === null) return null;
    // ("stocks were 12 mln tonnes at the same time last year": the month the text is on, a year back)
    if (noun === 'month' || noun === 'time') return { last: back, meaning: { kind: 'shift', unit: 'month', n: -12, from: 'context' } };
    // ("in the week ended April 4 … the corresponding week a year ago": the week a weekly report is on, 52 weeks back)
    if (noun === 'week') return { last: back, meaning: { kind: 'shift', unit: 'week', n: -52, from: 'context' } };
    if (noun === 'quarter') return { last: back, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 } };
    // a period is the year-ago quarter only where the text talks of quarters, as a quarterly "a year ago" is
    return { last: back, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'dct', quarterly: true } };
  }

  /** "last year", "of last year", "a year ago", "a year earlier", "the previous year", "the year before" at i: its last token. */
  private yearBackPhrase(i: number): number | null {
    const k = this.w(i) === 'of' ? i + 1 : i;
    const a = this.w(k);
    const b = this.w(k + 1);
    if (a === 'last' && b === 'year') return k + 1;
    if ((a === 'a' || a === 'one') && b === 'year' && (this.w(k + 2) === 'ago' || this.w(k + 2) === 'earlier' || this.w(k + 2) === 'before')) return k + 2;
    if (a === 'the' && (b === 'previous' || b === 'prior' || b === 'preceding') && this.w(k + 2) === 'year') return k + 2;
    if (a === 'the' && b === 'year' && (this.w(k + 2) === 'before' || this.w(k + 2) === 'earlier' || this.w(k + 2) === 'prior')) return k + 2;
    return null;
  }

  /** A month at k without a day or weekday ("August", "March 2010"), as the week or day of it is read: its match and meaning. */
  private monthAlone(k: number): { last: number; meaning: Extract<Meaning, { kind: 'calendar' }> } | null {
    const m = this.month(k);
    const inner = m ? this.monthExpr(k, m, false) : null;
    const meaning = inner?.meaning;
    if (!inner || meaning?.kind !== 'calendar' || meaning.m === undefined || meaning.d !== undefined || meaning.wd !== undefined) return null;
    return { last: inner.last, meaning };
  }

  /** "the weekend", "the quarter", "the year-ago quarter", "the nine months" */
  private theUnit(i: number, j: number, mod: string | undefined): Match | null {
    if (this.w(j - 1) !== 'the') return null;
    const w = this.w(j);
    if (w === 'weekend') return { last: j, meaning: { kind: 'calendar', wd: 6, weekend: true }, mod };
    // "the first day of March", "the (very) last day of January": that day of the month
    const edge = w === 'very' ? this.w(j + 1) : w;
    const at = w === 'very' ? j + 1 : j;
    if (DAY_OF_MONTH_EDGES.has(edge) && this.w(at + 1) === 'day' && this.w(at + 2) === 'of') {
      const inner = this.monthAlone(at + 3);
      if (inner) return { last: inner.last, meaning: edge === 'first' ? { ...inner.meaning, d: 1 } : { ...inner.meaning, lastDayOfMonth: true }, mod };
    }
    // "the first week of August", "the last week of March 2010": that week of the month (normalize.ts)
    const nth = WEEK_OF_MONTH.get(w);
    // ("in the third week in April" too)
    if (nth !== undefined && this.w(j + 1) === 'week' && (this.w(j + 2) === 'of' || this.w(j + 2) === 'in')) {
      const inner = this.monthAlone(j + 3);
      if (inner) return { last: inner.last, meaning: { ...inner.meaning, weekOfMonth: nth }, mod };
    }
    // "the week of March 6": the ISO week holding that date
    if (w === 'week' && this.w(j + 1) === 'of') {
      const m = this.month(j + 2);
      const inner = m ? this.monthExpr(j + 2, m, false) : null;
      if (inner && inner.meaning.kind === 'calendar' && inner.meaning.d !== undefined) return { last: inner.last, meaning: { ...inner.meaning, weekOf: true }, mod };
    }
    if ((YEAR_AGO_WORDS.has(w) || w === 'comparable' || w === 'corresponding') && (this.w(j + 1) === 'quarter' || this.w(j + 1) === 'period')) {
      return { last: j + 1, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    if ((w === 'comparable' || w === 'corresponding') && YEAR_AGO_WORDS.has(this.w(j + 1)) && (this.w(j + 2) === 'quarter' || this.w(j + 2) === 'period')) {
      return { last: j + 2, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    if (w === 'quarter' && this.w(j + 1) === 'a' && this.w(j + 2) === 'year' && this.w(j + 3) === 'ago') {
      return { last: j + 3, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    // ("the quarter million square miles", "the quarter point cut": a fraction)
    if ((w === 'quarter' && !FRACTION_NOUNS.has(this.w(j + 1))) || (w === 'latest' && (this.w(j + 1) === 'quarter' || this.w(j + 1) === 'period'))) {
      return { last: w === 'quarter' ? j : j + 1, meaning: { kind: 'calendar', focusQuarter: true }, mod };
    }
    if (w === 'year' && this.w(j + 1) !== "'s") {
      // "the year ended Sept. 30" is a fiscal year's length; "for the year", "of the year" mean this year
      const n = this.w(j + 1);
      // ("17.6 pct in the year to January", "the year to end-September 1988": twelve months up to a month named)
      // ("the year to mid-February", "the year to early-March" likewise)
      const toMonth = n === 'to' && (MONTHS.has(this.w(j + 2)) || /^(end|mid|early|late)-?/.test(this.w(j + 2)));
      if (n === 'ended' || n === 'ending' || n === 'through' || toMonth || this.w(j - 2) === 'past' || this.w(j - 2) === 'last') return { last: j, meaning: { kind: 'duration', n: 1, unit: 'year' }, mod };
      // "growth in the year ahead", "a work program for the year ahead": the twelve months to come, a length
      if (n === 'ahead') return { last: j + 1, meaning: { kind: 'duration', n: 1, unit: 'year' }, mod };
      return { last: j, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct', story: true }, mod };
    }
    // "Cargo traffic in the month was 10 pct higher", "mortgage lending during the month": the month the text is on
    // (not "in the month of March", "in the month since the crash", "the month before", "in the month in which")
    if (w === 'month' && MONTH_FRAMES.has(this.w(j - 2)) && !NOT_THE_MONTH_ALONE.has(this.w(j + 1))) return { last: j, meaning: { kind: 'shift', unit: 'month', n: 0, from: 'dct', story: true }, mod };
    return null;
  }
}

/** Words that open a clause naming the day just said: "the same day that", "that day when", "the same day as". */
/** Verbs after which "that" opens a clause: "stated that Thursday's debate …". */
const CLAUSE_TAKING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'stated', 'states', 'noted', 'notes', 'added', 'argued', 'argues', 'wrote', 'writes', 'told',
  'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'announced', 'reported', 'claimed', 'claims',
  'insisted', 'warned', 'explained', 'confirmed', 'revealed', 'suggested', 'admitted', 'acknowledged', 'predicted',
  'hoped', 'hopes', 'expects', 'expected', 'knew', 'know', 'knows', 'agreed', 'decided', 'ruled', 'found',
  // ("Officials were worried that Friday could be bloody")
  'worried', 'worry', 'worries', 'fear', 'fears', 'feared', 'concerned', 'warn', 'warns', 'hope', 'predict', 'predicts',
  'suggest', 'suggests', 'indicated', 'indicates', 'insist', 'insists', 'confirm', 'confirms', 'announce', 'announces',
]);
const DAY_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'when', 'as']);

/** Words before "day" that count only the working week: "the previous business day", "the next trading day". */
const BUSINESS_DAY_WORDS: ReadonlySet<string> = new Set(['business', 'trading', 'working']);

/** Words after a date that make a "this" before it the picture's: "In this June 1 file photo". */
const PICTURE_WORDS = new Set(['file', 'photo', 'image', 'picture', 'handout', 'video']);

/** Words that name a kind of year before "year": "the current fiscal year", "last financial year", "the current coffee year". */
const YEAR_KINDS: ReadonlySet<string> = new Set(['fiscal', 'financial', 'business', 'budget', 'agricultural', 'coffee', 'crop', 'marketing', 'sugar']);

/** Prepositions before "the month" alone that frame a time told in it: "in the month", "during the month". */
const MONTH_FRAMES: ReadonlySet<string> = new Set(['in', 'during', 'for', 'throughout']);
/** Words after "the month" that make it part of a longer phrase or a stretch of its own. */
const NOT_THE_MONTH_ALONE: ReadonlySet<string> = new Set(['of', 'since', 'before', 'after', 'following', 'earlier', 'later', 'ago', 'ahead', 'to', 'ended', 'ending', 'through', 'that', 'when', 'in', 'leading', 'prior', "'s", '’s', 'or', 'and']);
