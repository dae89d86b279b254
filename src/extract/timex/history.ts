import type { Candidate, Meaning } from './meaning.js';

/**
 * Histories versus news. News dates an expression without a year by the publication date; a history (an
 * encyclopedia article, a background piece) by the year its story has reached. The two are told apart by the
 * years a text names outright.
 */

/**
 * A history names at least eight years, nine in ten of them three or more years from the publication year, or
 * names years thirty times. (With five, news that gives a little background, "a 1977 decision", "In 2009, the
 * administration slapped a duty on tires. In March, …", was read as a history: PolNeAR's news of 2016 put "In
 * March" in 1977 and "another major test on Jan. 1" in 2034.)
 */
const FAR = 3;
const MIN_NAMED = 8;
const SHARE = 0.9;
const CHRONICLE = 30;
/** Below this share of years within a year of the publication a text naming CHRONICLE years is a chronicle. */
const CHRONICLE_NEAR_SHARE = 0.5;

/**
 * A history rather than news: most years the text names lie well away from the publication date (a
 * background piece, an encyclopedia article). Its dates without a year then follow the story's own years.
 */
export function isNarrative(candidates: readonly Candidate[], dctYear: number): boolean {
  let named = 0;
  let far = 0;
  let near = 0;
  let present = 0;
  for (const c of candidates) {
    if (anchoredAtPublication(c.meaning)) present++;
    const y = namedYear(c.meaning);
    if (y === undefined) continue;
    named++;
    if (Math.abs(y - dctYear) >= FAR) far++;
    if (Math.abs(y - dctYear) <= 1) near++;
  }
  // a text naming years thirty times is a chronicle even when it runs up to the present (an account of a
  // war still going on, years close to its writing); news names a handful. A profile that looks back on 2008,
  // 2000 and 1992 but keeps coming back to "this summer", "later this month", "on Wednesday" as often as it names
  // a far year is news with background, not a history.
  // A page of dated comments or updates ("February 1, 2011 at 5:20 pm | …") names its own year as often, and is news:
  // a chronicle names years mostly away from its writing.
  return (named >= MIN_NAMED && far >= SHARE * named && present < far) || (named >= CHRONICLE && near < CHRONICLE_NEAR_SHARE * named);
}

/** An expression counted from the publication date: "this summer", "later this month", "a month ago", "on Wednesday", "now". */
function anchoredAtPublication(m: Meaning): boolean {
  if (m.kind === 'shift') return m.from === 'dct';
  if (m.kind === 'fixed') return m.value === 'PRESENT_REF';
  return m.kind === 'calendar' && m.y === undefined && ((m.wd !== undefined && m.m === undefined && m.d === undefined) || m.yShift !== undefined);
}

/** The year an expression names in so many words: "1940", "June 1940", "fiscal 1988". */
export function namedYear(m: Meaning): number | undefined {
  if (m.kind === 'fixed' && m.type === 'DATE' && /^\d{4}$/.test(m.value)) return +m.value;
  if (m.kind === 'calendar' && m.y !== undefined) return m.y;
  return undefined;
}
