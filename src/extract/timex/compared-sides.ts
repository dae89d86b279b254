/**
 * The sides of a comparison inside a sentence: whether a month or a year is the side compared with ("up from 1.62
 * mln in April", "against 1986's"), the year a side named after the main period takes ("compared with a similar 1986
 * period"), a month compared back, a day repeated in the sentence, and amounts whose month stands on the far side.
 */
import { MONTHS, spelledCount } from './lexicon.js';
import type { Timex, Token } from '../../model/layers.js';
import { type Ymd } from './calendar.js';
import type { Candidate } from './meaning.js';
import { plain } from './token-reader.js';
import { COMPARISON_OPENERS, indexBase, theYearBefore, yearBackPoint } from './year-back.js';

/** Most tokens a comparison's opener may lie before the period it compares with. */
const COMPARISON_REACH = 8;

/** A period named as the other side of a comparison, not as the one the sentence is about. */
export function comparedWith(tokens: readonly Token[], first: number, sentStart: number): boolean {
  return openedWithin(tokens, first, sentStart, COMPARISON_OPENERS);
}

/** Whether one of `words` stands within COMPARISON_REACH tokens before `first`, in its sentence. */
function openedWithin(tokens: readonly Token[], first: number, sentStart: number, words: ReadonlySet<string>): boolean {
  for (let k = first - 1; k >= sentStart && k >= first - COMPARISON_REACH; k--) if (words.has(tokens[k].text.toLowerCase()) && !sourceFrom(tokens, k, first)) return true;
  return false;
}

/**
 * "lost 22 mln dlrs from operations in 1986", "Earnings from exploration": a "from" before a plain noun names a source,
 * no side compared (that one opens on a figure, an article or a period: "from 4.9 billion", "from a loss", "from 1985").
 */
function sourceFrom(tokens: readonly Token[], k: number, first: number): boolean {
  const next = tokens[k + 1];
  return plain(tokens[k]) === 'from' && k + 1 < first && !!next && /^[a-z]{4,}$/.test(next.text) && !COMPARED_SIDE_WORDS.has(next.text);
}
/** Words that open a side compared after "from": "from last year", "from about 4.9 billion", "from previous estimates". */
const COMPARED_SIDE_WORDS: ReadonlySet<string> = new Set(['their', 'its', 'his', 'your', 'last', 'about', 'around', 'nearly', 'almost', 'some', 'just', 'over', 'under', 'previous', 'revised', 'earlier', 'year-ago', 'year-earlier', 'year', 'levels', 'level', 'this', 'that', 'those', 'these']);

/**
 * The year named on the far side of a comparison right after `last`: ", against a 1985 profit", "from 166.5 billion in
 * 1985", "compared with 1.2 mln dlrs in 1985" — the opener within SIDE_OPENER_REACH tokens, the year within
 * SIDE_YEAR_REACH after it, with no clause break between.
 */
export function yearOfSideAfter(tokens: readonly Token[], last: number, sentEnd: number): number | undefined {
  let k = last + 1;
  while (k < sentEnd && k - last <= SIDE_OPENER_REACH && !SIDE_AFTER_OPENERS.has(plain(tokens[k]))) {
    if (/^[;:]$/.test(tokens[k].text) || /\d{4}/.test(tokens[k].text)) return undefined;
    k++;
  }
  if (k >= sentEnd || !SIDE_AFTER_OPENERS.has(plain(tokens[k]))) return undefined;
  for (let j = k + 1; j < sentEnd && j - k <= SIDE_YEAR_REACH; j++) {
    if (/^[;:,]$/.test(tokens[j].text)) return undefined;
    if (/^(19|20)\d\d$/.test(tokens[j].text)) return +tokens[j].text;
  }
  return undefined;
}
const SIDE_OPENER_REACH = 5;
/**
 * The year of the same months on the far side of a comparison right after `last`, as `yearOfSideAfter` finds it, where
 * that year dates a period: "against 194 mln dlrs in a similar 1986 period" (not a month of its own, "from 7.8 pct in
 * December, unchanged from January 1986", whose year is that other month's).
 */
