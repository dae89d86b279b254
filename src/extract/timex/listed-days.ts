import type { Sentence, Timex, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import type { Direction } from './tense.js';
import { addDays, formatDay, parseYmd, type Ymd } from './calendar.js';
import { DAY_RANGE_LINKS, MONTHS } from './lexicon.js';
import { quotedAfter } from './trading-months.js';
import { plain, possessiveEnd } from './token-reader.js';

/** A weekday the tagger has given a direction, remembered for the weekdays listed after it. */
export interface DatedWeekday {
  sentence: number;
  last: number;
  tense: Direction;
}

/** Most tokens between two weekdays of one list ("… Friday night, Breton Sound on Saturday"). */
const MAX_LIST_GAP = 10;
/** Words that join the items of a list. */
const LIST_LINKS = new Set([',', 'and', 'or', 'then']);

/** A weekday with no month or day of its own: "Saturday", "Friday night". */
export function plainWeekday(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'calendar' && m.wd !== undefined && m.m === undefined && m.d === undefined && m.dir === undefined;
}

/**
 * "oil could reach the Pass a Loutre wildlife area Friday night, Breton Sound on Saturday and the Chandeleur
 * Islands on Sunday": a weekday listed after another, whose own words set no direction (the verb that dates the
 * list stands before its first item, out of reach of the later ones), shares the direction of the one before it.
 */
export function listedAfter(tokens: readonly Token[], before: DatedWeekday | null, c: Candidate): Direction {
  if (!before || before.tense === 0 || before.sentence !== c.sentence || !plainWeekday(c)) return 0;
  const gap = c.first - before.last - 1;
  if (gap < 1 || gap > MAX_LIST_GAP) return 0;
  for (let k = before.last + 1; k < c.first; k++) if (LIST_LINKS.has(tokens[k].text.toLowerCase())) return before.tense;
  return 0;
}

/** Days named from the publication date that only lie ahead. */
const COMING_DAYS = new Set(['tonight', 'tomorrow']);

/**
 * "Winter storm watches were issued over south central South Dakota, late tonight and Wednesday over west central
 * Minnesota": a weekday listed right after tonight or tomorrow follows it, whatever the verb that tells of the list;
 * so does one offered instead of today ("could buy coupon securities today or Wednesday": a choice still open).
 */
export function listedAfterComingDay(tokens: readonly Token[], c: Candidate): Direction {
  if (!plainWeekday(c) || c.first < 2) return 0;
  const link = tokens[c.first - 1].text.toLowerCase();
  const before = tokens[c.first - 2].text.toLowerCase();
  return ((link === 'and' || link === 'or') && COMING_DAYS.has(before)) || (link === 'or' && before === 'today') ? 1 : 0;
}

/** A month the tagger has placed in a year, remembered for the months listed after it. */
export interface DatedMonth {
  sentence: number;
  first: number;
  last: number;
  m: number;
  y: number;
  /** Whether it came after an earlier month of the same year in its sentence: a run going forward. */
  runsOn: boolean;
}

/** Words that join the months of a run ("April, May and June"; not "then", which lists weekdays in turn). */
const MONTH_LIST_LINKS = new Set([',', 'and', 'or']);

/** The most months one listed month may lie after the one before it and still continue its run. */
const MAX_LISTED_MONTH_STEP = 3;

/** A month with nothing else: "May", not "May 5", "last May" or "May 1987". */
export function plainMonth(c: Candidate): boolean {
  return c.mod === undefined && monthAlone(c.meaning);
}

/** A month with no day, weekday or anchor of its own: "March", "March 1987", "March this year". */
function monthWithoutDay(m: Candidate['meaning']): m is Extract<Candidate['meaning'], { kind: 'calendar' }> {
  return m.kind === 'calendar' && m.m !== undefined && m.d === undefined && m.wd === undefined && m.from === undefined;
}

/** A month whatever its edge: no day, year, weekday, direction or anchor of its own. */
function monthAlone(m: Candidate['meaning']): boolean {
  return monthWithoutDay(m) && m.y === undefined && m.yShift === undefined && m.dir === undefined;
}

/** A month with its year said, and nothing more: "March this year", "March last year", "March 1987". */
function monthOfItsYear(m: Candidate['meaning']): boolean {
  return monthWithoutDay(m) && (m.y !== undefined || m.yShift !== undefined);
}

/** Edges of a month that keep it one stretch of a list: "by late September or early October", "mid-June and July". */
const LISTED_MONTH_EDGES: ReadonlySet<string> = new Set(['START', 'MID', 'END']);

/** A plain month, or one named by its edge ("early October"), as a run of months lists them. */
export function monthWithEdge(c: Candidate): boolean {
  return monthAlone(c.meaning) && (c.mod === undefined || LISTED_MONTH_EDGES.has(c.mod));
}

/**
 * "the release of 300,000 tonnes during the three months of April, May and June": a month listed right after an
 * earlier one of the same list, later in the calendar, lies in that one's year — a run of months is one stretch,
 * whichever way the verb points (alone, "May" in a past clause written in April would be last year's).
 */
export function listedMonthYear(tokens: readonly Token[], before: DatedMonth | null, c: Candidate, dct: Ymd): number | undefined {
  if (!before || before.sentence !== c.sentence || !monthWithEdge(c) || c.meaning.kind !== 'calendar') return undefined;
  const m = c.meaning.m!;
  // ("compared with a revised 79.6 pct in January and December": a list may run back in time, so only a month a
  // little after the one before it continues the run; the publication month named in a list is this year's
  // whatever came before it: "planned to fish Louisiana waters in May and June", written in June)
  if (m <= before.m || m - before.m > MAX_LISTED_MONTH_STEP || (m === dct.m && before.y !== dct.y)) return undefined;
  const gap = c.first - before.last - 1;
  if (gap < 1 || gap > 2) return undefined;
  for (let k = before.last + 1; k < c.first; k++) if (!MONTH_LIST_LINKS.has(tokens[k].text.toLowerCase())) return undefined;
  return before.y;
}

/** A day of a month the tagger has placed in a year, remembered for the day that may close its range. */
export interface DatedDay {
  sentence: number;
  first: number;
  last: number;
  y: number;
  m: number;
  d: number;
}

/** A day of a month with nothing else: "25 October", "June 5", not "June 5, 1987" or "Monday, June 5". */
export function plainDay(c: Candidate): boolean {
  const m = c.meaning;
  return m.kind === 'calendar' && m.m !== undefined && m.d !== undefined && m.d > 0 && m.y === undefined && m.yShift === undefined && m.wd === undefined && m.dir === undefined && m.from === undefined && m.feast === undefined;
}

/**
 * "from 23-25 October", "The summit on 3-5 May ended", "It ran from June 3 to 5", "between March 12 and April four": the
 * day that closes a range lies in the year of the day that opens it, which each would otherwise take on its own (the
 * opening day may be the publication's, the closing one put in a story's year).
 */
export function listedDayYear(tokens: readonly Token[], before: DatedDay | null, c: Candidate): number | undefined {
  if (!before || before.sentence !== c.sentence || !plainDay(c) || c.meaning.kind !== 'calendar') return undefined;
  if (c.first - before.last !== 2) return undefined;
  const link = tokens[before.last + 1].text.toLowerCase();
  if (c.meaning.m === before.m) return c.meaning.d! > before.d && DAY_RANGE_LINKS.has(link) ? before.y : undefined;
  // ("bought shares between March 12 and April four", "from November 25 to December 10": a range into a later month
  // of the same year — "and" closes one only after "between")
  const between = link === 'and' && tokens[before.first - 1]?.text.toLowerCase() === 'between';
  // (a dash only written tight, "November 25-December 10": "HOUSTON, March 6 - Dec 31 Shr loss" is a dateline's)
  const dash = link === '-' || link === '–';
  const tight = tokens[before.last].end === tokens[before.last + 1].start && tokens[before.last + 1].end === tokens[c.first].start;
  return c.meaning.m! > before.m && ((MONTH_DAY_RANGE_LINKS.has(link) && (!dash || tight)) || between) ? before.y : undefined;
}

/**
 * "laydays include July 1-10 for 7,500 tonnes, Aug 1-10 for 8,000 tonnes, and Sept 15-25 for 12,500 tonnes": a day of a
 * later month listed after a day its sentence placed, with its own clause between, is in that day's year (read alone,
 * the last one, far from the verb, took a past "said" for its tense and went back a year). Not across a comparison
 * ("on February 3, up from 12 pct on December 5").
 */
export function laterListedDayYear(tokens: readonly Token[], before: DatedDay | null, c: Candidate): number | undefined {
  if (!before || before.sentence !== c.sentence || !plainDay(c) || c.meaning.kind !== 'calendar' || c.meaning.m! <= before.m) return undefined;
  const gap = c.first - before.last - 1;
  // (or closing what it started: "a programme starting March 6 and ending September 7")
  if (gap < 2 || gap > LIST_ITEM_REACH || (!LIST_LINKS.has(plain(tokens[c.first - 1])) && !PERIOD_CLOSERS.has(plain(tokens[c.first - 1])))) return undefined;
  for (let k = before.last + 1; k < c.first; k++) if (LIST_BREAKS.has(plain(tokens[k]))) return undefined;
  return before.y;
}

/**
 * "four cts for May, five cts for June, seven cts for July and six cts for August": a month later in the calendar,
 * listed with a figure of its own after a month its sentence placed in a run going forward, each item framed alike, is
 * in that month's year, as the days of such a list are. Not across a comparison, nor without a word that lists.
 */
export function laterListedMonthYear(tokens: readonly Token[], before: DatedMonth | null, c: Candidate): number | undefined {
  if (!before || before.sentence !== c.sentence || !before.runsOn || !monthWithEdge(c) || c.meaning.kind !== 'calendar' || c.meaning.m! <= before.m) return undefined;
  const gap = c.first - before.last - 1;
  if (gap < 3 || gap > LIST_ITEM_REACH) return undefined;
  // (each item framed alike, "… cts for July and six cts for August"; not a list begun anew, "… April and July and for
  // grapefruit in October")
  if (plain(tokens[c.first - 1]) !== plain(tokens[before.first - 1])) return undefined;
  let listed = false;
  for (let k = before.last + 1; k < c.first; k++) {
    const w = plain(tokens[k]);
    if (LIST_BREAKS.has(w) || MONTHS.has(w)) return undefined;
    if (MONTH_LIST_LINKS.has(w)) listed = true;
  }
  return listed ? before.y : undefined;
}

/** Words before a later day that closes the period an earlier day of its sentence opened: "starting March 6 and ending September 7". */
const PERIOD_CLOSERS: ReadonlySet<string> = new Set(['ending', 'until', 'till']);
/** Most tokens between two listed days: "Aug 1-10 for 8,000-10,000 tonnes, and Sept 15". */
const LIST_ITEM_REACH = 10;
/** Words that make the second day the other side of a comparison, or end the list's clause. */
const LIST_BREAKS: ReadonlySet<string> = new Set(['from', 'against', 'compared', 'versus', 'vs', 'vs.', 'than', 'after', 'before', 'since', 'but', '.', 'said', 'says', 'last', 'year', 'ago', 'earlier']);

/** Words that close a range of days running into another month: "from June 3 to July 5", "May 10 through June 2". */
const MONTH_DAY_RANGE_LINKS = new Set(['to', 'through', 'until', 'till', '-', '–']);

/** Words that offer a second day after a first: "by Monday or Tuesday", "Monday to Wednesday", "Monday and Tuesday". */
const SECOND_DAY_LINKS = new Set(['or', 'and', 'to', 'through', '-', '–']);
/** Words that close a range of days on its last one: "from Tuesday through Saturday". */
const RANGE_END_LINKS = new Set(['to', 'through', 'until', 'till', '-', '–']);
const WEEKDAY_NAME = /(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** Words with which a weekday names its own week: "Friday last week". */
const OWN_WEEK_WORDS = new Set(['last', 'next', 'this', 'week']);

/** Whether c follows one of `links` (lower case), right after the expression tagged just before: "Monday or Tuesday". */
function linkedTo(tokens: readonly Token[], c: Candidate, before: Timex | undefined, links: ReadonlySet<string>): before is Timex {
  return !!before && c.first >= 2 && links.has(tokens[c.first - 1].text.toLowerCase()) && tokens[c.first - 2].end === before.end;
}

/** Whether c is a bare weekday joined by one of `links` to the expression that ends right before the link. */
function weekdayLinkedTo(tokens: readonly Token[], c: Candidate, before: Timex | undefined, links: ReadonlySet<string>): before is Timex {
  return plainWeekday(c) && linkedTo(tokens, c, before, links);
}

/** Words that list one more of a kind: "1987 and 1986", "spring or summer". */
const AND_OR: ReadonlySet<string> = new Set(['and', 'or']);
/** Marks before a clock that restates the one before it in another zone: "2000 EST/0100 gmt", "2000 EST (0100 GMT)". */
const RESTATING_LINKS: ReadonlySet<string> = new Set(['/', '(']);
/** The slash of a pair of months: "April/Dec.". */
const SLASH: ReadonlySet<string> = new Set(['/']);

/** The day a value names, "2010-06-01" of "2010-06-01TAF", or undefined. */
const dayOf = (value: string): string | undefined => /^\d{4}-\d\d-\d\d/.exec(value)?.[0];

/**
 * "protested from Tuesday through Saturday", written on a Thursday: a range's last weekday lies after its first, so
 * one its tense put before the first is the one a week on; so does a weekday listed after one still ahead ("a
 * follow-through Monday and Tuesday"). Returns the value moved, or undefined.
 */
export function rangeEndAfterStart(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string, dct: Ymd): string | undefined {
  // ("He expects a follow-through Monday and Tuesday to the advance which lifted the Dow", written on a Friday: a weekday
  // listed after one still ahead follows it as well)
  const listedAhead = weekdayLinkedTo(tokens, c, before, AND_OR) && (dayOf(before.value) ?? '') > formatDay(dct);
  if (!listedAhead && !weekdayLinkedTo(tokens, c, before, RANGE_END_LINKS)) return undefined;
  // (both ends name their weekday, and the last one no week of its own: "from 1800 to 2100 local Chicago time Monday"
  // starts at a bare clock time, and "Wednesday to Friday last week" says which week)
  if (!WEEKDAY_NAME.test(before.text)) return undefined;
  for (let k = c.first; k <= c.last; k++) if (OWN_WEEK_WORDS.has(tokens[k].text.toLowerCase())) return undefined;
  const first = dayOf(before.value);
  const own = dayOf(value);
  if (!first || !own || own >= first) return undefined;
  return formatDay(addDays(parseYmd(own), 7)) + value.slice(own.length);
}

/**
 * "should be down to a trickle by Monday or Tuesday", written on a Tuesday: a weekday offered right after one that
 * lies ahead comes after it, so the publication day's own name there is the coming one, a week on. Returns the value
 * moved, or undefined when the rule does not apply.
 */
export function dayAfterOffered(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string, dct: Ymd): string | undefined {
  if (!weekdayLinkedTo(tokens, c, before, SECOND_DAY_LINKS)) return undefined;
  const today = formatDay(dct);
  const first = dayOf(before.value);
  if (!first || first <= today || !value.startsWith(today)) return undefined;
  return formatDay(addDays(dct, 7)) + value.slice(today.length);
}

/** The year of the first of two joined periods, for the second ("the third and [fourth quarters]"), when the first was tagged just before. */
export function pairedPeriodYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined): string | undefined {
  if (c.meaning.kind !== 'calendar' || !c.meaning.pairedSecond || !before || c.first < 2) return undefined;
  if (before.end !== tokens[c.first - 2].end) return undefined;
  return /^(\d{4})-[QH]\d$/.exec(before.value)?.[1];
}

/**
 * "in the 1986/87 first half", "the 1985/86 fourth quarter": a quarter or half right after a split year, of that year
 * (valued by its first, as the split year is). Returns the year, or undefined.
 */
export function splitYearPeriod(tokens: readonly Token[], c: Candidate, before: Timex | undefined): string | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || (m.q === undefined && m.half === undefined) || m.y !== undefined || m.yShift !== undefined || !before || c.first < 1) return undefined;
  if (before.end !== tokens[c.first - 1].end || !/^\d{4}\/\d{2}$/.test(before.text)) return undefined;
  return /^\d{4}$/.test(before.value) ? before.value : undefined;
}

