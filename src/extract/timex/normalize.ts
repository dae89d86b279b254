import type { TimexType } from '../../model/layers.js';
import {
  addDays, addMonths, dayInWeekOfMonth, daysInMonth, formatDay, formatMonth, formatWeek, formatYear, pad, toDays, weekday, type Ymd,
} from './calendar.js';
import { feastDay, type Feast } from './feasts.js';
import type { Unit } from './lexicon.js';
import type { Meaning } from './meaning.js';
import { durationValue } from './duration-value.js';
import type { Direction } from './tense.js';

/**
 * Turns a recognized meaning into a TIMEX3 type and value, the news way: relative expressions count from
 * the publication date (or from the date the text just set, for "the next day"), and expressions missing
 * their year or week take the direction the verb's tense gives them.
 */
export interface Anchors {
  /** Publication date. */
  dct: Ymd;
  /**
   * The date the text last set (starts as the publication date), at each precision: "in 1997" moves the
   * year but says nothing of a day, so "the next day" or "at 10 p.m." after it still counts from the last
   * full date, while "that year" counts from 1997.
   */
  ref: Ymd;
  refMonth: Ymd;
  refDay: Ymd;
  /** The last day of a week the text reported on ("in the week ended Feb 28"), for "the previous week" after it. */
  refWeek?: Ymd;
  /**
   * A year the story has moved to, far from the publication year, named just before ("In 1940, … On June
   * 10, Italy invaded"): a month or date given without a year belongs to it, not to the publication year.
   */
  storyYear?: number;
  /** The quarter a financial report is about: the last one completed before publication. */
  focus: { y: number; q: number };
  /** Whether the text itself reported on the focus quarter ("AM reported fourth quarter net" in February). */
  focusReported?: boolean;
  /** The year just closed whose annual results the story reports, at this expression (`results.ts` AnnualResults). */
  closedYear?: number;
  /**
   * The last quarter the text named, a sentence or two before the expression or in its own ("in the fourth quarter"),
   * and whether the expression is on the far side of a comparison with it ("after a drop in …", "up from … in …").
   */
  storyQuarter?: { y: number; q: number; comparedBack: boolean };
  /** Does the expression's sentence talk about quarters ("a year ago" is then the year-ago quarter)? */
  quarterly: boolean;
  /** Does the text name years by the two they span ("the 1987/88 fiscal year")? Then its years of accounts start late. */
  splitYears?: boolean;
}

export interface Normalized {
  type: TimexType;
  value: string;
}

export function anchorsFor(dct: Ymd): Anchors {
  const q = Math.floor((dct.m - 1) / 3) + 1;
  const focus = q === 1 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q: q - 1 };
  return { dct, ref: dct, refMonth: dct, refDay: dct, focus, quarterly: false };
}

export function normalize(m: Meaning, a: Anchors, tense: Direction): Normalized | null {
  switch (m.kind) {
    case 'fixed':
      if (m.notPast && tense < 0) return null;
      return { type: m.type, value: m.value };
    case 'duration':
      return { type: 'DURATION', value: durationValue(m.n, m.unit) };
    case 'shift':
      return shift(m, a, tense);
    case 'calendar':
      return calendar(m, a, tense);
  }
}

/** The context date precise enough for a unit: days and weeks need a day, months a month. */
function contextFor(unit: Unit, a: Anchors): Ymd {
  if (unit === 'year' || unit === 'decade' || unit === 'century') return a.ref;
  if (unit === 'month' || unit === 'quarter' || unit === 'half') return a.refMonth;
  if (unit === 'week') return a.refWeek ?? a.refDay;
  return a.refDay;
}

/**
 * "four and a half years earlier": a shift by a fraction of a unit is counted in the next smaller one (54 months),
 * so the date keeps that precision instead of printing a fractional year.
 */
const FINER: Partial<Record<Unit, { unit: Unit; factor: number }>> = {
  century: { unit: 'year', factor: 100 }, decade: { unit: 'year', factor: 10 }, year: { unit: 'month', factor: 12 },
  half: { unit: 'month', factor: 6 }, quarter: { unit: 'month', factor: 3 }, month: { unit: 'day', factor: 30 }, week: { unit: 'day', factor: 7 },
};

function wholeShift(m: Extract<Meaning, { kind: 'shift' }>): Extract<Meaning, { kind: 'shift' }> {
  if (Number.isInteger(m.n)) return m;
  const finer = FINER[m.unit];
  // a day and a half: the day further away (the shift has no clock to land on)
  if (!finer) return { ...m, n: m.n < 0 ? Math.floor(m.n) : Math.ceil(m.n) };
  return { ...m, unit: finer.unit, n: Math.round(m.n * finer.factor), quarterly: undefined };
}

