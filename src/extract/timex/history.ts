import type { Candidate, Meaning } from './meaning.js';

/**
 * Histories versus news. News dates an expression without a year by the publication date; a history (an
 * encyclopedia article, a background piece) by the year its story has reached. The two are told apart by the
 * years a text names outright.
 */

/** A history names at least five years, nine in ten of them three or more years from the publication year. */
const FAR = 3;
const MIN_NAMED = 5;
const SHARE = 0.9;

/**
 * A history rather than news: most years the text names lie well away from the publication date (a
 * background piece, an encyclopedia article). Its dates without a year then follow the story's own years.
 */
export function isNarrative(candidates: readonly Candidate[], dctYear: number): boolean {
  let named = 0;
  let far = 0;
  for (const c of candidates) {
    const y = namedYear(c.meaning);
    if (y === undefined) continue;
    named++;
    if (Math.abs(y - dctYear) >= FAR) far++;
  }
  return named >= MIN_NAMED && far >= SHARE * named;
}

/** The year an expression names in so many words: "1940", "June 1940", "fiscal 1988". */
export function namedYear(m: Meaning): number | undefined {
  if (m.kind === 'fixed' && m.type === 'DATE' && /^\d{4}$/.test(m.value)) return +m.value;
  if (m.kind === 'calendar' && m.y !== undefined) return m.y;
  return undefined;
}
