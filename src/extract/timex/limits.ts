/**
 * Limits a clause sets on a date — "until March", "extended to Nov. 20", "by Friday": a bound may lie after the
 * publication date even when the verb is past, so the tense of the clause before the limit is weighed with the
 * state it tells (one that holds now or was over) before it decides the way the date points.
 */
import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import { directionAt, sayingWithin, type Direction } from './tense.js';
import { plainMonth, plainWeekday } from './listed-days.js';

/** Words that set a limit before a date: "until March", "extended to Nov. 20", "by Friday". */
const LIMIT_WORDS = new Set(['until', 'till', 'to', 'by', 'through', 'effective', 'before']);
/** Tokens after a fronted limit's comma searched for a verb of saying. */
const FRONTED_LIMIT_REACH = 12;

/** How far before "until" the verb of the state it bounds may stand: "have been closed [to pupils] until". */
const STATE_REACH = 6;
/** How far before "until" a past state's verb may stand: "was not aware of the Fed's emergency power until". */
const PAST_STATE_REACH = 10;
/** Verbs of a state that holds at the time of writing: the present, the present perfect. */
const PRESENT_STATE = new Set(['have', 'has', "'ve", 'is', 'are', "'re", 'remain', 'remains', 'stays', 'stay']);
/** Verbs that put the state in the past: "had been closed until", "was closed until". */
const PAST_STATE = new Set(['had', "'d", 'was', 'were', 'remained', 'stayed']);

/**
 * The verb of the state the clause before "until" at `limitAt` tells, the nearest one back in its clause: where it
 * stands, and whether it is present ("have been closed until") or past ("was not aware of it until").
 */
function stateBeforeLimit(tokens: readonly Token[], limitAt: number, sentStart: number): { at: number; now: boolean } | undefined {
  for (let k = limitAt - 1; k >= sentStart && k >= limitAt - PAST_STATE_REACH; k--) {
    const w = tokens[k].text.toLowerCase();
    if (w === ',' || w === ';') return undefined;
    if (PRESENT_STATE.has(w) || PAST_STATE.has(w)) return { at: k, now: PRESENT_STATE.has(w) };
  }
  return undefined;
}

/** Whether the clause before "until" at `limitAt` tells a state in the present or the present perfect. */
function stateHoldsNow(tokens: readonly Token[], limitAt: number, sentStart: number): boolean {
  const state = stateBeforeLimit(tokens, limitAt, sentStart);
  return !!state && state.now && state.at >= limitAt - STATE_REACH;
}

/** Whether the clause before "until" at `limitAt` tells a state in the past: "was not aware of it until". */
function stateWasPast(tokens: readonly Token[], limitAt: number, sentStart: number): boolean {
  const state = stateBeforeLimit(tokens, limitAt, sentStart);
  if (!state || state.now) return false;
  // (a passive or a progressive is an act that may set a limit ahead: "Talks were suspended until September",
  // "they were giving Japan until April")
  const next = tokens[state.at + 1]?.text.toLowerCase() === 'not' ? tokens[state.at + 2] : tokens[state.at + 1];
  return !!next && !/(?:ed|ing)$/.test(next.text.toLowerCase());
}

/**
 * "extended to Nov. 20", "until March": a limit can lie after the publication date even when the verb is
 * past, so the tense no longer decides and the nearer date wins.
 */
export function weakenBeforeLimit(tokens: readonly Token[], c: Candidate, s: Sentence, tense: Direction, narrative = false): Direction {
  const first = c.first;
  const sentStart = s.tokenStart;
  // ("closed until at least Thursday": the limit word stands before the bound)
  const limitAt = first >= 3 && tokens[first - 1].text.toLowerCase() === 'least' && tokens[first - 2].text.toLowerCase() === 'at' ? first - 3 : first - 1;
  const before = limitAt >= 0 ? tokens[limitAt].text.toLowerCase() : '';
  if (!LIMIT_WORDS.has(before)) return tense;
  // "in the period leading up to April 20", "birds listed up to 14 September": "up to" before a day tells of the
  // stretch the clause tells of, in its tense
  if (before === 'to' && tokens[first - 2]?.text.toLowerCase() === 'up') return tense;
  // "By the end of May, the company's best hopes rested on top kill": a limit that opens the sentence before a comma
  // frames the clause after it, whose past is the limit's own ("By December, the company said, it expects to finish"
  // dates the saying: the limit still lies ahead)
  if (tense < 0 && first - 1 === sentStart && tokens[c.last + 1]?.text === ',' && !sayingWithin(tokens, c.last + 2, FRONTED_LIMIT_REACH)) return tense;
  // "Classrooms have been closed until at least Thursday", "the road remains shut until Monday": a state that holds
  // now lasts until a day still ahead
  if ((before === 'until' || before === 'till') && stateHoldsNow(tokens, limitAt, sentStart)) return 1;
  // "He said he was not aware of the Fed's emergency power until September", written in May: a state told in the past
  // that lasted until a month is over (a weekday's "was closed until Monday" may still lie ahead)
  if (tense <= 0 && (before === 'until' || before === 'till') && plainMonth(c) && stateWasPast(tokens, limitAt, sentStart)) return -1;
  if (tense < 0) return 0;
  // "until Tuesday" with no tense to say otherwise: a deadline still ahead
  if (tense === 0 && (before === 'until' || before === 'till')) return 1;
  // ("sterling rising another two cents this week, forcing a rate cut by Friday", written on a Wednesday: a weekday
  // set as a deadline, with no tense to say otherwise, is the coming one)
  if (tense === 0 && before === 'by' && plainWeekday(c)) return 1;
  // ("most delegates said quotas before October are unlikely", written in March: a month as well; not in a history,
  // "taking Iwo Jima by March, and Okinawa by June", whose limits are its own story's)
  if (tense === 0 && !narrative && (before === 'by' || before === 'before') && plainMonth(c)) return 1;
  // "its trade deficit must fall by September", "should be completed by September": a modal sets a deadline ahead
  // (for a weekday the modal already looked ahead; a month's modal is read here, at its limit only)
  if (tense === 0 && (before === 'by' || before === 'before') && directionAt(tokens, first, c.last, sentStart, s.tokenEnd, false, true) > 0) return 1;
  return tense;
}