/** Units of a shift long enough that counting them past the publication day from no date at all is never meant. */
const LONG_UNITS: ReadonlySet<string> = new Set(['year', 'decade', 'century', 'month']);

/** Whether n units after `base` falls in a period (of the unit's size) after the one holding `dct`. */
function landsAfter(base: Ymd, unit: Unit, n: number, dct: Ymd): boolean {
  switch (unit) {
    case 'day': return toDays(addDays(base, n)) > toDays(dct);
    case 'week': return weekStart(addDays(base, 7 * n)) > weekStart(dct);
    case 'month': { const d = addMonths(base, n); return d.y * 12 + d.m > dct.y * 12 + dct.m; }
    case 'year': return base.y + n > dct.y;
    case 'decade': return base.y + 10 * n > dct.y;
    case 'century': return base.y + 100 * n > dct.y;
    default: return false;
  }
}

/** The day number of the Monday that opens the ISO week holding `date`. */
const weekStart = (date: Ymd): number => toDays(date) - weekday(date) + 1;

function shift(whole: Extract<Meaning, { kind: 'shift' }>, a: Anchors, tense: Direction): Normalized | null {
  // "into the new year" said in December is next year; "have not won in the new year" in February this one; in a
  // history, the year after the one its story is in
  if (whole.newYear && a.storyYear !== undefined) return { type: 'DATE', value: formatYear(a.storyYear + 1) };
  const m = whole.newYear ? { ...whole, n: a.dct.m >= 7 ? 1 : 0 } : wholeShift(whole);
  let base = m.from === 'context' ? contextFor(m.unit, a) : a.dct;
  // "It was 71 years ago today that the first check was issued": the publication day's date, that far back
  if (m.toTheDay) return { type: 'DATE', value: formatDay(m.unit === 'year' ? addMonths(base, 12 * m.n) : m.unit === 'month' ? addMonths(base, m.n) : addDays(base, (m.unit === 'week' ? 7 : 1) * m.n)) };
  // "Delegates agreed yesterday … The council broke for lunch, and reconvenes at 1500 hrs": a time of the day
  // the text is on, in a clause that looks forward, is not on a day already past
  if (m.unit === 'day' && m.n === 0 && m.from === 'context' && m.part && tense > 0 && toDays(base) < toDays(a.dct)) base = a.dct;
  // "We have a chance to shut the well in the next week", after "contained by Monday": a stretch to come, in a
  // clause that does not tell a story in the past, follows the present, not the day the text last set
  // ("expected to be introduced within the next year", "will supply cables over the next year": the twelve months
  // ahead, a length as "the next decade" is; told in the past it is the year after the story's: "Within the next year,
  // Salan's successor …" — not "the next year or so", which TimeBank writes as the year)
  if (m.window && m.from === 'context' && tense >= 0 && m.unit === 'year' && m.n === 1) return { type: 'DURATION', value: 'P1Y' };
  if (m.window && m.from === 'context' && tense >= 0) base = a.dct;
  // "BP's third-quarter profit … sent the share price up more than 1 % by early afternoon", after "the well was
  // capped on July 15": a loose part of a day far from publication is the publication day's
  if (m.loose && Math.abs(toDays(base) - toDays(a.dct)) > LOOSE_PART_REACH_DAYS) base = a.dct;
  // "Before the BP accident, America's worst spill was the Exxon Valdez. Twenty-one years later, the BBC went to a
  // fishing village": years after a time the text never dated, told in the past or the present, reach the present
  // (the event lay that long before it), not that many years past the publication day
  if (m.offset && m.from === 'context' && m.n > 0 && tense <= 0 && a.ref === a.dct && LONG_UNITS.has(m.unit)) return shift({ ...m, n: 0, from: 'dct', offset: undefined }, a, tense);
  // "'We will win it easily.' Four years later, McCain said he knew all along", "a second operation five months later
  // revealed a tear": what a past clause tells happened before the story was written, so a count from a time the
  // text set that would land after the publication day was counted from the wrong time; the present is the nearest
  // it can be (a time set after the publication day is a plan told in the past: "was asking them to meet on 10 and
  // 11 September, followed three days later by a meeting with France"); so does one told in the present ("Almost a year
  // later, the McStays are still missing", "we are still dealing with them 30 years later")
  if (m.offset && m.from === 'context' && m.n > 0 && tense <= 0 && toDays(base) <= toDays(a.dct) && landsAfter(base, m.unit, m.n, a.dct)) return shift({ ...m, n: 0, from: 'dct', offset: undefined }, a, tense);
  switch (m.unit) {
    case 'day': {
      // "The notes will be priced on April 8 … and mature on the same date in 1993": that day of the month in the year named
      // (February 29 kept only where that year has one)
      if (m.inYear !== undefined) return { type: 'DATE', value: formatDay(m.inYear % 4 !== 0 && base.m === 2 && base.d === 29 ? { y: m.inYear, m: 2, d: 28 } : { y: m.inYear, m: base.m, d: base.d }) };
      // "was gunned down last October … crossed out that same day": the text last set a month, later than its
      // last full date, so the day is one of that month's
      if (m.anaphor && !m.part && a.ref === a.refMonth && a.ref !== a.refDay) return { type: 'DATE', value: `${formatMonth(a.ref.y, a.ref.m)}-XX` };
      let d = addDays(base, m.n);
      // ("the previous business day", said on a Monday, is the Friday before)
      while (m.business && m.n !== 0 && weekday(d) >= 6) d = addDays(d, Math.sign(m.n));
      if (m.part) return { type: 'TIME', value: `${formatDay(d)}T${m.part}` };
      return { type: 'DATE', value: formatDay(d) };
    }
    case 'week':
      // written on a Sunday, "last week" is the week just ending (Sunday papers: "Police clashed with protesters
      // last week", of the days before; "a week ago" is the week holding the day seven days back)
      if (m.n === -1 && m.from === 'dct' && !m.ago && weekday(base) === 7) return { type: 'DATE', value: formatWeek(base) };
      // and "this week" in a clause that looks ahead is the week that begins the next day ("This week David Cameron
      // will travel to the US", Sunday 18 July 2010)
      if (m.n === 0 && m.from === 'dct' && weekday(base) === 7 && tense > 0) return { type: 'DATE', value: formatWeek(addDays(base, 1)) };
      return { type: 'DATE', value: formatWeek(addDays(base, 7 * m.n)) };
    case 'weekend':
      // "The president told African-Americans this weekend", written on a Monday: the weekend just gone, which
      // belongs to the week before (the week's own weekend is still ahead until Saturday)
      // — and on a Monday or a Tuesday, with no verb to say otherwise, too ("Following the failure this weekend of BP's
      // attempt", "prior to this weekend's news"): a weekend four or five days off would be looked ahead to
      if (m.n === 0 && m.from === 'dct' && ((tense < 0 && weekday(base) <= 5) || (tense === 0 && weekday(base) <= 2))) return { type: 'DATE', value: `${formatWeek(addDays(base, -7))}-WE` };
      return { type: 'DATE', value: `${formatWeek(addDays(base, 7 * m.n))}-WE` };
    case 'month': {
      // a history's "by the end of the month" is the month its story reached, if that month is in its story year
      if (m.story && a.storyYear !== undefined && a.refMonth.y === a.storyYear) return { type: 'DATE', value: formatMonth(a.refMonth.y, a.refMonth.m) };
      const d = addMonths(base, m.n);
      return { type: 'DATE', value: formatMonth(d.y, d.m) };
    }
    case 'quarter': {
      const d = addMonths(base, 3 * m.n);
      return { type: 'DATE', value: `${formatYear(d.y)}-Q${Math.floor((d.m - 1) / 3) + 1}` };
    }
    case 'half': {
      const d = addMonths(base, 6 * m.n);
      return { type: 'DATE', value: `${formatYear(d.y)}-H${d.m <= 6 ? 1 : 2}` };
    }
    case 'year':
      // a history's "the year", "by the end of the year" is the year its story is in, not the publication's
      if (m.story && a.storyYear !== undefined) return { type: 'DATE', value: formatYear(a.storyYear) };
      // "NWA reported fourth quarter net of 9.8 mln dlrs … For the year, earnings rose", written in March: a results
      // story's year is the year of the quarter it reports on, when the sentence looks back
      if (m.story && a.focusReported && tense <= 0) return { type: 'DATE', value: formatYear(a.focus.y) };
      // "Woolworth's 1986 income rose … Revenues for the year rose", written in March 1987: the year just closed
      if (m.story && a.closedYear !== undefined && tense <= 0) return { type: 'DATE', value: formatYear(a.closedYear) };
      if (a.quarterly && m.quarterly && m.n === -1) return { type: 'DATE', value: `${formatYear(a.focus.y - 1)}-Q${a.focus.q}` };
      // "in the coming financial year which starts on April 1", written in March: a year of accounts that starts in
      // April or July, named by the year it starts in (1987/88 is 1987), so in the first quarter the coming one is this
      // year's ("fiscal year", the American word, is named by the year it ends in: Congress's "coming fiscal year" is 1988)
      // ("since the beginning of the current financial year last July", written in March: the one running then began
      // last year, which names it)
      // ("for fiscal 1987/88 … against an estimated 1.75 mln for the current year", written in March: a text that names
      // its years by the two they span counts in them, so its current year is 1986/87)
      if ((m.financial || (m.accounts && a.splitYears)) && m.from === 'dct' && base.m <= FINANCIAL_YEAR_SOON_MONTHS) return { type: 'DATE', value: formatYear(m.n === 0 ? base.y - 1 : base.y) };
      return { type: 'DATE', value: formatYear(base.y + m.n) };
    case 'decade':
      // "nearly a decade ago" is the year ten years back, as the annotators write it ("2006" in 2016; TimeBank's
      // two "a decade ago" are 1989-XX in 1999), not the decade it falls in
      if (m.ago) return { type: 'DATE', value: formatYear(base.y + 10 * m.n) };
      return { type: 'DATE', value: String(Math.floor((base.y + 10 * m.n) / 10)) };
    case 'century':
      return { type: 'DATE', value: String(Math.floor((base.y + 100 * m.n) / 100)) };
    case 'hour':
    case 'minute':
    case 'second':
      return { type: 'TIME', value: m.n < 0 ? 'PAST_REF' : m.n > 0 ? 'FUTURE_REF' : 'PRESENT_REF' };
  }
}

