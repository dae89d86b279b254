import type { Sentence, Token } from '../../model/layers.js';
import { ELECTION_NOUNS, talksOfElections } from './event-dates.js';
import type { Candidate } from './meaning.js';
import { monthsBetween, type Ymd } from './calendar.js';
import { MONTHS } from './lexicon.js';

/**
 * Months ahead of publication past which a bare month that only the clause's tense sent forward is taken for the
 * one just gone: "The French inflation rate is expected to show a substantial improvement in February", written on
 * March 2, is about February's figures, to be published, not about next February; nor is "Economists expect a
 * modest pickup in March after February's anemic growth" or "the department releases unemployment figures for all
 * of January tomorrow". News names a month ten or eleven months off by its name alone almost never; the months
 * just past are those whose figures are still to come. (On the unseen Reuters-21578 and news texts 128 months went
 * ten or eleven months ahead, nearly all of them figures of the last two months.)
 */
const FAR_AHEAD_MONTHS = 10;

/** Words before a month that do put it far ahead: "not until May", "the subsequent January, April, July or October end-months". */
const WAITING_WORDS = new Set(['until', 'till', 'subsequent', 'following', 'coming', 'upcoming']);

/** Words that join the months of a list. */
const LIST_LINKS = new Set([',', 'and', 'or', '/']);

/** Whether the month (or day of a month) `c`, valued `value` by a forward-looking clause, is rather the one just gone. */
export function monthJustGone(tokens: readonly Token[], c: Candidate, s: Sentence, value: string, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined || m.wd !== undefined) return false;
  // ("the year ending January 31", "its full fiscal year, ending May 30", "in fiscal 1988, ending January 31": a year
  // that closes on the day is ahead; a results table's "Qtr ends Jan 31" is not)
  if (m.d !== undefined && closesAYear(tokens, c.first, s.tokenStart)) return false;
  const ym = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(value);
  if (!ym) return false;
  const ahead = monthsBetween(dct, { y: +ym[1], m: +ym[2] });
  if (ahead < FAR_AHEAD_MONTHS) return false;
  const before = tokens[c.first - 1]?.text.toLowerCase() ?? '';
  // ("forecasts will be issued in October, November, January, April and July": a schedule's months run on from the
  // first, which sets their year)
  // ("Cruz's chances of winning in November", in January: an election is named far ahead)
  // (not an election its sentence dates by another month: "The rise in reserves in May has lifted hopes for a cut after
  // the June 11 general election", written on June 2)
  const electionAhead = talksOfElections(tokens, c.first, s.tokenStart, s.tokenEnd) && !electionDatedElsewhere(tokens, c, s);
  return !WAITING_WORDS.has(before) && !electionAhead && !(LIST_LINKS.has(before) && isMonthWord(tokens[c.first - 2])) && !nextYearNear(tokens, c.last);
}

/** Whether the sentence names an election with a month of its own, not c: "after the June 11 general election". */
function electionDatedElsewhere(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    if (!ELECTION_NOUNS.has(tokens[k].text.toLowerCase())) continue;
    for (let j = Math.max(s.tokenStart, k - ELECTION_DATE_REACH); j < k; j++) if ((j < c.first || j > c.last) && isMonthWord(tokens[j])) return true;
  }
  return false;
}
/** Most tokens a month may stand before the election it dates: "the June 11 general election". */
const ELECTION_DATE_REACH = 4;

/** Most tokens before a date a "year", "fiscal" or a year's number may stand to make the date that year's last day. */
const YEAR_END_REACH = 4;

function closesAYear(tokens: readonly Token[], first: number, sentStart: number): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - YEAR_END_REACH; k--) if (/^(?:year|fiscal|\d{4}$)/i.test(tokens[k].text)) return true;
  return false;
}

function isMonthWord(t: Token | undefined): boolean {
  return t !== undefined && MONTHS.has(t.text.toLowerCase().replace(/\.$/, ''));
}

/** "would be delivered in March and April next year": the text itself says the year ahead. */
function nextYearNear(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + NEXT_YEAR_REACH; k++) {
    if (tokens[k].text.toLowerCase() === 'next' && tokens[k + 1]?.text.toLowerCase() === 'year') return true;
  }
  return false;
}
/** Most tokens after the month a "next year" may stand and still date it. */
const NEXT_YEAR_REACH = 5;
