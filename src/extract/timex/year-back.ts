/**
 * Comparisons with a year back, read against the year or month the text has just named rather than the publication
 * year: "Note: 1986 net excludes a gain vs yr-ago loss" (1985), "Exports in May rose from the year-ago period"
 * (1986-05), "Last year, the EC had a deficit, about half the deficit of the previous year" (1985); and which
 * periods stand on the side a comparison looks back to ("up from 1.90 mln in April and 1.62 mln a year earlier").
 */
import type { Timex, Token } from '../../model/layers.js';
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
  // (asked of every expression, so the words are joined only where one may be "period")
  let period = false;
  for (let k = c.first; k <= c.last && !period; k++) period = plain(tokens[k]).includes('period');
  if (!period) return false;
  const words = tokens.slice(c.first, c.last + 1).map(plain).join(' ');
  return /\bperiod\b/.test(words) && /\byear[- ](?:ago|earlier)\b|\blast year\b/.test(words);
}

/** An index's base year at first..last, no time told of: "index (base 1985)", "1980=100". */
export function indexBase(tokens: readonly Token[], first: number, last: number): boolean {
  return plain(tokens[first - 1]) === 'base' || tokens[last + 1]?.text === '=';
}

/** "a year ago", "one year earlier", "a year before": a point a year back, which a comparison may make a period ("from 56.1 pct a year earlier"). */
export function yearBackPoint(tokens: readonly Token[], c: Candidate): boolean {
  return c.last === c.first + 2 && /^(?:a|one)$/.test(plain(tokens[c.first])) && plain(tokens[c.first + 1]) === 'year' && /^(?:ago|earlier|before)$/.test(plain(tokens[c.last]));
}

/** "the year before", "the year earlier", "the previous year", "the prior year", "the preceding year". */
export function theYearBefore(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last !== c.first + 2 || plain(tokens[c.first]) !== 'the') return false;
  const [a, b] = [plain(tokens[c.first + 1]), plain(tokens[c.last])];
  return (a === 'year' && (b === 'before' || b === 'earlier')) || ((a === 'previous' || a === 'prior' || a === 'preceding') && b === 'year');
}

/**
 * "last year" in so many words, valued as a year: the year a story of last year tells of (not "a year ago", "a year
 * earlier" or "year-earlier", which in results stories compare with the period of a year before; nor "last year" in
 * talk of quarters, as often the year-ago quarter — both checked by the caller's sentence).
 */
export function namesLastYear(tokens: readonly Token[], c: Candidate, value: string): boolean {
  return c.last === c.first + 1 && plain(tokens[c.first]) === 'last' && plain(tokens[c.last]) === 'year' && c.meaning.kind === 'shift' && /^\d{4}$/.test(value);
}

/**
 * "the previous year", "the prior year", "the year before": one year back from the year the text set; "that year", "the
 * same year": the year the text set itself.
 */
export function yearOfContext(m: Candidate['meaning']): boolean {
  return m.kind === 'shift' && m.unit === 'year' && m.from === 'context' && (m.n === -1 || m.n === 0);
}
/** Sentences after a "last year" within which "the previous year" and "that year" count from it. */
export const COUNTED_YEAR_REACH = 1;

/** Words that open the other side of a comparison: "up from 4.32 billion in the third quarter", "against 3.88 billion in". */
export const COMPARISON_OPENERS = new Set(['from', 'against', 'compared', 'versus', 'vs', 'than']);
/** Words before a period that make it the side a figure is set against: "from", "against", "after a rise in January". */
const COMPARED_SIDE_OPENERS = new Set([...COMPARISON_OPENERS, 'after', 'vs.']);
/** Most tokens a side's opener may lie before it ("compared with 1.8 mln tonnes during the July/February period in 1985/86"). */
const COMPARED_SIDE_REACH = 12;

/**
 * A period a comparison looks back to: after "from", "against", "vs", "after" in its sentence ("up from 1.90 mln
 * in April"), or counted back itself ("a year earlier", "the year-ago period", "year-ago"). The opener stands after
 * the expression before it, whose comparison it would be otherwise ("down from 51 pct during the same month last
 * year and its year-to-date load factor"), or that expression is a side just before it ("compared with 1.8 mln tonnes
 * during the July/February period in 1985/86").
 */