/**
 * A story of annual results told in the past: "grew 77.4 billion in the third quarter after rising … in 1985", written
 * in March 1987, is the year just closed's quarter, unless this year's has begun ("the Thai economy recovered in the
 * first quarter", written in April). `firstMonth` is the period's first month.
 */
function closedYearOf(firstMonth: number, m: Extract<Meaning, { kind: 'calendar' }>, a: Anchors, tense: Direction): number | undefined {
  return tense <= 0 && m.dir === undefined && firstMonth > a.dct.m ? a.closedYear : undefined;
}

function calendar(m: Extract<Meaning, { kind: 'calendar' }>, a: Anchors, tense: Direction): Normalized | null {
  // ("the following Monday" counts from the day the text set, "the previous November" from its month)
  const base = m.from === 'context' ? (m.m !== undefined && m.d === undefined ? a.refMonth : a.refDay) : a.dct;
  const dir: Direction = m.dir ?? tense;
  if (m.focusQuarter) {
    // "will continue to hang over the industry through the quarter", written in late February: a quarter still to be
    // lived through is the current one, not the completed quarter a results story reports on. In the first month
    // of a quarter, the season of results, a company still "expects to break even for the quarter" just closed
    // "this quarter" is the quarter publication falls in ("GNP to expand at a 3.3 pct rate this quarter", written in
    // March), but for what a story in the weeks after a quarter closed tells of it ("This quarter's loss includes
    // pretax charges", written on November 1, is the third quarter's)
    const monthOfQuarter = (a.dct.m - 1) % 3;
    const current: Normalized = { type: 'DATE', value: `${formatYear(a.dct.y)}-Q${Math.floor((a.dct.m - 1) / 3) + 1}` };
    if (m.thisQuarter && !(monthOfQuarter < 2 && tense <= 0)) return current;
    if (tense > 0 && m.y === undefined && m.yShift === undefined && monthOfQuarter !== 0) return current;
    const y = m.y ?? a.focus.y + (m.yShift ?? 0);
    return { type: 'DATE', value: `${formatYear(y)}-Q${a.focus.q}` };
  }
  const explicitYear = m.y ?? (m.yShift !== undefined ? (m.yFromContext ? a.storyYear ?? a.ref.y : base.y) + m.yShift : undefined);
  // ("the year-ago fourth quarter": a year before the quarter read alone)
  const back = m.yearBack ? 1 : 0;
  if (m.q !== undefined) return { type: 'DATE', value: `${formatYear((explicitYear ?? storyYearOf(m, a, tense) ?? closedYearOf(3 * m.q - 2, m, a, tense) ?? quarterBeforeStory(m.q, m, a, tense) ?? periodYear(3 * m.q - 2, 3, base, tense, m.endNamed)) - back)}-Q${m.q}` };
  if (m.half !== undefined) return { type: 'DATE', value: `${formatYear((explicitYear ?? storyYearOf(m, a, tense) ?? closedYearOf(6 * m.half - 5, m, a, tense) ?? periodYear(6 * m.half - 5, 6, base, tense)) - back)}-H${m.half}` };
  if (m.season !== undefined) {
    // a history's seasons follow its story as its months do ("In 1941 … During the summer, the Axis made gains")
    const story = explicitYear === undefined ? storyYearOf(m, a, tense) : undefined;
    let y = explicitYear ?? story ?? base.y;
    if (explicitYear === undefined && story === undefined && m.dir !== undefined && m.dir !== 0) y = seasonYear(m.season, base, m.dir);
    // "a battle that finished in the autumn", "the spill that ravaged the coast over the summer", written in January:
    // a past verb points at last year's season when this year's lies months ahead (a season a month or three away
    // is as often planned in a clause read as past: "elections taking place in the spring")
    else if (explicitYear === undefined && story === undefined && m.dir === undefined && m.yShift === undefined && tense < 0 && SEASON_START[m.season] - base.m >= SEASON_AHEAD_MONTHS) y = base.y - 1;
    // "would like to return to Iraq in the spring", written in December: a clause that looks ahead points at next
    // year's season when this year's is long over (its start months behind; not winter, which runs into next year)
    else if (explicitYear === undefined && story === undefined && m.dir === undefined && m.yShift === undefined && tense > 0 && m.season !== 'WI' && base.m - SEASON_START[m.season] >= SEASON_PAST_MONTHS) y = base.y + 1;
    // "this winter" said in January is the winter that began in December; so is "the winter" in a clause that does not
    // look ahead ("The winter weather has been so bad that …", January 2011)
    const currentWinter = m.yShift === 0 || (m.yShift === undefined && m.dir === undefined && explicitYear === undefined && story === undefined && tense <= 0);
    if (m.y === undefined && currentWinter && m.season === 'WI' && base.m <= WINTER_LAST_MONTH) y = base.y - 1;
    return { type: 'DATE', value: `${formatYear(y)}-${m.season}` };
  }
  let date: Ymd | null = null;
  let precision: 'day' | 'month' = 'day';
  if (m.feast !== undefined) {
    const y = explicitYear ?? storyYearOf(m, a, tense);
    date = y !== undefined ? feastDay(m.feast, y) : feastWithoutYear(m.feast, a, base, dir, m.weekOf === true);
  } else if (m.m !== undefined) {
    let y = explicitYear;
    // "after September 11", "9/11", written after the attacks of 2001, is their day
    if (y === undefined && m.attacks && toDays(a.dct) > toDays({ y: 2001, m: 9, d: 11 })) y = 2001;
    if (y === undefined && m.wd !== undefined && m.d !== undefined && m.d > 0) y = yearWithWeekday(m.m, m.d, m.wd, base);
    // a history's dates follow its story, except one in the days just before publication ("died on March 3"
    // in an obituary that also tells the life)
    if (y === undefined && m.from === undefined && !justBefore(m.m, m.d, base)) y = storyYearOf(m, a, tense);
    if (y === undefined) {
      y = yearFor(m.m, m.d && m.d > 0 ? m.d : undefined, base, dir, m.firm);
      // "up 15.2 pct from last February's volume", "when two military helicopters crashed last February", written in
      // March: the month just gone is "last month", so "last" names the one a year before it (TimeBank 1997-02 in
      // March 1998; Reuters-21578's comparisons)
      if (m.firm && m.dir === -1 && m.from === undefined && m.d === undefined && m.m === base.m - 1) y--;
    }
    if (m.yearBack) y--;
    if (m.d === undefined && !m.lastDayOfMonth) precision = 'month';
    // ("fiscal 1987 ending September 31", "November 31 1986": a day past the month's end is the writer's slip for its
    // last day, and the value stays a real date)
    const d = m.lastDayOfMonth ? daysInMonth(y, m.m) : m.d === undefined ? 1 : Math.min(m.d, daysInMonth(y, m.m));
    date = { y, m: m.m, d };
  } else if (m.weekend) {
    // the weekend just past, unless the verb looks forward; on a Saturday or Sunday, this one
    const today = weekday(base);
    if (today >= 6) return { type: 'DATE', value: `${formatWeek(base)}-WE` };
    // written on a Friday with no verb to say otherwise, the weekend that begins the next day ("See you after the
    // weekend", "a look ahead to the weekend's football"): a past one comes with its past verb
    if (today === 5 && tense === 0) return { type: 'DATE', value: `${formatWeek(base)}-WE` };
    const sat = weekdayNear(base, 6, undefined, tense);
    return { type: 'DATE', value: `${formatWeek(sat)}-WE` };
  } else if (m.wd !== undefined && m.weekShift !== undefined) {
    date = addDays(base, 7 * m.weekShift + m.wd - weekday(base));
  } else if (m.wd !== undefined) {
    date = weekdayNear(base, m.wd, m.dir, tense, m.nearest === true, m.from === 'context');
  }
  if (!date) return null;
  if (m.offsetDays && precision === 'day') date = addDays(date, m.offsetDays);
  if (precision === 'month' && m.weekOfMonth !== undefined) return { type: 'DATE', value: formatWeek(dayInWeekOfMonth(date.y, date.m, m.weekOfMonth)) };
  if (precision === 'month') return { type: 'DATE', value: formatMonth(date.y, date.m) };
  if (m.weekOf) return { type: 'DATE', value: formatWeek(date) };
  // a Monday holiday's weekend is the one before it ("Memorial Day weekend"); other days' is their week's
  if (m.weekendOf) return { type: 'DATE', value: `${formatWeek(weekday(date) === 1 ? addDays(date, -1) : date)}-WE` };
  if (m.time) return { type: 'TIME', value: `${formatDay(date)}T${m.time}` };
  // a part of a named day is a TIME: "Tuesday morning" → 2024-08-13TMO, "Monday night" → 2016-09-26TNI
  if (m.part) return { type: 'TIME', value: `${formatDay(date)}T${m.part}` };
  return { type: 'DATE', value: formatDay(date) };
}

