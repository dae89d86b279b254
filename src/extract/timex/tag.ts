import { MONTHS } from './lexicon.js';
import { datelineDay, datelineStamp } from './dateline.js';
import type { Sentence, Timex, Token } from '../../model/layers.js';
import { addDays, addMonths, dayInWeekOfMonth, formatMonth, formatWeek, monthsBetween, parseYmd, toDays, weekday, type Ymd } from './calendar.js';
import { feastDay } from './feasts.js';
import { isNarrative, namedYear } from './history.js';
import type { Candidate } from './meaning.js';
import { anchorsFor, normalize, type Anchors } from './normalize.js';
import { recognize } from './recognize.js';
import { AnnualResults, mentionsQuarter, pastResultOf, periodClosedInYear, reportsOn } from './results.js';
import { directionAt, insideRelativeClause, planToldInPast, sayingJustBefore, type Direction } from './tense.js';
import { ATTACK_NOUNS, ELECTION_NOUNS, EVENT_NOUNS, datesASuddenEvent, namesADisaster, nounNamedBy, talksOfElections } from './event-dates.js';
import { inVagueClass, keepFeatures, keeps, type KeepFilter } from './keep-filter.js';
import { monthJustGone } from './month-just-gone.js';
import { habitualMonth } from './habitual.js';
import { dayJustAhead, startingDayAhead } from './day-just-ahead.js';
import { shippedDayAhead } from './shipped-days.js';
import { tradingMonthAhead } from './trading-months.js';
import { bracketedSlashDays, bracketedSlashRange } from './hyphened-months.js';
import { dayAfterOffered, dayOfListedYear, dayRangeStart, monthRangeStart, splitYearPeriod, periodOfPriorYear, pairedSeasonValue, restatedNextDay, monthRangeEndYear, pairedPeriodYear, slashPairInOrder, rangeEndAfterStart, listedAfter, listedAfterComingDay, listedDayYear, laterListedDayYear, laterListedMonthYear, listedMonthYear, monthWithEdge, plainDay, plainMonth, plainWeekday, type DatedDay, type DatedMonth, type DatedWeekday } from './listed-days.js';
import { plain, possessiveEnd } from './token-reader.js';
import { namesSplitYears } from './split-years.js';
import { WEEKDAY_NAME } from './verb-frames.js';
import { SameWeekday, type OwnDirection } from './same-weekday.js';
import { comparedTimeOfYear, comparesBack, COUNTED_YEAR_REACH, indexBase, monthFigureLastYear, monthOfAFigure, namesLastYear, sameMonthWords, sideNotBeforeMain, yearAgoAdjective, yearAgoPeriod, yearBackPoint, yearBeforeMonthSpan, yearOfContext } from './year-back.js';
import { noteValue } from './results-notes.js';
import { aheadOfPossessive, comingEventOfPossessive, monthPossessiveAhead, plannedAfterPossessive, plannedForYesterday, possessiveWeekday } from './possessive-days.js';
import { weakenBeforeLimit } from './limits.js';
import { closesA, closesPeriod, endedOn, fiscalYearEnd, fiscalYearEndChanged, resultsHeaderEnd } from './period-ends.js';
import { clockAfterRelativeDay, datesClockBefore, marketClockToday, pastTimeOnDayAhead, redateClockTimes, wireClockOnDistantDay } from './clock-days.js';
import { comparedAmountMonth, comparedWith, followsBack, monthComparedBack, repeatedDayOfSentence, sameMonthOfAYear, yearBeforeMonthRange, yearBeforeNamed, yearOfMonthSideAfter, yearOfSideAfter } from './compared-sides.js';

export interface TagOptions {
  /**
   * A learned keep filter for vague expressions (scripts/train-timex-filter.ts). None by default: measured
   * by cross-validation it did not raise value F1 (docs/timex.md, "A learned keep filter"), so the stage
   * does not use one.
   */
  keepFilter?: KeepFilter | null;
  /**
   * More features of the expression tokens[first..last] from layers this stage does not read (POS tags, in
   * the trainer's --pos experiment).
   */
  moreFeatures?: (first: number, last: number) => string[];
  /** Sees every vague expression before the filter decides, with its features (for training the filter). */
  observeVague?: (timex: Timex, features: string[]) => void;
}

/**
 * The whole temporal tagger over one text: recognize expressions, then normalize them in reading order so
 * that "the next day" can count from the date the text set just before. Used by the pipeline stage, the
 * TimeML system mode and the scorer alike.
 */
