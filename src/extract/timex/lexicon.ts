/**
 * The closed-class words temporal expressions are built from: calendar names, units, number words and the
 * modifiers TimeML puts inside an expression. Lower-case keys; abbreviations are listed with and without
 * their period because the tokenizer keeps the period of known abbreviations.
 */

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';

function withPeriods(entries: Record<string, number>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [k, v] of Object.entries(entries)) {
    map.set(k, v);
    if (k.length <= 5) map.set(k + '.', v);
  }
  return map;
}

export const MONTHS = withPeriods({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
  // (the grain trade's four-letter forms in its price tables: "Jne 6.35 Jly 6.40", "Apl/Mch")
  jne: 6, jly: 7, apl: 4, mch: 3,
  // the misspellings wire copy lets through ("Production had fallen 0.2 in Feburary from a month earlier")
  feburary: 2, febuary: 2,
});
/** Abbreviations that are also ordinary words; they count only with their period or a day number. */
export const AMBIGUOUS_MONTHS = new Set(['mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'may', 'march']);

export const WEEKDAYS = withPeriods({
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
});
export const WEEKDAY_PLURALS = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const UNITS = new Map<string, { unit: Unit; plural: boolean }>();
for (const [unit, forms] of Object.entries({
  second: ['second', 'seconds'], minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'],
  week: ['week', 'weeks'], weekend: ['weekend', 'weekends'], month: ['month', 'months'],
  quarter: ['quarter', 'quarters'], year: ['year', 'years'], decade: ['decade', 'decades'],
  century: ['century', 'centuries'],
}) as [Unit, string[]][]) {
  UNITS.set(forms[0], { unit, plural: false });
  UNITS.set(forms[1], { unit, plural: true });
}
// the abbreviations of news pages' stamps and listings: "30 mins ago", "3 hrs ago", "1 hr ago", "a 10 min walk"
UNITS.set('min', { unit: 'minute', plural: false });
UNITS.set('mins', { unit: 'minute', plural: true });
UNITS.set('hr', { unit: 'hour', plural: false });
UNITS.set('hrs', { unit: 'hour', plural: true });
// and of wire copy's results tables: "Nine mths net", "4th qtr shr", "12 mths to March", "1 YR 7.18", "vs yr-ago loss"
UNITS.set('mth', { unit: 'month', plural: false });
UNITS.set('mths', { unit: 'month', plural: true });
UNITS.set('qtr', { unit: 'quarter', plural: false });
UNITS.set('qtrs', { unit: 'quarter', plural: true });
UNITS.set('yr', { unit: 'year', plural: false });
UNITS.set('yrs', { unit: 'year', plural: true });

/** Adjectives of a year back, wire copy's short one too: "year-ago", "yr-ago", "year-earlier". */
export const YEAR_AGO_WORDS: ReadonlySet<string> = new Set(['year-ago', 'yr-ago', 'year-earlier']);

/** Lengths written as one closed word, read as "day-long" is: "an hourlong show", "a weeklong visit". */
export const CLOSED_LENGTHS: ReadonlySet<string> = new Set(['hourlong', 'daylong', 'weeklong', 'monthlong', 'yearlong', 'decadelong']);

export const NUMBER_WORDS = new Map<string, number>([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);
/** A count spelled out ("one", "twelve", "dozen"), not the article that NUMBER_WORDS also reads as one. */
export function spelledCount(w: string): boolean {
  return NUMBER_WORDS.has(w) && w !== 'a' && w !== 'an';
}
export const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** Plural round numbers that count units vaguely: "hundreds of years", "millions of years ago". */
export const LARGE_COUNT_PLURALS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'millions', 'billions']);
/** Counts TimeML writes as X: "several years" → PXY. */
export const VAGUE_COUNTS = new Set(['several', 'few', 'many', 'some', 'numerous']);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['last', 4],
]);

export const SEASONS = new Map([['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI']]);

export const PARTS_OF_DAY = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Words that are a whole expression on their own. */
export const SINGLE_WORDS = new Map<string, { type: 'DATE' | 'TIME' | 'SET'; value: string }>([
  ['now', { type: 'DATE', value: 'PRESENT_REF' }], ['currently', { type: 'DATE', value: 'PRESENT_REF' }],
  ['presently', { type: 'DATE', value: 'PRESENT_REF' }], ['nowadays', { type: 'DATE', value: 'PRESENT_REF' }],
  ['recently', { type: 'DATE', value: 'PAST_REF' }], ['lately', { type: 'DATE', value: 'PAST_REF' }],
  ['formerly', { type: 'DATE', value: 'PAST_REF' }],
  ['daily', { type: 'SET', value: 'P1D' }], ['nightly', { type: 'SET', value: 'P1D' }],
  ['weekly', { type: 'SET', value: 'P1W' }], ['monthly', { type: 'SET', value: 'P1M' }],
  ['annually', { type: 'SET', value: 'P1Y' }], ['semi-annually', { type: 'SET', value: 'P6M' }], ['semiannually', { type: 'SET', value: 'P6M' }], ['yearly', { type: 'SET', value: 'P1Y' }],
  ['hourly', { type: 'SET', value: 'PT1H' }], ['fortnightly', { type: 'SET', value: 'P2W' }],
]);