/**
 * In a history, the year its story is in for a season, feast or month named without its year, unless a word
 * ("last", "next") or a forward-looking verb points elsewhere.
 */
function storyYearOf(m: Extract<Meaning, { kind: 'calendar' }>, a: Anchors, tense: Direction): number | undefined {
  return m.dir === undefined && tense <= 0 ? a.storyYear : undefined;
}

/**
 * A quarter named without a year, whose this year's has not begun, by a clause that does not look ahead, just after
 * a quarter the story is on. Up to the story's quarter of the year just closed it is of that year — this year's
 * cannot be told of as done: "Productivity fell 1.7 pct in the fourth quarter. The decline followed a 0.3 pct drop in
 * the third quarter", written in March, is 1986's third. Past this year's story quarter it is last year's only on
 * the far side of a comparison ("rose 0.6 pct in the first quarter after a 2.0 pct drop in the fourth quarter",
 * written in June); elsewhere it is as often one to come ("prospects for the second quarter were favourable"). (A
 * month is no such guide: "OPEC's December pact set a third quarter ceiling" is a plan for this year.)
 */
function quarterBeforeStory(q: number, m: Extract<Meaning, { kind: 'calendar' }>, a: Anchors, tense: Direction): number | undefined {
  const story = a.storyQuarter;
  if (!story || tense > 0 || m.dir !== undefined || m.from === 'context' || 3 * q - 2 <= a.dct.m) return undefined;
  if (q <= story.q) return story.y === a.dct.y - 1 ? story.y : undefined;
  return story.comparedBack && story.y === a.dct.y ? story.y - 1 : undefined;
}