/**
 * "4.4 mln dlrs in the previous year's fourth quarter", "vs a loss in the prior year's 4th qtr": a quarter or half
 * owned by "the prior year" is the same period a year before the one the story reports, the one it would take alone
 * (the owner, read alone, counts back from whatever year was named last: "… in 1985. … the prior year's 4th qtr").
 * Returns the period's value, or undefined when the rule does not apply.
 */
export function periodOfPriorYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string): string | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || (m.q === undefined && m.half === undefined) || m.y !== undefined || m.yShift !== undefined || !before) return undefined;
  if (!PRIOR_YEAR.test(before.text) || !/^\d{4}-[QH]\d$/.test(value)) return undefined;
  // (the owner's last token is right before the "'s", or before "'" "s" where a tokenizer split them)
  for (const k of [c.first - 2, c.first - 3]) {
    if (k >= 0 && tokens[k].end === before.end && possessiveEnd(tokens, k) === c.first - 1) return String(+value.slice(0, 4) - 1).padStart(4, '0') + value.slice(4);
  }
  return undefined;
}
const PRIOR_YEAR = /^(?:the\s+)?(?:prior|previous|preceding)\s+year$/i;

/**
 * The year of the end of a range of months, from its start tagged just before: in one hyphenated word ("April-June"),
 * or joined by "to" or "through" ("June to August"), the end a month alone. (Not a slash: "1986/87 (July/June)", "after a
 * 0.5 pct October/December rise" are as often right for the end read alone as for the start, measured on Reuters-21578.)
 */
