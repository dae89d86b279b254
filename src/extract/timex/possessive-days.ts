/**
 * Weekdays and months named in a possessive or before a planned event, and whether what they name still lies ahead:
 * "Friday's planned talks", "Sunday's scheduled vote" (ahead), "before Friday's debate", "February's Louvre Accord"
 * (gone by), a possessive weekday told of the day after a plan for yesterday. `tag.ts` asks these while it reads each
 * expression's own direction.
 */
import type { Sentence, Token } from '../../model/layers.js';
import { addDays, weekday, type Ymd } from './calendar.js';
import type { Candidate } from './meaning.js';
import { directionAt } from './tense.js';
import { EVENT_NOUNS } from './event-dates.js';
import { plain, possessiveEnd } from './token-reader.js';

/**
 * "Friday's close", "Wednesday's ruling": news names an event by its weekday once it has happened, so the
 * weekday lies back (or is today), whatever the verb of the sentence — unless the words right before it
 * put the event ahead (`aheadOfPossessive`).
 */
export function possessiveWeekday(tokens: readonly Token[], c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.wd === undefined || m.m !== undefined || m.dir !== undefined) return false;
  // only as written ("Friday's"): in text whose tokens were split by spaces ("Friday 's debate", Timeline17) the
  // verbs read the direction better ("he would volunteer to have Friday 's debate about the economy")
  return possessiveEnd(tokens, c.last) === c.last + 1;
}

/**
 * Words after a weekday's possessive that put its event ahead, whatever the verbs say: "A Facebook page devoted to
 * Friday 's planned protests had 80,000 followers", "Monday's scheduled vote".
 */
const PLANNED_EVENT = new Set(['planned', 'scheduled', 'upcoming', 'proposed', 'expected', 'forthcoming', 'looming', 'slated']);
export function plannedAfterPossessive(tokens: readonly Token[], c: Candidate): boolean {
  const end = possessiveEnd(tokens, c.last);
  return end > 0 && PLANNED_EVENT.has(tokens[end + 1]?.text.toLowerCase() ?? '');
}

/**
 * "The government did not issue permits for Tuesday's planned protests", written on Wednesday: a plan for the day
 * before publication, in a clause told in the past, is of a day that has come ("ahead of Friday's planned strike",
 * written on Thursday, still lies ahead).
 */
export function plannedForYesterday(tokens: readonly Token[], c: Candidate, s: Sentence, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.wd === undefined || weekday(addDays(dct, -1)) !== m.wd) return false;
  return directionAt(tokens, c.first, c.last, s.tokenStart, s.tokenEnd) < 0;
}

/** Scheduled events a weekday's possessive names: "Monday night's debate", "Tuesday's Senate hearings", "Saturday's stadium concert". */
const SCHEDULED_EVENTS: ReadonlySet<string> = new Set([
  ...EVENT_NOUNS, 'debate', 'debates', 'hearings', 'game', 'match', 'speech', 'address', 'race', 'march', 'protest', 'protests',
  'concert', 'concerts', 'show', 'ceremony', 'parade', 'festival', 'funeral', 'vigil', 'gig', 'premiere', 'celebration', 'celebrations', 'marathon',
]);
/**
 * Words before a weekday's possessive that make it the object of something else: prepositions ("the moderator of Monday's
 * debate") and verbs that put off or keep to a scheduled event ("wanted to delay Friday night's presidential debate").
 */
const BEFORE_AN_OBJECT: ReadonlySet<string> = new Set(['of', 'to', 'for', 'at', 'in', 'into', 'ahead', 'before', 'during', 'delay', 'postpone', 'cancel', 'reschedule', 'skip', 'attend', 'boycott']);
/** How many days ahead the next such weekday may lie for a scheduled event to be that one. */
const COMING_EVENT_DAYS = 2;

/**
 * "Trump's tweet to invite Gennifer Flowers to Monday night's debate", written on a Sunday; "testimony for Tuesday's
 * Senate hearings", on a Monday: a scheduled event named by its weekday, the object of a preposition (so the clause's
 * verb tells of something else), is the coming one when that lies at most two days ahead. Three is too far: written
 * on a Friday, "At Monday's debate, Clinton cited …" is the one just held, as "of Wednesday's meeting" is.
 */
export function comingEventOfPossessive(tokens: readonly Token[], c: Candidate, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.wd === undefined || !BEFORE_AN_OBJECT.has(tokens[c.first - 1]?.text.toLowerCase() ?? '')) return false;
  const ahead = (m.wd - weekday(dct) + 7) % 7;
  if (ahead < 1 || ahead > COMING_EVENT_DAYS) return false;
  const end = possessiveEnd(tokens, c.last);
  for (let k = end + 1; k <= end + 3 && k < tokens.length; k++) if (SCHEDULED_EVENTS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** Prepositions between a passive participle and a weekday's possessive: "verified in Tuesday's report". */
const PASSIVE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'by', 'on', 'during']);
/** Modals that look ahead through "be" and a participle: "might (not) be verified", "will be tested". */
const PASSIVE_FUTURE_MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'may', 'might', 'should']);

/** A participle at `at` after "be" and a modal that looks ahead, "not" allowed between: "might not be verified". */
function futurePassiveBefore(tokens: readonly Token[], at: number, sentStart: number): boolean {
  const w = (k: number) => (k >= sentStart ? plain(tokens[k]) : '');
  if (!/(?:ed|en)$/.test(w(at)) || w(at - 1) !== 'be') return false;
  const modal = w(at - 2) === 'not' ? at - 3 : at - 2;
  return PASSIVE_FUTURE_MODALS.has(w(modal));
}