/**
 * The year of a quarter or half named without one ("the fourth quarter"). It is this year's, except that a
 * past verb cannot point at a period that has not begun yet when last year's ended within the last three
 * months: "announced a drop in profits for the fourth quarter", written in January, reports last year's
 * fourth quarter. Further back, a company's fiscal numbering is the likelier reading ("expected a net loss
 * for the fiscal fourth quarter", in August, is the fiscal year that just closed). A quarter no verb dates is
 * last year's too — a results note's "4th qtr net includes a gain of 9.7 mln dlrs", written in March, tells of the
 * quarter just reported, not of one nine months off — but a half so named is as often looked ahead to with a modal
 * ("the second half year should be better"), so a half needs a past verb.
 */
function periodYear(startMonth: number, months: number, base: Ymd, tense: Direction, endNamed = false): number {
  const sinceLastYears = base.m + 12 - (startMonth + months - 1);
  // (not a quarter whose end is named after it, "the fourth quarter ending April 30": a fiscal one, as often ahead)
  const back = tense < 0 || (tense === 0 && months === 3 && !endNamed);
  // (a quarter a past verb tells of, up to four months on: annual reports come out into April)
  const lateReport = tense < 0 && months === 3 && !endNamed && sinceLastYears <= PAST_PERIOD_REACH_MONTHS;
  return back && startMonth > base.m && (sinceLastYears <= 3 || lateReport) ? base.y - 1 : base.y;
}