export function yearOfMonthSideAfter(tokens: readonly Token[], last: number, sentEnd: number): number | undefined {
  const year = yearOfSideAfter(tokens, last, sentEnd);
  if (year === undefined) return undefined;
  let at = last + 1;
  while (at < sentEnd && tokens[at].text !== String(year)) at++;
  return MONTH_SIDE_NOUNS.has(plain(tokens[at + 1])) ? year : undefined;
}
/** Nouns after a side's year that make it a stretch of months: "a similar 1986 period", "the same 1986 months". */
const MONTH_SIDE_NOUNS: ReadonlySet<string> = new Set(['period', 'periods', 'month', 'months']);
/**
 * Openers of the side set against "the year": "against", "from", … and "after" ("a loss for the year of 62.1 mln stg
 * after a 71.6 mln profit in 1985").
 */
const SIDE_AFTER_OPENERS: ReadonlySet<string> = new Set([...COMPARISON_OPENERS, 'after']);
const SIDE_YEAR_REACH = 7;

/**
 * "a year earlier", "a year before" after a year its sentence names with its digits (or as "last year"): the year (or month) before that
 * one, not the year before publication ("exports rose to 22,068 tonnes in 1986 from 20,430 a year earlier", written in
 * March 1987: 1985; "In January 1986, wholesale prices were 3.9 pct lower than a year earlier": 1985-01); after a season's
 * split label ("the 1986/87 crop") the season before, valued by its first year (1985).
 */
export function yearBeforeNamed(tokens: readonly Token[], c: Candidate, out: readonly Timex[], sentenceStart: number, dctYear: number): string | undefined {
  // ("ended 1986 with a cash position of about 639 mln dlrs as compared to 158 mln dlrs the year before": "the year
  // before", "the previous year" as "a year earlier")
  if (!yearBackPoint(tokens, c) && !theYearBefore(tokens, c)) return undefined;
  // ("its 1986 profits rose to 1.23 billion dlrs from 777 mln a year ago": "ago" too, where a figure is compared)
  if (plain(tokens[c.last]) === 'ago' && !comparedWith(tokens, c.first, sentenceStart)) return undefined;
  // (near enough to be the same comparison: a wire sentence runs on past "pct." at times)
  const from = Math.max(0, c.first - YEAR_BEFORE_REACH);
  for (let k = out.length - 1; k >= 0 && out[k].start >= Math.max(sentenceStart, tokens[from].start); k--) {
    // (a year, or a month of a year for "a year earlier": "the previous year" after "April 1987" is no month)
    const named = /^(\d{4})(-\d{2})?$/.exec(out[k].value);
    if (named?.[2] && !yearBackPoint(tokens, c)) continue;
    const digits = /\b(\d{4})\b/.exec(out[k].text);
    // ("BP made a profit last year of $14bn, down from $25bn a year earlier": "last year" names its year too)
    const lastYear = /^last\s+year$/i.test(out[k].text) && named?.[1] === String(dctYear - 1);
    if (!named || (!lastYear && (!digits || digits[1] !== named[1]))) continue;
    // (the tokens it starts at and is followed by, looked up within the reach only)
    let at = from;
    while (tokens[at].start < out[k].start) at++;
    let next = at;
    while (next < c.first && tokens[next].start < out[k].end) next++;
    const after = tokens[next];
    // ("index (base 1985) fell to 106.7 … compared with 102.9 a year earlier": an index's base year is no time told of)
    if (indexBase(tokens, at, next - 1)) continue;
    // ("producer prices rose 0.2 pct from December, the first monthly rise since October 1985, but they were down 4.4
    // pct from a year earlier": the start of a span "since" names is no period reported on — unless a clause of its
    // own tells of it, "the first growth since June 1986, when they rose 4.4 pct from a year earlier")
    if (plain(tokens[at - 1]) === 'since' && !tokens.slice(next, c.first).some((t) => plain(t) === 'when')) continue;
    if (+named[1] > dctYear) return undefined;
    // ("1986/87 group net profit fell 42.5 pct from a year earlier", "the 1986/87 sugar crop at 4.82 mln tonnes, down
    // from 5.2 mln a year earlier": a season's split label's year before is the season before, valued by its first year)
    if (after?.text === '/' || /\d\s*\/\s*\d/.test(out[k].text)) return /^\d{4}$/.test(out[k].value) ? String(+named[1] - 1) : undefined;
    // ("exports rose to 3.58 billion dlrs from 3.18 billion in 1986, while imports rose to 4.12 billion dlrs from 3.34
    // billion a year earlier": a year named on the side compared with is the year a comparison after it means)
    // (not one a comparison sets against a year back itself: "growth recorded in 1985 against a year earlier" 1984)
    // ("from 603.4 mln in 1985, Revenues increased to 17.35 billion guilders after 17.27 billion the previous year": a figure
    // "after" which one rose is a side compared with too)
    if (comparedWith(tokens, at, sentenceStart) && (comparedWith(tokens, c.first, sentenceStart) || followsBack(tokens, c.first, sentenceStart)) && !COMPARISON_OPENERS.has(plain(after))) return named[1] + (named[2] ?? '');
    return String(+named[1] - 1) + (named[2] ?? '');
  }
  return undefined;
}