export function monthRangeEndYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined): number | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.y !== undefined || !before) return undefined;
  const hyphened = hyphenedAfter(c, before);
  const joined = m.rangeFrom === undefined && plainMonth(c) && linkedTo(tokens, c, before, MONTH_RANGE_JOINS);
  // ("for shipment in 11 cargoes between May and October": "and" closes a range after "between")
  const between = m.rangeFrom === undefined && plainMonth(c) && linkedTo(tokens, c, before, AND) && MONTHS.has(before.text.toLowerCase()) && plain(tokens[c.first - 3]) === 'between';
  if (!hyphened && !joined && !between) return undefined;
  const start = /^(\d{4})-(\d{2})$/.exec(before.value);
  if (!start) return undefined;
  return +start[1] + (m.m < (m.rangeFrom ?? +start[2]) ? 1 : 0);
}

/**
 * Two months a slash joins ("for April/Dec.", "In July/September, domestic demand contributed") are a range whose ends
 * are each read alone from the clause; where the end then comes before the start, or a year or more after it, one of
 * them went the wrong way. A
 * pair bought "for", priced "at" or quoted is still to come: each is the coming month of its name ("for April/Dec." in
 * March, December 1987). Any other is a period reported on: the start goes back before the end ("In July/September",
 * in March 1987, July 1986), or, a year or more apart, the end comes to the start ("The January/February employment
 * statistics", January and February 1987). Gives the two values, or undefined where the pair is in order already.
 */
