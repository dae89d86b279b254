/**
 * Which day a clock time falls on when its sentence names none: a wire clock time on a day told sentences before,
 * a market's closing level "today" after a day-before sentence, a past time on a day that lies ahead, and clock
 * times a day written after them dates ("at 0800 GMT on Friday").
 */
import type { Sentence, Timex, Token } from '../../model/layers.js';
import { toDays } from './calendar.js';
import type { Candidate } from './meaning.js';
import { type Anchors } from './normalize.js';
import { insideRelativeClause, type Direction } from './tense.js';
import { plain } from './token-reader.js';

/**
 * A clock time written with its zone ("BP shares traded down … at 0753 GMT", "(10:55 a.m. ET) Four thousand flights have
 * been cancelled") is wire copy's time of the day it is filed on; it takes the day the text is on only while that day
 * is fresh, set a few sentences back. (A bare "at 10pm" in a narrative keeps the narrative's day however far back it
 * was named: "The rig blew up at 10pm".)
 */
export function wireClockOnDistantDay(c: Candidate, refDaySentence: number): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'shift' || m.from !== 'context' || !m.zoned) return undefined;
  if (refDaySentence < 0 || c.sentence - refDaySentence <= ZONED_CLOCK_DAY_REACH) return undefined;
  return { ...m, from: 'dct' };
}
/** Sentences a zoned clock time may lie after the one that set its day. */
const ZONED_CLOCK_DAY_REACH = 3;

/**
 * "Rothmans B shares, which firmed … to close at 273p from 241p on Friday, eased to 245.5p at 0838 GMT": a wire clock
 * time after a relative clause that named the day before is the main clause's, the day the story is filed on.
 */
export function clockAfterRelativeDay(tokens: readonly Token[], c: Candidate, s: Sentence, refDaySentence: number, refDayAt: number): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'shift' || m.from !== 'context' || m.unit !== 'day' || m.n !== 0 || !m.zoned) return undefined;
  if (refDaySentence !== c.sentence || refDayAt < s.tokenStart || refDayAt >= c.first || !insideRelativeClause(tokens, refDayAt, s.tokenStart)) return undefined;
  for (let k = refDayAt + 1; k < c.first; k++) if (tokens[k].text === ',') return { ...m, from: 'dct' };
  return undefined;
}

/**
 * "BP shares fell sharply … in response to last night's news … By about 0840 GMT, BP shares were down to 802p", "At 1141
 * GMT the FTSE 100 index was 10.6 down": a market report's time of day, in a sentence after the one that named the day
 * before publication, is of the day it is filed on — the market's level now, not a time of the day before's news.
 */
export function marketClockToday(tokens: readonly Token[], c: Candidate, s: Sentence, refDaySentence: number, anchors: Anchors): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'shift' || m.from !== 'context' || m.unit !== 'day' || m.n !== 0 || !m.zoned) return undefined;
  if (refDaySentence < 0 || refDaySentence === c.sentence || toDays(anchors.refDay) !== toDays(anchors.dct) - 1) return undefined;
  if (!/^(?:at|by)$/.test(plain(tokens[c.first - 1]))) return undefined;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (MARKET_LEVEL_WORDS.has(plain(tokens[k]))) return { ...m, from: 'dct' };
  return undefined;
}
/** Words of a market's level at a time of day: "the FTSE 100 index was", "BP shares were down", "Volume at noon". */
const MARKET_LEVEL_WORDS: ReadonlySet<string> = new Set(['index', 'shares', 'volume', 'points', 'stocks', 'gilts', 'prices', 'quotes', 'dealers', 'traders']);

/**
 * "… would be consummated July one. The merger plan was announced in a midday news release": a time of day told in the
 * past is not on a day still to come that an earlier sentence set, but on the publication day (a day set in its own
 * sentence keeps it: "has been extended until March 23 at 1800 EST").
 */
export function pastTimeOnDayAhead(c: Candidate, refDaySentence: number, anchors: Anchors, tense: Direction): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'shift' || m.from !== 'context' || m.unit !== 'day' || m.n !== 0 || !m.part || tense >= 0) return undefined;
  if (refDaySentence < 0 || refDaySentence === c.sentence || toDays(anchors.refDay) <= toDays(anchors.dct)) return undefined;
  return { ...m, from: 'dct' };
}

/** A day word that dates a clock time written before it: "tomorrow", "today", a weekday, a date ("on June 30"). */
export function datesClockBefore(m: Candidate['meaning']): boolean {
  if (m.kind === 'shift') return m.unit === 'day' && m.from === 'dct' && m.part === undefined && Math.abs(m.n) <= 1;
  return m.kind === 'calendar' && m.part === undefined && m.time === undefined && ((m.wd !== undefined && m.m === undefined) || (m.m !== undefined && m.d !== undefined && m.d > 0));
}

/**
 * Gives the clock times right before the day word at token `dayFirst` (only a place, a bracket or another clock time
 * between) the day `day`: "at 1030 EST in New York tomorrow". A time already dated by its own words keeps its day.
 */
export function redateClockTimes(tokens: readonly Token[], out: Timex[], dayFirst: number, day: string): void {
  let k = dayFirst - 1;
  for (let j = out.length - 1; j >= 0; j--) {
    const t = out[j];
    if (t.type !== 'TIME' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(t.value) || !/^\d{3,4}\b|\d[.:]\d\d/.test(t.text) || /[A-Za-z]{3,}day\b|tomorrow|today|tonight/i.test(t.text)) return;
    // the tokens between the time and what follows it, read back from the day word (a few at most)
    for (let gap = 0; k >= 0 && tokens[k].start >= t.end; k--, gap++) if (gap >= CLOCK_GAP_REACH || !leavesClockToDay(tokens[k])) return;
    out[j] = { ...t, value: day + t.value.slice(10) };
    while (k >= 0 && tokens[k].start >= t.start) k--;
  }
}

/** A token between a clock time and the day word after it that leaves the time to that day: "in New York", "(2100 gmt)". */
function leavesClockToDay(t: Token): boolean {
  return t.text === '(' || t.text === ')' || t.text === ',' || t.text === 'in' || t.text === 'on' || (/^\p{Lu}/u.test(t.text) && !t.text.endsWith('.'));
}
/** Most tokens between a clock time and the day word that dates it: "in New York", "( 2100 gmt )". */
const CLOCK_GAP_REACH = 4;