/**
 * "a 37.3 pct rise in January from a year earlier", "The February increase over a year earlier": a year back set
 * straight against the month just named is that month a year back (the month's own words, then the opener, then
 * at most an amount between). Not a month compared itself ("from 20.4 billion in January compared with 17.4 billion
 * a year ago" compares the month reported on), nor the last of a list ("in January and February from 1.6 pct").
 */
export function monthComparedBack(tokens: readonly Token[], c: Candidate, prev: Timex | undefined, sentStart: number): string | undefined {
  if (!prev || !yearBackPoint(tokens, c) || !/^[A-Z][a-z]+\.?$/.test(prev.text)) return undefined;
  const month = /^(\d{4})-(\d{2})$/.exec(prev.value);
  if (!month) return undefined;
  // (the month's own token, and the word before it)
  let monthAt = c.first - 1;
  while (monthAt > sentStart && tokens[monthAt].start >= prev.end) monthAt--;
  if (AND_OR_WORDS.has(plain(tokens[monthAt - 1]))) return undefined;
  let k = c.first - 1;
  // (an amount on the side compared: "from 3.2 pct a year earlier")
  while (k >= sentStart && c.first - k <= COMPARED_AMOUNT_WORDS_REACH && tokens[k].start >= prev.end && amountWord(tokens[k].text)) k--;
  if (k < sentStart || tokens[k].start < prev.end) return undefined;
  const opener = plain(tokens[k]);
  if (opener === 'with' || opener === 'to') {
    if (plain(tokens[k - 1]) !== 'compared') return undefined;
    k--;
  } else if (!MONTH_BACK_OPENERS.has(opener)) return undefined;
  // (the month's own words before the opener: "in January from", "The February increase over")
  let words = 0;
  for (k--; k > monthAt; k--) if (!/^[a-z]+$/.test(tokens[k].text) || ++words > MONTH_NOUN_WORDS) return undefined;
  return tokens[monthAt].end === prev.end ? `${+month[1] - 1}-${month[2]}` : undefined;
}
const AND_OR_WORDS: ReadonlySet<string> = new Set(['and', 'or', '/']);
const MONTH_BACK_OPENERS: ReadonlySet<string> = new Set(['from', 'over', 'against', 'than', 'vs', 'versus']);
/** Most words between the month and the opener: "February increase over", "January sales from". */
const MONTH_NOUN_WORDS = 2;
/** Most tokens of an amount between the opener and the year back: "from a revised 3.2 pct a year earlier". */
const COMPARED_AMOUNT_WORDS_REACH = 6;
/** A token of an amount: a number, a unit of one, an article or "revised". */
function amountWord(text: string): boolean {
  return /^[\d.,/-]+$/.test(text) || SIDE_AMOUNT_WORDS.has(text.toLowerCase());
}
const SIDE_AMOUNT_WORDS: ReadonlySet<string> = new Set(['pct', 'percent', 'mln', 'billion', 'dlrs', 'yen', 'a', 'an', 'revised', 'the']);


/** The full date, of a year before publication's, of an earlier expression in the sentence with c's month and day, where c, a day, names no year. */
export function repeatedDayOfSentence(c: Candidate, out: readonly Timex[], sentenceStart: number, value: string, dct: Ymd): string | undefined {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d === undefined || m.y !== undefined || m.yShift !== undefined || m.from !== undefined || !/^\d{4}-\d\d-\d\d$/.test(value)) return undefined;
  for (let k = out.length - 1; k >= 0 && out[k].start >= sentenceStart; k--) {
    if (out[k].value.length === 10 && out[k].value.slice(4) === value.slice(4) && /\b(?:19|20)\d\d\b/.test(out[k].text) && +out[k].value.slice(0, 4) < dct.y) return out[k].value;
  }
  return undefined;
}

