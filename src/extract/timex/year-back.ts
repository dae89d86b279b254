/**
 * Comparisons with a year back, read against the year or month the text has just named rather than the publication
 * year: "Note: 1986 net excludes a gain vs yr-ago loss" (1985), "Exports in May rose from the year-ago period"
 * (1986-05), "Last year, the EC had a deficit, about half the deficit of the previous year" (1985).
 */
import type { Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import { YEAR_AGO_WORDS } from './lexicon.js';
import { plain } from './token-reader.js';

/** "year-ago", "yr-ago", "year-earlier" standing alone before a noun ("vs yr-ago loss"), not "the year-ago quarter". */
export function yearAgoAdjective(tokens: readonly Token[], c: Candidate): boolean {
  // (not before a period of its own, "in the year-ago week", which is that week a year back)
  const next = tokens[c.last + 1];
  return c.first === c.last && YEAR_AGO_WORDS.has(plain(tokens[c.first])) && c.meaning.kind === 'shift' && !(next && YEAR_AGO_PERIODS.has(plain(next)));
}

/** Periods a "year-ago" before them names a year back, whole: "the year-ago week", "year-ago quarter". */
const YEAR_AGO_PERIODS = new Set(['week', 'month', 'quarter', 'period', 'half', 'season']);

/** "the year-ago period", "the same period last year", "the corresponding year-earlier period": a period a year back. */
export function yearAgoPeriod(tokens: readonly Token[], c: Candidate): boolean {
  const words = tokens.slice(c.first, c.last + 1).map(plain).join(' ');
  return /\bperiod\b/.test(words) && /\byear[- ](?:ago|earlier)\b|\blast year\b/.test(words);
}

/** "a year ago", "one year earlier", "a year before": a point a year back, which a comparison may make a period ("from 56.1 pct a year earlier"). */
export function yearBackPoint(tokens: readonly Token[], c: Candidate): boolean {
  const words = tokens.slice(c.first, c.last + 1).map(plain).join(' ');
  return /^(?:a|one) year (?:ago|earlier|before)$/.test(words);
}

/**
 * "last year" in so many words, valued as a year: the year a story of last year tells of (not "a year ago", "a year
 * earlier" or "year-earlier", which in results stories compare with the period of a year before; nor "last year" in
 * talk of quarters, as often the year-ago quarter — both checked by the caller's sentence).
 */
export function namesLastYear(tokens: readonly Token[], c: Candidate, value: string): boolean {
  return c.last === c.first + 1 && plain(tokens[c.first]) === 'last' && plain(tokens[c.last]) === 'year' && c.meaning.kind === 'shift' && /^\d{4}$/.test(value);
}

/** "the previous year", "the prior year", "the year before": one year back from the year the text set. */
export function yearBeforeContext(m: Candidate['meaning']): boolean {
  return m.kind === 'shift' && m.unit === 'year' && m.from === 'context' && m.n === -1;
}
/** Sentences after a "last year" within which "the previous year" counts from it. */
export const COUNTED_YEAR_REACH = 1;
