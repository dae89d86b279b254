/**
 * Where a period the text names ends: results headings ("- Qtr ends Dec 31"), fiscal and running years ("the year
 * ending Sept 30", "its 1987 fiscal year ending May 31"), a period "ended" on a day, crop and marketing years that
 * close in their second year, and whether an expression closes a week, a year or a reported period.
 */
import type { Sentence, Token } from '../../model/layers.js';
import { toDays, type Ymd } from './calendar.js';
import type { Candidate } from './meaning.js';
import { closingSoon } from './results.js';
import { directionAt } from './tense.js';
import { plain } from './token-reader.js';
import { splitYearClose } from './years.js';

/**
 * "NEW YORK, March 2 - Qtr ends Dec 31 Shr profit three cts vs loss three cts", "Period end Jan 31": a results table's
 * heading names the day its period closed, so the day lies back, however the present "ends" reads (not "Its fiscal
 * year ends March 31", a sentence's own present, which looks ahead).
 */
export function resultsHeaderEnd(tokens: readonly Token[], c: Candidate): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return undefined;
  let k = c.first - 1;
  if (!/^(?:ends|end|ended)$/.test(plain(tokens[k]))) return undefined;
  // (the heading's label, one or two capitalized words: "Qtr", "Period", "Year", "Nine Mths", "Qtrs")
  let words = 0;
  for (k--; k >= 0 && words < 2 && /^[A-Z][a-z]+$/.test(tokens[k].text) && RESULTS_LABEL_WORDS.has(plain(tokens[k])); k--) words++;
  return words > 0 && k >= 0 && /^(?:-|--)$/.test(tokens[k].text) ? { ...m, dir: -1 } : undefined;
}
/** Words of a results table's heading before the day its period ends: "Qtr ends", "Nine Mths end", "Period end". */
const RESULTS_LABEL_WORDS: ReadonlySet<string> = new Set(['qtr', 'qtrs', 'quarter', 'period', 'year', 'mths', 'months', 'nine', 'six', 'three', 'twelve', 'fiscal']);

/** Words between a fiscal year and the day that closes it: "fiscal 1987 ending June 30", "fiscal 1985 ended September 30". */
const CLOSING_A_YEAR = new Set(['ending', 'ended', 'to', 'through']);
/** Words before a year's number that make it a fiscal or a reporting year: "fiscal 1987", "full-year 1986". */
const FISCAL_YEAR_WORDS = new Set(['fiscal', 'year', 'full-year']);

/**
 * "fiscal 1987 ending June 30", "Fiscal 1985 ended September 30": the day that closes a fiscal year named by its
 * number lies in that year, whatever the clause's tense. (A year closing from January to March may be named by the
 * year it began, as British and retail years are — "fiscal 1986 ending March 31" is March 1987 — so those are left
 * to the tense.)
 */
export function fiscalYearEnd(tokens: readonly Token[], c: Candidate, dct: Ymd): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return undefined;
  let k = c.first - 1;
  if (!CLOSING_A_YEAR.has(plain(tokens[k]))) return undefined;
  k--;
  if (tokens[k]?.text === ',') k--;
  // "fiscal 1987/88 ending March 31", "the 1986/87 financial year to September 30": a year named by the two it
  // spans closes in the second, whatever its month
  const spanEnd = yearSpanEnd(tokens, k);
  if (spanEnd !== undefined) return { ...m, y: spanEnd };
  // "a 6.2 pct increase for the current year ending September", "in the current fiscal year ending March 31": the year
  // under way closes on the first such day from now on, whatever the clause's tense ("the nine weeks of its current
  // fiscal year through April 4", written on April 9, reach a day just gone)
  // ("options to lease two systems for the year ending September 30": "the year ending" a day is the one under way too,
  // "ending" looking ahead as "ended" looks back)
  if (runningYearBefore(tokens, k) || (plain(tokens[c.first - 1]) === 'ending' && theYearEndsAt(tokens, k))) {
    const thisYears = toDays({ y: dct.y, m: m.m, d: m.d ?? 28 }) - toDays(dct);
    return { ...m, y: thisYears >= -RUNNING_YEAR_LAG_DAYS ? dct.y : dct.y + 1 };
  }
  if (m.m < 4) return undefined;
  // ("for its 1987 fiscal year ending May 31": the year's number before "fiscal year")
  if (plain(tokens[k]) === 'year' && plain(tokens[k - 1]) === 'fiscal' && /^(?:19|20)\d\d$/.test(tokens[k - 2]?.text ?? '')) return { ...m, y: +tokens[k - 2].text };
  // ("NOTE: 1985 period ended December 29", "the 1986 quarter ended September 28": a results table's period named by its year)
  if (LABELLED_PERIODS.has(plain(tokens[k])) && /^(?:19|20)\d\d$/.test(tokens[k - 1]?.text ?? '')) return { ...m, y: +tokens[k - 1].text };
  if (!/^(?:19|20)\d\d$/.test(tokens[k]?.text ?? '') || !FISCAL_YEAR_WORDS.has(plain(tokens[k - 1]))) return undefined;
  return { ...m, y: +tokens[k].text };
}

