import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import type { Ymd } from './calendar.js';

/**
 * Words of a market report: what is traded, quoted or shipped by month. In such a sentence a month is a contract's or
 * a shipment's, and those have not expired: "Crude for delivery in May closed 17 cents higher", "TSR-20 May and June
 * were quoted at 163.50 cents/kilo", "India bought two cargoes of white sugar for April/May shipment", written in March
 * or April 1987, are this spring's months, not last spring's, whatever the past tense of the trading says.
 */
const TRADING_WORDS = new Set([
  'futures', 'future', 'contract', 'contracts', 'delivery', 'deliveries', 'shipment', 'shipments', 'position', 'positions',
  'traded', 'trading', 'bid', 'bids', 'offered', 'offers', 'lots', 'cargo', 'cargoes', 'tonne', 'tonnes', 'barrel',
  'barrels', 'bushel', 'bushels', 'gallon', 'ounce', 'cts', 'cents', 'stg', 'basis', 'registrations', 'loading', 'arrival',
]);

/** Months ahead of publication (this year's month) within which a trading month is taken for the coming one. */
const TRADING_AHEAD_MONTHS = 2;

/** Whether the bare month `c`, valued `value` a year back, is rather the coming month of a market report. */
export function tradingMonthAhead(tokens: readonly Token[], c: Candidate, s: Sentence, value: string, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d !== undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined) return false;
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (!ym || +ym[1] !== dct.y - 1) return false;
  const ahead = +ym[2] - dct.m;
  if (ahead < 1 || ahead > TRADING_AHEAD_MONTHS) return false;
  return tradingSentence(tokens, s);
}

/** Whether a sentence has a word of trading, read once per sentence (a long one may hold many months). */
function tradingSentence(tokens: readonly Token[], s: Sentence): boolean {
  let known = TRADING_SENTENCES.get(s);
  if (known === undefined) {
    known = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !known; k++) known = TRADING_WORDS.has(tokens[k].text.toLowerCase());
    TRADING_SENTENCES.set(s, known);
  }
  return known;
}
const TRADING_SENTENCES = new WeakMap<Sentence, boolean>();