export function slashPairInOrder(tokens: readonly Token[], c: Candidate, s: Sentence, before: Timex | undefined, value: string, dct: Ymd): { start: string; end: string } | undefined {
  if (!plainMonth(c) || !linkedTo(tokens, c, before, SLASH)) return undefined;
  // ("the coming May/September harvest": the month the first expression ends on)
  const firstMonth = before.text.split(/\s+/).pop() ?? '';
  if (!/^[A-Z][a-z]+\.?$/.test(firstMonth) || !MONTHS.has(firstMonth.toLowerCase())) return undefined;
  const start = /^(\d{4})-(\d{2})$/.exec(before.value);
  const end = /^(\d{4})-(\d{2})$/.exec(value);
  if (!start || !end) return undefined;
  // ("The January/February employment statistics suggest the Gross National Product will grow", in March: a pair read
  // thirteen months apart, the end pulled ahead by a verb far after it, is out of order too)
  const apart = (+end[1] * 12 + +end[2]) - (+start[1] * 12 + +start[2]);
  if (apart >= 0 && apart < 12) return undefined;
  // (or quoted as a market quotes what it trades: "Dec/Jan 6-3/4 under", "Sep/Dec no quote")
  const ahead = tokens[c.first - 3]?.text.toLowerCase() === 'for' || tokens[c.last + 1]?.text.toLowerCase() === 'at' || quotedAfter(tokens, c.last + 1, s);
  // (each the coming month of its name: a market quotes two contracts, not always in order, "Jul/May 3-1/4 over" in
  // April is July and May 1987, "Dec/Jan" December 1987 and January 1988)
  const coming = (m: string) => `${+m < dct.m ? dct.y + 1 : dct.y}-${m}`;
  if (ahead) return { start: coming(start[2]), end: coming(end[2]) };
  // (a start said to be coming holds, and the end follows it: "the coming May/September harvest")
  if (apart >= 12 || /^(?:the\s+|this\s+)?(?:coming|upcoming)\b/i.test(before.text)) return { start: before.value, end: `${+start[1] + (+end[2] < +start[2] ? 1 : 0)}-${end[2]}` };
  return { start: `${+end[1] - (+start[2] > +end[2] ? 1 : 0)}-${start[2]}`, end: value };
}

