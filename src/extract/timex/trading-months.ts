import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate } from './meaning.js';
import type { Ymd } from './calendar.js';
import { MONTHS } from './lexicon.js';
import { CONTRACT_WORDS, SHIPPED_BY_MONTH } from './months-and-days.js';

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

/**
 * What a futures or options contract named by its month trades: "June yen closed at 0.006913", "June S and Ps fell
 * through chart support", "465 June calls", "the June British pound", "June T-bond futures".
 */
const CONTRACT_GOODS: ReadonlySet<string> = new Set([
  // (the grammar's contract words already date a month written right before them, "March crude"; here they count
  // after a qualifier, "June live cattle")
  ...CONTRACT_WORDS,
  'yen', 'sterling', 'pound', 'pounds', 'dollar', 'dollars', 'mark', 'marks', 'franc', 'francs', 's', 't-bill', 'ft-se',
  'calls', 'puts', 'gold', 'gilt', 'bills', 'crush', 'bond',
  // (crude oils traded by the month: "August Dubai", "September WTI")
  'dubai', 'wti', 'urals', 'forties', 'oman', 'bonny',
  // (a spread between two months: "The May/July backwardation")
  'backwardation', 'spread', 'straddle',
]);
/** Words before a month that name its place among a market's contract months. */
const CONTRACT_POSITIONS: ReadonlySet<string> = new Set(['near', 'nearby', 'distant', 'deferred', 'spot', 'front', 'key', 'position']);
/** Words between a contract's month and what it trades: "June British pound", "June short sterling". */
const CONTRACT_QUALIFIERS = new Set(['british', 'canadian', 'australian', 'swiss', 'short', 'long', 'live', 'feeder', 'pork', 'new', 'crop', 'bank', 'treasury']);
/** Most qualifiers read between a contract's month and what it trades: "June 90 day bank bills". */
const QUALIFIERS_REACH = 4;

/** Whether the bare month `c`, valued `value` a year back, is rather the coming month of a market report. */
export function tradingMonthAhead(tokens: readonly Token[], c: Candidate, s: Sentence, value: string, dct: Ymd): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d !== undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined || m.from !== undefined) return false;
  const ym = /^(\d{4})-(\d{2})$/.exec(value);
  if (!ym || +ym[1] !== dct.y - 1) return false;
  const ahead = +ym[2] - dct.m;
  if (ahead < 1) return false;
  // a contract named by its month has not expired, however far off its month lies ("new crop July", in April)
  if (namesAContract(tokens, c, s)) return true;
  // ("the Commission granted licences to end August on 60,500 tonnes of whites", in March: export licences run to a
  // month still to come)
  if (licensedTo(tokens, c, s)) return true;
  if (ahead > TRADING_AHEAD_MONTHS) return false;
  return tradingSentence(tokens, s);
}

/** Licences, as an export tender grants them, valid up to the month: "licences to end-Aug", "licenses valid until September". */
function licensedTo(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  let k = c.first - 1;
  if (k < s.tokenStart || !LICENSED_UP_TO.has(tokens[k].text.toLowerCase())) return false;
  if (k - 1 >= s.tokenStart && tokens[k - 1].text.toLowerCase() === 'valid') k--;
  return k - 1 >= s.tokenStart && LICENCES.has(tokens[k - 1].text.toLowerCase());
}
const LICENSED_UP_TO: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through']);
const LICENCES: ReadonlySet<string> = new Set(['licence', 'licences', 'license', 'licenses']);