export function comparesBack(tokens: readonly Token[], c: Candidate, sentStart: number, before: readonly Timex[], sides: readonly boolean[]): boolean {
  if (yearBackPoint(tokens, c) || yearAgoPeriod(tokens, c) || YEAR_AGO_WORDS.has(plain(tokens[c.first]))) return true;
  const after = before.length ? before[before.length - 1].end : 0;
  let k = c.first - 1;
  // (a verb of the clause between the opener and the expression leaves the opener to an earlier phrase: "The average
  // value of the yen against the dollar rose 0.8 pct to 153.50 in February")
  for (; k >= sentStart && k >= c.first - COMPARED_SIDE_REACH && tokens[k].start >= after && !CLAUSE_VERBS.has(plain(tokens[k])); k--) if (COMPARED_SIDE_OPENERS.has(plain(tokens[k]))) return true;
  if (k < sentStart || tokens[k].start >= after || sides[sides.length - 1] !== true) return false;
  for (let j = k + 1; j < c.first; j++) if (!SIDE_LINKS.has(plain(tokens[j]))) return false;
  return true;
}
/** Verbs that report a figure's change or level, which a side's opener before them does not reach past. */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'fell', 'rises', 'falls', 'increased', 'decreased', 'declined', 'dropped', 'climbed', 'gained', 'jumped', 'slipped',
  'eased', 'edged', 'totalled', 'totaled', 'stood', 'was', 'were', 'is', 'are', 'reached', 'grew', 'slumped', 'surged', 'dipped',
]);
/** Words between a side and an expression after it that names the same stretch ("July/February period in 1985/86"). */
const SIDE_LINKS: ReadonlySet<string> = new Set(['/', '-', 'period', 'in', 'of']);

/** Words that open a time compared with the one the text is on: "the same month", "the comparable quarter". */
const COMPARED_DETERMINERS: ReadonlySet<string> = new Set(['same', 'comparable', 'corresponding', 'similar']);

/**
 * A time compared that names its year after it: "the corresponding period of 1986" or "in 1985/86" (that year, where it
 * was read as a quarter), "the same month of 1985" after "Shipments during November 1986" (1985-11), "the same quarter
 * of fiscal 1986", "the same week in 1986": the month, quarter or week the text is on, in the year named.
 */
export function comparedTimeOfYear(tokens: readonly Token[], c: Candidate, value: string): string | undefined {
  const noun = plain(tokens[c.last]);
  let k = c.last + 1;
  // ("a deficit of 1,578 billion lire in the same month for 1986")
  if (plain(tokens[k]) !== 'of' && plain(tokens[k]) !== 'in' && plain(tokens[k]) !== 'for') return undefined;
  k++;
  // ("in the same quarter of of 1986": a doubled word)
  if (plain(tokens[k]) === 'of') k++;
  if (plain(tokens[k]) === 'fiscal') k++;
  const year = tokens[k]?.text ?? '';
  if (!/^(?:19|20)\d\d$/.test(year)) return undefined;
  if (noun === 'period') return /^\d{4}(?:-Q[1-4])?$/.test(value) ? year : undefined;
  if ((noun !== 'month' && noun !== 'quarter' && noun !== 'week') || !COMPARED_DETERMINERS.has(plain(tokens[c.last - 1]))) return undefined;
  return /^\d{4}-(?:\d\d|Q[1-4]|W\d\d)$/.test(value) ? year + value.slice(4) : undefined;
}

/**
 * The year before a span of months (not three, a quarter's) that the sentence reported on before c, where c is a period
 * compared that was read as a quarter a year back: "for the nine months … compared with 219.7 mln dlrs for the year-ago
 * period" (the focus year's before), "over the first nine months of last year compared with a decline of 0.1 pct in the
 * corresponding period" (1985, the named year's before). Not a period that names its own year after it ("in the
 * corresponding period of 1985/86").
 */
export function yearBeforeMonthSpan(tokens: readonly Token[], c: Candidate, out: readonly Timex[], sentenceStart: number, value: string, focusYear: number): string | undefined {
  if (!/^\d{4}-Q[1-4]$/.test(value) || plain(tokens[c.last + 1]) === 'of') return undefined;
  if (!tokens.slice(c.first, c.last + 1).some((t) => plain(t) === 'period')) return undefined;
  for (let k = out.length - 1; k >= 0 && out[k].start >= sentenceStart; k--) {
    const span = /^P(\d+)M$/.exec(out[k].value);
    if (out[k].type !== 'DURATION' || !span || !/\bmonths$/i.test(out[k].text)) continue;
    if (+span[1] === 3 || +span[1] > 11) return undefined;
    // ("the first nine months of last year", "the first two months of the year": the year given after "of")
    const of = out[k + 1];
    let at = c.first;
    while (at > 0 && tokens[at].start > out[k].start) at--;
    while (tokens[at].end < out[k].end) at++;
    const year = of && /^\d{4}$/.test(of.value) && plain(tokens[at + 1]) === 'of' && tokens[at + 2]?.start === of.start ? +of.value : focusYear;
    return String(year - 1);
  }
  return undefined;
}

