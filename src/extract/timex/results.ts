import type { Sentence, Token } from '../../model/layers.js';
import { toDays, type Ymd } from './calendar.js';
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import type { Candidate } from './meaning.js';
import type { Direction } from './tense.js';

/**
 * Results stories (company earnings): "a year ago", "the year-ago period" and "the quarter" refer to the
 * quarter being reported, which the story names in reporting style.
 */

/** "third-quarter net", "the fiscal first quarter", "the quarter ended Sept. 30": the period a report covers. */
const REPORT_AFTER = new Set(['ended', 'ending', 'net', 'earnings', 'profit', 'loss', 'results', 'revenue', 'revenues', 'sales', 'income']);
/** Figures a report gives for a quarter named after them: "revenues in the third quarter", "net for the quarter". */
const REPORTED_FIGURES = new Set(['net', 'earnings', 'profit', 'profits', 'loss', 'results', 'revenue', 'revenues', 'sales', 'income']);
export function reportsOn(tokens: readonly Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) {
    const w = tokens[i].text.toLowerCase();
    if (w.includes('fiscal') || w.endsWith('-quarter')) return true;
  }
  if (REPORT_AFTER.has(tokens[last + 1]?.text.toLowerCase() ?? '')) return true;
  // ("Clayton Homes said revenues in the third quarter rose eight pct")
  const before = tokens[first - 1]?.text.toLowerCase();
  return (before === 'in' || before === 'for') && REPORTED_FIGURES.has(tokens[first - 2]?.text.toLowerCase() ?? '');
}

export function mentionsQuarter(tokens: readonly Token[], s: Sentence): boolean {
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i].text;
    if (t.length >= 7 && t.toLowerCase().includes('quarter')) return true;
  }
  return false;
}

/** Words between a period and the result it dates: "fourth quarter operating loss", "third quarter pre-tax profit". */
const RESULT_ADJECTIVES = new Set(['operating', 'pre-tax', 'pretax', 'after-tax', 'aftertax']);
/** Results a company reports for a period once it is over. */
const RESULT_NOUNS = new Set(['net', 'earnings', 'profit', 'profits', 'loss', 'losses', 'results', 'revenue', 'revenues', 'sales', 'income', 'deficit', 'surplus']);
/** Past verbs that report a result: "AM reported a fourth quarter loss", "had a loss in the fourth quarter". */
const RESULT_VERBS_PAST = new Set(['reported', 'posted', 'had', 'earned', 'lost', 'recorded', 'suffered', 'showed', 'incurred', 'booked', 'registered', 'made']);
/** How far before the period its past verb may stand: "reported a fourth quarter …", "had a loss in the fourth quarter". */
const RESULT_VERB_REACH = 6;

/**
 * A result reported in the past for a period at first..last: a past verb of reporting, then the period dating the
 * result ("AM reported a fourth quarter operating loss", "had a loss in the fourth quarter", "posted third quarter
 * net"). A result is told in the past only once its period is over.
 */
export function pastResultOf(tokens: readonly Token[], first: number, last: number, sentStart: number): boolean {
  let k = last + 1;
  while (RESULT_ADJECTIVES.has(tokens[k]?.text.toLowerCase() ?? '')) k++;
  const dated = RESULT_NOUNS.has(tokens[k]?.text.toLowerCase() ?? '');
  // "a loss in the fourth quarter", "earnings for the second half"
  let lead = first - 1;
  if (tokens[lead]?.text.toLowerCase() === 'the') lead--;
  const datedBefore = lead - 1 >= sentStart && /^(in|for)$/i.test(tokens[lead].text) && RESULT_NOUNS.has(tokens[lead - 1].text.toLowerCase());
  if (!dated && !datedBefore) return false;
  for (let j = first - 1; j >= Math.max(sentStart, first - RESULT_VERB_REACH); j--) {
    const w = tokens[j].text.toLowerCase();
    // ("had expected a fourth quarter loss" is an expectation, not the result)
    if (RESULT_VERBS_PAST.has(w) && !(w === 'had' && /ed$/i.test(tokens[j + 1].text))) return true;
  }
  return false;
}

/** The last month of a year in which annual results of the year before are still being reported. */
const LAST_MONTH_OF_ANNUAL_RESULTS = 4;
/** Words after "the year" that date it by its end: "the year to March", "the year ended December 31". */
const YEAR_DATED_BY = new Set(['to', 'ended', 'ending', 'through', 'thru']);
/** Words before "of the year" that look ahead from the present: "for the rest of the year". */
const REST_OF = new Set(['rest', 'remainder', 'balance']);

/**
 * Annual results. A story written early in a year (through April) that has named the year before outright ("1986
 * income rose", "for 1986", "fiscal 1986") and nothing of its own year ("this year", "1987") reports on the year
 * just closed: its "the year", "the full year" are that year ("Woolworth's 1986 income rose … Revenues for the
 * year rose"). "The first nine months of the year", written in March, can only be last year's; "the first two
 * months of the year" may be this year's, and is (the rest of the year always is, and so is "since the beginning of
 * the year").
 */
export class AnnualResults {
  private namedYearBefore = false;
  private namedOwnYear = false;

  constructor(private readonly dct: Ymd) {}