export function tagTimexes(text: string, tokens: readonly Token[], sentences: readonly Sentence[], anchorDate: string, options: TagOptions = {}): Timex[] {
  const filter = options.keepFilter ?? null;
  // (a wire story counts from its dateline's day where the feed stamped it a day off: dateline.ts)
  const anchors = anchorsFor(datelineDay(tokens, parseYmd(anchorDate)));
  anchors.splitYears = namesSplitYears(tokens);
  const out: Timex[] = [];
  // financial reports compare with "a year ago" meaning the year-ago quarter: remember the last sentence
  // (scanning forward only) that talked about quarters
  let scanned = -1;
  let lastQuarterly = -10;
  // the last year the text named outright
  let named: number | undefined;
  // the sentence where the text last set the day it is on
  let refDaySentence = -1;
  // the first token of the expression that set that day
  let refDayAt = -1;
  // the last month placed in a year, whose year the months listed after it share
  let lastMonth: DatedMonth | null = null;
  // the last day of a month placed in a year, whose year the day closing its range shares
  let lastDay: DatedDay | null = null;
  // the last day its sentence dated with its year written out ("August 31, 1987")
  let yearDatedDay: { sentence: number; y: number; m: number; d: number } | null = null;
  // the first quarter a sentence named, whatever its tense, for the comparison that follows it there
  let namedQuarter = null as { sentence: number; y: number; q: number } | null;
  // (the last such quarter named without a year of its own: "the fourth quarter", not "first quarter 1986")
  let yearlessQuarter = null as { sentence: number; y: number; q: number } | null;
  // the first half a sentence named, for "a year earlier" compared with it there ("the first half ended November 30
  // amounted to 397.0 mln dlrs, down from 589.3 mln a year earlier")
  let namedHalf = null as { sentence: number; value: string } | null;
  // the last quarter the text named, which a quarter before it in its year follows (normalize.ts quarterBeforeStory)
  let lastQuarter = null as { sentence: number; y: number; q: number } | null;
  // a year that opens its sentence, which frames the rest of it
  let frame: { sentence: number; y: number } | null = null;
  // the last month a sentence placed in a year ("Exports in May"), whose year-ago period is that month a year back
  let sentenceMonth = null as { sentence: number; y: number; m: number; alone: boolean } | null;
  // the last month its sentence reports on, and the last side compared with, in the order they came
  let mainMonth = null as PlacedMonth | null;
  // the last month an expression that is no side compared with named, whatever its sentence ("in February", "last month")
  let toldMonth = null as { y: number; m: number } | null;
  let sideMonth = null as PlacedMonth | null;
  // the one month a sentence reports on, not a side compared with nor the first of a stretch ("Unadjusted May
  // unemployment totalled 1.91 mln, up from 1.90 mln in April"; null once a second is reported)
  let reportMonth = null as { sentence: number; y: number; m: number } | null;
  let reportedTwice = -1;
  // whether every expression since the sentence of reportMonth was a year back compared with it
  let reportHolds = false;
  // the last year back compared with ("from 10.12 billion a year earlier"), for the further sides after it
  let yearBackSide = null as { sentence: number; last: number } | null;
  // for each expression kept, whether it is a side a comparison looks back to (comparesBack)
  const sides: boolean[] = [];
  // the year of the last period the text reported on, and of a side compared with after it, for a "year-ago period"
  // away from talk of quarters
  const toldPeriod: { y: number; backSide?: number } = { y: anchors.dct.y };
  // the sentence of the last expression read, to tell whether a month is the first of its sentence
  let seenInSentence = -1;
  // the last year a sentence named in so many words ("1986 net excludes"), which its "yr-ago" is the year before
  let sentenceYear = null as { sentence: number; y: number } | null;
  // (the one year the sentence has told of so far, however it put it, and not in a title, "the Tax Reform Act of 1986")
  let onlyYear = null as { sentence: number; y: number; alone: boolean } | null;
  // a year counted back from the publication ("last year"), which a "the previous year" just after it counts from
  let countedYear: { sentence: number; y: number } | null = null;
  // the year the text was on before a year compared with moved it back ("1986 net profits up 5.3 pct to 635.5 mln from
  // 603.4 mln in 1985"): what "the previous year" right after counts from
  let beforeSide: number | null = null;
  // the date the text last set, as precisely as it set it ("July 1988"), for "until then"
  let lastSet: string | undefined;
  const annual = new AnnualResults(anchors.dct);
  const candidates = recognize(tokens, sentences);
  const narrative = isNarrative(candidates, anchors.dct.y);
  // each expression's direction as its own words give it, read first for all, so that a weekday named again can
  // take the day the story gives that name (same-weekday.ts)
  const owns = ownDirections(tokens, sentences, candidates, anchors.dct, narrative);
  const sameWeekday = new SameWeekday(candidates, owns, weekday(anchors.dct));
  for (const [index, c] of candidates.entries()) {
    const s = sentences[c.sentence];
    while (scanned < c.sentence) {
      scanned++;
      if (mentionsQuarter(tokens, sentences[scanned])) lastQuarterly = scanned;
    }
    anchors.quarterly = c.sentence - lastQuarterly <= 2;
    anchors.closedYear = narrative ? undefined : annual.closedYearAt(tokens, c.first, c.last);
    // "In 1986 ChemLawn earned … 2.58 dlrs in the fourth quarter", "In 2009, the administration slapped a duty on
    // tires in September": news names a year at the head of a sentence for all of it, so what the sentence dates
    // without a year is in that year, as a history's dates are in the year its story reached
    // (not a month that names an event of its own: "In 1989, the Exxon Valdez … until April's BP accident")
    anchors.storyQuarter = lastQuarter && c.sentence - lastQuarter.sentence <= STORY_QUARTER_REACH ? { ...lastQuarter, comparedBack: comparedWith(tokens, c.first, s.tokenStart) || followsBack(tokens, c.first, s.tokenStart) } : undefined;
    const storyYear: number | undefined = narrative ? named : frame !== null && frame.sentence === c.sentence && possessiveEnd(tokens, c.last) < 0 ? frame.y : undefined;
    anchors.storyYear = storyYear;
    // (a history's, or a sentence framed by its year: its days follow the story, as for dayJustAhead)
    const inHistory: boolean = narrative || storyYear !== undefined;
    const tense = sameWeekday.direction(index, () => directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd, true));
    const listedYear: number | undefined = listedMonthYear(tokens, lastMonth, c, anchors.dct) ?? listedDayYear(tokens, lastDay, c) ?? laterListedDayYear(tokens, lastDay, c) ?? laterListedMonthYear(tokens, lastMonth, c);
    const meaning: Candidate['meaning'] = listedYear !== undefined && c.meaning.kind === 'calendar' ? { ...c.meaning, y: listedYear } : c.meaning;
    // "would earn seven cts in the first quarter compared to three cts in the same quarter a year ago": a comparison
    // with a year back follows the quarter its sentence just named, though the story reports on another
    // ("expects first quarter net income to cover its dividend requirements in the quarter": "the quarter" after one
    // its sentence named is that one, looked ahead to or not)
    // (not one still to come: "expects to report losses for the fourth quarter and for the full year 1986 on revenues
    // of about 10 mln dlrs for the quarter", written in March, is more likely last year's quarter misread)
    // ("expects strong earnings for its first quarter ending March 31. … as a result of a strong mortgage business
    // during the quarter": in a story that reports on no quarter, "the quarter" a sentence on is the one just named)
    // (not one named with its year, as a story of this year's quarter names last year's: "expects to report in the first
    // quarter a loss … Convergent reported a first quarter 1986 profit … results declined in the quarter")
    // (nor for "the latest quarter", the last one done: "no estimate of the impact on fourth-quarter results. In the latest
    // quarter, sales rose")
    const justNamed = lastQuarter?.sentence === c.sentence ? lastQuarter : !anchors.focusReported && yearlessQuarter === namedQuarter && namedQuarter && c.sentence - namedQuarter.sentence <= NAMED_QUARTER_REACH && !latestDone(tokens, c) ? namedQuarter : null;
    const sameQuarter = justNamed && plainQuarter(c.meaning) && !quarterAhead(justNamed, anchors.dct) ? { ...anchors, focus: justNamed } : anchors;
    // ("Last year, the EC had a five billion dlr deficit, about half the deficit of the previous year": 1985; "fought off a
    // takeover bid last year, strengthened its capital during that year": 1986; only close by, for a story told of a
    // period of this year compares "the previous year" with last year)
    const afterCounted = countedYear && c.sentence - countedYear.sentence <= COUNTED_YEAR_REACH && yearOfContext(c.meaning) ? { ...sameQuarter, ref: { y: countedYear.y, m: 1, d: 1 } } : sameQuarter;
    const withNamedQuarter = namedQuarter?.sentence === c.sentence && comparesYearBack(c.meaning) ? { ...anchors, focus: namedQuarter, quarterly: true } : afterCounted;
    // ("… from 603.4 mln in 1985, Revenues increased to 17.35 billion guilders after 17.27 billion the previous year":
    // the year before the one reported, not before the one compared with)
    const compared: typeof anchors = beforeSide !== null && withNamedQuarter === anchors && yearBeforeContext(c.meaning) ? { ...anchors, ref: { y: beforeSide, m: 1, d: 1 } } : withNamedQuarter;
    const plan = yesterdaysPlan(tokens, c, s, anchors.dct, tense);
    const effective: Candidate['meaning'] = wireClockOnDistantDay(c, refDaySentence) ?? clockAfterRelativeDay(tokens, c, s, refDaySentence, refDayAt) ?? marketClockToday(tokens, c, s, refDaySentence, anchors) ?? pastTimeOnDayAhead(c, refDaySentence, anchors, tense) ?? resultsHeaderEnd(tokens, c) ?? fiscalYearEnd(tokens, c, anchors.dct) ?? periodClosedInYear(tokens, c, anchors.dct) ?? bracketedSlashRange(tokens, c) ?? bracketedSlashDays(tokens, c) ?? onsetWeekday(tokens, c, tense) ?? endedOn(tokens, c, anchors.dct, s) ?? feastSeasonUnderWay(tokens, c, anchors.dct) ?? meaning;
    let n = normalize(effective, compared, plan);
    if (!n) continue;
    // "Colonial had assets at year-end of 150 mln dlrs", written in March: a year's end told of as past is last year's
    if (n.value === String(anchors.dct.y) && pastYearEnd(tokens, c, anchors.dct, tense)) n = { ...n, value: String(anchors.dct.y - 1) };
    // "since 2005, the year of Hurricane Katrina", "back to 1990, the year before the collapse": "the year" set off
    // after a year restates it
    const restated = restatedYear(tokens, c, out[out.length - 1]);
    if (restated) n = { type: 'DATE', value: restated };
    // "the 1986 first and second quarters", "probably in the third and fourth quarters": the second period is in the
    // first's year, whichever way each would be read alone
    const paired = pairedPeriodYear(tokens, c, out[out.length - 1]);
    if (paired && /^\d{4}-[QH]\d$/.test(n.value)) n = { ...n, value: paired + n.value.slice(4) };
    // "domestic sales in the 1986/87 first half fell": the split year's half
    const ofSplitYear = splitYearPeriod(tokens, c, out[out.length - 1]);
    if (ofSplitYear && /^\d{4}-[QH]\d$/.test(n.value)) n = { ...n, value: ofSplitYear + n.value.slice(4) };
    // "in the prior year's first half": the period a year back, and its owner that period's year
    const priorYears = periodOfPriorYear(tokens, c, out[out.length - 1], n.value);
    if (priorYears) {
      n = { ...n, value: priorYears };
      out[out.length - 1] = { ...out[out.length - 1], value: priorYears.slice(0, 4) };
    }
    // "68 mln dlrs for the full year 1986 on revenues of 10 mln dlrs for the quarter and 52 mln dlrs for the year": "the
    // year" after the one year its sentence named is that year, whatever the verb looks to (not after two: "would rise
    // in 1987, after they declined in 1986, and all five predicted an average increase over the year")
    // ("reduced its energy loan portfolio by 32 pct during 1986, to 1.4 billion dlrs at year-end": so is a bare year's end)
    if (onlyYear?.sentence === c.sentence && onlyYear.alone && (isTheYear(tokens, c) || bareYearEnd(tokens, c)) && /^\d{4}$/.test(n.value)) n = { type: 'DATE', value: String(onlyYear.y) };
    // "reported a loss of 2.5 mln dlrs for the year, against a 1985 profit", "rose to 167 billion barrels by the end of the
    // year from 166.5 billion in 1985": the year whose figure is set against a year's named after it is the one after that
    const yearAfterSide: number | undefined = isStoryYear(c) && /^\d{4}$/.test(n.value) ? yearOfSideAfter(tokens, c.last, s.tokenEnd) : undefined;
    if (yearAfterSide !== undefined && yearAfterSide + 1 <= anchors.dct.y) n = { type: 'DATE', value: String(yearAfterSide + 1) };
    // "sales of 617 mln dlrs in the Jan-Sept period, against 194 mln dlrs in a similar 1986 period": a month with no year
    // of its own set against the same months of a year named is of the year after it
    const monthSideYear = plainMonth(c) && /^\d{4}-\d{2}$/.test(n.value) ? yearOfMonthSideAfter(tokens, c.last, s.tokenEnd) : undefined;
    if (monthSideYear !== undefined && monthSideYear + 1 <= anchors.dct.y) n = { ...n, value: String(monthSideYear + 1) + n.value.slice(4) };
    // "booked for April-June delivery", "the 1986/87 season (Oct-Sept)", "for June to August shipment": the end of a range
    // of months is in its start's year, or the next when it comes earlier in the year
    const rangeEndYear = monthRangeEndYear(tokens, c, out[out.length - 1]);
    if (rangeEndYear !== undefined && /^\d{4}-\d{2}$/.test(n.value)) n = { ...n, value: String(rangeEndYear) + n.value.slice(4) };
    // "will remain in place until July 1988 … any rating change until then": "then" after "until" is the date the text
    // last set, as precisely as it set it (the day it last set may lie further back)
    if (lastSet !== undefined && untilThen(tokens, c)) n = { type: 'DATE', value: lastSet };
    // "Thai coffee exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier": a year before the one the
    // sentence named
    const before = yearBeforeNamed(tokens, c, out, tokens[s.tokenStart].start, anchors.dct.y) ?? monthComparedBack(tokens, c, sides[sides.length - 1] ? undefined : out[out.length - 1], s.tokenStart);
    if (before) n = { type: 'DATE', value: before };
    // "In 1985, the latest year for which full figures are available, they produced 28 mln tonnes. A year earlier,
    // they had produced 800,000 more": a year back opening its sentence counts from the year that framed the one
    // before ("ago" counts from the publication)
    else if (frame?.sentence === c.sentence - 1 && c.first === s.tokenStart && yearBackPoint(tokens, c) && plain(tokens[c.last]) !== 'ago') n = { type: 'DATE', value: String(frame.y - 1) };
    // ("TOKYO, May 18 - …", stamped March 18: a dateline that misnames the story's day is still of the feed's year, never
    // a year back)
    if (c.sentence === 0 && datelineStamp(tokens, c) && /^\d{4}-\d{2}-\d{2}$/.test(n.value) && n.value.slice(0, 4) !== String(anchors.dct.y)) n = { ...n, value: String(anchors.dct.y) + n.value.slice(4) };
    // ("13.1 mln at the same time last year", after "compared with 26.2 mln ha by April 21, 1986": the text's time a year
    // back is last year's, however far back the side compared set the time)
    if (plain(tokens[c.first + 2]) === 'time' && plain(tokens[c.first + 1]) === 'same' && /^\d{4}-\d{2}$/.test(n.value) && +n.value.slice(0, 4) < anchors.dct.y - 1) n = { ...n, value: `${anchors.dct.y - 1}-${String(anchors.dct.m).padStart(2, '0')}` };
    // (not in a history, whose days follow its story)
    const starting: string | undefined = inHistory ? undefined : startingDayAhead(tokens, c, c.meaning, n.value, anchors.dct);
    if (starting) n = { ...n, value: starting };
    const offered = dayAfterOffered(tokens, c, out[out.length - 1], n.value, anchors.dct);
    if (offered) n = { ...n, value: offered };
    // "End-February reserves last year were 27.58 billion dlrs", "January surplus last year was 1.19 billion": a month
    // naming a figure whose subject "last year" dates is last year's month
    if (monthFigureLastYear(tokens, c) && /^\d{4}-\d{2}$/.test(n.value)) n = { ...n, value: String(anchors.dct.y - 1) + n.value.slice(4) };
    // "The overall January deficit of 14.8 billion dlrs will be revised", written in April: a month's figure is told of
    // after the month, so a future verb looks ahead to the telling, not to next year's month
    else if (monthOfAFigure(tokens, c)) n = { ...n, value: monthGoneBy(n.value, anchors.dct) ?? n.value };
    // "agreed under February's Louvre Accord", written in October: an event named by its month's possessive has
    // happened, as one named by its weekday's has, unless the words before put it ahead ("ahead of July's conference")
    if (plainMonth(c) && /^\d{4}-\d\d$/.test(n.value) && possessiveEnd(tokens, c.last) === c.last + 1 && n.value > formatMonth(anchors.dct.y, anchors.dct.m) && !monthPossessiveAhead(tokens, c)) n = { ...n, value: yearShifted(n.value, -1) };
    const pairedSeason = pairedSeasonValue(tokens, c, out[out.length - 1], n.value);
    if (pairedSeason) n = { ...n, value: pairedSeason };
    // (a year back compared with a half its sentence named is that half a year back)
    if (namedHalf?.sentence === c.sentence && yearBackPoint(tokens, c) && /^\d{4}-Q[1-4]$/.test(n.value)) n = { ...n, value: yearShifted(namedHalf.value, -1) };
    const nextDay = restatedNextDay(tokens, c, out[out.length - 1], n.value);
    if (nextDay) n = { ...n, value: nextDay };
    // "between February 18 and February 21, 1986, selling those shares for a profit on February 21": a day its sentence
    // already dated with a year is that day again
    // (a past one: "are due April 14, 1989, and are for settlement April 14" is a bond's settlement this year, its
    // maturity's day of the month)
    const repeated = repeatedDayOfSentence(c, out, tokens[s.tokenStart].start, n.value, anchors.dct);
    if (repeated) n = { ...n, value: repeated };
    const listedDay = dayOfListedYear(tokens, c, out[out.length - 1]);
    if (listedDay) n = { ...n, value: listedDay };
    const rangeEnd = rangeEndAfterStart(tokens, c, out[out.length - 1], n.value, anchors.dct);
    if (rangeEnd) n = { ...n, value: rangeEnd };
    // "for the period February 1 to 26 last year": a range of days closed by "last year" lies in that year, both ends
    if (listedYear !== undefined && rangeOfLastYear(tokens, c, out[out.length - 1], n.value, anchors.dct)) {
      n = { ...n, value: String(anchors.dct.y - 1) + n.value.slice(4) };
      out[out.length - 1] = { ...out[out.length - 1], value: String(anchors.dct.y - 1) + out[out.length - 1].value.slice(4) };
    }
    // a month or day the clause's tense put a year off, where news rarely puts one (a month listed in a run keeps its run's year)
    const moved: -1 | 0 | 1 = listedYear === undefined ? yearMoved(tokens, c, s, effective, n.value, anchors, plan, tense, narrative) : 0;
    if (moved !== 0) n = { ...n, value: yearShifted(n.value, moved) };
    // "The cane crush normally runs from June to December", "Thailand's rainy season normally starts in the spring":
    // the usual month or season of what the clause tells, of no one year
    if ((plainMonth(c) || plainSeasonOrQuarter(c)) && /^\d{4}-(?:\d{2}|SP|SU|FA|WI|Q[1-4])$/.test(n.value) && habitualMonth(tokens, c, s.tokenStart)) n = { ...n, value: `XXXX${n.value.slice(4)}` };
    // "Exports in May rose 5 pct from the year-ago period", "sales in January compared with the same period last
    // year": away from talk of quarters, the period compared with is the sentence's month a year back
    // (only a month alone in its sentence so far: "in January and February … from the year-ago period", "from January
    // to March … compared with the same period last year" span more than one)
    // "Cargo traffic in the month was 10 pct higher", "started out with strong sales early in the month", in a story of
    // January's or February's figures: "the month" told of in the past or the present is the month the text reports on
    // (its end or its start only in the past: "the EC summit at the end of the month" lies ahead)
    if (theMonthAlone(c) && (tense < 0 || (tense === 0 && c.mod === undefined)) && toldMonth && n.value === formatMonth(anchors.dct.y, anchors.dct.m) && monthsBetween(toldMonth, anchors.dct) >= 1 && monthsBetween(toldMonth, anchors.dct) <= TOLD_MONTH_REACH) n = { ...n, value: formatMonth(toldMonth.y, toldMonth.m) };
    const periodOfMonth = sentenceMonth?.sentence === c.sentence && sentenceMonth.alone ? sentenceMonth : null;
    const side = comparesBack(tokens, c, s.tokenStart, out, sides);
    // "The figures are expected to show a deficit of 13 billion dlrs, from a provisional 14.8 billion in January", in
    // April: the side a forecast is set against is a figure already known, a month gone by, not next year's
    if (side && plainMonth(c)) n = { ...n, value: monthGoneBy(n.value, anchors.dct) ?? n.value };
    // "exports will increase in the January/March quarter from the October/December quarter", "will rise in February
    // from December": the side a change is measured from comes before the period the change is in
    if (side && sideNotBeforeMain(tokens, c, out[out.length - 1], sides[sides.length - 1] === true, s.tokenStart, n.value)) n = { ...n, value: yearShifted(n.value, -1) };
    if (!anchors.quarterly && periodOfMonth && yearAgoPeriod(tokens, c)) n = { type: 'DATE', value: `${periodOfMonth.y - 1}-${String(periodOfMonth.m).padStart(2, '0')}` };
    // "Available seat miles in February totaled 596.6 mln, up from 526.8 mln a year ago": a year back compared with
    // the month reported on (not one compared with or opening a range: "rose to 87.02 billion from 86.18 billion in
    // January and 72.28 billion a year earlier" compares the month the report is of; "in January/March … a year ago"
    // spans more)
    // (or in the next sentence, before it names a period of its own: "Comair Inc said February load factor fell to 34.6
    // pct from 38.0 pct a year before. The company said revenue passenger miles rose 9.5 pct to 10.9 mln from 9,962,399
    // a year before")
    else if (!anchors.quarterly && reportMonth && (reportMonth.sentence === c.sentence || (reportMonth.sentence < c.sentence && reportHolds && seenInSentence !== c.sentence && reportCarriesOn(tokens, s, c, reportMonth, anchors.dct))) && yearBackPoint(tokens, c) && comparedWith(tokens, c.first, s.tokenStart)) n = { type: 'DATE', value: `${reportMonth.y - 1}-${String(reportMonth.m).padStart(2, '0')}` };
    // "power production in the 52 weeks ended March 14 was up 2.1 pct from the year-ago period", "1.87 billion in the
    // year-earlier period" after "the first two months of 1987": away from talk of quarters no quarter is meant, but
    // the year before the period the text last reported on, or the year of a side compared with after it that lies
    // further back ("the first two months … from 132,105 units in February 1986 … in the year-earlier period" 1986; not
    // "against 4.1 mln in the week ended February 28 and 4.3 mln in the corresponding year-ago period"); not in a story
    // of a reported quarter, however far back it named it
    // (a side compared with, it sets no year of its own: "In the year-ago period … compared with … in the year-ago period")
    const yearBackPeriod = !anchors.quarterly && !periodOfMonth && !anchors.focusReported && yearAgoPeriod(tokens, c) && /^\d{4}-Q[1-4]$/.test(n.value);
    if (yearBackPeriod) n = { type: 'DATE', value: String(toldPeriod.backSide !== undefined && toldPeriod.backSide < toldPeriod.y ? toldPeriod.backSide : toldPeriod.y - 1) };
    // "sales for the first six months of the year were 242.0 mln dlrs, above the 210.1 mln dlrs reported in the same
    // period last year": a period compared after a span of months its sentence reported on is the year before that
    // span's, not a quarter, though the story is of quarters
    // ("from 4.9 billion in the corresponding period of 1986", "against 109,250 tonnes in the same month of 1985": the
    // year it names after it)
    const spanBack: string | undefined = comparedTimeOfYear(tokens, c, n.value) ?? yearBeforeMonthSpan(tokens, c, out, tokens[s.tokenStart].start, n.value, anchors.focus.y) ?? yearBeforeMonthRange(text, tokens, c, out, s.tokenStart);
    if (spanBack) n = { type: 'DATE', value: spanBack };
    // (an index's base year is no period told of: "The February sales index, base 1980, was put at 125.0")
    if (n.type === 'DATE' && /^\d{4}(?:-|$)/.test(n.value) && !yearBackPeriod && !indexBase(tokens, c.first, c.last)) {
      if (side) toldPeriod.backSide = +n.value.slice(0, 4);
      else {
        toldPeriod.y = +n.value.slice(0, 4);
        toldPeriod.backSide = undefined;
      }
    }
    // "Note: 1986 net excludes a gain vs yr-ago loss", "reported 1986 losses rose from year-ago 7.2 mln dlrs": the
    // adjective compares with the year before the one its sentence named (in talk of quarters too: the year the
    // sentence names is the one reported on)
    const yearToldInSentence: number | undefined = sentenceYear?.sentence === c.sentence ? sentenceYear.y : undefined;
    // (or opening the sentence after it: "decreased 1986 earned premiums by 10 mln. Year-ago results restated")
    const yearOfNote: boolean = sentenceYear !== null && (sentenceYear.sentence === c.sentence || (sentenceYear.sentence === c.sentence - 1 && c.first === s.tokenStart));
    if (yearOfNote && yearAgoAdjective(tokens, c)) n = { type: 'DATE', value: String(sentenceYear!.y - 1) };
    const yearNamed = namedYear(c.meaning);
    if (yearNamed !== undefined && /^\d{4}$/.test(n.value)) sentenceYear = { sentence: c.sentence, y: yearNamed };
    if (n.type === 'DATE' && /^\d{4}$/.test(n.value)) {
      const alone = (onlyYear?.sentence !== c.sentence || (onlyYear.alone && onlyYear.y === +n.value)) && !yearOfTitle(tokens, c.first);
      onlyYear = { sentence: c.sentence, y: +n.value, alone };
    }
    const monthPlaced: RegExpExecArray | null = (c.meaning.kind === 'calendar' && c.meaning.m !== undefined && c.meaning.d === undefined) || monthNamedByShift(tokens, c) ? /^(\d{4})-(\d{2})$/.exec(n.value) : null;
    // ("Imports fell to 8.61 billion from 10.12 billion a year earlier and 8.94 billion in January": a month after a year
    // back compared with, as a further side, is no month reported on)
    const furtherSideMonth = !!monthPlaced && yearBackSide?.sentence === c.sentence && furtherSide(tokens, yearBackSide.last, c.first);
    if (monthPlaced && !side && !furtherSideMonth) toldMonth = { y: +monthPlaced[1], m: +monthPlaced[2] };
    if (monthPlaced) sentenceMonth = { sentence: c.sentence, y: +monthPlaced[1], m: +monthPlaced[2], alone: seenInSentence !== c.sentence };
    else if (sentenceMonth?.sentence === c.sentence) sentenceMonth.alone = false;
    if (monthPlaced && plainMonth(c)) {
      const placed: PlacedMonth = { sentence: c.sentence, y: +monthPlaced[1], m: +monthPlaced[2], at: out.length };
      if (side) sideMonth = placed;
      else mainMonth = placed;
    }
    // (nor either end of a range: "the 1986/87 sugar crop (November/March) at 4.82 mln tonnes, down from 5.2 mln a year
    // earlier" reports on no month)
    if (monthPlaced && !side && !furtherSideMonth && !MONTH_RANGE_LINKS.has(tokens[c.last + 1]?.text ?? '') && !endsARange(tokens, c.first)) {
      const first = reportMonth?.sentence !== c.sentence;
      reportMonth = first ? { sentence: c.sentence, y: +monthPlaced[1], m: +monthPlaced[2] } : null;
      reportHolds = true;
      if (!first) reportedTwice = c.sentence;
    }
    // (nor once another period is reported after it: "It said last November that areas sown fell to 8.25 mln hectares
    // this year, down from 8.84 mln a year ago")
    else if (reportMonth?.sentence === c.sentence && n.type === 'DATE' && /^\d{4}/.test(n.value) && !side && !furtherSideMonth) reportMonth = null;
    if (reportedTwice === c.sentence) reportMonth = null;
    // (a wire dateline's day is no period its sentence reports on: "WASHINGTON, June 1 - Presidential Airways Inc said its
    // load factor for April was 43.8 pct compared with 44.6 pct in the year-ago period" names April alone)
    const comparedYearBack = yearBackPoint(tokens, c) && comparedWith(tokens, c.first, s.tokenStart);
    if (comparedYearBack) yearBackSide = { sentence: c.sentence, last: c.last };
    if (reportMonth && c.sentence > reportMonth.sentence && !comparedYearBack && !furtherSideMonth) reportHolds = false;
    if (!datelineStamp(tokens, c)) seenInSentence = c.sentence;
    // "the June quarter": the month placed, its quarter given
    const closedQuarter: RegExpExecArray | null = c.meaning.kind === 'calendar' && c.meaning.closesQuarter ? /^(\d{4}|XXXX)-(\d{2})$/.exec(n.value) : null;
    if (closedQuarter) n = { ...n, value: `${closedQuarter[1]}-Q${+closedQuarter[2] / 3}` };
    const placed: RegExpExecArray | null = monthWithEdge(c) ? /^(\d{4})-(\d{2})$/.exec(n.value) : null;
    // (and whether it follows an earlier month of its year in the same sentence: a run going forward, which a later
    // month listed with a figure of its own continues)
    const runsOn: boolean = !!placed && lastMonth !== null && lastMonth.sentence === c.sentence && lastMonth.m < +placed[2] && lastMonth.y === +placed[1];
    lastMonth = placed ? { sentence: c.sentence, first: c.first, last: c.last, y: +placed[1], m: +placed[2], runsOn } : null;
    // "buy the flour between April 8 and August 31, 1987 and ship it by September 30": a later day of the same sentence,
    // its year not written, goes on in the year the sentence wrote out
    const afterYearDated = plainDay(c) && c.meaning.kind === 'calendar' && yearDatedDay?.sentence === c.sentence && c.meaning.m! * 100 + c.meaning.d! > yearDatedDay.m * 100 + yearDatedDay.d;
    // (this year's, where the day alone went a year back; not a holiday, "the Christmas selling season")
    if (afterYearDated && yearDatedDay!.y === anchors.dct.y && n.value.slice(0, 4) === String(anchors.dct.y - 1) && /^\d{4}-\d{2}-\d{2}$/.test(n.value) && /\d/.test(tokens[c.last].text)) n = { ...n, value: String(yearDatedDay!.y) + n.value.slice(4) };
    // "On March 12, 1985, Seemala 'sold' Jefferies 810,000 shares … On March 20, Jefferies and Co 'sold' Seemala 185,500
    // shares", written in March 1987: a story told in the past goes on in the earlier year it wrote out, a sentence or
    // two on, for the days of the weeks after (or the same day told again: "between February 18 and February 21, 1986,
    // selling those shares … on February 21")
    const daysOn: number = plainDay(c) && c.meaning.kind === 'calendar' && yearDatedDay !== null ? (c.meaning.m! - yearDatedDay.m) * 31 + c.meaning.d! - yearDatedDay.d : -1;
    const storyGoesOn: boolean = daysOn >= 0 && daysOn <= DATED_STORY_DAYS && tense < 0 && STORY_DAY_LEADS.has(plain(tokens[c.first - 1])) && yearDatedDay!.y < anchors.dct.y && c.sentence >= yearDatedDay!.sentence && c.sentence - yearDatedDay!.sentence <= DATED_STORY_REACH;
    if (storyGoesOn && /^\d{4}-\d{2}-\d{2}$/.test(n.value) && /\d/.test(tokens[c.last].text)) n = { ...n, value: String(yearDatedDay!.y) + n.value.slice(4) };
    if (c.meaning.kind === 'calendar' && c.meaning.y !== undefined && c.meaning.m !== undefined && c.meaning.d !== undefined && c.meaning.d > 0) yearDatedDay = { sentence: c.sentence, y: c.meaning.y, m: c.meaning.m, d: c.meaning.d };
    const placedDay: RegExpExecArray | null = plainDay(c) ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(n.value) : null;
    lastDay = placedDay ? { sentence: c.sentence, first: c.first, last: c.last, y: +placedDay[1], m: +placedDay[2], d: +placedDay[3] } : null;
    // "for April/Dec." (in March: April 1987, December 1986 read alone), "In July/September, domestic demand
    // contributed": a slash range read with its end before its start is put in order (a quoted pair's months are
    // each the coming one: "Dec/Jan 6-3/4 under")
    const ordered = slashPairInOrder(tokens, c, s, out[out.length - 1], n.value, anchors.dct);
    if (ordered) {
      out[out.length - 1] = { ...out[out.length - 1], value: ordered.start };
      n = { ...n, value: ordered.end };
    }
    const rangeStart = monthRangeStart(tokens, c, out[out.length - 1], n.value) ?? dayRangeStart(tokens, c, out[out.length - 1], n.value);
    if (rangeStart) out[out.length - 1] = { ...out[out.length - 1], value: rangeStart };
    // "imported 56,823 tonnes in December, up from 46,236 tonnes in the same 1985 month": the month the text is on, in
    // the year named
    if (sameMonthOfAYear(tokens, c, n.value)) n = { ...n, value: `${n.value}-${String(sentenceMonth?.sentence === c.sentence ? sentenceMonth.m : anchors.refMonth.m).padStart(2, '0')}` };
    // "changed its fiscal year end from Aug 31 to Dec 31": the day a year of accounts ends on, every year, no one date
    if (fiscalYearEndChanged(tokens, c, s.tokenStart) && /^\d{4}-\d{2}(?:-\d{2})?$/.test(n.value)) n = { ...n, value: `XXXX${n.value.slice(4)}` };
    // "totaled 2,507,000 in the week ended Feb 28, the latest period for which that figure was available": the period in
    // apposition is the one just named, a week where a week closed on that day
    const apposed = latestPeriodApposed(tokens, c, out[out.length - 1]);
    if (apposed) n = { type: 'DATE', value: apposed };
    // "NOTE: Prior year excludes discontinued operations loss of 14 cts per share in the quarter and 18 cts a share in
    // the year": a results note on the year-ago figures tells of the quarter and the year before the ones reported
    // (its own value only: the note moves no anchor, so the periods after it stay the ones reported)
    // "was unchanged in March compared with February but stood 0.2 pct lower than in the same month in 1986": a month
    // compared a year back is the one its sentence reports on, not the side compared with just before (where the
    // side gave it its month)
    if (mainMonth?.sentence === c.sentence && sideMonth?.sentence === c.sentence && sideMonth.at > mainMonth.at && sameMonthWords(tokens, c) && /^\d{4}-\d\d$/.test(n.value) && +n.value.slice(5) === sideMonth.m && sideMonth.m !== mainMonth.m) {
      const compared = addMonths({ y: mainMonth.y, m: mainMonth.m, d: 1 }, monthsBetween(sideMonth, { y: +n.value.slice(0, 4), m: +n.value.slice(5) }));
      n = { ...n, value: formatMonth(compared.y, compared.m) };
    }
    const value = noteValue(text, tokens, c, s, n.value);
    const start = c.start ?? tokens[c.first].start;
    const end = c.end ?? tokens[c.last].end;
    const timex: Timex = { start, end, text: text.slice(start, end), type: n.type, value };
    if (c.mod) timex.mod = c.mod;
    // a vague expression the gold would likely leave out ("Now, he says", "$500 million a year") is
    // dropped; it sets no anchor, so nothing below depends on it
    if ((filter || options.observeVague) && inVagueClass(n.type, n.value)) {
      const features = keepFeatures(tokens, c.first, c.last, s.tokenStart, s.tokenEnd, n.type, n.value);
      if (options.moreFeatures) features.push(...options.moreFeatures(c.first, c.last));
      options.observeVague?.(timex, features);
      if (filter && !keeps(filter, features)) continue;
    }
    // "a press conference at 1030 EST in New York tomorrow", "at 1500 est (2100 gmt) tomorrow": the clock times
    // before a day word that dates them, with only a place or a bracket between, are that day's
    if (n.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(n.value) && datesClockBefore(c.meaning)) redateClockTimes(tokens, out, c.first, n.value);
    out.push(timex);
    sides.push(side);
    // a results story names the quarter it reports on ("fiscal first quarter", "third-quarter net"): "the
    // quarter", "the year-ago period" and a quarterly "a year ago" then follow that quarter (an outlook for a
    // coming quarter, "fourth-quarter earnings will be lower", does not)
    // a quarter the expression names by its number, as placed ("the fourth quarter" → 1986-Q4)
    // ("at the end of this quarter compared with 669 mln dlrs a year earlier": "this quarter" names one too)
    const fq = namesAQuarter(c.meaning) || (c.meaning.kind === 'calendar' && c.meaning.thisQuarter) ? /^(\d{4})-Q(\d)$/.exec(n.value) : null;
    const quarter = fq ? { sentence: c.sentence, y: +fq[1], q: +fq[2] } : null;
    if (quarter) lastQuarter = quarter;
    // (the first of its sentence: "rose to 4.6 billion in the fourth quarter from 4.3 billion in the third quarter and 4.5
    // billion a year earlier" compares with the fourth quarter's year)
    if (quarter && namedQuarter?.sentence !== c.sentence && !comparedWith(tokens, c.first, s.tokenStart)) {
      namedQuarter = quarter;
      if (c.meaning.kind === 'calendar' && c.meaning.y === undefined) yearlessQuarter = quarter;
    }
    const half = c.meaning.kind === 'calendar' && c.meaning.half !== undefined && /^\d{4}-H[12]$/.test(n.value) ? n.value : null;
    if (half && namedHalf?.sentence !== c.sentence && !comparedWith(tokens, c.first, s.tokenStart)) namedHalf = { sentence: c.sentence, value: half };
    if (quarter && (quarter.y === anchors.dct.y || quarter.y === anchors.focus.y) && tense <= 0 && reportsOn(tokens, c.first, c.last) && (tense < 0 || completed(quarter.y, quarter.q, anchors.dct))) {
      anchors.focus = { y: quarter.y, q: quarter.q };
      anchors.focusReported = true;
    }
    // a year named as a plan ("for a planned campaign in 1976", "would be completed in 1977") is not where
    // the story has moved
    const year = namedYear(c.meaning);
    annual.observe(year, n.value, tense);
    if (year !== undefined && tense <= 0 && framesItsSentence(tokens, c, s)) frame = { sentence: c.sentence, y: year };
    // "Last year a large proportion of the crop was not drilled until May": a year counted from publication frames its
    // sentence as a year named outright does (not as a possessive: "Last year's crop was good and the new crop was sown
    // in March")
    else if (year === undefined && c.meaning.kind === 'shift' && c.meaning.unit === 'year' && c.meaning.from === 'dct' && c.meaning.n < 0 && /^\d{4}$/.test(n.value) && tense <= 0 && framesItsSentence(tokens, c, s) && possessiveEnd(tokens, c.last) < 0) frame = { sentence: c.sentence, y: +n.value };
    if (namesLastYear(tokens, c, n.value) && !anchors.quarterly) countedYear = { sentence: c.sentence, y: +n.value };
    // (an index's base year is no time told of: "the index, base 1963, stood at 166 after up four pct from the 159
    // recorded the previous year" counts from 1986, not 1963)
    const baseYear = year !== undefined && indexBase(tokens, c.first, c.last);
    if (year !== undefined && tense <= 0 && !baseYear) named = year;
    // an expression anchored at the publication date brings a history back to the present: a month named
    // after "earlier this year" or "On Sunday" is in that year, not in the year the background last reached
    // ("the 1997 treaty. … he warned earlier this year … agreed in June"), whichever way it looks: "the VP debate on
    // Wednesday", still ahead, is as much in the present as "On Sunday"
    else if (returnsToPresent(c.meaning) && /^\d{4}/.test(n.value)) named = +n.value.slice(0, 4);
    // remember the date the text sets, at the precision it sets it, for "the next day", "that year"
    const set = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(n.value.slice(0, 10));
    // ("killed 9/11 plotter Osama bin Laden", "9/11 families": the attacks named in passing, as a modifier of
    // another noun, move no story to 2001; "the Sept. 11 attacks … the next morning" does)
    // ("rising to 1.3055/60 from 1.3080/85 yesterday. … the dollar's value at midday": a day compared with is no day the
    // story moves to)
    // ("an increase of 1.4 pct from the previous Friday … a 0.9 pct increase from the previous Friday": a day counted back
    // from the story's on the side compared with is no day the story moves to, or each would count from the last)
    const sideDay: boolean = side && ((c.meaning.kind === 'shift' && c.meaning.unit === 'day' && c.meaning.from === 'dct' && c.meaning.n === -1) || (c.meaning.kind === 'calendar' && c.meaning.wd !== undefined && c.meaning.from === 'context' && c.meaning.dir === -1));
    if (set && !yearBackPeriod && !baseYear && !sideDay && (c.meaning.kind === 'calendar' || (c.meaning.kind === 'fixed' && n.type === 'DATE') || namesDay(c.meaning)) && !closesPeriod(tokens, c) && !namesAHolidayWeekend(tokens, c) && !(c.meaning.kind === 'calendar' && c.meaning.attacks && (modifiesAnotherNoun(tokens, c.last) || namedInPassing(tokens, c)))) {
      // ("On December 31, 1986 Exxon's total debt … long term debt stood at 4.3 billion dlrs, down from 4.8 billion dlrs in
      // 1985": a full date the sentence wrote out tells its year too)
      const toldYear: number | undefined = yearToldInSentence ?? (yearDatedDay?.sentence === c.sentence ? yearDatedDay.y : undefined);
      beforeSide = side && !set[2] && !anchors.quarterly && toldYear !== undefined && toldYear > +set[1] ? toldYear : null;
      anchors.ref = { y: +set[1], m: set[2] ? +set[2] : 1, d: set[3] ? +set[3] : 1 };
      lastSet = set[0];
      countedYear = null;
      // ("reserves totalled 91.06 billion in January, against 93.07 billion in December … unchanged from the previous
      // month": a month named as the other side of a comparison is not the one the report counts from)
      // ("31 pct expect prices to rise before July. Six pct forecast prices will fall, against four pct a month earlier": a
      // month ahead named as a deadline is no month the report is on)
      if (set[2] && !(set[3] === undefined && comparedAmountMonth(tokens, c, s.tokenStart)) && !deadlineAhead(tokens, c, anchors.ref, anchors.dct)) anchors.refMonth = anchors.ref;
      // "started in mid-2017 and ended six grinding months later", "in late 2017 … A month later": a part of a
      // year places the story in a month, so a count of months is not taken from a month of another year named
      // long before (a plain year is as often background — "since 2011" — and leaves the month anchor alone)
      // ("at end 1986, reduced from 15.6 billion three months earlier", after "end-September": a year's end places it in
      // its December, whatever month of the year came before)
      else if (c.mod !== undefined && YEAR_PART_MONTH[c.mod] !== undefined && (anchors.refMonth.y !== anchors.ref.y || (c.mod === 'END' && !set[2]))) anchors.refMonth = { y: anchors.ref.y, m: YEAR_PART_MONTH[c.mod], d: 1 };
      if (set[3]) {
        anchors.refDay = anchors.ref;
        // ("in the week ended February 26 … the 1987/88 season, which begins June 1 … equaled the preceding week": a
        // day still ahead, or one named in passing in a relative clause — "the agreement, which began October 1" —
        // does not end the report's week)
        if (tense <= 0 && !insideRelativeClause(tokens, c.first, s.tokenStart)) anchors.refWeek = undefined;
        refDaySentence = c.sentence;
        refDayAt = c.first;
      }
    } else if (/^\d{4}-Q[1-4]$/.test(n.value) && namesAQuarter(c.meaning)) {
      // "rose 1.1 pct in the fourth quarter of 1986, the same as in the previous quarter": a quarter named places the
      // story in its months, which a count of quarters or months counts from (the day and year anchors stay)
      anchors.refMonth = { y: +n.value.slice(0, 4), m: 3 * +n.value[6] - 2, d: 1 };
    } else if (set?.[2] && !set[3] && c.meaning.kind === 'calendar' && closesA('year', tokens, c, true)) {
      // "In the year to January, inflation ran at 10.24 pct after an 11.3 pct rate a month earlier": the month a
      // year's rate closes on is the one its previous month counts from, though the story's day stays where it was
      anchors.refMonth = { y: +set[1], m: +set[2], d: 1 };
    } else if (set?.[3] && closesA('week', tokens, c)) {
      // "claims totaled 2,507,000 in the week ended Feb 28 … up from 2,477,000 the previous week": the week a
      // report closes is the one the next weeks count from, though the story stays where it was
      anchors.refWeek = { y: +set[1], m: +set[2], d: +set[3] };
    } else if (set?.[3] && closesA('year', tokens, c)) {
      // "a net loss of 111.2 mln dlrs for the year ended December 31 compared to a profit of 64.2 mln dlrs in the year
      // earlier": the year a report closes is the one "the year earlier" counts from (1985 in 1987's March), though the
      // story's day and month stay where they were
      anchors.ref = { y: +set[1], m: 1, d: 1 };
    } else if (c.meaning.kind === 'calendar' && c.meaning.weekOfMonth !== undefined && c.meaning.m !== undefined && /^\d{4}-W\d{2}$/.test(n.value)) {
      // "rose in the fourth week of February … from the previous week": a week of a month named is the one the next
      // weeks count from, as a week a report closes is, and its month the one the next months count from ("a gain
      // over the same month last year")
      anchors.refWeek = dayInWeekOfMonth(+n.value.slice(0, 4), c.meaning.m, c.meaning.weekOfMonth);
      anchors.refMonth = { y: anchors.refWeek.y, m: c.meaning.m, d: 1 };
    } else if (c.meaning.kind === 'shift' && c.meaning.unit === 'week' && c.meaning.from === 'dct' && !c.meaning.ago && (c.meaning.n === -1 || c.meaning.n === 0) && /^\d{4}-W\d{2}$/.test(n.value)) {
      // "Last week saw issuance of 1.3 billion dlrs, down from the prior week's tally": the week a story tells of is
      // the one "the prior week" counts from ("this week" brings it back to the publication's)
      anchors.refWeek = addDays(anchors.dct, 7 * c.meaning.n);
    } else if (c.meaning.kind === 'shift' && c.meaning.unit === 'week' && c.meaning.ago && c.first === s.tokenStart) {
      // "A week ago Mr Trump countermanded that. A day later he changed again": the week is its value, but a story
      // that opens a sentence with it stands on the day that many weeks back, which "a day later" counts from (in
      // passing, "since the leak began six weeks ago", it moves nothing)
      anchors.ref = anchors.refMonth = anchors.refDay = addDays(anchors.dct, 7 * c.meaning.n);
      lastSet = undefined;
      refDaySentence = c.sentence;
      refDayAt = c.first;
    }
  }
  return out;
}