/** Periods a year's number before them labels in results: "1985 period", "1986 quarter", "1986 year". */
const LABELLED_PERIODS: ReadonlySet<string> = new Set(['period', 'periods', 'quarter', 'quarters', 'qtr', 'year']);

/** Days a period of the year under way may have closed before publication: "its current fiscal year through April 4". */
const RUNNING_YEAR_LAG_DAYS = 31;

/** Whether the tokens ending at k are "the year", "the fiscal year" or "the financial year". */
function theYearEndsAt(tokens: readonly Token[], k: number): boolean {
  if (plain(tokens[k]) !== 'year') return false;
  const j = plain(tokens[k - 1]) === 'fiscal' || plain(tokens[k - 1]) === 'financial' ? k - 2 : k - 1;
  return plain(tokens[j]) === 'the';
}

/** Whether the tokens ending at k name the year under way: "the current year", "this fiscal year", "the current financial year". */
function runningYearBefore(tokens: readonly Token[], k: number): boolean {
  if (plain(tokens[k]) !== 'year') return false;
  const j = SPLIT_YEAR_KINDS.has(plain(tokens[k - 1])) ? k - 2 : k - 1;
  return plain(tokens[j]) === 'current' || (plain(tokens[j]) === 'this' && j < k - 1);
}

/**
 * The closing year of a split year label ending at k ("1987 / 88", read as three tokens), with "financial year" or
 * "fiscal year" after it or "fiscal" before it: 1988.
 */
function yearSpanEnd(tokens: readonly Token[], k: number): number | undefined {
  let end = k;
  if (plain(tokens[end]) === 'year' && SPLIT_YEAR_KINDS.has(plain(tokens[end - 1]))) end -= 2;
  // ("It hit 13.82 billion dlrs in 1985/86 to end-June": a split label alone closes as well, as only a year of accounts
  // or of a crop is written so)
  else if (!SPLIT_YEAR_KINDS.has(plain(tokens[end - 3])) && !/^\d{2}$/.test(tokens[end]?.text ?? '')) return undefined;
  const first = tokens[end - 2]?.text ?? '';
  if (tokens[end - 1]?.text !== '/' || !/^(?:19|20)\d\d$/.test(first)) return undefined;
  return splitYearClose(first, tokens[end]?.text ?? '');
}
/** What a split year label names: "the 1986/87 financial year", "fiscal 1987/88", "the 1987/88 crop year". */
const SPLIT_YEAR_KINDS = new Set(['fiscal', 'financial', 'business', 'budget', 'tax', 'crop', 'marketing', 'agricultural', 'sugar', 'coffee', 'cocoa', 'wheat', 'cotton']);

/**
 * "the quarter ended Oct. 31", "the year ended Sept. 30": a period that has ended, so its last day lies back
 * even when it falls a few days after the publication date.
 */