/** Nouns of a figure counted over a month: "the January deficit", "the January trade figures". */
const MONTHLY_FIGURE_NOUNS: ReadonlySet<string> = new Set([
  'deficit', 'deficits', 'surplus', 'surpluses', 'figure', 'figures', 'data', 'statistics', 'index', 'indices', 'output', 'production',
  'sales', 'exports', 'imports', 'inflation', 'unemployment', 'jobless', 'payrolls', 'orders', 'shipments', 'reserves', 'balance',
]);
/** Words between a month and its figure's noun: "the January trade figures", "the February current account deficit". */
const MONTHLY_FIGURE_KINDS: ReadonlySet<string> = new Set(['trade', 'current', 'account', 'budget', 'payments', 'money', 'supply', 'retail', 'industrial', 'merchandise', 'consumer', 'price', 'producer']);

/** A month alone, no year or direction of its own, right before the noun of a figure counted over it: "the January deficit". */
export function monthOfAFigure(tokens: readonly Token[], c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d !== undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return false;
  let k = c.last + 1;
  while (k < tokens.length && k <= c.last + 3 && MONTHLY_FIGURE_KINDS.has(plain(tokens[k]))) k++;
  return MONTHLY_FIGURE_NOUNS.has(plain(tokens[k]));
}

/** A month without a year before one noun and "last year", the subject of "was" or "were": "January surplus last year was". */
export function monthFigureLastYear(tokens: readonly Token[], c: Candidate): boolean {
  const m = c.meaning;
  if (m.kind !== 'calendar' || m.m === undefined || m.d !== undefined || m.y !== undefined || m.yShift !== undefined || m.dir !== undefined) return false;
  const noun = tokens[c.last + 1]?.text ?? '';
  return /^[a-z]+$/.test(noun) && plain(tokens[c.last + 2]) === 'last' && plain(tokens[c.last + 3]) === 'year' && /^(?:was|were)$/.test(plain(tokens[c.last + 4]));
}

/**
 * Whether c, a side compared right after the period its sentence reports on, "from" alone between them ("in February
 * from December"), reads a month or quarter no earlier than that period though it names no year of its own, and opens
 * no range ("from June to December").
 */
export function sideNotBeforeMain(tokens: readonly Token[], c: Candidate, main: Timex | undefined, mainIsSide: boolean, sentStart: number, value: string): boolean {
  if (!main || mainIsSide || main.start < tokens[sentStart].start) return false;
  const sideStart = firstMonthOf(value);
  const mainStart = firstMonthOf(main.value);
  if (sideStart === undefined || mainStart === undefined || sideStart < mainStart) return false;
  if (RANGE_AFTER_START.has(plain(tokens[c.last + 1]))) return false;
  const words = tokens.slice(c.first, c.last + 1).map(plain);
  if (words.some((w) => /^(?:19|20)?\d\d$/.test(w) || YEAR_NAMING_WORDS.has(w))) return false;
  // ("from" alone between the two: "in February from December"; not "effective from July", "from the Saudis until June")
  const from = c.first - 1;
  return from > sentStart && plain(tokens[from]) === 'from' && tokens[from - 1].end === main.end;
}
/** The first month of a month or quarter value, counted from year 0 (a month range is read as its first month), else undefined. */
function firstMonthOf(value: string): number | undefined {
  const v = /^(\d{4})-(?:(\d\d)|Q([1-4]))$/.exec(value);
  if (!v) return undefined;
  return +v[1] * 12 + (v[2] !== undefined ? +v[2] : 3 * +v[3] - 2);
}
/** Words after the start of a range: "from June to December". */
const RANGE_AFTER_START: ReadonlySet<string> = new Set(['to', 'through', 'until', 'till', '-', 'and', 'or', '/']);
/** Words of an expression that set its year itself: "last quarter", "this year's fourth quarter". */
const YEAR_NAMING_WORDS: ReadonlySet<string> = new Set(['year', 'last', 'this', 'next', 'previous', 'prior', 'fiscal', 'current', 'same', 'ago', 'earlier']);

/** "the same month", "the year-ago month", "the corresponding month": a month a comparison names by the one the text is on. */
export function sameMonthWords(tokens: readonly Token[], c: Candidate): boolean {
  const words = tokens.slice(c.first, c.last + 1).map(plain);
  return words.includes('month') && words.some((w) => SAME_MONTH_WORDS.has(w));
}
/** Words that make a month one a comparison names by the month the text is on. */
const SAME_MONTH_WORDS: ReadonlySet<string> = new Set(['same', 'year-ago', 'year-earlier', 'corresponding', 'comparable']);