/** How many sentences after a quarter named a quarter before it may still take its year. */
const STORY_QUARTER_REACH = 2;
/** Sentences after a quarter named, in a story that reports on none, within which "the quarter" is that one. */
const NAMED_QUARTER_REACH = 1;

/** Links after a month that make it the first of a stretch: "January/March", "January-May". */
const MONTH_RANGE_LINKS: ReadonlySet<string> = new Set(['/', '-', '–']);

/** The month at `first` ends a range joined to the word before it ("November/March", "April-June"; not a dateline's "March 2 - February volume"). */
function endsARange(tokens: readonly Token[], first: number): boolean {
  const link = tokens[first - 1];
  return !!link && first >= 2 && MONTH_RANGE_LINKS.has(link.text) && link.end === tokens[first].start && tokens[first - 2].end === link.start;
}

/**
 * The end of this year ("year-end", "the end of the year", "end-year") in a clause told in the past, before December:
 * that end is still ahead, so the one told of is last year's ("treasury bills outstanding at year end was 69.7
 * billion dlrs", "cash fell to 299 mln dlrs at year end"). Not "later this year", which a past verb of saying only
 * reports ("said it would open later this year"), nor a fiscal year's end, which may have passed.
 */
function pastYearEnd(tokens: readonly Token[], c: Candidate, dct: Ymd, tense: Direction): boolean {
  if (tense >= 0 || c.mod !== 'END' || dct.m === 12 || c.meaning.kind !== 'shift' || c.meaning.unit !== 'year' || c.meaning.n !== 0 || c.meaning.from !== 'dct') return false;
  // (nor "the end of this year's season", which names this year, nor a target set for the end: "revised its year-end
  // peso forecast")
  if (plain(tokens[c.first - 1]) === 'fiscal' || TARGETS.has(plain(tokens[c.last + 1]))) return false;
  let end = false;
  for (let k = c.first; k <= c.last; k++) {
    const w = plain(tokens[k]);
    if (w === 'this') return false;
    if (w === 'year-end' || w === 'end-year' || w === 'end') end = true;
  }
  return end;
}
/** "the year", "the end of the year", "the full year": the year a story is on, which the text may set. */
function isStoryYear(c: Candidate): boolean {
  return c.meaning.kind === 'shift' && c.meaning.unit === 'year' && c.meaning.n === 0 && c.meaning.story === true;
}