export function endedOn(tokens: readonly Token[], c: Candidate, dct: Ymd, s: Sentence): Candidate['meaning'] | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return undefined;
  if (c.first === 0 || tokens[c.first - 1].text.toLowerCase() !== 'ended') return undefined;
  // ("expected a drop in earnings for the year ended March 28", written on March 19: the year about to close; not "last
  // year's first quarter ended April 30")
  if (closingSoon(m.m, m.d, dct) && !periodOfYearBack(tokens, c.first - 2)) return { ...m, y: dct.y };
  // ("economists now expect M-1 money supply for the week ended April 29 to rise", six days before: a clause that looks
  // ahead tells of a period about to close, however near; its direction read past "ended", which is the period's)
  // (read across the clause: "expects to take a charge against earnings for the second quarter ended March 31")
  const daysAhead = toDays({ y: dct.y, m: m.m, d: m.d }) - toDays(dct);
  if (daysAhead > 0 && daysAhead <= ENDING_WEEK_DAYS && !periodOfYearBack(tokens, c.first - 2) && directionAt(tokens, c.first - 1, c.last, s.tokenStart, s.tokenEnd, true) > 0) return { ...m, y: dct.y };
  return { ...m, dir: -1, firm: true };
}

/** Days ahead within which a period "ended" on a day is the one about to close, in a clause that looks ahead. */
const ENDING_WEEK_DAYS = 7;

/** Words before a closed period that place it a year back: "last year's first quarter ended April 30". */
const PERIOD_BACK_WORDS: ReadonlySet<string> = new Set(['last', 'year-ago', 'year-earlier', 'prior', 'previous']);
/** Most tokens before "ended" within which a period's words are read. */
const PERIOD_WORDS_REACH = 5;

/** Whether the period ending at token `last` is placed a year back by its own words. */
function periodOfYearBack(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k >= Math.max(0, last - PERIOD_WORDS_REACH); k--) if (PERIOD_BACK_WORDS.has(plain(tokens[k]))) return true;
  return false;
}

/**
 * "the year to June 30", "the quarter ended Sept. 30": the date closes a reporting period, it does not move the
 * story there ("shares were down eight cents at 2.00 p.m." later is today's 2 p.m., not June 30's); nor does
 * the start of what still goes on ("since Monday").
 */
const PERIOD_NOUNS = new Set(['year', 'quarter', 'half', 'months', 'weeks', 'period', 'year-half']);
export function closesPeriod(tokens: readonly Token[], c: Candidate): boolean {
  const prev = tokens[c.first - 1]?.text.toLowerCase();
  if (prev === 'ended' || prev === 'ending') return true;
  // "a working group which has been meeting since Monday will tackle it again at 1600 hrs": the start of what
  // still goes on
  if (prev === 'since') return true;
  return prev === 'to' && PERIOD_NOUNS.has(tokens[c.first - 2]?.text.toLowerCase() ?? '');
}

/**
 * "the week ended Feb 28", "the year ended December 31", "Year ended Dec 31, 1986": a date closing a reported
 * `period` (`orTo`: "the year to January" too).
 */
export function closesA(period: 'week' | 'year', tokens: readonly Token[], c: Candidate, orTo = false): boolean {
  const prev = tokens[c.first - 1]?.text.toLowerCase();
  return (prev === 'ended' || prev === 'ending' || (orTo && prev === 'to')) && tokens[c.first - 2]?.text.toLowerCase() === period;
}

/**
 * A month or day without its year that a change of fiscal year names as its end: "changed its fiscal year end from Aug
 * 31 to Dec 31", "change in fiscal yearend to April from December", "changed its fiscal year to end Sept 30".
 */
export function fiscalYearEndChanged(tokens: readonly Token[], c: Candidate, sentStart: number): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.y !== undefined || m.yShift !== undefined || m.wd !== undefined) return false;
  if (!FISCAL_END_LEADS.has(plain(tokens[c.first - 1]))) return false;
  let fiscal = -1;
  for (let k = c.first - 2; k >= sentStart && k >= c.first - FISCAL_END_REACH; k--) if (plain(tokens[k]) === 'fiscal') { fiscal = k; break; }
  if (fiscal < 0) return false;
  for (let k = fiscal - 1; k >= sentStart && k >= fiscal - FISCAL_END_REACH; k--) if (/^chang(?:e|ed|es|ing)$/.test(plain(tokens[k]))) return true;
  return false;
}
/** Words right before the end day a change of fiscal year names: "to Dec 31", "from August 31", "to end Sept 30". */
const FISCAL_END_LEADS: ReadonlySet<string> = new Set(['to', 'from', 'end']);
/** Most tokens between "fiscal" and the day, and between the change word and "fiscal". */
const FISCAL_END_REACH = 8;
