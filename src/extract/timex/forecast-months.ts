/**
 * A month before the noun of a forecast says which way it lies: "below a December forecast of 2.91 billion" is when the
 * forecast was made, a month gone; "left their end-June prime rate forecast at 7-1/2 pct" is the time forecast for,
 * still to come. Read by the tense look (`tense.ts`) before any verb.
 */
import type { Token } from '../../model/layers.js';
import type { Direction } from './tense.js';
import { MONTHS } from './lexicon.js';
import { plain } from './token-reader.js';

/** Nouns of a forecast a month may date: "a December forecast", "its end-June bond yield forecast". */
const FORECAST_NOUNS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'estimate', 'estimates', 'projection', 'projections']);
/** Most lower-case words between an end-of-month and the forecast it is for: "end-June bond yield forecast". */
const FORECAST_REACH = 4;

/**
 * The direction a forecast noun after the expression first..last gives it: back for a bare month right before it
 * (when the forecast was made), ahead for "end-June" or "mid-June" before it (the time forecast for), else 0.
 */
export function forecastAfter(tokens: readonly Token[], first: number, last: number, sentEnd: number): Direction {
  const word = plain(tokens[first]);
  if (first === last && MONTHS.has(word) && last + 1 < sentEnd && FORECAST_NOUNS.has(plain(tokens[last + 1]))) return -1;
  if (first !== last || !/^(?:end|mid)-/.test(word) || !MONTHS.has(word.replace(/^(?:end|mid)-/, ''))) return 0;
  for (let k = last + 1; k < sentEnd && k <= last + FORECAST_REACH; k++) {
    if (FORECAST_NOUNS.has(plain(tokens[k]))) return 1;
    if (!/^[a-z-]+$/.test(tokens[k].text)) return 0;
  }
  return 0;
}