/**
 * The start of a range of months, in one hyphenated word or joined by "to" or "through", that was read after its end
 * ("to review performance in the January-June period", in June, read January 1988 from "would visit"; "the current
 * 1986/87 October-September season" October 1987; "its decision to freeze rice export prices from January to early
 * April", in April): the range ends where its end was read, so the start goes back to the last such month before it.
 */
export function monthRangeStart(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string): string | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || !before) return undefined;
  const hyphened = hyphenedAfter(c, before);
  // ("from 2.35 mln in January/September last year": a slash pair whose end counts its year from now is a range too;
  // not "April/January 1986/87", a split year read as its first)
  const yearSaid = monthOfItsYear(m);
  const joins = yearSaid && m.yShift !== undefined ? MONTH_RANGE_JOINS_OR_SLASH : MONTH_RANGE_JOINS;
  const joined = m.rangeFrom === undefined && (monthAlone(m) || yearSaid) && linkedTo(tokens, c, before, joins) && MONTHS.has(before.text.toLowerCase());
  if (!hyphened && !joined) return undefined;
  const start = /^(\d{4})-(\d{2})$/.exec(before.value);
  const end = /^(\d{4})-(\d{2})$/.exec(value);
  if (!start || !end || before.value <= value) return undefined;
  return `${+end[1] - (+start[2] > +end[2] ? 1 : 0)}-${start[2]}`;
}

