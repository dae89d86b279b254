import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate, Meaning } from './meaning.js';
import { toDays, type Ymd } from './calendar.js';

/**
 * Days after publication within which a day of a month that the clause's past tense sent a year back is taken for
 * the coming one: "said it has called for redemption on April 10 all of its debentures", "the judge set May 7 for
 * sentencing", "said its board set June 4 as the date for a special meeting", written in March or April 1987, are
 * this spring's. A wire story tells the decision in the past and its date ahead; a day of last spring, ten or eleven
 * months gone, would be written with its year. (On the unseen Reuters-21578 and news texts about 70 such days went a
 * year back, some 55 of them decisions about days just ahead.)
 */
const NEAR_AHEAD_DAYS = 60;

/** A month's name or its abbreviation in the expression's text. */
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * Whether the day `value`, a year back, is rather this year's, a few weeks ahead. Not for an entry of a timeline
 * ("June 24: Six Royal Military Policemen were killed"), a history, a feast, or a day whose direction the words fixed
 * ("last April 26", "the quarter ended March 31").
 */
export function dayJustAhead(tokens: readonly Token[], c: Candidate, s: Sentence, m: Meaning, value: string, dct: Ymd, exempt: boolean): boolean {
  // ("since the start of the war on October 7", "since the program began April 30": a day counted from is behind;
  // "the Christmas finale": a feast has no month in its name and is left to its own reading)
  // ("its proposed offer of settlement dated May 13": a document's date is behind it)
  if (exempt || m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined || m.wd !== undefined || m.feast !== undefined) return false;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!ymd || +ymd[1] !== dct.y - 1) return false;
  const ahead = toDays({ y: dct.y, m: +ymd[2], d: +ymd[3] }) - toDays(dct);
  if (ahead <= 0 || ahead > NEAR_AHEAD_DAYS) return false;
  return tokens[c.first - 1]?.text.toLowerCase() !== 'dated' && !startedOn(tokens, c.first) && !sinceBefore(tokens, c.first, s.tokenStart) && MONTH_NAME.test(tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '));
}

/** Past verbs of a start told as done, whose day is behind: "Seasons for oats, barley began June 1", "arrived on May 20". */
const STARTED_VERBS = new Set(['began', 'begun', 'started', 'commenced', 'arrived']);

function startedOn(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.text.toLowerCase();
  return STARTED_VERBS.has(before === 'on' ? tokens[first - 2]?.text.toLowerCase() ?? '' : before ?? '');
}

/** Most tokens before the day a "since" may stand and still count from it ("since the start of the war on October 7"). */
const SINCE_REACH = 10;

function sinceBefore(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - SINCE_REACH; k--) if (tokens[k].text.toLowerCase() === 'since') return true;
  return false;
}

/** Participles of a start named by its day: "the fiscal year beginning Oct. 1", "shipments beginning July 1". */
const STARTING_PARTICIPLES = new Set(['starting', 'beginning', 'commencing']);
/** Days before publication within which a day after "starting" may be one just begun ("fixed prices starting February 1"). */
const JUST_BEGUN_DAYS = 45;

/**
 * "The Treasury is requesting 7.2 billion dlrs for the fiscal year beginning Oct. 1", "the government year 1988, starting
 * Oct. 1", written in April: a day a thing starts on, named by a bare participle, is the coming one unless it began
 * just before publication ("to return to fixed prices starting February 1", in March). Gives the day a year on, or
 * undefined.
 */
export function startingDayAhead(tokens: readonly Token[], c: Candidate, m: Meaning, value: string, dct: Ymd): string | undefined {
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined || m.wd !== undefined || m.feast !== undefined) return undefined;
  const before = tokens[c.first - 1]?.text.toLowerCase();
  const lead = before === 'on' ? tokens[c.first - 2]?.text.toLowerCase() : before;
  if (!lead || !STARTING_PARTICIPLES.has(lead)) return undefined;
  const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  // (a year back from publication, not a history's year: "starting on November 20" in a story of 1910)
  if (!ymd || +ymd[1] !== dct.y - 1 || toDays(dct) - toDays({ y: +ymd[1], m: +ymd[2], d: +ymd[3] }) <= JUST_BEGUN_DAYS) return undefined;
  return `${+ymd[1] + 1}-${ymd[2]}-${ymd[3]}`;
}