/** Words of the future that may govern a possessive weekday from up to three words before it. */
const FUTURE_GOVERNORS = new Set(['will', "'ll", 'shall', 'upcoming']);

/**
 * "will attend Thursday's vote", "the upcoming Monday's session": the event named by its weekday is still to
 * come. Only the three words before it count, up to a break in the clause, so "Friday's close will be
 * watched" (the future is the watching) stays in the past. "ahead of Wednesday's meeting" does not decide:
 * in Reuters-21578 it is as often a meeting just held ("dealers squared positions ahead of Wednesday's
 * meeting", written on Thursday) or a comparison ("well ahead of Friday's final 71.8").
 */
export function aheadOfPossessive(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const w = (k: number) => tokens[k].text.toLowerCase();
  // "as they sit atop most polls ahead of Monday's GOP caucuses": what lies ahead, unless the clause is told in the
  // past ("Dealers squared positions ahead of Wednesday's meeting", written on Friday)
  // (and "until after": "unlikely the government would announce its decision until after Thursday's cabinet meeting")
  if (c.first - 2 >= s.tokenStart && ((w(c.first - 1) === 'of' && w(c.first - 2) === 'ahead') || (w(c.first - 1) === 'after' && w(c.first - 2) === 'until'))) return directionAt(tokens, c.first - 2, c.last, s.tokenStart, s.tokenEnd) >= 0;
  for (let k = c.first - 1; k >= Math.max(s.tokenStart, c.first - 3); k--) {
    if (FUTURE_GOVERNORS.has(w(k))) return true;
    if (!/^[a-z]/i.test(tokens[k].text)) return false;
  }
  // ("might not be verified in Tuesday's planting intentions report", "will be tested in Friday's vote": a future or a
  // modal's passive whose participle the possessive's preposition follows)
  if (c.first - 2 > s.tokenStart && PASSIVE_PREPOSITIONS.has(w(c.first - 1)) && futurePassiveBefore(tokens, c.first - 2, s.tokenStart)) return true;
  // "Monday's debate in New York will be Trump's first": the event itself is what will be (not "Friday's close will
  // be watched", where the future is the watching)
  const end = possessiveEnd(tokens, c.last);
  for (let k = end + 2; k < Math.min(s.tokenEnd - 2, end + 7); k++) {
    if (!/^[\p{L}]/u.test(tokens[k].text)) break;
    if ((w(k) === 'will' || w(k) === "'ll") && w(k + 1) === 'be' && !/(ed|en)$/.test(w(k + 2)) && /^[\p{L}]/u.test(tokens[k + 2].text)) return true;
  }
  // "Saturday's hog slaughter is guesstimated at about 40,000", written on Friday, "Friday's consumer price report
  // for February is expected to show": a figure guessed or forecast now is one not yet counted
  for (let k = end + 2; k < Math.min(s.tokenEnd - 1, end + FIGURE_GUESSED_REACH); k++) {
    if (!/^[\p{L}]/u.test(tokens[k].text)) break;
    if ((w(k) === 'is' || w(k) === 'are') && FIGURE_GUESSED.has(w(k + 1))) return true;
  }
  // "A majority of voters expect Clinton to win Monday's debate", "hopes to attend Thursday's vote": an
  // infinitive after a present-tense wish or expectation ("expected" may report one since met), or after asking
  // ("asked to reschedule Friday's debate")
  const to = c.first - 2;
  if (to > s.tokenStart && w(to) === 'to') {
    for (let k = to - 1; k >= Math.max(s.tokenStart, to - 3); k--) {
      if (EXPECTING_NOW.has(w(k)) || ASKING.has(w(k))) return true;
      if (!/^[a-z]/i.test(tokens[k].text)) return false;
    }
  }
  return false;
}

/** Tokens after a weekday's possessive within which "is forecast" may tell of its figure: "Friday's consumer price report for February is expected to". */
const FIGURE_GUESSED_REACH = 9;
/** Whether the words right before a month's possessive put its event ahead: "ahead of July's conference", "before June's summit". */
export function monthPossessiveAhead(tokens: readonly Token[], c: Candidate): boolean {
  const before = plain(tokens[c.first - 1]);
  return (before === 'of' && plain(tokens[c.first - 2]) === 'ahead') || MONTH_EVENT_AHEAD.has(before) || FUTURE_GOVERNORS.has(plain(tokens[c.first - 2]));
}
/** Words right before a month's possessive that put its event ahead. */
const MONTH_EVENT_AHEAD: ReadonlySet<string> = new Set(['before', 'until', 'next', 'upcoming', 'coming', 'forthcoming', 'await', 'awaiting', 'attend']);

/** Participles that make a figure one still to come: "is guesstimated at", "is forecast at", "is projected at". */
const FIGURE_GUESSED = new Set(['guesstimated', 'forecast', 'projected', 'expected']);

/** Verbs of asking or urging, whatever their tense, whose infinitive looks ahead: "He simply asked to reschedule Friday's debate". */
const ASKING = new Set(['asked', 'asks', 'urged', 'urges', 'begged', 'pressed']);
/** Present-tense verbs of wishing or expecting whose infinitive looks ahead. */
const EXPECTING_NOW = new Set(['expect', 'expects', 'hope', 'hopes', 'plan', 'plans', 'want', 'wants', 'intend', 'intends', 'aim', 'aims', 'vow', 'vows', 'promise', 'promises']);