/**
 * Months after last year's period closed within which a past verb still tells of it: "Dome reported it took a 1.20
 * billion charge in the fourth quarter", written on April 1, is 1986's (annual reports come out into April).
 */
const PAST_PERIOD_REACH_MONTHS = 4;

/** The day of a feast named without its year. */
function feastWithoutYear(feast: Feast, a: Anchors, base: Ymd, dir: Direction, weekOf: boolean): Ymd {
  // Super Tuesday comes every fourth year: the campaign nearest the publication is meant, whatever the tense
  // ("deployed staff to the Super Tuesday states" in January 2016 is March 2016's)
  if (feast === 'super-tuesday') return feastDay(feast, Math.round(base.y / 4) * 4);
  // "as Election Day nears", written in February of an election year: with no verb that dates it, the coming
  // one of a year of federal elections (every even year) is meant
  if (feast === 'election' && dir === 0 && base.y % 2 === 0 && toDays(base) < toDays(feastDay(feast, base.y))) return feastDay(feast, base.y);
  // "Saturday 31 August 2013 – Labor Day weekend": a feast within a fortnight of the day the text just set (its
  // last anchor: "Sept. 11, 2001 … This year … In March … The day after Labor Day" is this year's) is that day's
  // year's
  if (a.refDay !== a.dct && a.ref === a.refDay) {
    const beside = feastDay(feast, a.refDay.y);
    if (Math.abs(toDays(beside) - toDays(a.refDay)) <= FEAST_BESIDE_DAYS) return beside;
  }
  // "Easter week" has begun once its Monday has come
  return nearestFeast(feast, base, dir, weekOf ? -6 : 0);
}