  /** Notes each expression in reading order: the year it names outright, if any, its value and its clause's tense. */
  observe(namedYear: number | undefined, value: string, tense: Direction): void {
    if (namedYear === this.dct.y - 1) this.namedYearBefore = true;
    // (a results note on "the quarter" just closed, the year before's fourth: "excludes gain one ct vs loss two cts in
    // the quarter, and gain 41 cts vs six cts in the year")
    if (value === `${this.dct.y - 1}-Q4`) this.namedYearBefore = true;
    const own = /^(\d{4})(?:-([QH])(\d))?$/.exec(value);
    // (not a quarter or half of this year still to begin told of in the past, a bare period's misreading rather than a
    // report of this year: "long term debt was reduced from the third quarter to the end of the year", written in
    // March of 1986's results; looked ahead to, it is this year's: "Results for the third quarter should be the same")
    const ahead = tense < 0 && own?.[2] !== undefined && (own[2] === 'Q' ? 3 * +own[3] - 2 : 6 * +own[3] - 5) > this.dct.m;
    if (own && +own[1] === this.dct.y && !ahead) this.namedOwnYear = true;
  }

  /** The year "the year" at first..last means, when it is not the publication's. */
  closedYearAt(tokens: readonly Token[], first: number, last: number): number | undefined {
    if (this.dct.m > LAST_MONTH_OF_ANNUAL_RESULTS) return undefined;
    // "in the year to March", "the year ended December", "the full year 1987": a year its own words date; "sales
    // since the beginning of the year": up to now
    const next = tokens[last + 1]?.text.toLowerCase() ?? '';
    if (YEAR_DATED_BY.has(next) || /^\d{4}$/.test(next)) return undefined;
    if (tokens[first - 1]?.text.toLowerCase() === 'since') return undefined;
    const of = tokens[first - 1]?.text.toLowerCase() === 'of';
    if (of && REST_OF.has(tokens[first - 2]?.text.toLowerCase() ?? '')) return undefined;
    // ("the rest of the year" read whole: what is left of the current one)
    if (tokens[first]?.text.toLowerCase() === 'the' && REST_OF.has(tokens[first + 1]?.text.toLowerCase() ?? '')) return undefined;
    const months = of ? firstMonthsBefore(tokens, first - 2) : undefined;
    // ("the first two months of the year", in March: the months just gone may be this year's)
    if (months !== undefined) return months > this.dct.m ? this.dct.y - 1 : undefined;
    return this.namedYearBefore && !this.namedOwnYear ? this.dct.y - 1 : undefined;
  }
}

/** "the first nine months", "the first eight weeks" ending at unit: how many months, or undefined. */
function firstMonthsBefore(tokens: readonly Token[], unit: number): number | undefined {
  const u = tokens[unit]?.text.toLowerCase();
  if ((u !== 'months' && u !== 'weeks') || tokens[unit - 2]?.text.toLowerCase() !== 'first') return undefined;
  const w = tokens[unit - 1].text.toLowerCase();
  const n = /^\d+$/.test(w) ? +w : NUMBER_WORDS.get(w);
  if (n === undefined) return undefined;
  return u === 'months' ? n : n / 4.35;
}

/** Days ahead of publication from which, and up to which, a period "ended" at a date is the one about to close. */
const CLOSING_SOON_DAYS = { from: 8, to: 31 };

/**
 * Whether a period said to have "ended" at month/day closes this year, days after publication: "are expected to report
 * good results for the quarter ended March 31", written on March 16. (A date a few days ahead is taken for one gone,
 * the last year's, as a feed's date may lag the story's.)
 */
export function closingSoon(month: number, day: number, dct: Ymd): boolean {
  const daysAhead = toDays({ y: dct.y, m: month, d: day }) - toDays(dct);
  return daysAhead >= CLOSING_SOON_DAYS.from && daysAhead <= CLOSING_SOON_DAYS.to;
}

/** Words between a reporting period and the date that closes it: "the second quarter ended June 30, 1986". */
const CLOSED_BY = new Set(['ended', 'ending']);

/**
 * A quarter or half named without a year, closed by a date, is in that date's year: "for the second quarter ended June
 * 30, 1986", in a story of 1987, is 1986's second quarter, and "the quarter ending March 31, 1987" the first of 1987 —
 * however the clause's tense or a results story's focus would place it. A date without its year closes a period
 * "ended" in the last year it has passed ("the third quarter ended Sept 30", in March 1987, 1986's third), where the
 * date lies in the quarter or half so named, or ends a calendar quarter for "the quarter" (a fiscal quarter's date may
 * lie anywhere).
 */
export function periodClosedInYear(tokens: readonly Token[], c: Candidate, dct: Ymd): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.y !== undefined || m.yShift !== undefined || (m.q === undefined && m.half === undefined && !m.focusQuarter)) return undefined;
  let k = c.last + 1;
  const closing = tokens[k]?.text.toLowerCase() ?? '';
  if (!CLOSED_BY.has(closing)) return undefined;
  const month = MONTHS.get(tokens[k + 1]?.text.toLowerCase() ?? '');
  const day = /^\d{1,2}$/.test(tokens[k + 2]?.text ?? '') ? +tokens[k + 2].text : undefined;
  if (month === undefined || day === undefined) return undefined;
  k += 3;
  if (tokens[k]?.text === ',') k++;
  let year = /^(19|20)\d\d$/.test(tokens[k]?.text ?? '') ? +tokens[k].text : undefined;
  if (year === undefined) {
    const calendarPeriod = (m.focusQuarter && month % 3 === 0) || m.q === Math.ceil(month / 3) || m.half === Math.ceil(month / 6);
    if (closing !== 'ended' || !calendarPeriod) return undefined;
    // ("are expected to report good results for the quarter ended March 31", written on March 16: a date days ahead is
    // the one about to close, told of as closed)
    year = month * 100 + day <= dct.m * 100 + dct.d || closingSoon(month, day, dct) ? dct.y : dct.y - 1;
  }
  if (m.focusQuarter) return { ...m, focusQuarter: undefined, thisQuarter: undefined, q: Math.ceil(month / 3), y: year };
  return { ...m, y: year };
}