/** Day-relative words: offset in days from the anchor. */
export const DAY_WORDS = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** Fixed-date holidays (month, day). */
export const HOLIDAYS = new Map<string, [number, number]>([
  ['christmas', [12, 25]], ['xmas', [12, 25]], ['halloween', [10, 31]], ['valentine', [2, 14]],
]);

/** Approximation words that TimeML keeps inside the expression, with the mod they give. */
export const APPROX = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'],
  ['some', 'APPROX'], ['nearly', 'LESS_THAN'], ['almost', 'LESS_THAN'], ['over', 'MORE_THAN'],
]);
// "within a week" is left out: TimeML annotators keep "within" outside, like "in" ("within <two weeks>")
export const APPROX_PAIRS = new Map([
  ['more than', 'MORE_THAN'], ['less than', 'LESS_THAN'], ['at least', 'EQUAL_OR_MORE'], ['up to', 'EQUAL_OR_LESS'],
  ['fewer than', 'LESS_THAN'], ['no more than', 'EQUAL_OR_LESS'], ['not more than', 'EQUAL_OR_LESS'], ['not less than', 'EQUAL_OR_MORE'], ['as many as', 'EQUAL_OR_LESS'],
  // ("could take as long as three months", "would take as much as eight years": a length's upper bound)
  ['as long as', 'EQUAL_OR_LESS'], ['as much as', 'EQUAL_OR_LESS'],
  // ("faces a maximum of 25 years in prison", "a minimum of five years"; not "a maximum 10-year maturity", whose
  // article is the maturity's)
  ['a maximum of', 'EQUAL_OR_LESS'], ['a minimum of', 'EQUAL_OR_MORE'],
  // ("a little over a month ago", "little more than a decade ago", "just over two years", "almost exactly a year ago")
  ['a little over', 'MORE_THAN'], ['little more than', 'MORE_THAN'], ['just over', 'MORE_THAN'], ['just under', 'LESS_THAN'],
  ['almost exactly', 'APPROX'], ['nearly exactly', 'APPROX'],
  // ("slightly less than five years")
  // (not "slightly over", as often "declined slightly over the past two months", "up slightly over 1986")
  ['slightly less than', 'LESS_THAN'], ['slightly more than', 'MORE_THAN'],
]);

/** Words that name a clock time after a day: "Tuesday noon", "yesterday midday". */
export const CLOCK_WORDS: ReadonlyMap<string, string> = new Map([['noon', '12:00'], ['midday', '12:00'], ['midnight', '24:00']]);

/** Position inside a period: "early 1990", "late Monday", "mid-November". */
export const POSITION = new Map([
  ['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['middle', 'MID'],
]);
/** "the end of …", "the beginning of …". */
export const POSITION_NOUNS = new Map([
  ['end', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID'], ['close', 'END'],
]);

/** Time zones skipped inside a time ("5 p.m. EST Nov. 9"). */
export const TIME_ZONES = new Set([
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'akst', 'akdt', 'hst', 'gmt', 'utc', 'bst', 'cet', 'cest', 'eet',
  'eest', 'wet', 'west', 'msk', 'ist', 'jst', 'kst', 'hkt', 'sgt', 'aest', 'aedt', 'acst', 'awst', 'nzst', 'nzdt', 'sast',
  'cat', 'eat', 'wat', 'et', 'pt', 'ct', 'mt',
]);

/** Words between a count and its unit: "two more weeks", "three straight months", "eight trading days". */
export const COUNT_ADJECTIVES = new Set(['more', 'additional', 'straight', 'consecutive', 'successive', 'full', 'whole', 'entire', 'long', 'extra', 'further', 'trading', 'business', 'working', 'single']);

/**
 * The words news uses to say what a counted stretch was like: "six grinding months later", "two bloody years",
 * "a few short weeks". After "a" they describe the day itself ("a difficult day for me"), so the count must be
 * more than one.
 */
export const STRETCH_ADJECTIVES = new Set(['short', 'hard', 'difficult', 'bloody', 'brutal', 'grinding', 'painful', 'tough', 'turbulent', 'tumultuous', 'bitter', 'agonizing', 'agonising', 'grueling', 'gruelling', 'harrowing', 'anxious', 'tense', 'frantic', 'hectic']);

/** Era markers after a year: "490 BC". */
/** Auxiliaries and modals that open a predicate: "and will involve", "before that is completed". */
/** Words that place a length against the time the text is at: "the past four months", "over next three years", "the previous 24-hour period". */
export const PLACING_LEADS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming', 'previous', 'preceding']);

export const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'is', 'was', 'are', 'were', 'has', 'had', 'should', 'could', 'may', 'can', 'must']);

/** The possessive determiners: "its May production", "his Tuesday wins", "their years in Paris". */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const BC_WORDS = new Set(['BC', 'B.C.', 'B.C', 'BCE', 'B.C.E.']);

/** Spelled ordinals that name a day after a month: "March eighth", "May twenty-first". */
export const DAY_ORDINALS = new Map<string, number>();
for (const [i, w] of ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'].entries()) {
  DAY_ORDINALS.set(w, i + 1);
  if (i < 9) DAY_ORDINALS.set(`twenty-${w}`, 21 + i);
}
DAY_ORDINALS.set('thirtieth', 30).set('thirty-first', 31);

/** Words that join the two days of a range: "23-25 October", "June 3 to 5", "Monday 16 to Friday 20 August". */
export const DAY_RANGE_LINKS: ReadonlySet<string> = new Set(['-', '–', 'to', 'and', 'through']);