/**
 * A feast without its year: the last one before the anchor in the past tense, the next one in the future,
 * otherwise the nearer one (a later one must be clearly nearer, as for months).
 */
function nearestFeast(feast: Feast, base: Ymd, dir: Direction, startOffset: number): Ymd {
  // compare from where the named stretch starts (the Monday of "Easter week"), then give the feast itself
  const now = toDays(base) - startOffset;
  const days = [base.y - 1, base.y, base.y + 1].map((y) => feastDay(feast, y));
  if (dir < 0) return [...days].reverse().find((d) => toDays(d) <= now) ?? days[0];
  if (dir > 0) return days.find((d) => toDays(d) >= now) ?? days[2];
  let best = days[1];
  let bestDist = Infinity;
  for (const d of days) {
    const dist = toDays(d) - now;
    const weighted = dist > 0 ? dist * FUTURE_WEIGHT : -dist;
    if (weighted < bestDist) {
      best = d;
      bestDist = weighted;
    }
  }
  return best;
}

const FUTURE_WEIGHT = 1.5;
/** How far from publication the day the text set may lie for a loose part of a day ("by early afternoon") to be on it. */
const LOOSE_PART_REACH_DAYS = 7;
/** How close to the date the text just set a feast named without its year must be to take that date's year. */
const FEAST_BESIDE_DAYS = 14;
const NEAR_DAYS = 31;
/** Is month/day (this year) within the week before the anchor? */
function justBefore(month: number, day: number | undefined, base: Ymd): boolean {
  if (day === undefined || day < 1) return false;
  const ago = toDays(base) - toDays({ y: base.y, m: month, d: Math.min(day, daysInMonth(base.y, month)) });
  return ago >= 0 && ago <= 7;
}

const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** The last month in which the coming financial year starts this calendar year, whether it starts in April or July. */
const FINANCIAL_YEAR_SOON_MONTHS = 3;

/**
 * The year of "last summer" / "next winter" (a winter is its December's year): the one before the season the anchor
 * is in or last saw begin ("last summer" said in July is the summer before; said in October, this year's), and the
 * first to begin after the anchor.
 */
/** How many months ahead this year's season must start for a past verb to mean last year's. */
const SEASON_AHEAD_MONTHS = 4;
/**
 * The last month of the winter that began in December: "Snowfall this winter had been greater than usual", written
 * in March, is the winter of 1986/87 (until the equinox; most of March's Reuters winters are the one just ending).
 */
const WINTER_LAST_MONTH = 3;
/** How many months past a season's start a clause that looks ahead no longer means this year's: June's spring is gone. */
const SEASON_PAST_MONTHS = 5;

function seasonYear(season: string, base: Ymd, dir: -1 | 1): number {
  const start = SEASON_START[season];
  if (dir > 0) return start > base.m ? base.y : base.y + 1;
  const latest = start <= base.m ? base.y : base.y - 1;
  const inIt = latest * 12 + start + 2 >= base.y * 12 + base.m;
  return inIt ? latest - 1 : latest;
}

/**
 * The year of a month (and day) mentioned without one. Past tense: the latest such date not after the
 * anchor; future: the first not before it; no tense: the nearer of the two.
 */