/** "year-end", "year end", "end-year" with nothing else: the end of a year the words do not name. */
function bareYearEnd(tokens: readonly Token[], c: Candidate): boolean {
  if (c.mod !== 'END' || c.meaning.kind !== 'shift' || c.meaning.unit !== 'year' || c.meaning.n !== 0 || c.meaning.from !== 'dct') return false;
  const words = tokens.slice(c.first, c.last + 1).map(plain).join(' ');
  return words === 'year-end' || words === 'year end' || words === 'end-year';
}
/** What is set for a time still ahead: "the year-end forecast", "an end-year target of 30 percent". */
const TARGETS = new Set(['forecast', 'forecasts', 'target', 'targets', 'projection', 'projections', 'estimate', 'estimates', 'goal', 'goals', 'outlook']);

/** A season or a quarter with nothing else: "the spring", "the third quarter", not "last spring" or "the third quarter of 1986". */
function plainSeasonOrQuarter(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'calendar' && (m.season !== undefined || m.q !== undefined) && m.y === undefined && m.yShift === undefined && m.dir === undefined && m.from === undefined && c.mod === undefined;
}


/** A month its sentence placed, in the order the expressions came (`at`: how many were kept before it). */
interface PlacedMonth {
  sentence: number;
  y: number;
  m: number;
  at: number;
}