/**
 * The start of a range of days joined by "through" that was read in its end's year though it comes
 * later in the calendar ("cattle slaughtered under the program from April 1 through March 13", written on April 1):
 * the range ends where its end was read, so the start is the year before. Returns the start's value, or undefined.
 */
export function dayRangeStart(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string): string | undefined {
  if (!before || !plainDay(c) || !linkedTo(tokens, c, before, DAY_RANGE_END_LINKS)) return undefined;
  const start = /^(\d{4})-(\d\d-\d\d)$/.exec(before.value);
  const end = /^(\d{4})-(\d\d-\d\d)$/.exec(value);
  if (!start || !end || start[1] !== end[1] || start[2] <= end[2] || !MONTHS.has(plain(tokens[c.first]))) return undefined;
  return `${+start[1] - 1}-${start[2]}`;
}
/**
 * Words that close a range of days on its last one, written with its month: "from April 1 through March 13" (not "to",
 * which as often moves a date: "payable April One to March 20 from March 13", "run from April 1 to March 31" of a
 * financial year to come).
 */
const DAY_RANGE_END_LINKS: ReadonlySet<string> = new Set(['through', 'thru']);

/** c is the second month of one hyphenated word whose first month was tagged just before it ("April-June"). */
function hyphenedAfter(c: Candidate, before: Timex): boolean {
  return c.meaning.kind === 'calendar' && c.meaning.rangeFrom !== undefined && c.start !== undefined && before.end === c.start - 1;
}