function yearFor(month: number, day: number | undefined, base: Ymd, dir: Direction, firm = false): number {
  const key = month * 100 + (day ?? 0);
  const baseKey = base.m * 100 + (day === undefined ? 0 : base.d);
  if (dir !== 0) {
    // a forced "last August" or "next August" cannot be the month the anchor is in
    const current = firm && day === undefined && month === base.m;
    const tensed = dir < 0 ? (key > baseKey || current ? base.y - 1 : base.y) : key < baseKey || current ? base.y + 1 : base.y;
    // the tense governs the sentence, not always the date: "gave no reason for the Jan. 14 deadline" written
    // on Jan. 5 means the coming Jan. 14, not last year's. A full date only a few days the other way wins
    // over one most of a year away.
    if (day !== undefined && !firm) {
      const other = tensed === base.y ? base.y + (dir < 0 ? 1 : -1) : base.y;
      const far = Math.abs(toDays({ y: tensed, m: month, d: Math.min(day, 28) }) - toDays(base));
      const near = Math.abs(toDays({ y: other, m: month, d: Math.min(day, 28) }) - toDays(base));
      if (near <= NEAR_DAYS && far > 150) return other;
    }
    return tensed;
  }
  // nearest: compare distance in days (months for month-only) to the candidates around the anchor
  let best = base.y;
  let bestDist = Infinity;
  for (const y of [base.y - 1, base.y, base.y + 1]) {
    const dist = day === undefined
      ? Math.abs(y * 12 + month - (base.y * 12 + base.m))
      : Math.abs(toDays({ y, m: month, d: Math.min(day, 28) }) - toDays(base));
    // news reports more than it announces: a later date must be clearly nearer to win
    const weighted = y > base.y || (y === base.y && (day === undefined ? month > base.m : toDays({ y, m: month, d: Math.min(day, 28) }) > toDays(base))) ? dist * FUTURE_WEIGHT : dist;
    if (weighted < bestDist) {
      best = y;
      bestDist = weighted;
    }
  }
  return best;
}

/**
 * "Saturday, April 25": the year near the anchor in which that date is that weekday — unless the date lies within a
 * month of the anchor this year, where a weekday that does not fit is the writer's slip ("Labor Day, Monday, September
 * 1", written on 26 August 1996, when September 1 was a Sunday), not a year away; the tense then decides as for a
 * date without a weekday.
 */
const WEEKDAY_SLIP_DAYS = 31;
function yearWithWeekday(month: number, day: number, wd: number, base: Ymd): number | undefined {
  if (Math.abs(toDays({ y: base.y, m: month, d: Math.min(day, daysInMonth(base.y, month)) }) - toDays(base)) <= WEEKDAY_SLIP_DAYS && weekday({ y: base.y, m: month, d: day }) !== wd) return undefined;
  for (const y of [base.y, base.y + 1, base.y - 1]) {
    if (day <= 28 || day <= daysInMonth(y, month)) {
      if (weekday({ y, m: month, d: day }) === wd) return y;
    }
  }
  return undefined;
}

/**
 * A weekday without a date. Said on that very weekday it is the publication day; otherwise the tense picks
 * the last one before or the next one after (past by default: news mostly reports). "last Friday" and
 * "next Friday" force the direction and skip the current day.
 */
function weekdayNear(base: Ymd, wd: number, forced: Direction | undefined, tense: Direction, nearest = false, anaphoric = false): Ymd {
  const today = weekday(base);
  if (nearest) {
    const back = (today - wd + 7) % 7;
    const ahead = (wd - today + 7) % 7;
    return addDays(base, ahead < back ? ahead : -back);
  }
  if (forced === undefined || forced === 0) {
    if (today === wd) return base;
    if (forced === 0) {
      // "this Friday": the one of the current week — but written on a Sunday, the coming one ("when they meet in
      // Washington this Wednesday": the reader's week starts that day), and in a clause that looks ahead a day of
      // the week already gone is the coming one ("by this Monday we'll be in a deep depression", on a Wednesday);
      // "that Friday night" points back at a week the text is in
      if (!anaphoric && wd < today && ((today === 7 && tense >= 0) || tense > 0)) return addDays(base, wd - today + 7);
      return addDays(base, wd - today);
    }
  }
  const dir = forced ?? (tense === 0 ? -1 : tense);
  if (dir < 0) {
    let back = (today - wd + 7) % 7;
    if (back === 0) back = 7;
    return addDays(base, -back);
  }
  let ahead = (wd - today + 7) % 7;
  if (ahead === 0) ahead = 7;
  return addDays(base, ahead);
}

export { pad };