/** Most tokens from the year named to "a year earlier". */
const YEAR_BEFORE_REACH = 30;

/** "rose in the first quarter after a 2.0 pct drop in the fourth quarter": what came before, "after" or "following" it. */
export function followsBack(tokens: readonly Token[], first: number, sentStart: number): boolean {
  return openedWithin(tokens, first, sentStart, SEQUENCE_BACK);
}
const SEQUENCE_BACK = new Set(['after', 'following']);

/**
 * A month named as where an amount compared with stood: "against 93.07 billion in December", "up from 24.1 billion in
 * January" — the opener, an amount, then "in" and the month (not "from U.S. service centers in July", no amount; nor
 * "from 93,554 in January when they fell 27.4 pct from a month earlier", whose clause moves the story to the month).
 */
export function comparedAmountMonth(tokens: readonly Token[], c: Candidate, sentStart: number): boolean {
  if (plain(tokens[c.first - 1]) !== 'in' || plain(tokens[c.last + 1]) === 'when') return false;
  let amount = false;
  for (let k = c.first - 2; k >= sentStart && k >= c.first - COMPARED_AMOUNT_REACH; k--) {
    const w = plain(tokens[k]);
    if (COMPARISON_OPENERS.has(w)) return amount;
    // (a count in words too: "from one pct in January and in February 1986")
    if (/\d/.test(w) || spelledCount(w)) amount = true;
    // ("against 93.07 billion in December and 105.29 billion in January 1986": a list of what is compared with)
    else if (!AMOUNT_WORDS.has(w) && !MONTHS.has(w)) return false;
  }
  return false;
}
/** Most tokens from a comparison's opener to its month: "against 93.07 billion crowns in December and 105.29 billion in". */
const COMPARED_AMOUNT_REACH = 12;
/** Words of an amount between the opener and "in": units, currencies, scales. */
const AMOUNT_WORDS = new Set(['billion', 'million', 'mln', 'bln', 'trillion', 'pct', 'percent', 'per', 'cent', 'cents', 'cts', 'dlr', 'dlrs', 'dollars', 'stg', 'crowns', 'marks', 'francs', 'yen', 'tonnes', 'tons', 'barrels', 'units', 'shares', 'a', 'an', 'the', 'of', 'rate', '$', '%', '.', 'level', 'figure', 'total', 'and', 'or', 'in', 'with', 'to']);

/**
 * "Ford plans to build 485,000 cars in the April-June period, compared with 497,000 a year ago": a year back compared
 * after a range of months its sentence named is that range a year back — the quarter, where the range is one (1986-Q2),
 * else the range's year before.
 */
export function yearBeforeMonthRange(text: string, tokens: readonly Token[], c: Candidate, out: readonly Timex[], sentenceStart: number): string | undefined {
  if (!yearBackPoint(tokens, c) || !comparedWith(tokens, c.first, sentenceStart)) return undefined;
  for (let k = out.length - 1; k >= 1 && out[k - 1].start >= tokens[sentenceStart].start; k--) {
    const end = /^(\d{4})-(\d{2})$/.exec(out[k].value);
    const start = /^(\d{4})-(\d{2})$/.exec(out[k - 1].value);
    if (!end || !start || !/^(?:-|–| to | through )$/.test(text.slice(out[k - 1].end, out[k].start))) continue;
    if (start[1] !== end[1] || +end[2] <= +start[2]) return undefined;
    const quarter = +start[2] % 3 === 1 && +end[2] === +start[2] + 2 ? `-Q${(+start[2] + 2) / 3}` : '';
    return String(+start[1] - 1) + quarter;
  }
  return undefined;
}

/** "the same 1985 month", "the comparable 1986 month": read as the year named, whose month the tagger adds. */
export function sameMonthOfAYear(tokens: readonly Token[], c: Candidate, value: string): boolean {
  return c.meaning.kind === 'fixed' && c.last > c.first && plain(tokens[c.last]) === 'month' && /^\d{4}$/.test(value);
}