/** Verbs of a contract's price right after its month: "July was up 13.1 cents", "December settled 0.72 cent firmer". */
const PRICE_VERBS = new Set([
  'was', 'were', 'closed', 'opened', 'ended', 'settled', 'finished', 'rose', 'fell', 'eased', 'firmed', 'slipped', 'gained', 'lost', 'dropped', 'traded',
  'climbed', 'jumped', 'declined', 'advanced', 'dipped', 'edged', 'tumbled', 'surged', 'soared', 'plunged', 'rallied', 'slid', 'sank',
  // ("with December closing up the 10 cent limit at 2.11-3/4")
  'closing', 'settling', 'ending', 'finishing',
  // ("leaving July quoted at 1,319 stg", "May stood at 5.04")
  'quoted', 'stood',
  // ("with November off 19-1/2 cents at 5.43-1/2 dlrs", "and July up two cents")
  'off', 'up', 'down',
]);
/** Words after which a contract's month opens a clause of a futures report: "and November closed at 6.23 dlrs". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'with', 'whereas', 'leaving', ',', ';']);
/** Words before a month that price it against another: "20 cents over September", "offered at 17 over July", "5 under May". */
const BASIS_WORDS: ReadonlySet<string> = new Set(['over', 'ov', 'under', 'un']);
/** Words of a premium or discount set against months traded: "a premium over the August", "a discount to the May". */
const SPREAD_WORDS: ReadonlySet<string> = new Set(['over', 'to', 'under']);
/** Nouns of such a spread: "a premium over the August", "a discount to the May". */
const SPREADS: ReadonlySet<string> = new Set(['premium', 'discount']);
/** Auxiliaries right after "the" and a month: "because the March has been acting like", the contract spoken of alone. */
const CONTRACT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'is', 'was', 'had']);
/** Most tokens after the verb within which a contract's price is written. */
const PRICE_REACH = 7;

/**
 * The month names a contract: what it trades follows it, or "new crop" stands before it, or — in a futures report —
 * it opens its sentence with its price ("July was up 13.1 cents at 6.785 dlrs", "September ended at 109.40").
 */
function namesAContract(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const word = (k: number) => (k >= s.tokenStart && k < s.tokenEnd ? tokens[k].text.toLowerCase() : '');
  // ("old crop July/new crop November soybeans": the old crop's contract is this year's too)
  if (word(c.first - 1) === 'crop' && (word(c.first - 2) === 'new' || word(c.first - 2) === 'old')) return true;
  // ("at 1.25 times New York July": the New York exchange's contract)
  if (word(c.first - 1) === 'york' && word(c.first - 2) === 'new') return true;
  // ("Merchants spread long May/short September": a month held long or short is a contract's, in a futures report)
  if ((word(c.first - 1) === 'long' || word(c.first - 1) === 'short') && futuresReport(tokens)) return true;
  // ("Staley bought July", "the featured buyers of July", "a buyer of September": a month bought or sold, bare, is a
  // contract's, in a futures report)
  if (c.last === c.first && (TRADED_VERBS.has(word(c.first - 1)) || (word(c.first - 1) === 'of' && TRADERS.has(word(c.first - 2)))) && futuresReport(tokens)) return true;
  if (shippedIn(tokens, c, s)) return true;
  // ("Near July traded at its session low", "the new distant February", "spot March")
  if (CONTRACT_POSITIONS.has(word(c.first - 1))) return true;
  // ("before retreating to 132.90 cents at 1208 hrs EST. July climbed 4.4 cents": after an abbreviation's full stop, which
  // the tokenizer keeps on the word, a new sentence still opens)
  const opensClause = c.first === s.tokenStart || CLAUSE_OPENERS.has(word(c.first - 1)) || /^[A-Z]{2,}\.$/.test(tokens[c.first - 1]?.text ?? '');
  // (a month alone, one word, opening its clause)
  const bareOpener = opensClause && c.last === c.first;
  if (bareOpener && PRICE_VERBS.has(word(c.last + 1)) && priceWithin(tokens, c.last + 2, s) && futuresReport(tokens)) return true;
  // ("with November at 5.04-3/4": the price right after the month; a cash table's "July - 35 ov Jly bid, 39 offered")
  if (bareOpener && word(c.last + 1) === 'at' && /^\d/.test(word(c.last + 2)) && futuresReport(tokens)) return true;
  if (bareOpener && word(c.last + 1) === '-' && quotedAfter(tokens, c.last + 2, s) && tradingSentence(tokens, s)) return true;
  // ("traded for August shipment at 20 cents over September", "offered at 17 over July": a basis priced against a
  // contract month)
  if (BASIS_WORDS.has(word(c.first - 1)) && /^(?:\d[\d.,/-]*|cents|cts|cent|ct)$/.test(word(c.first - 2)) && tradingSentence(tokens, s)) return true;
  // ("July soymeal has moved to a premium over the August through October months": a spread over the months traded)
  if (word(c.first - 1) === 'the' && SPREAD_WORDS.has(word(c.first - 2)) && SPREADS.has(word(c.first - 3)) && futuresReport(tokens)) return true;
  // ("three 6,000 tonne cargoes for June at 346 dlrs": a cargo bought for a month at its price)
  if (word(c.first - 1) === 'for' && word(c.last + 1) === 'at' && /^\d/.test(word(c.last + 2)) && tradingSentence(tokens, s)) return true;
  if (word(c.first - 1) === 'the' && c.last === c.first && CONTRACT_AUXILIARIES.has(word(c.last + 1)) && futuresReport(tokens)) return true;
  let k = c.last + 1;
  // ("a premium to the October New York delivery": the exchange named between the month and what it trades)
  if (word(k) === 'new' && word(k + 1) === 'york') k += 2;
  // ("The May/July backwardation": the first of a slash pair names what the pair names; "Discounts in the October and
  // December contracts": the first of two months joined)
  if ((word(k) === '/' || word(k) === 'and' || word(k) === 'or') && MONTHS.has(word(k + 1))) k += 2;
  // ("June British pound", "June 90 day bank bills"; "July HFCS futures": a commodity's capitals before "futures")
  const acronymBeforeContract = (j: number) => /^[A-Z]{2,6}$/.test(tokens[j]?.text ?? '') && (word(j + 1) === 'futures' || word(j + 1) === 'options');
  for (let n = 0; n < QUALIFIERS_REACH && ((CONTRACT_QUALIFIERS.has(word(k)) && word(k) !== 'new' && word(k) !== 'crop') || /^\d+(?:-day)?$/.test(word(k)) || (word(k) === 'day' && /^\d+$/.test(word(k - 1))) || acronymBeforeContract(k)); n++) k++;
  // ("June S and Ps": the S of the index's name, not a possessive)
  if (word(k) === 's') return tokens[k].text === 'S' && word(k + 1) === 'and';
  // ("the October/September wheat year" is a crop year, no contract)
  return CONTRACT_GOODS.has(word(k)) && word(k + 1) !== 'year' && word(k + 1) !== 'season';
}