/** Words that join the two months of a range: "June to August", "May through September". */
const MONTH_RANGE_JOINS: ReadonlySet<string> = new Set(['to', 'through', 'thru']);
const AND: ReadonlySet<string> = new Set(['and']);
const MONTH_RANGE_JOINS_OR_SLASH: ReadonlySet<string> = new Set([...MONTH_RANGE_JOINS, '/']);

/**
 * "Periods end January 31, 1987 and 1986", "callable on May 21, 1988 and 1989": a bare year right after a full date,
 * joined by "and" or "or", is the same day in that year. Returns that day, or undefined.
 */
export function dayOfListedYear(tokens: readonly Token[], c: Candidate, before: Timex | undefined): string | undefined {
  if (c.first !== c.last || !/^\d{4}$/.test(tokens[c.first].text) || !linkedTo(tokens, c, before, AND_OR)) return undefined;
  const day = /^\d{4}(-\d\d-\d\d)$/.exec(before.value);
  // (the date before names its year as written: "January 31, 1987")
  if (!day || !/\b\d{4}$/.test(before.text)) return undefined;
  return tokens[c.first].text + day[1];
}

/** Seasons in their order through a year, winter left out (its months straddle two years). */
const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 1, SU: 2, FA: 3 };

/**
 * "McDonnell Douglas and Airbus last spring and summer had discussed …": a bare season joined by "and" or "or" to a
 * season tagged just before, later in the year than it, is in that season's year. Returns the value, or undefined.
 */
export function pairedSeasonValue(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string): string | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.season === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || c.mod !== undefined || c.first !== c.last) return undefined;
  if (!linkedTo(tokens, c, before, AND_OR)) return undefined;
  const first = /^(\d{4})-(SP|SU|FA)$/.exec(before.value);
  const own = /^\d{4}-(SP|SU|FA)$/.exec(value);
  if (!first || !own || SEASON_ORDER[own[1]] <= SEASON_ORDER[first[2]]) return undefined;
  return `${first[1]}-${own[1]}`;
}

/** Zones of the Americas, behind Greenwich: their evening is the next day's early hours there. */
const ZONES_BEHIND_GMT = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT)\b/;

/**
 * "at the 2000 EST/0100 gmt session", "at 2000 EST (0100 GMT)": a Greenwich clock restating an American evening one
 * just before it, at an earlier hour, is on the next day. Returns the value moved, or undefined.
 */
export function restatedNextDay(tokens: readonly Token[], c: Candidate, before: Timex | undefined, value: string): string | undefined {
  if (!linkedTo(tokens, c, before, RESTATING_LINKS) || !ZONES_BEHIND_GMT.test(before.text)) return undefined;
  if (!/\bgmt\b/i.test(tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '))) return undefined;
  const local = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/.exec(before.value);
  const own = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/.exec(value);
  if (!local || !own || local[1] !== own[1] || +own[2] >= +local[2]) return undefined;
  return `${formatDay(addDays(parseYmd(own[1]), 1))}T${own[2]}:${own[3]}`;
}