/** A value that starts with its year, that many years on ("1987-09" by -1: "1986-09"). */
function yearShifted(value: string, by: number): string {
  return String(+value.slice(0, 4) + by) + value.slice(4);
}

/** Sentences after a day written with an earlier year within which a later day of a past story is of that year. */
const DATED_STORY_REACH = 2;
/** Words before a day that tell an event on it ("On March 20, Jefferies sold"), not a report's date ("the report of March 23"). */
const STORY_DAY_LEADS: ReadonlySet<string> = new Set(['on', 'between', 'from', 'until', 'till', 'by', 'since']);
/** Most days (a month's worth) after that day such a later day may lie. */
const DATED_STORY_DAYS = 45;

/** Most months before publication a month reported on lies: the figures of the month or two just gone. */
const REPORTED_MONTH_REACH = 2;

/**
 * Whether the month an earlier sentence reported on is still the one a "year before" at `c` compares: it is a month
 * just gone (not "had told analysts last July"), and this sentence names no other month ("fell 13.9 pct from a year
 * earlier to 90,096 in May" names the same) but as a further side after the year before ("from 1.30 billion a year
 * earlier but was down from 7.04 billion in January", "a year earlier and 8.94 billion in January").
 */
function reportCarriesOn(tokens: readonly Token[], s: Sentence, c: Candidate, month: { y: number; m: number }, dct: Ymd): boolean {
  const gone = monthsBetween(month, dct);
  if (gone < 0 || gone > REPORTED_MONTH_REACH) return false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const named = MONTHS.get(plain(tokens[k]));
    if (named !== undefined && named !== month.m && /^[A-Z]/.test(tokens[k].text) && !furtherSide(tokens, c.last, k)) return false;
  }
  return true;
}