/** Verbs of a trade right before a contract's month: "Staley bought July", "was selling September". */
const TRADED_VERBS: ReadonlySet<string> = new Set(['bought', 'sold', 'buying', 'selling', 'buys', 'sells']);
/** Traders of a contract's month: "the featured buyers of July", "a seller of September". */
const TRADERS: ReadonlySet<string> = new Set(['buyer', 'buyers', 'seller', 'sellers']);
/** Words that put a month's edge before it in a pair: "for late July/August shipment". */
const MONTH_EDGES: ReadonlySet<string> = new Set(['early', 'late', 'mid', 'end']);
/** Words before a month that book what is shipped in it: "for July shipment", "spot to December arrival", "afloat through to December shipment". */
const SHIPPED_LEADS: ReadonlySet<string> = new Set(['for', 'to', 'through']);

/**
 * A month bought or sold "for" what is shipped in it (or up "to" it), alone or as one end of a slash pair: "bought U.S.
 * corn last week for July/September shipment", "demand for Thai raws for October/December shipment" (in March). A
 * shipment booked is still to come, however far off.
 */
function shippedIn(tokens: readonly Token[], c: Candidate, s: Sentence): boolean {
  const word = (k: number) => (k >= s.tokenStart && k < s.tokenEnd ? tokens[k].text.toLowerCase() : '');
  const isMonth = (k: number) => k >= s.tokenStart && k < s.tokenEnd && /^[A-Z][a-z]+\.?$/.test(tokens[k].text) && MONTHS.has(word(k));
  let pairStart = word(c.first - 1) === '/' && isMonth(c.first - 2) ? c.first - 2 : c.first;
  // ("for late July/August shipment")
  if (pairStart < c.first && MONTH_EDGES.has(word(pairStart - 1))) pairStart--;
  const pairEnd = word(c.last + 1) === '/' && isMonth(c.last + 2) ? c.last + 2 : c.last;
  const pair = pairStart < c.first || pairEnd > c.last;
  // a slash pair priced as a market quotes it: "Aug/Sept at 2,400 dlrs", "Oct/Dec 165.00", "Sept/Nov Lower
  // Mississippi River (Memphis/Cairo) 137-1/2 pct bid/145 offered"
  if (pair && quotedAfter(tokens, pairEnd + 1, s)) return true;
  // (not the end of a range, "for the last May to September shipment", whose start sets its year)
  let lead = word(pairStart - 1);
  if (lead !== 'for' && isMonth(pairStart - 2)) return false;
  // ("for various May/Aug shipments")
  if (BOOKING_ADJECTIVES.has(lead) && word(pairStart - 2) === 'for') lead = 'for';
  // ("with 210,000 tonnes of soft red winter for Aug/Sept", "125 for May/June": a pair bought "for" in a market report,
  // not one a year names, "comparative figures for Jan/Feb 1986")
  if (pair && lead === 'for' && !/^\d{4}$/.test(word(pairEnd + 1)) && tradingSentence(tokens, s)) return true;
  // ("Cake sales were registered at 785 to 995 dlrs for March/April", "0.39 times New York Dec for Oct/Dec": a price
  // set just before "for" quotes the pair, whatever the sentence's words)
  // ("and 125 for May/June": a bare price too, in a sentence that prices)
  if (pair && lead === 'for' && (PRICE_UNITS.has(word(pairStart - 2)) || (isMonth(pairStart - 2) && word(pairStart - 3) === 'york') || (/^\d[\d,.]*$/.test(word(pairStart - 2)) && priceWithin(tokens, s.tokenStart, s)))) return true;
  return SHIPPED_LEADS.has(lead) && SHIPPED_BY_MONTH.has(word(pairEnd + 1));
}
/** Units of a price quoted just before "for" and a slash pair of months: "785 dlrs for March/April". */
const PRICE_UNITS: ReadonlySet<string> = new Set(['dlrs', 'dlr', 'cts', 'cents', 'stg', 'times', 'yen', 'marks']);
/** Adjectives between "for" and the months booked: "for various May/Aug shipments". */
const BOOKING_ADJECTIVES: ReadonlySet<string> = new Set(['various', 'nearby', 'forward', 'deferred', 'prompt']);
/** Most words between a slash pair and the "at" of its price: "April/May butter went at". */
const PRICE_WORDS_REACH = 3;
/** Most tokens after a slash pair within which a bid or an offer quotes it ("Sept/Nov Lower Mississippi River (Memphis/Cairo)
 * 137-1/2 pct bid": a barge quote names its river and section first). */
