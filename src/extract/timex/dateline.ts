/**
 * A wire story's dateline ("SINGAPORE, April 8 -", "MOSCOW, March 16 (Reuters) -") names the day the story is
 * written on, in its own time zone. The feed's timestamp may be a day off (Reuters-21578 stamps Asian stories with
 * the New York date before: 369 of 18,904 datelines are a day after it; a few were filed days before it went out), and
 * "today", "yesterday" and weekdays count from the dateline's day, so a dateline a day after the given date, or up to
 * four days before it, is the anchor.
 */
import type { Token } from '../../model/layers.js';
import { addDays, type Ymd } from './calendar.js';
import type { Candidate } from './meaning.js';
import { MONTHS } from './lexicon.js';

/** Most tokens before a dateline's date: the place, up to a few words and commas ("ST. JOHN'S, Newfoundland,"). */
const PLACE_REACH = 8;
/** Most tokens of the agency in brackets after a dateline's date. */
const AGENCY_REACH = 4;
/** Most days a dateline may lie after the given date and still be the same story's day. */
const DATELINE_DAYS_OFF = 1;
/**
 * Most days a dateline may lie before the given date: a story filed before a weekend and stamped when it went out
 * ("TAIPEI, April 11 -", a Saturday, stamped Monday April 13: 22 Reuters-21578 datelines lie two to four days before).
 */
const DATELINE_DAYS_BEFORE = 4;

/** The day a dateline opening the text names, when it lies a day from `dct`; otherwise `dct`. */
export function datelineDay(tokens: readonly Token[], dct: Ymd): Ymd {
  for (let i = 1; i < Math.min(tokens.length - 2, PLACE_REACH + 1); i++) {
    if (tokens[i - 1].text !== ',') continue;
    const m = MONTHS.get(tokens[i].text.toLowerCase());
    const dayText = tokens[i + 1].text;
    if (m === undefined || !/^\d{1,2}$/.test(dayText)) continue;
    // (the date closes the dateline: a dash after it, or the agency in brackets first)
    let k = i + 2;
    // ("MOSCOW, March 16 (Reuters) -": the agency in brackets between)
    if (tokens[k]?.text === '(') {
      let close = k + 1;
      while (close < tokens.length && close <= k + AGENCY_REACH && tokens[close].text !== ')') close++;
      if (tokens[close]?.text !== ')') return dct;
      k = close + 1;
    }
    if (!/^(?:-|--|–|—)$/.test(tokens[k]?.text ?? '')) return dct;
    for (let offset = -DATELINE_DAYS_BEFORE; offset <= DATELINE_DAYS_OFF; offset++) {
      const day = addDays(dct, offset);
      if (day.m === m && day.d === +dayText) return day;
    }
    return dct;
  }
  return dct;
}

/** A dateline's date near the text's start, a dash after it: "WASHINGTON, June 1 - …" (dateline.ts reads its day). */
export function datelineStamp(tokens: readonly Token[], c: Candidate): boolean {
  return c.first <= DATELINE_REACH && c.first > 0 && tokens[c.first - 1].text === ',' && (tokens[c.last + 1]?.text === '-' || tokens[c.last + 1]?.text === '(');
}
/** Most tokens before a dateline's date: the place's name and its comma. */
const DATELINE_REACH = 8;