/** Words after a year before that open a further side compared with: "a year earlier and 8.94 billion in January". */
const FURTHER_SIDE_OPENERS: ReadonlySet<string> = new Set(['and', 'from']);

/** Whether the month at `k` stands after the year before ending at `last`, with a word opening a further side between. */
function furtherSide(tokens: readonly Token[], last: number, k: number): boolean {
  if (k <= last) return false;
  for (let j = last + 1; j < k; j++) if (FURTHER_SIDE_OPENERS.has(plain(tokens[j]))) return true;
  return false;
}

/** "then" alone after "until" or "till". */
function untilThen(tokens: readonly Token[], c: Candidate): boolean {
  return c.first === c.last && c.first > 0 && plain(tokens[c.first]) === 'then' && (plain(tokens[c.first - 1]) === 'until' || plain(tokens[c.first - 1]) === 'till');
}

/** The year a "the year" in apposition restates: "in 1962, the year Vatican Council II began" (the year, a comma, it). */
function restatedYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined): string | undefined {
  if (!before || !/^\d{4}$/.test(before.value) || !/^\d{4}$/.test(before.text) || c.last !== c.first + 1) return undefined;
  if (plain(tokens[c.first]) !== 'the' || plain(tokens[c.last]) !== 'year' || tokens[c.first - 1]?.text !== ',') return undefined;
  return tokens[c.first - 2]?.end === before.end ? before.value : undefined;
}

/** "the same quarter a year ago", "the year-ago quarter", a quarterly "a year ago", "the 1986 period": the quarter compared with. */
/** Whether a quarter begins after the one holding the publication date. */
function quarterAhead(quarter: { y: number; q: number }, dct: Ymd): boolean {
  return quarter.y * 4 + quarter.q > dct.y * 4 + Math.ceil(dct.m / 3);
}

/** "the latest quarter", "the most recent quarter": the last one done, whatever quarter the text named last. */
function latestDone(tokens: readonly Token[], c: Candidate): boolean {
  for (let k = c.first; k <= c.last; k++) if (LATEST_WORDS.has(plain(tokens[k]))) return true;
  return false;
}
const LATEST_WORDS = new Set(['latest', 'recent']);

/** A quarter named by its number or by the month that closes it: "the fourth quarter", "the June quarter". */
function namesAQuarter(m: Candidate['meaning']): boolean {
  return m.kind === 'calendar' && (m.q !== undefined || m.closesQuarter === true);
}

/** "the quarter": the one the story is on, with no year and no shift. */
function plainQuarter(m: Candidate['meaning']): boolean {
  return m.kind === 'calendar' && m.focusQuarter === true && m.y === undefined && m.yShift === undefined && !m.thisQuarter;
}

function comparesYearBack(m: Candidate['meaning']): boolean {
  // ("should be higher than the three cts a share earned in the 1986 period": the same quarter of the year named)
  if (m.kind === 'calendar') return m.focusQuarter === true && ((m.yShift === -1 && m.y === undefined) || (m.y !== undefined && m.yShift === undefined));
  return m.kind === 'shift' && m.unit === 'year' && m.n === -1 && m.quarterly === true;
}

/**
 * "Mr. Netanyahu was to arrive at the White House on Monday", written on Tuesday: a plan told in the past for the
 * day before publication is the wire's of that day, and the day has come (for any other weekday the plan still
 * lies ahead: "BP's board was to meet on Monday", written on Sunday).
 */
function yesterdaysPlan(tokens: readonly Token[], c: Candidate, s: Sentence, dct: Ymd, tense: Direction): Direction {
  const m = c.meaning;
  if (tense <= 0 || m.kind !== 'calendar' || m.wd === undefined || m.m !== undefined || m.d !== undefined || m.dir !== undefined) return tense;
  return weekday(addDays(dct, -1)) === m.wd && planToldInPast(tokens, c.first, s.tokenStart) ? -1 : tense;
}

/**
 * The attacks named as a reference, not as the day the story is on: "the lessons of September 11 and …", "after Sept.
 * 11 when the spotlight turned" (the story stands on that day after "on" or before "attacks": "the Sept. 11 attacks
 * … the next morning", "on September 11, …").
 */
function namedInPassing(tokens: readonly Token[], c: Candidate): boolean {
  const before = tokens[c.first - 1]?.text.toLowerCase() ?? '';
  const after = tokens[c.last + 1]?.text.toLowerCase() ?? '';
  return before !== 'on' && !ATTACK_NOUNS.has(after);
}

/** A word follows the expression ending at `last` that it modifies, other than the attacks: "9/11 plotter", "9/11 families". */
function modifiesAnotherNoun(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1]?.text ?? '';
  return /^\p{L}/u.test(next) && !ATTACK_NOUNS.has(next.toLowerCase()) && !/^(and|or|but|to|in|on|of|for|that|was|is|were|are|had|has|happened)$/i.test(next);
}

/** The month a part of a year stands for: "early 2015" its first, "mid-2017" its sixth, "late 2017" its last. */
const YEAR_PART_MONTH: Readonly<Record<string, number>> = { START: 1, MID: 6, END: 12 };