const QUOTE_REACH = 16;

/**
 * A price right after a slash pair of months ("at 2,400", "165.00", not a year), a table's "no quote" for it, or a bid
 * or offer quoting it within QUOTE_REACH tokens: what a market report says of the months it trades.
 */
export function quotedAfter(tokens: readonly Token[], from: number, s: Sentence): boolean {
  const text = (k: number) => (k < s.tokenEnd ? tokens[k].text.toLowerCase() : '');
  const figure = (k: number) => /^\d/.test(text(k)) && !/^(?:19|20)\d\d$/.test(text(k));
  // (a spread table's "Jul/Aug even", "Sep/Dec no quote")
  if (figure(from) || text(from) === 'even' || (text(from) === 'no' && text(from + 1) === 'quote')) return true;
  // ("Aug/Sept at 2,400 dlrs", "March/April selling at 2,325", "April/May butter went at 2.27 times", "May/Dec between 655
  // and 660")
  for (let k = from; k < Math.min(s.tokenEnd, from + PRICE_WORDS_REACH); k++) {
    if ((text(k) === 'at' || text(k) === 'between') && figure(k + 1)) return true;
    if (!/^[a-z]+$/.test(text(k))) break;
  }
  for (let k = from; k < Math.min(s.tokenEnd, from + QUOTE_REACH); k++) if (text(k) === 'bid' || text(k) === 'offered') return true;
  return false;
}

/** A figure within PRICE_REACH tokens from `from` in the sentence: "up 13.1 cents", "at 109.40". */
function priceWithin(tokens: readonly Token[], from: number, s: Sentence): boolean {
  for (let k = from; k < Math.min(s.tokenEnd, from + PRICE_REACH); k++) if (/^\d/.test(tokens[k].text)) return true;
  return false;
}

/** Whether the text speaks of futures or contracts anywhere (a statistics report's "February was up 0.5 pct" does not). */
function futuresReport(tokens: readonly Token[]): boolean {
  let known = FUTURES_TEXTS.get(tokens);
  if (known === undefined) {
    known = tokens.some((t) => FUTURES_WORDS.has(t.text.toLowerCase()));
    FUTURES_TEXTS.set(tokens, known);
  }
  return known;
}
const FUTURES_WORDS = new Set(['futures', 'contract', 'contracts']);
const FUTURES_TEXTS = new WeakMap<readonly Token[], boolean>();

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