/**
 * "this year", "earlier this year", "last year", "a year ago" and a weekday ("On Sunday", "Monday 7 to Friday 11
 * September", whose weekday finds its year near publication) are dated from the publication date. ("two years ago" is
 * not: a background piece counts back from its story.)
 */
function returnsToPresent(m: Candidate['meaning']): boolean {
  if (m.kind === 'shift') return m.from === 'dct' && m.unit === 'year' && m.n >= -1 && m.n <= 0;
  return m.kind === 'calendar' && m.wd !== undefined && m.y === undefined && m.yShift === undefined && m.from === undefined;
}

/** Words before a weekday that announce an onset: "effective Monday", "starting Tuesday", "beginning Monday". */
const ONSET_WORDS = new Set(['effective', 'starting', 'beginning']);
/** Words that list a second weekday after a first: "Monday or Tuesday". */
const LIST_WORDS = new Set(['or', 'and']);

/**
 * "The changes, effective Monday, follow …" (written on a Saturday), "raised their prime rate to 6.5 pct, effective
 * Tuesday" (on a Friday), "the third week of talks starting Monday" (on a Sunday), "with effect from Friday": a change
 * announced as taking effect on a weekday takes it within days, either side of the publication — the nearer such day,
 * whatever the verb of the announcing says, unless the clause looks ahead ("a four-day conference in Doha, beginning
 * Saturday", written on a Tuesday).
 */
function onsetWeekday(tokens: readonly Token[], c: Candidate, tense: Direction): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.wd === undefined || m.m !== undefined || m.d !== undefined || m.dir !== undefined || tense > 0) return undefined;
  // ("beginning Monday or Tuesday": a weekday listed after one the onset names shares it)
  const lead = LIST_WORDS.has(plain(tokens[c.first - 1])) && WEEKDAY_NAME.test(tokens[c.first - 2]?.text ?? '') ? c.first - 2 : c.first;
  const before = plain(tokens[lead - 1]);
  if (!ONSET_WORDS.has(before) && !(before === 'from' && plain(tokens[lead - 2]) === 'effect')) return undefined;
  return { ...m, nearest: true };
}

/**
 * Whether the day c closes a range of days its start opened just before, in the publication's year, and "last year"
 * follows it: "the period February 1 to 26 last year".
 */
function rangeOfLastYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string, dct: Ymd): boolean {
  if (!before || !plainDay(c) || !/^\d{4}-\d\d-\d\d$/.test(value) || !/^\d{4}-\d\d-\d\d$/.test(before.value)) return false;
  if (+value.slice(0, 4) !== dct.y || +before.value.slice(0, 4) !== dct.y) return false;
  return plain(tokens[c.last + 1]) === 'last' && plain(tokens[c.last + 2]) === 'year';
}

/** Whether c, placed at `at`, is a month (or day) still ahead named as a deadline: "before July", "by June 30". */
function deadlineAhead(tokens: readonly Token[], c: Candidate, at: Ymd, dct: Ymd): boolean {
  return DEADLINE_WORDS.has(plain(tokens[c.first - 1])) && (at.y > dct.y || (at.y === dct.y && at.m > dct.m));
}
const DEADLINE_WORDS: ReadonlySet<string> = new Set(['before', 'by', 'until', 'till']);

/** Days before a feast within which its season is under way. */
const FEAST_SEASON_DAYS = 31;

/**
 * "Easter ham business was completed this week", "March sales were due to a late Easter", written in March or April
 * 1987: a feast named for its season's trade (a noun after it) or as early or late, whose day lies a few weeks ahead,
 * is the coming one, told of in the past as its season goes ("The church was full on Easter Sunday", days before the
 * next, is the last one).
 */
function feastSeasonUnderWay(tokens: readonly Token[], c: Candidate, dct: Ymd): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.feast === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return undefined;
  const season = /^[a-z]+$/.test(tokens[c.last + 1]?.text ?? '') || c.mod === 'START' || c.mod === 'END';
  const days = toDays(feastDay(m.feast, dct.y)) - toDays(dct);
  return season && days > 0 && days <= FEAST_SEASON_DAYS ? { ...m, y: dct.y } : undefined;
}

/**
 * "Saturday 31 August 2013 – Labor Day weekend": a feast naming a weekend or a season around it places the story
 * no closer than the date already set ("Ten days earlier" counts from 31 August).
 */
function namesAHolidayWeekend(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.last + 1]?.text.toLowerCase();
  return c.meaning.kind === 'calendar' && c.meaning.feast !== undefined && (next === 'weekend' || next === 'holiday' || next === 'recess');
}

/**
 * "yesterday", "today", "tomorrow" set the day as a date does: "He arrived yesterday. Later in the day he
 * spoke" is yesterday's afternoon, not the day an earlier paragraph named.
 */

function namesDay(m: Candidate['meaning']): boolean {
  return m.kind === 'shift' && m.unit === 'day' && m.from === 'dct';
}

/**
 * The direction from the verbs near the expression. When no verb is near a month, a date without its year
 * or a weekday, a modal or "will" anywhere in its clause decides: "will be named commander of the Space
 * Shuttle Columbia for a mission in December" is the coming December, "will make his debut against Morton
 * in the Scottish League Cup on Tuesday" the coming Tuesday. A distant past verb does not count: it often
 * reports the announcement of something still ahead ("announced an agreement to acquire the bank in
 * January"), except for an expression that opens its sentence (see opensSentence).
 */
function tenseOf(tokens: readonly Token[], c: Candidate, s: Sentence, narrative: boolean): Direction {
  const m = c.meaning;
  // "Qtly div 15 cts vs 15 cts previously Pay May 29 Record May Eight": a dividend table's dates under their labels
  // have no verb; the comparison's "previously" does not date them
  if (m.kind === 'calendar' && m.m !== undefined && m.y === undefined && TABLE_DATE_LABELS.has(tokens[c.first - 1]?.text ?? '')) return 0;
  // "the April 20 oil rig explosion", "the 20 April explosion": a date that names a disaster has happened,
  // whatever the clause plans for its aftermath ("the money will go toward a study of the effects of the April 20
  // oil rig explosion")
  if (m.kind === 'calendar' && m.m !== undefined && m.y === undefined && namesADisaster(tokens, c.first, c.last)) return -1;
  // "because of the slaying in Chicago on Friday", "related to the incident Sunday evening": a weekday that dates
  // a sudden event named just before it (only prepositions and names between) is behind the text
  // ("oil poured into the sea after an explosion on the Deepwater Horizon rig in April", written in December: a month
  // too)
  if (m.kind === 'calendar' && ((m.wd !== undefined && m.m === undefined) || (m.m !== undefined && m.d === undefined && m.y === undefined && m.yShift === undefined && m.dir === undefined)) && datesASuddenEvent(tokens, c.first, s.tokenStart)) return -1;
  // "said they had met all conditions for holding the September elections": a date that names an event
  // (a modifier of its noun) is not governed by the clause's tense; the nearer one is meant. An election whose
  // nearest verbs look ahead is the coming one ("the bill would put a measure on the November ballot", written in
  // March; "set to go to trial after the November election"); an accord or a meeting is not ("will review their
  // February accord" is the accord just made).
  const eventNoun = nounNamedBy(tokens, c.last);
  if (m.kind === 'calendar' && m.m !== undefined && EVENT_NOUNS.has(eventNoun)) {
    if (!ELECTION_NOUNS.has(eventNoun)) return 0;
    const d = directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd);
    // ("a political liability for Obama before November congressional elections": a November election no verb dates
    // is the coming one, as below)
    return d > 0 || (d === 0 && !narrative && m.m === 11 && m.d === undefined && m.y === undefined && m.yShift === undefined) ? 1 : 0;
  }
  // "April 25 - The Coast Guard approves a plan …", "May 2 - Obama visits the Gulf Coast": an entry of a news
  // timeline, told in the historical present, recounts what has happened ("April 22 - The rig sinks", written in
  // November, is the April gone by, though the coming one is nearer)
  if (m.kind === 'calendar' && m.m !== undefined && m.y === undefined && m.dir === undefined && timelineEntry(tokens, c, s)) return -1;
  // "will make a five ct distribution, down from 15 cts in December", written in March: the amount compared with is
  // one already paid or counted, so its month is behind the text whatever the clause plans
  if (m.kind === 'calendar' && m.m !== undefined && m.d === undefined && m.y === undefined && m.yShift === undefined && m.dir === undefined && comparedAmountMonth(tokens, c, s.tokenStart)) return -1;
  // "He told reporters on Saturday it would be unwise": a verb of saying just before a date is what it dates
  if (m.kind === 'calendar' && m.y === undefined && m.dir === undefined && sayingJustBefore(tokens, c.first, s.tokenStart)) return -1;
  // "The tirade was sparked by Israel's announcement on Tuesday of plans to expand settlements", "BP's announcement on
  // Wednesday that it will pay": a weekday between a noun of saying and what was said dates the saying, which has
  // been done (the plans it announces do not move it)
  if (m.kind === 'calendar' && m.wd !== undefined && m.m === undefined && m.dir === undefined && dividesSayingFromSaid(tokens, c)) return -1;
  // "AM reported a fourth quarter operating loss", "had a loss in the fourth quarter": a result told in the past has
  // a period that is over
  if (m.kind === 'calendar' && (m.q !== undefined || m.half !== undefined) && m.y === undefined && m.yShift === undefined && pastResultOf(tokens, c.first, c.last, s.tokenStart)) return -1;
  // (a modal plans "this weekend" as it plans a weekday: "may face mass protests this weekend", "may gain approval to
  // operate this weekend")
  const weekday = (m.kind === 'calendar' && (m.wd !== undefined || m.weekend) && m.m === undefined && m.d === undefined) || (m.kind === 'shift' && m.unit === 'weekend' && m.n === 0);
  const near = directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd, false, weekday);
  // "can win in November", "the November general election", "between now and November": in talk of elections,
  // a November with no verb that dates it is the coming election's (26 of PolNeAR's 2016 reports had gone back to
  // November 2015)
  if (near === 0 && !narrative && m.kind === 'calendar' && m.m === 11 && m.d === undefined && m.y === undefined && m.yShift === undefined && m.dir === undefined && talksOfElections(tokens, c.first, s.tokenStart, s.tokenEnd)) return 1;
  // "to hold free and fair elections in September", written in February: an election named with its month, no verb
  // dating it, is the coming one
  if (near === 0 && !narrative && m.kind === 'calendar' && m.m !== undefined && m.d === undefined && m.y === undefined && m.yShift === undefined && m.dir === undefined && electionInMonth(tokens, c.first)) return 1;
  // a history's "would" ("the offensive would begin in early February") is the future of its own past
  if (near !== 0 || narrative || m.kind !== 'calendar' || (m.m === undefined && m.wd === undefined) || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return near;
  const wide = directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd, true);
  if (opensSentence(tokens, c, s)) return wide;
  return wide > 0 ? 1 : 0;
}

/**
 * The direction each candidate's own words give it: a weekday's possessive names an event that has happened unless
 * words around it plan it; otherwise the verbs near it (tenseOf), a list it continues, and a limit it bounds decide.
 * `weak` marks a direction the words did not really decide: none, or only the possessive's default.
 */
function ownDirections(tokens: readonly Token[], sentences: readonly Sentence[], candidates: readonly Candidate[], dct: Ymd, narrative: boolean): OwnDirection[] {
  // the last weekday given a direction, which a weekday listed after it shares
  let lastWeekday: DatedWeekday | null = null;
  return candidates.map((c) => {
    const s = sentences[c.sentence];
    const planned = plannedAfterPossessive(tokens, c);
    const possessiveAhead = !planned && possessiveWeekday(tokens, c) ? aheadOfPossessive(tokens, c, s) || comingEventOfPossessive(tokens, c, dct) : undefined;
    // ("seek a delay of Friday 's debate", written on Thursday in space-split text: the coming event, as written whole)
    const splitComingEvent = !planned && possessiveAhead === undefined && possessiveEnd(tokens, c.last) === c.last + 2 && comingEventOfPossessive(tokens, c, dct);
    const direction: Direction = planned || splitComingEvent ? (planned && plannedForYesterday(tokens, c, s, dct) ? -1 : 1) : possessiveAhead !== undefined ? (possessiveAhead ? 1 : -1) : weakenBeforeLimit(tokens, c, s, listedAfterComingDay(tokens, c) || tenseOf(tokens, c, s, narrative) || listedAfter(tokens, lastWeekday, c), narrative);
    if (plainWeekday(c)) lastWeekday = { sentence: c.sentence, last: c.last, tense: direction };
    return { direction, weak: possessiveAhead === false || direction === 0 };
  });
}

/**
 * An election noun before "in" and the month at `first`: "elections in September", "run for re-election in September".
 * Not one a possessive names ("Ghana's election in December", "Tony Blair's re-election in May" are events of their own,
 * often past), nor "the polls", where hopes are "expressed at the polls in January".
 */
function electionInMonth(tokens: readonly Token[], first: number): boolean {
  if (first < 3 || tokens[first - 1].text.toLowerCase() !== 'in') return false;
  const noun = tokens[first - 2].text.toLowerCase();
  // (the possessive's "'s", or its "s" in space-split text)
  if (noun === 'polls' || /^['’]?s$/.test(tokens[first - 3].text)) return false;
  return ELECTION_NOUNS.has(noun) || noun === 're-election' || noun === 'reelection';
}

/** Nouns of saying whose weekday comes between them and what was said: "announcement on Tuesday of plans". */
const SAYING_NOUNS = new Set(['announcement', 'statement', 'remark', 'remarks', 'comment', 'comments', 'speech', 'interview', 'declaration']);

/**
 * The weekday `c` stands between a noun of saying and "of" or "that": "announcement on Tuesday of plans to expand", "a
 * remark by Mr. McCain on Sunday night that" (the sayer's name between).
 */
function dividesSayingFromSaid(tokens: readonly Token[], c: Candidate): boolean {
  const next = tokens[c.last + 1]?.text.toLowerCase();
  if (c.first < 2 || (next !== 'of' && next !== 'that') || tokens[c.first - 1].text.toLowerCase() !== 'on') return false;
  let k = c.first - 2;
  // ("by Mr. McCain": "by" and the sayer's capitalized name)
  let name = k;
  while (name > 0 && name > k - 4 && (/^\p{Lu}/u.test(tokens[name].text) || tokens[name].text === '.')) name--;
  if (name < k && tokens[name].text.toLowerCase() === 'by') k = name - 1;
  return k >= 0 && SAYING_NOUNS.has(tokens[k].text.toLowerCase());
}

/**
 * The years by which a month or day valued `value` moves: back for the month just gone that a forward clause put ten
 * or eleven months ahead (month-just-gone.ts), ahead for a market report's coming month (trading-months.ts) and for a
 * day weeks ahead that a past verb put a year back (day-just-ahead.ts).
 */
function yearMoved(tokens: readonly Token[], c: Candidate, s: Sentence, effective: Candidate['meaning'], value: string, anchors: Anchors, plan: Direction, tense: Direction, narrative: boolean): -1 | 0 | 1 {
  if (plan > 0 && monthJustGone(tokens, c, s, value, anchors.dct)) return -1;
  if (tense <= 0 && tradingMonthAhead(tokens, c, s, value, anchors.dct)) return 1;
  if (tense <= 0 && shippedDayAhead(tokens, c, s, value, anchors.dct)) return 1;
  if (plan < 0 && dayJustAhead(tokens, c, s, effective, value, anchors.dct, narrative || anchors.storyYear !== undefined || timelineEntry(tokens, c, s))) return 1;
  return 0;
}

/** A dividend table's labels before its dates (capitalized, as the wire sets them). */
const TABLE_DATE_LABELS = new Set(['Pay', 'Payable', 'Record']);

/** Prepositions with which a year at the head of a sentence frames it: "In 1986, …", "For 1986 the company …". */
const FRAMING_PREPOSITIONS = new Set(['in', 'for', 'during', 'throughout']);

/** The expression opens its sentence, alone or after a framing preposition ("In 1986 ChemLawn earned …"). */
function framesItsSentence(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  return c.first === s.tokenStart || (c.first === s.tokenStart + 1 && FRAMING_PREPOSITIONS.has(tokens[s.tokenStart].text.toLowerCase()));
}

/** Marks that set a timeline's date apart from its entry: "April 25 - …", "May 2: …". */
const TIMELINE_MARKS = new Set(['-', '–', '—', '--', ':']);

/** The expression opens its sentence and a dash or colon follows it: "April 25 - The Coast Guard approves …". */
function timelineEntry(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  return c.first === s.tokenStart && TIMELINE_MARKS.has(tokens[c.last + 1]?.text ?? '');
}

/**
 * "In January, a week after the anniversary of the ruling, a bombing killed a guard": an expression set
 * before the subject with a comma frames the whole sentence, so the main verb's tense is its own, however
 * far that verb lies.
 */
function opensSentence(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  let k = s.tokenStart;
  if (k < c.first && /^(in|on|by|during|until|since|at)$/i.test(tokens[k].text)) k++;
  return k === c.first && tokens[c.last + 1]?.text === ',';
}

/**
 * Has the calendar quarter ended by the publication date? A quarter still running or ahead is reported on
 * only in the past tense (a fiscal quarter: "Ralston reported a decline in fourth-quarter earnings" in
 * November); "no estimate of the impact on fourth-quarter results" looks ahead and leaves the focus alone.
 */
function completed(y: number, q: number, dct: Ymd): boolean {
  return y < dct.y || (y === dct.y && 3 * q < dct.m);
}

/** "the year" alone, a story's year: not "the year before" (read apart where a clause follows), "the year-ago quarter". */
function isTheYear(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last !== c.first + 1 || plain(tokens[c.first]) !== 'the' || plain(tokens[c.last]) !== 'year' || YEAR_BACK_AFTER.has(plain(tokens[c.last + 1]))) return false;
  return c.meaning.kind === 'shift' && c.meaning.n === 0 && c.meaning.story === true;
}
const YEAR_BACK_AFTER: ReadonlySet<string> = new Set(['before', 'earlier', 'ago', 'prior']);

/** A year that ends a title: "the Tax Reform Act of 1986", "the Securities Act of 1933". */
function yearOfTitle(tokens: readonly Token[], first: number): boolean {
  return first >= 2 && plain(tokens[first - 1]) === 'of' && /^[A-Z][a-z]/.test(tokens[first - 2].text);
}

/** A month read as next year's that this year has already passed: this year's value of it ("2026-01" in April 2025 → "2025-01"). */
function monthGoneBy(value: string, dct: Ymd): string | undefined {
  return value === `${dct.y + 1}-${value.slice(5)}` && /^\d{4}-\d{2}$/.test(value) && +value.slice(5) < dct.m ? String(dct.y) + value.slice(4) : undefined;
}

/**
 * "last month", "this month", "month-to-date": a month named from the publication date, the month a figure can be
 * reported for (not "earlier this month", when a report was made: "reported earlier this month that unemployment …
 * in September").
 */
function monthNamedByShift(tokens: readonly Token[], c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'shift' || m.unit !== 'month' || m.from !== 'dct' || (m.n !== -1 && m.n !== 0) || m.ago || m.window) return false;
  return !/^(?:earl(?:y|ier)|lat(?:e|er))$/i.test(tokens[c.first].text);
}

/** "the month", "early in the month", "the end of the month": the month the text is on, by its own words. */
function theMonthAlone(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'shift' && m.unit === 'month' && m.n === 0 && m.from === 'dct' && m.story === true;
}

/** Most months before publication the month a story reports on lies for "the month" to be it (quarterly figures come late). */
const TOLD_MONTH_REACH = 3;

/** "the previous year", "the prior year", "the year before", "the year earlier": one year back from the year the text is on. */
function yearBeforeContext(m: Candidate['meaning']): boolean {
  return m.kind === 'shift' && m.unit === 'year' && m.from === 'context' && m.n === -1;
}

/** "the week ended Feb 28, the latest period": the value of the period named right before the comma, else undefined. */
function latestPeriodApposed(tokens: readonly Token[], c: Candidate, before: Timex | undefined): string | undefined {
  if (!before || plain(tokens[c.first]) !== 'the' || plain(tokens[c.first + 1]) !== 'latest' || plain(tokens[c.last]) !== 'period') return undefined;
  const comma = tokens[c.first - 1];
  if (comma?.text !== ',' || before.end !== comma.start) return undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(before.value);
  let k = c.first - 2;
  while (k > 0 && tokens[k - 1].start >= before.start) k--;
  const closesWeek = k >= 2 && /^end(?:ed|ing)$/.test(plain(tokens[k - 1])) && plain(tokens[k - 2]) === 'week';
  if (day && closesWeek) return formatWeek({ y: +day[1], m: +day[2], d: +day[3] });
  return /^\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|W\d{2}))?$/.test(before.value) ? before.value : undefined;
}
