import type { Sentence, Token } from '../../model/layers.js';
import {
  AMBIGUOUS_MONTHS, APPROX, APPROX_PAIRS, BC_WORDS, COUNT_ADJECTIVES, DAY_ORDINALS, DAY_WORDS, HOLIDAYS, MONTHS,
  NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, POSITION, POSITION_NOUNS, SEASONS, SINGLE_WORDS, TENS, TIME_ZONES, UNITS,
  VAGUE_COUNTS, WEEKDAYS, WEEKDAY_PLURALS,
  type Unit,
} from './lexicon.js';
import type { Candidate, Meaning } from './meaning.js';

/**
 * Finds temporal expressions with a token-driven matcher: one left-to-right pass over each sentence; at a
 * token that can start an expression, a small recursive-descent grammar tries the expression shapes and
 * keeps the longest. No regular expression runs over the text, so nothing can backtrack.
 *
 * Extents follow TimeML/TE3: prepositions ("on", "in", "since") and trailing punctuation stay outside;
 * determiners and modifiers that belong to the expression ("the past two months", "early next year",
 * "about two years ago") stay inside.
 */
interface Match {
  last: number;
  meaning: Meaning;
  mod?: string;
}

const DIGITS = /^\d+$/;
const APPROX_FIRST = new Set([...APPROX.keys(), ...[...APPROX_PAIRS.keys()].map((k) => k.split(' ')[0])]);
const STARTERS = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...UNITS.keys(), ...NUMBER_WORDS.keys(),
  ...SEASONS.keys(), ...SINGLE_WORDS.keys(), ...DAY_WORDS.keys(), ...APPROX.keys(), ...POSITION.keys(), ...HOLIDAYS.keys(),
  ...VAGUE_COUNTS.keys(), ...ORDINALS.keys(),
  'the', 'this', 'last', 'next', 'past', 'coming', 'earlier', 'later', 'recent', 'previous', 'following', 'current',
  'same', 'that', 'fiscal', 'every', 'each', 'noon', 'midnight', 'midday', 'more', 'less', 'at', 'up', 'fewer',
  'no', 'as', 'year-end', 'year-earlier', 'year-ago', 'future', 'right', 'these', 'its', 'thanksgiving', 'christmas',
  'election', 'easter',
  'new', 'end', 'beginning', 'start', 'middle', 'overnight', 'several', 'couple', 'nearly', 'within', 'tonight',
  'soon', 'fortnight', 'fortnights', 'then', 'then-current',
]);

/**
 * Words that can only modify an expression ("the", "last", "about"): starting there is worth a parse only
 * when a word that can head one (a unit, a month, a number…) follows within a few tokens. This keeps the
 * matcher from trying every grammar shape at every "the" and "a" of the text.
 */
const MODIFIER_ONLY = new Set([
  'the', 'a', 'an', 'this', 'last', 'next', 'past', 'coming', 'earlier', 'later', 'recent', 'previous',
  'following', 'same', 'that', 'every', 'each', 'more', 'less', 'at', 'up', 'fewer', 'no', 'as', 'its', 'these',
  'right', 'about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'over', 'within', 'early',
  'late', 'mid', 'middle', 'end', 'beginning', 'start', 'several', 'few', 'many', 'numerous', 'couple', 'new',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]);

export function recognize(tokens: readonly Token[], sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  const lower = new Array<string>(tokens.length);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const r = new Reader(tokens, lower, s.tokenStart, s.tokenEnd);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      const m = r.startsHere(i) ? r.expression(i) : null;
      if (m) {
        // "the third-quarter loss", "its two-year plan": TimeML leaves the determiner outside a hyphenated
        // modifier
        const first = DETERMINERS.has(r.w(i)) && i < m.last && isCompound(tokens, i + 1, m.last) ? i + 1 : i;
        out.push({ first, last: m.last, sentence: si, meaning: m.meaning, mod: m.mod });
        i = m.last + 1;
        // "April 24 and 25", "Oct. 5-6": the second day is a date of the same month
        const second = r.secondDay(m);
        if (second !== null) {
          out.push({ first: second.at, last: second.at, sentence: si, meaning: second.meaning });
          i = second.at + 1;
        }
      } else i++;
    }
  }
  return out;
}

/** Words after a month that make it a futures or options contract's delivery month. */
const CONTRACT_WORDS = new Set([
  'contract', 'contracts', 'futures', 'options', 'delivery', 'bonds', 't-bonds', 't-bond', 'notes', 'bund', 'bunds', 'gilts',
  'euromark', 'eurodollar', 'eurodollars', 'euroyen', 't-bills', 'crude', 'brent', 'gasoil', 'heating', 'unleaded',
  'gasoline', 'wheat', 'corn', 'soybeans', 'soyoil', 'soymeal', 'oats', 'barley', 'canola', 'cotton', 'sugar',
  'coffee', 'cocoa', 'copper', 'silver', 'platinum', 'palladium', 'aluminium', 'aluminum', 'nickel', 'zinc', 'cattle',
  'hogs', 'bellies', 'lumber', 'rubber',
]);

/** "of that year", "of the same year", "of the following year", "of the previous year": years from the one the text set. */
const CONTEXT_YEAR = new Map([['that', 0], ['same', 0], ['following', 1], ['next', 1], ['previous', -1], ['preceding', -1]]);

class Reader {
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lower: string[],
    private readonly from: number,
    private readonly to: number,
  ) {}

  /** Lower-cased token text, '' outside the sentence. */
  w(i: number): string {
    if (i < this.from || i >= this.to) return '';
    return (this.lower[i] ??= this.tokens[i].text.toLowerCase());
  }
  raw(i: number): string {
    return i >= this.from && i < this.to ? this.tokens[i].text : '';
  }
  /** True when token i+1 follows token i with no space ("10" "-" "year"). */
  glued(i: number): boolean {
    return i + 1 < this.to && this.tokens[i].end === this.tokens[i + 1].start;
  }

  startsHere(i: number): boolean {
    const w = this.w(i);
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    if (MODIFIER_ONLY.has(w)) return this.headWithin(i + 1, 5);
    if ((c === 113 || c === 104 || c === 102) && w.length <= 7 && PERIOD_CODE.test(w)) return true; // q, h, f
    if (STARTERS.has(w)) return true;
    return w.includes('-') || w === "'" || w === '’' || w.startsWith("'");
  }

  /** The day after "and", "or", "to", "through" or a dash that ends a month-and-day date ("April 24 and 25"). */
  secondDay(m: Match): { at: number; meaning: Meaning } | null {
    const first = m.meaning;
    // "1915-17": the second year of a range, written with its last two digits
    if (first.kind === 'fixed' && first.type === 'DATE' && /^\d{4}$/.test(first.value) && DIGITS.test(this.w(m.last))) {
      const two = this.w(m.last + 2);
      if ((this.w(m.last + 1) === '-' || this.w(m.last + 1) === '–') && this.glued(m.last) && this.glued(m.last + 1) && /^\d{2}$/.test(two)) {
        const y = +first.value.slice(0, 2) * 100 + +two;
        if (y > +first.value) return { at: m.last + 2, meaning: { kind: 'fixed', type: 'DATE', value: String(y) } };
      }
      return null;
    }
    if (first.kind !== 'calendar' || first.m === undefined || first.d === undefined || first.wd !== undefined || first.time !== undefined) return null;
    if (this.day(m.last) !== first.d) return null; // ends in its day, not its year
    const link = this.w(m.last + 1);
    if (!['and', 'or', 'to', 'through', '-', '–'].includes(link)) return null;
    const at = m.last + 2;
    const d = this.day(at);
    const after = this.w(at + 1);
    // "on March 5 and 6 people died": the number must end the phrase, not count a noun after it
    if (d === null || d <= first.d || (/^[a-z0-9]/.test(after) && !RANGE_FOLLOWERS.has(after))) return null;
    return { at, meaning: { ...first, d } };
  }

  /** Is there a token within `span` tokens from i that can head an expression? */
  private headWithin(i: number, span: number): boolean {
    for (let k = i; k < i + span && k < this.to; k++) {
      const w = this.w(k);
      const c = w.charCodeAt(0);
      if (c >= 48 && c <= 57) return true;
      if (k === i && w === 'past') return true; // "the past"
      if (!MODIFIER_ONLY.has(w) && (STARTERS.has(w) || PARTS_OF_DAY.has(w) || DECADE_WORDS.has(w) || w === "year's" || w.includes('-') || w === "'" || w === '’' || w.startsWith("'") || w === 'term' || w === 'period' || w === 'time' || w === 'date' || w === 'while' || w === 'moment')) return true;
    }
    return false;
  }

  expression(i: number): Match | null {
    // "about two years ago", "more than four decades", "at least 30 days"
    const approx = this.approximation(i);
    if (approx) {
      const core = this.quantity(approx.next) ?? this.clockTime(approx.next) ?? this.calendar(approx.next);
      // "around Wednesday" stays outside (TimeML annotators leave it out); "around 3 a.m. Sunday" is a time
      const weekdayOnly = core?.meaning.kind === 'calendar' && core.meaning.wd !== undefined && core.meaning.m === undefined && core.meaning.time === undefined;
      if (core && !weekdayOnly) return { ...core, mod: approx.mod };
    }
    // "the day before last Tuesday's hearing", "the day after Christmas": one day off a named day ("the" stays
    // outside, as the annotators write it)
    if (this.w(i) === 'day' && (this.w(i + 1) === 'before' || this.w(i + 1) === 'after')) {
      const inner = this.relative(i + 2) ?? this.calendar(i + 2);
      const im = inner?.meaning;
      if (inner && im?.kind === 'calendar' && (im.wd !== undefined || im.d !== undefined || im.feast !== undefined) && !im.time && !im.part && !im.weekend) {
        return { last: inner.last, meaning: { ...im, offsetDays: this.w(i + 1) === 'before' ? -1 : 1 } };
      }
    }
    let best: Match | null = null;
    for (const m of [this.single(i), this.quantity(i), this.relative(i), this.calendar(i), this.clockTime(i), this.setExpr(i)]) {
      if (m && (!best || m.last > best.last)) best = m;
    }
    return best;
  }

  approximation(i: number): { next: number; mod: string } | null {
    if (!APPROX_FIRST.has(this.w(i))) return null;
    const two = `${this.w(i)} ${this.w(i + 1)}`;
    const three = `${two} ${this.w(i + 2)}`;
    if (APPROX_PAIRS.has(three)) return { next: i + 3, mod: APPROX_PAIRS.get(three)! };
    if (APPROX_PAIRS.has(two)) return { next: i + 2, mod: APPROX_PAIRS.get(two)! };
    const w = this.w(i);
    if (APPROX.has(w) && this.w(i + 1) !== 'the') return { next: i + 1, mod: APPROX.get(w)! };
    return null;
  }

  // ---- single words and fixed phrases -------------------------------------------------------------------

  single(i: number): Match | null {
    const w = this.w(i);
    const n1 = this.w(i + 1);
    const fixed = SINGLE_WORDS.get(w);
    // "People's Daily", "Daily Variety", "the Weekly Standard": a capitalized frequency word inside a
    // sentence is part of a title
    if (fixed && fixed.type === 'SET' && /^[A-Z]/.test(this.raw(i)) && i > this.from && !/^[.!?:"'`“‘(\-–—]+$/.test(this.raw(i - 1))) return null;
    if (fixed) {
      // "now that he is in a confrontation" stays a time: TimeBank, AQUAINT and WikiWars all tag it
      return { last: i, meaning: { kind: 'fixed', ...fixed } };
    }
    // "will soon move", "healthy enough soon": an unspecified near future ("as soon as Tuesday", "soon after
    // the vote" only link to another time); "as soon as possible" is one too
    if (w === 'soon' && this.w(i - 1) !== 'as' && n1 !== 'after' && n1 !== 'afterwards' && n1 !== 'thereafter' && n1 !== 'as' && n1 !== 'enough') {
      return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF', notPast: true } };
    }
    if (w === 'as' && n1 === 'soon' && this.w(i + 2) === 'as' && this.w(i + 3) === 'possible') return { last: i + 3, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    // "were dashed Friday. Dealers placed heavy buy orders in the morning": that part of the day the text is on
    // ("in the night" is left out: "refusing to go quietly in the night")
    const dayPart = w === 'the' && (this.w(i - 1) === 'in' || this.w(i - 1) === 'during') ? PARTS_OF_DAY.get(n1) : undefined;
    if (dayPart && dayPart !== 'NI' && this.w(i + 2) !== 'of' && this.w(i + 2) !== "'s") return { last: i + 1, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part: dayPart } };
    // "will terminate on Nov. 30. Until then, …": the day the text just set
    if (w === 'then' && (this.w(i - 1) === 'until' || this.w(i - 1) === 'till')) return { last: i, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context' } };
    // "at this moment", "at this crucial moment": now ("at the moment" the annotators leave out)
    if (w === 'this' && (n1 === 'moment' || (this.w(i + 2) === 'moment' && /^[a-z]+$/.test(this.raw(i + 1))))) {
      return { last: n1 === 'moment' ? i + 1 : i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    }
    // "today is the eighth day of Desert Shield", "It's the second day of an offensive": the day the sentence
    // stands on (in the present, the publication day)
    if (w === 'the' && ORDINALS.has(n1) && this.w(i + 2) === 'day' && this.w(i + 3) === 'of' && this.todayIs(i)) {
      return { last: i + 2, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct' } };
    }
    // "at a later date": an unspecified future; "for a while": an unspecified length
    if (w === 'a' && n1 === 'later' && this.w(i + 2) === 'date') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    if (w === 'a' && n1 === 'while' && this.w(i - 1) === 'for') return { last: i + 1, meaning: { kind: 'fixed', type: 'DURATION', value: 'PXX' } };
    if (w === 'right' && n1 === 'now') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'these' && n1 === 'days') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "the then current market price": current as of a past time
    if ((w === 'then' && n1 === 'current') || w === 'then-current') return { last: w === 'then' ? i + 1 : i, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    if (w === 'current' && !UNITS.has(n1) && n1 !== 'fiscal') return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'the') {
      if (n1 === 'future') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      const n2 = this.w(i + 2);
      if ((n1 === 'near' || n1 === 'distant' || n1 === 'foreseeable') && n2 === 'future') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      if ((n1 === 'near' || n1 === 'short' || n1 === 'long') && n2 === 'term') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      if (n1 === 'past' && !this.startsQuantityOrUnit(i + 2)) return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    }
    // "for years", "within weeks", "for centuries": an unspecified stretch
    const bare = UNITS.get(w);
    const prev = this.w(i - 1);
    if (bare?.plural && (prev === 'for' || prev === 'within') && bare.unit !== 'weekend') {
      return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    }
    // "Hours later, …", "minutes after the blast", "just days before the vote": an unspecified offset, kept as
    // its length the way TimeML keeps "three days later"
    if (bare?.plural && bare.unit !== 'weekend' && OFFSET_WORDS.has(n1) && (prev === '' || prev === 'just' || prev === 'only' || prev === ',' || prev === 'and' || prev === 'but')) {
      return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    }
    if (w === 'the' && n1 === 'time' && this.w(i - 1) === 'at') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    if (w === 'the' && n1 === 'years' && (prev === 'over' || prev === 'through')) return { last: i + 1, meaning: { kind: 'duration', n: null, unit: 'year' } };
    if (w === 'the' && UNITS.get(n1)?.plural && this.w(i + 2) === 'ahead') return { last: i + 2, meaning: { kind: 'duration', n: null, unit: UNITS.get(n1)!.unit } };
    if (w === 'the' && (n1 === 'full' || n1 === 'entire' || n1 === 'whole') && this.w(i + 2) === 'year') {
      return { last: i + 2, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct' } };
    }
    if (w === 'year-end' || (w === 'year' && n1 === 'end') || (w === 'year' && n1 === "'s" && this.w(i + 2) === 'end')) {
      const last = w === 'year-end' ? i : n1 === 'end' ? i + 1 : i + 2;
      return { last, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct' }, mod: 'END' };
    }
    return null;
  }

  private startsQuantityOrUnit(i: number): boolean {
    const w = this.w(i);
    return UNITS.has(w) || this.number(i) !== null || VAGUE_COUNTS.has(w) || w === 'few';
  }

  // ---- numbers -----------------------------------------------------------------------------------------

  /** A count: digits, number words ("twenty four", "twenty-four"), "2 1/2", "a few", "a couple of". */
  number(i: number): { value: number | null; last: number; approx?: boolean } | null {
    const w = this.w(i);
    if (!w) return null;
    if (DIGITS.test(w)) {
      const v = +w;
      if (v > 10000 || (w.length === 4 && v >= 1800 && v <= 2100) || this.wireClock(i)) return null;
      if (this.w(i + 1) === '1/2') return { value: v + 0.5, last: i + 1 };
      // "2 1/2": the tokenizer gives "1" "/" "2"
      if (this.w(i + 1) === '1' && this.w(i + 2) === '/' && this.w(i + 3) === '2' && this.glued(i + 1) && this.glued(i + 2)) return { value: v + 0.5, last: i + 3 };
      return { value: v, last: i };
    }
    if (w === 'a' || w === 'an') {
      const n1 = this.w(i + 1);
      if (n1 === 'few') return { value: null, last: i + 1 };
      if (n1 === 'couple' && this.w(i + 2) === 'of') return { value: 2, last: i + 2, approx: true };
      if (n1 === 'half') return null;
      return { value: 1, last: i };
    }
    if (VAGUE_COUNTS.has(w) || w === 'few') return { value: null, last: i };
    if (w === 'couple' && this.w(i + 1) === 'of') return { value: 2, last: i + 1, approx: true };
    if (w.includes('-')) {
      const parts = w.split('-');
      if (parts.length === 2 && TENS.has(parts[0]) && NUMBER_WORDS.has(parts[1])) return { value: NUMBER_WORDS.get(parts[0])! + NUMBER_WORDS.get(parts[1])!, last: i };
      return null;
    }
    const v = NUMBER_WORDS.get(w);
    if (v === undefined) return null;
    if (TENS.has(w)) {
      const n1 = this.w(i + 1);
      const unit = NUMBER_WORDS.get(n1);
      if (unit !== undefined && unit < 10) return { value: v + unit, last: i + 1 };
    }
    if (this.w(i + 1) === 'hundred') return { value: v * 100, last: i + 1 };
    if (this.w(i + 1) === 'thousand') return { value: v * 1000, last: i + 1 };
    return { value: v, last: i };
  }

  /** A unit word at i, including glued forms "10" "-" "year" handled by the caller. */
  unit(i: number): { unit: Unit; plural: boolean } | null {
    const w = this.w(i);
    // "a fortnight": two weeks (the count is doubled by the caller)
    if (w === 'fortnight' || w === 'fortnights') return { unit: 'week', plural: w.endsWith('s') };
    return UNITS.get(w) ?? null;
  }

  // ---- quantities: durations and "N units ago" -----------------------------------------------------------

  quantity(i: number): Match | null {
    let j = i;
    let lead = '';
    const w = this.w(j);
    if (w === 'the' || w === 'its' || w === 'each') {
      j++;
      lead = 'the';
    }
    const d = this.w(j);
    if (d === 'past' || d === 'last' || d === 'next' || d === 'coming' || d === 'first' || d === 'previous' || d === 'following' || d === 'latest' || d === 'recent' || d === 'final' || d === 'remaining' || d === 'ensuing') {
      lead = d;
      j++;
    } else if (lead === 'the' && (d === 'year-earlier' || d === 'year-ago')) {
      j++;
    }
    // "nearly half a century", "half an hour": half of one unit
    if (this.w(j) === 'half' && (this.w(j + 1) === 'a' || this.w(j + 1) === 'an') && !lead) {
      const hu = this.unit(j + 2);
      const value = hu && !hu.plural ? HALF_UNIT[hu.unit] : undefined;
      if (value) return { last: j + 2, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    // "the past few weeks", "the next several days"
    let num = this.number(j);
    // "two more weeks", "three straight months", "five consecutive quarters"
    if (num && COUNT_ADJECTIVES.has(this.w(num.last + 1)) && UNITS.has(this.w(num.last + 2))) num = { ...num, last: num.last + 1 };
    // hyphenated adjective: "two-year", "10-year", "16-hour", "day-long"
    const compound = num ? null : this.compoundQuantity(j);
    if (compound) {
      if (lead && lead !== 'the') return null;
      return { last: compound.last, meaning: { kind: 'duration', n: compound.n, unit: compound.unit } };
    }
    let unitAt = num ? num.last + 1 : j;
    // "10" "-" "year" glued, or "2 1/2 years"
    if (num && this.w(unitAt) === '-' && this.glued(num.last) && this.glued(unitAt)) unitAt++;
    const u = this.unit(unitAt);
    if (!u) return null;
    if (!num) {
      // "for the first time in years", "have not been paid in months": a long, unspecified stretch ("lap
      // times in seconds" is a unit of measure)
      if (!lead && u.plural && u.unit !== 'second' && unitAt === i && this.w(i - 1) === 'in' && /^[.,;:!?)"'`”]*$/.test(this.raw(unitAt + 1))) {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // "in the years that followed": an unspecified stretch after the time the text is at ("the" outside, as
      // the annotators write it)
      if (!lead && unitAt === i && this.w(i - 1) === 'the' && u.plural && u.unit !== 'second' && (this.w(unitAt + 1) === 'that' || this.w(unitAt + 1) === 'which') && this.w(unitAt + 2) === 'followed') {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // bare unit after a lead: "the past year", "the coming days", "recent years"
      if (!lead || lead === 'the') return null;
      return this.leadOnly(i, lead, u, unitAt);
    }
    if (lead === 'the' && num.value === 1 && (this.w(j) === 'a' || this.w(j) === 'an')) return null;
    if (u.unit === 'half' || (u.unit === 'quarter' && num.value === 1 && !lead && this.w(j) !== 'a')) return null;
    // "more than a quarter of the market": a fraction, not a period ("several quarters of losses" and "a
    // quarter of an hour" are periods)
    if (u.unit === 'quarter' && num.value === 1 && !lead && this.w(unitAt + 1) === 'of' && this.w(unitAt + 2) !== 'a' && this.w(unitAt + 2) !== 'an') return null;
    // "one and a quarter lengths", "two and a quarter": a fraction after a whole number
    if (u.unit === 'quarter' && num.value === 1 && this.w(j - 1) === 'and' && (NUMBER_WORDS.has(this.w(j - 2)) || DIGITS.test(this.w(j - 2)))) return null;
    let last = unitAt;
    let n = num.value;
    if (n !== null && this.w(unitAt).startsWith('fortnight')) n *= 2;
    // "a minute and a half", "two years and a half"
    if (n !== null && this.w(last + 1) === 'and' && (this.w(last + 2) === 'a' || this.w(last + 2) === 'one') && this.w(last + 3) === 'half') {
      n += 0.5;
      last += 3;
    }
    // trailing direction words
    const after = this.w(last + 1);
    const after2 = this.w(last + 2);
    const endOfPhrase = (k: number) => {
      const t = this.w(k);
      return t === '' || t === ',' || t === '.' || t === ';' || t === ':' || t === ')' || t === "''" || t === '"' || t === '”' || t === 'and' || t === 'when' || t === 'that';
    };
    if (!lead || lead === 'the') {
      if (after === 'ago') {
        if (n === null) return { last: last + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
        return { last: last + 1, meaning: { kind: 'shift', unit: u.unit, n: -n, from: 'dct', quarterly: n === 1 } };
      }
      if ((after === 'from' && after2 === 'now') || after === 'hence') {
        const end = after === 'hence' ? last + 1 : last + 2;
        if (n === null) return { last: end, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
        return { last: end, meaning: { kind: 'shift', unit: u.unit, n, from: 'dct' } };
      }
      // "over an hour later": a clock offset from a time the text rarely gives, so TimeML keeps the length
      const subDay = u.unit === 'hour' || u.unit === 'minute' || u.unit === 'second';
      if ((after === 'earlier' || after === 'later' || ((after === 'before' || after === 'after') && endOfPhrase(last + 2))) && n !== null && !lead && !subDay) {
        const sign = after === 'earlier' || after === 'before' ? -1 : 1;
        // "a year earlier" in a results story compares with the year-ago quarter: count from the publication date
        if (u.unit === 'year' && n === 1 && sign < 0) return { last: last + 1, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'dct', quarterly: true } };
        return { last: last + 1, meaning: { kind: 'shift', unit: u.unit, n: sign * n, from: 'context' } };
      }
    }
    // "coming weeks", "the coming few months": an unspecified stretch ahead ("the coming four months" is a
    // length, as "the next four months" is)
    if ((lead === 'coming' && n === null) || (lead === 'next' && n === null && this.w(i) !== 'the')) {
      return { last, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    // "2 1/2 years" is P2Y6M: write halves as the next smaller unit
    if (n !== null && n % 1 !== 0) {
      const whole = Math.floor(n);
      const value = u.unit === 'year' ? `P${whole}Y6M` : u.unit === 'hour' ? `PT${whole}H30M` : u.unit === 'day' ? `P${whole}DT12H` : u.unit === 'minute' ? `PT${whole}M30S` : u.unit === 'month' ? `P${whole}M15D` : null;
      if (value) return { last, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    if (u.unit === 'weekend') return null;
    // "Islam will one day be …", "and one day China would pay a high price": an unspecified future moment,
    // not a day's length
    const modalAfter = MODALS.has(this.w(last + 1)) || MODALS.has(this.w(last + 2)) || MODALS.has(this.w(last + 3));
    if (u.unit === 'day' && n === 1 && this.w(j) === 'one' && !lead && (MODALS.has(this.w(i - 1)) || (modalAfter && ONE_DAY_OPENERS.has(this.w(i - 1))))) {
      return { last, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    // "a second group", "a second betrayal": the ordinal, not one second
    if (u.unit === 'second' && n === 1 && (this.w(j) === 'a' || this.w(j) === 'an') && !lead && /^[a-z]/.test(this.raw(last + 1)) && !SECOND_AFTER.has(this.w(last + 1))) return null;
    // "37 years old": an age, not a time
    if (this.w(last + 1) === 'old' && u.unit === 'year') return null;
    // "a year" after money or a count is a rate ("$5 a year", "twice a year")
    if (num.value === 1 && (this.w(j) === 'a' || this.w(j) === 'an' || this.w(j) === 'per') && !lead) {
      const prev = this.w(i - 1);
      if (prev === 'times' || prev === 'twice' || prev === 'once' || /\d/.test(prev) || prev === 'million' || prev === 'billion' || prev === 'percent' || prev === '%') {
        return { last, meaning: { kind: 'fixed', type: 'SET', value: durationValue(1, u.unit) } };
      }
    }
    return { last, meaning: { kind: 'duration', n, unit: u.unit } };
  }

  private leadOnly(i: number, lead: string, u: { unit: Unit; plural: boolean }, unitAt: number): Match | null {
    const the = this.w(i) === 'the';
    if (lead === 'coming' || (lead === 'next' && u.plural)) {
      if (!u.plural) return { last: unitAt, meaning: { kind: 'shift', unit: u.unit, n: 1, from: 'dct' } };
      return { last: unitAt, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    if (lead === 'recent' || ((lead === 'past' || lead === 'last') && u.plural)) {
      if (!u.plural) return null;
      return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
    }
    if ((lead === 'past' || lead === 'last') && the) {
      return { last: unitAt, meaning: { kind: 'duration', n: this.w(unitAt) === 'fortnight' ? 2 : 1, unit: u.unit } };
    }
    return null; // "last year", "next week" are calendar positions: see relative()
  }

  /** "two-year", "10-year", "30-day", "day-long", "decades-long", "8-month-old" */
  private compoundQuantity(i: number): { n: number | null; unit: Unit; last: number } | null {
    const w = this.w(i);
    let parts: string[];
    let last = i;
    if (DIGITS.test(w) && this.w(i + 1) === '-' && this.glued(i) && this.glued(i + 1)) {
      parts = [w, this.w(i + 2)];
      last = i + 2;
      if (this.w(i + 3) === '-' && this.glued(i + 2) && this.w(i + 4) === 'old') return null;
    } else if (w.includes('-')) {
      parts = w.split('-');
    } else return null;
    if (parts.length === 3 && parts[2] === 'old') return null;
    if (parts.length === 2 && parts[1] === 'long') {
      const u = UNITS.get(parts[0]);
      return u ? { n: u.plural ? null : 1, unit: u.unit, last } : null;
    }
    if (parts.length === 3 && TENS.has(parts[0])) parts = [parts[0] + '-' + parts[1], parts[2]];
    if (parts.length !== 2) return null;
    const u = UNITS.get(parts[1]);
    if (!u || u.plural || u.unit === 'quarter' || u.unit === 'weekend') return null;
    let n: number | null;
    if (DIGITS.test(parts[0])) n = +parts[0];
    else if (parts[0].includes('-')) {
      const [t, o] = parts[0].split('-');
      n = TENS.has(t) && NUMBER_WORDS.has(o) ? NUMBER_WORDS.get(t)! + NUMBER_WORDS.get(o)! : NaN;
    } else if (parts[0] === 'several' || parts[0] === 'multi') n = null;
    else n = NUMBER_WORDS.get(parts[0]) ?? NaN;
    if (n !== null && (Number.isNaN(n) || n <= 0)) return null;
    if (parts[0] === 'a' || parts[0] === 'an') return null;
    return { n, unit: u.unit, last };
  }

  // ---- relative calendar positions: "last week", "this year", "the next day", "earlier this month" -------

  relative(i: number): Match | null {
    let j = i;
    let mod: string | undefined;
    const w0 = this.w(j);
    if (w0 === 'earlier' || w0 === 'later') {
      const n = this.w(j + 1);
      if (n === 'this' || n === 'last' || n === 'next' || n === 'that') {
        mod = w0 === 'earlier' ? 'START' : 'END';
        j++;
      }
    } else if (POSITION.has(w0)) {
      mod = POSITION.get(w0);
      j++;
    }
    let the = false;
    if (this.w(j) === 'the') {
      the = true;
      j++;
    }
    const d = this.w(j);
    const target = j + 1;
    const tw = this.w(target);
    const u = this.unit(target);
    const season = SEASONS.get(tw);
    const part = PARTS_OF_DAY.get(tw);
    let from: 'dct' | 'context' = 'dct';
    let n: number;
    if (!the && d === 'this' && tw === 'past' && SEASONS.has(this.w(target + 1))) {
      return { last: target + 1, meaning: { kind: 'calendar', season: SEASONS.get(this.w(target + 1)), dir: -1 }, mod };
    }
    // "this coming Sunday", "this past Tuesday" (with its date, if given: "this coming Sunday, March 8")
    if (!the && d === 'this' && (tw === 'coming' || tw === 'past') && /^[A-Z]/.test(this.raw(target + 1)) && WEEKDAYS.has(this.w(target + 1)) && this.w(target + 1).length > 4) {
      const inner = this.weekdayExpr(target + 1, WEEKDAYS.get(this.w(target + 1))!);
      if (inner.meaning.kind !== 'calendar') return null;
      const dir = tw === 'coming' ? 1 : -1;
      return { last: inner.last, meaning: inner.meaning.m !== undefined ? inner.meaning : { ...inner.meaning, dir }, mod };
    }
    if (!the && (d === 'last' || d === 'this' || d === 'next')) n = d === 'last' ? -1 : d === 'next' ? 1 : 0;
    else if (the && (d === 'previous' || d === 'preceding' || d === 'prior')) {
      n = -1;
      from = 'context';
    } else if (the && (d === 'following' || d === 'next')) {
      n = 1;
      from = 'context';
    } else if ((the && d === 'same') || (!the && d === 'that')) {
      n = 0;
      from = 'context';
    } else if (the && d === 'current') n = 0;
    else if (the && (d === 'coming' || d === 'upcoming')) n = 1;
    else if (the && (d === 'latest' || d === 'last') && u?.unit === 'quarter') n = -1;
    else if (!the && d === 'that' && tw === 'time') return null;
    else return this.theUnit(i, j, mod);
    if (u && !u.plural) {
      if (u.unit === 'day' && n === 0 && from === 'dct') return null; // "this day" is rare and vague
      if (/^[A-Z]/.test(this.raw(target)) && /^[A-Z]/.test(this.raw(j))) return null; // "This Week", a programme
      if (u.unit === 'quarter' && d === 'this' && !the) return { last: target, meaning: { kind: 'calendar', focusQuarter: true }, mod };
      if (u.unit === 'quarter' && the && d === 'latest') return { last: target, meaning: { kind: 'calendar', focusQuarter: true }, mod };
      // "last year's third quarter" is handled by calendar(); here "last year" stops before "'s"
      const p = PARTS_OF_DAY.get(this.w(target + 1));
      if (u.unit === 'day' && p) return { last: target + 1, meaning: { kind: 'shift', unit: 'day', n, from, part: p }, mod };
      return { last: target, meaning: { kind: 'shift', unit: u.unit, n, from }, mod };
    }
    if (tw === 'fiscal' && this.w(target + 1) === 'year') return { last: target + 1, meaning: { kind: 'shift', unit: 'year', n, from }, mod };
    if (season && from === 'dct') {
      return { last: target, meaning: { kind: 'calendar', season, yShift: n === 0 ? 0 : undefined, dir: n === 0 ? undefined : (n as -1 | 1) }, mod };
    }
    if (part && from === 'context' && n !== 0) return { last: target, meaning: { kind: 'shift', unit: 'day', n, from, part }, mod };
    if (part && from === 'dct' && !the) {
      if (d === 'last' && part === 'NI') return { last: target, meaning: { kind: 'shift', unit: 'day', n: -1, from: 'dct', part }, mod };
      if (d === 'this') return { last: target, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part }, mod };
    }
    const wd = tw.length > 4 || tw.endsWith('.') ? WEEKDAYS.get(tw) : undefined;
    if (wd && !the) {
      const p = PARTS_OF_DAY.get(this.w(target + 1));
      return { last: p ? target + 1 : target, meaning: { kind: 'calendar', wd, dir: n === 0 ? 0 : (n as -1 | 1), part: p, from: from === 'context' ? 'context' : undefined }, mod };
    }
    if (the && wd && (d === 'previous' || d === 'following')) {
      return { last: target, meaning: { kind: 'calendar', wd, dir: n as -1 | 1, from: 'context' }, mod };
    }
    const month = this.month(target);
    if (month && !the && d !== 'that') {
      // "last Oct. 23": the date, the most recent (or next) one of that name
      const day = this.day(target + 1);
      if (day !== null && n !== 0) return { last: target + 1, meaning: { kind: 'calendar', m: month, d: day, dir: n as -1 | 1 }, mod };
      // "last August" said in August is a year back, "next March" said in March a year ahead
      return { last: target, meaning: { kind: 'calendar', m: month, dir: n === 0 ? undefined : (n as -1 | 1), firm: n !== 0 || undefined, yShift: n === 0 ? 0 : undefined }, mod };
    }
    return null;
  }

  /** "the weekend", "the quarter", "the year-ago quarter", "the nine months" */
  private theUnit(i: number, j: number, mod: string | undefined): Match | null {
    if (this.w(j - 1) !== 'the') return null;
    const w = this.w(j);
    if (w === 'weekend') return { last: j, meaning: { kind: 'calendar', wd: 6, weekend: true }, mod };
    // "the week of March 6": the ISO week holding that date
    if (w === 'week' && this.w(j + 1) === 'of') {
      const m = this.month(j + 2);
      const inner = m ? this.monthExpr(j + 2, m, false) : null;
      if (inner && inner.meaning.kind === 'calendar' && inner.meaning.d !== undefined) return { last: inner.last, meaning: { ...inner.meaning, weekOf: true }, mod };
    }
    if ((w === 'year-ago' || w === 'year-earlier' || w === 'comparable' || w === 'corresponding') && (this.w(j + 1) === 'quarter' || this.w(j + 1) === 'period')) {
      return { last: j + 1, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    if ((w === 'comparable' || w === 'corresponding') && (this.w(j + 1) === 'year-ago' || this.w(j + 1) === 'year-earlier') && (this.w(j + 2) === 'quarter' || this.w(j + 2) === 'period')) {
      return { last: j + 2, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    if (w === 'quarter' && this.w(j + 1) === 'a' && this.w(j + 2) === 'year' && this.w(j + 3) === 'ago') {
      return { last: j + 3, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 }, mod };
    }
    if (w === 'quarter' || (w === 'latest' && (this.w(j + 1) === 'quarter' || this.w(j + 1) === 'period'))) {
      return { last: w === 'quarter' ? j : j + 1, meaning: { kind: 'calendar', focusQuarter: true }, mod };
    }
    if (w === 'year' && this.w(j + 1) !== "'s") {
      // "the year ended Sept. 30" is a fiscal year's length; "for the year", "of the year" mean this year
      const n = this.w(j + 1);
      if (n === 'ended' || n === 'ending' || n === 'through' || this.w(j - 2) === 'past' || this.w(j - 2) === 'last') return { last: j, meaning: { kind: 'duration', n: 1, unit: 'year' }, mod };
      return { last: j, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct', story: true }, mod };
    }
    return null;
  }

  // ---- calendar names: dates, months, weekdays, years, seasons, quarters -----------------------------------

  private month(i: number): number | null {
    const w = this.w(i);
    const m = MONTHS.get(w);
    if (m === undefined) return null;
    const raw = this.raw(i);
    if (raw[0] !== raw[0].toUpperCase()) return null;
    if (w.length <= 4 && !w.endsWith('.') && w !== 'may' && w !== 'june' && w !== 'july') {
      // "Jan Kavan", "Dec" without its period: only before a day or year number
      if (!DIGITS.test(this.w(i + 1))) return null;
    }
    if (AMBIGUOUS_MONTHS.has(w)) {
      // "May" the modal, "March" the verb, "Jan" the name: need a date context
      const next = this.w(i + 1);
      const prev = this.w(i - 1);
      // "12 March", "9 May": a day number before the month dates it the British way
      const dayBefore = this.day(i - 1) !== null;
      const dateLike = dayBefore || DIGITS.test(next) || /^\d{1,2}(st|nd|rd|th)$/.test(next) || DAY_ORDINALS.has(next) || ['in', 'since', 'until', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'through', 'to', 'during', 'before', 'after', 'and', ','].includes(prev) || next === ',' && DIGITS.test(this.w(i + 2));
      // "The March accession", "the May elections": capitalized after "the" and before a noun it is the month
      // (the noun "march" is lower case; "the March of Dimes", "the March to Versailles" are names)
      const modifier = prev === 'the' && w !== 'jan' && /^[a-z]+$/.test(this.raw(i + 1)) && next !== 'of' && next !== 'and' && next !== 'to' && next !== 'on';
      if (!dateLike && !modifier) return null;
      if (w === 'may' && /^\d+$/.test(prev)) return 5;
    }
    return m;
  }

  /** A day of month at i: "7", "7th". */
  private day(i: number, spelled = false): number | null {
    const w = this.w(i);
    // after a month name, a spelled ordinal is the day: "March eighth", "May twenty-first"
    if (spelled && DAY_ORDINALS.has(w)) return DAY_ORDINALS.get(w)!;
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(w);
    if (!m) return null;
    const d = +m[1];
    return d >= 1 && d <= 31 ? d : null;
  }

  /** A year at i: "1998", "'98" is left out (too ambiguous); spelled "nineteen ninety-seven"; "two thousand". */
  private year(i: number): { y: number; last: number } | null {
    const w = this.w(i);
    if (/^\d{4}$/.test(w)) {
      const y = +w;
      if (y < 1000 || y > 2100) return null;
      const prev = this.w(i - 1);
      const next = this.w(i + 1);
      if (prev === '$' || prev === '#' || prev === 'no.' || prev === 'page' || next === '%' || next === 'percent' || next === 'pct') return null;
      // "1516 GMT", "0930 EST": a wire-style clock time, not a year (clockTime() reads it)
      if (this.wireClock(i)) return null;
      // "Room 1516", "Flight 1200": a label's number
      if (NUMBER_LABELS.has(prev)) return null;
      // "2000 shares", "1500 troops": a count before a plural noun
      if (next.length > 3 && next.endsWith('s') && !next.endsWith('ss') && /^[a-z]+$/.test(this.raw(i + 1)) && !YEAR_PREPOSITIONS.has(prev) && !PERIOD_CODE.test(prev)) return null;
      if (/^(?:to|-|–)$/.test(prev) && DIGITS.test(this.w(i - 2)) && this.w(i - 2).length !== 4) return null;
      if (this.inNumberRun(i)) return null;
      return { y, last: i };
    }
    if (w === 'nineteen' || w === 'eighteen' || w === 'twenty') {
      const next = this.w(i + 1);
      let tail: number | null = null;
      let last = i + 1;
      if (next.includes('-')) {
        const [t, o] = next.split('-');
        if (TENS.has(t) && NUMBER_WORDS.has(o)) tail = NUMBER_WORDS.get(t)! + NUMBER_WORDS.get(o)!;
      } else if (TENS.has(next)) {
        tail = NUMBER_WORDS.get(next)!;
        const o = NUMBER_WORDS.get(this.w(i + 2));
        if (o !== undefined && o < 10 && this.w(i + 2) !== 'a') {
          tail += o;
          last = i + 2;
        }
      }
      if (tail !== null && tail >= 10) return { y: NUMBER_WORDS.get(w)! * 100 + tail, last };
      return null;
    }
    // "the year two thousand", but "two thousand years" is a count
    if (w === 'two' && this.w(i + 1) === 'thousand' && !UNITS.has(this.w(i + 2))) return { y: 2000, last: i + 1 };
    return null;
  }

  /**
   * A cell of a table of figures or a telephone number, not a year: "Brisbane 21 15 1 5 2123 1631 130.2 62",
   * "Sydney Newsroom 61-2 9373-1800", "+27 11 482 1003". Four digits between two numbers are a year only when
   * both neighbours could be years too (a results table's "1996 1995 1996 1995").
   */
  private inNumberRun(i: number): boolean {
    // a figure standing alone: not a part of a date or range ("1996-08-23", "1991-92")
    const figure = (k: number) => /^[+]?\d[\d.,]*$/.test(this.w(k)) && this.w(k - 1) !== '-' && this.w(k + 1) !== '-';
    const yearLike = (k: number) => /^\d{4}$/.test(this.w(k)) && +this.w(k) >= 1000 && +this.w(k) <= 2100;
    // glued to a longer number by a hyphen: "9373-1800" (a year range is "1991-1992", both years)
    if (this.w(i - 1) === '-' && DIGITS.test(this.w(i - 2)) && !yearLike(i - 2) && this.w(i - 2).length > 2 && this.glued(i - 2)) return true;
    if (/^\d+-$/.test(this.w(i - 1)) && !yearLike(i - 1)) return true;
    // a telephone number's last group: "+1 212 859 1620", "+46-8-700 1006"
    if (/^\d{3}$/.test(this.w(i - 1))) return true;
    if (figure(i - 1) && figure(i + 1)) return !(yearLike(i - 1) && yearLike(i + 1));
    return figure(i - 1) && figure(i - 2) && !yearLike(i - 1);
  }

  calendar(i: number): Match | null {
    let j = i;
    let mod: string | undefined;
    let the = false;
    // position: "early", "late", "mid", "the end of", "the beginning of"
    if (this.w(j) === 'the' && POSITION_NOUNS.has(this.w(j + 1)) && this.w(j + 2) === 'of') {
      mod = POSITION_NOUNS.get(this.w(j + 1));
      j += 3;
      const inner = this.theCurrent(j) ?? this.relative(j) ?? this.calendarCore(j, false) ?? this.single(j);
      if (inner && inner.meaning.kind !== 'duration') return { ...inner, mod };
      return null;
    }
    if (POSITION.has(this.w(j)) || this.w(j) === 'earlier' || this.w(j) === 'later') {
      const w = this.w(j);
      if (w === 'mid') {
        const mid = this.midPartOfDay(j);
        if (mid) return mid;
      }
      mod = w === 'earlier' ? 'START' : w === 'later' ? 'END' : POSITION.get(w);
      let k = j + 1;
      if ((w === 'earlier' || w === 'later' || w === 'late' || w === 'early') && (this.w(k) === 'in' || this.w(k) === 'on')) k++;
      const inner = this.calendarCore(k, false) ?? this.dayWord(k) ?? (w === 'earlier' || w === 'later' ? this.theCurrent(k) : null);
      // "Earlier Friday, …": the adverb stays outside a bare weekday, as TimeML annotators write it
      if (inner && (w === 'earlier' || w === 'later') && k === j + 1 && inner.meaning.kind === 'calendar' && inner.meaning.wd !== undefined && inner.meaning.m === undefined) return null;
      if (inner) return { ...inner, mod: inner.mod ?? mod };
      return null;
    }
    if (this.w(j) === 'the') {
      the = true;
      j++;
      if (POSITION.has(this.w(j))) {
        mod = POSITION.get(this.w(j));
        j++;
      }
    }
    const core = this.calendarCore(j, the);
    // "the Jan. 14 deadline": TimeML leaves the article out of a date
    if (core && the && !mod && core.meaning.kind === 'calendar' && core.meaning.d !== undefined) return null;
    if (core) return { ...core, mod: core.mod ?? mod };
    if (!the) return this.dayWord(j) ?? this.midPartOfDay(j);
    return null;
  }

  /** "the year", "the month", "the week", "the day" inside "the end of …", "earlier in …": the current one. */
  private theCurrent(i: number): Match | null {
    if (this.w(i) !== 'the') return null;
    const u = this.unit(i + 1);
    if (!u || u.plural || u.unit === 'weekend') return null;
    if (u.unit === 'quarter') return { last: i + 1, meaning: { kind: 'calendar', focusQuarter: true } };
    return { last: i + 1, meaning: { kind: 'shift', unit: u.unit, n: 0, from: u.unit === 'day' ? 'context' : 'dct', story: u.unit === 'year' || u.unit === 'month' || undefined } };
  }

  /**
   * "mid-afternoon", "mid afternoon yesterday", "mid-morning Tuesday": the middle of a part of the day, of the
   * day named after it or else of the day the text is on.
   */
  private midPartOfDay(i: number): Match | null {
    const w = this.w(i);
    let part: string | undefined;
    let last = i;
    if (w.startsWith('mid-')) part = PARTS_OF_DAY.get(w.slice(4));
    else if (w === 'mid') {
      part = PARTS_OF_DAY.get(this.w(i + 1));
      last = i + 1;
    }
    if (!part || part === 'NI') return null;
    const offset = DAY_WORDS.get(this.w(last + 1));
    if (offset !== undefined && this.w(last + 1) !== 'tonight') return { last: last + 1, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct', part } };
    const wd = WEEKDAYS.get(this.w(last + 1));
    if (wd && /^[A-Z]/.test(this.raw(last + 1)) && this.w(last + 1).length > 4) return { last: last + 1, meaning: { kind: 'calendar', wd, part } };
    return { last, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part } };
  }

  /** today, yesterday, tomorrow, tonight, optionally with a part of day ("yesterday morning"). */
  private dayWord(i: number): Match | null {
    const w = this.w(i);
    const offset = DAY_WORDS.get(w);
    if (offset === undefined) return null;
    // "USA Today", "VOA Today": a newspaper's or programme's name after an acronym
    if (this.raw(i) === 'Today' && i > this.from && /^[A-Z]{2,}$/.test(this.raw(i - 1))) return null;
    const part = PARTS_OF_DAY.get(this.w(i + 1));
    if (part) return { last: i + 1, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct', part } };
    if (w === 'tonight') return { last: i, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part: 'NI' } };
    return { last: i, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct' } };
  }

  /** The calendar expression proper; `the` says a determiner was consumed before it. */
  private calendarCore(j: number, the: boolean): Match | null {
    const w = this.w(j);
    // "the post-1959 politics", "pre-1990 levels": the year, with the side it points to
    const side = /^(pre|post)-(\d{4})$/.exec(w);
    if (side) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: side[2] }, mod: side[1] === 'pre' ? 'BEFORE' : 'AFTER' };
    // "mid-1990s", "mid-November", "mid-1996"
    const prefix = /^(mid|early|late)-/.exec(w);
    if (prefix) {
      const rest = w.slice(prefix[0].length);
      const pmod = prefix[1] === 'mid' ? 'MID' : prefix[1] === 'early' ? 'START' : 'END';
      const mm = MONTHS.get(rest);
      if (mm) {
        // "mid-June 1944"
        const y = this.year(j + 1);
        return { last: y ? y.last : j, meaning: { kind: 'calendar', m: mm, y: y?.y }, mod: pmod };
      }
      if (/^\d{4}$/.test(rest)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: rest }, mod: pmod };
      const dec0 = /^(\d{3})0'?s$/.exec(rest);
      if (dec0) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: the ? dec0[1] : dec0[1] + 'X' }, mod: pmod };
      return null;
    }
    if (w.startsWith('mid-')) {
      const rest = w.slice(4);
      const m = MONTHS.get(rest);
      if (m) return { last: j, meaning: { kind: 'calendar', m }, mod: 'MID' };
      if (/^\d{4}$/.test(rest)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: rest }, mod: 'MID' };
      const dec = /^(\d{3})0'?s$/.exec(rest);
      if (dec) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: the ? dec[1] : dec[1] + 'X' }, mod: 'MID' };
      return null;
    }
    // years before the common era: "490 BC", "44 B.C."
    // ("In 2010 BC Hydro raised rates": British Columbia, so never a modern-looking year)
    if (DIGITS.test(w) && w.length <= 4 && +w > 0 && BC_WORDS.has(this.raw(j + 1)) && !(+w >= 1800 && +w <= 2100)) {
      return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: `BC${w.padStart(4, '0')}` } };
    }
    // decades: "1990s", "the '80s", "the nineties"
    const dec = /^(\d{3})0'?s$/.exec(w);
    if (dec) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: the ? dec[1] : dec[1] + 'X' } };
    if ((w === "'" || w === '’') && /^\d0s$/.test(this.w(j + 1)) && this.glued(j)) {
      const d = this.w(j + 1)[0];
      return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: (d === '0' || d === '1' ? '20' : '19') + d } };
    }
    if (/^'\d0s$/.test(w)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: '19' + w[1] } };
    if (the && DECADE_WORDS.has(w)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: '19' + DECADE_WORDS.get(w) } };
    // centuries: "the 20th century", "11th century"
    const cent = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(w);
    if (cent && (this.w(j + 1) === 'century' || this.w(j + 1) === '-century')) {
      return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: String(+cent[1] - 1).padStart(2, '0') } };
    }
    // quarters and halves: "third-quarter", "the third quarter of 1984", "the 1988 third quarter", "fiscal 1989"
    const q = this.quarterExpr(j, the);
    if (q) return q;
    // weekdays: "Friday", "Friday, Oct. 13", "Tuesday morning", "Mondays"
    const wd = WEEKDAYS.get(w);
    if (wd && /^[A-Z]/.test(this.raw(j)) && (w.length > 4 || w.endsWith('.'))) return the ? null : this.weekdayExpr(j, wd);
    if (WEEKDAY_PLURALS.has(w) && /^[A-Z]/.test(this.raw(j))) {
      return { last: j, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${WEEKDAY_PLURALS.get(w)}` } };
    }
    // months
    const m = this.month(j);
    if (m) return this.monthExpr(j, m, the);
    // "the 13th of August (2024)"
    if (/^\d{1,2}(st|nd|rd|th)$/.test(w) && this.w(j + 1) === 'of') {
      const mo = this.month(j + 2);
      const dn = this.day(j);
      if (mo && dn !== null) {
        const y = this.year(j + 3) ?? (this.w(j + 3) === ',' && /^\d{4}$/.test(this.w(j + 4)) ? this.year(j + 4) : null);
        return { last: y ? y.last : j + 2, meaning: { kind: 'calendar', y: y?.y, m: mo, d: dn } };
      }
    }
    // "7 October 2023"
    const dd = this.day(j);
    if (dd !== null && !the) {
      // "12-14 July 1950": the first day of a range takes the month (and year) written after the second
      if ((this.w(j + 1) === '-' || this.w(j + 1) === '–') && this.glued(j) && this.glued(j + 1) && this.day(j + 2) !== null) {
        const m3 = this.month(j + 3);
        if (m3 && this.day(j + 2)! > dd) {
          const y = this.year(j + 4);
          return { last: j, meaning: { kind: 'calendar', y: y?.y, m: m3, d: dd } };
        }
      }
      const m2 = this.month(j + 1);
      if (m2) {
        // "2 May 1777", "2 May, 1777"
        const y = this.year(j + 2) ?? (this.w(j + 2) === ',' && /^\d{4}$/.test(this.w(j + 3)) ? this.year(j + 3) : null);
        return { last: y ? y.last : j + 1, meaning: { kind: 'calendar', y: y?.y, m: m2, d: dd } };
      }
    }
    // years: "1998", "fiscal 1989", "nineteen ninety-seven", "the year two thousand"
    // "FY2024", "FY24": a fiscal year, written by its number
    const fy = /^FY'?(\d{2}|\d{4})$/.exec(this.raw(j));
    if (fy) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: fy[1].length === 4 ? fy[1] : `20${fy[1]}` } };
    if (w === 'fiscal') {
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
      if (this.w(j + 1) === 'year' && the) return { last: j + 1, meaning: { kind: 'duration', n: 1, unit: 'year' } };
      return null;
    }
    if (w === 'year' && the) {
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
    }
    const iso = this.isoDate(j);
    if (iso) return iso;
    const y = this.year(j);
    if (y) {
      if (the) {
        // "the 1988 period", "the 1988 quarter": a year-earlier reporting period
        const n = this.w(y.last + 1);
        if (n === 'period' || n === 'quarter') return { last: y.last + 1, meaning: { kind: 'calendar', focusQuarter: true, y: y.y } };
        return null; // "the 2000 Olympics": TimeML tags only the year; let the bare-year rule take it
      }
      const season = SEASONS.get(this.w(y.last + 1));
      if (season && false) return null;
      return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
    }
    // seasons: "summer", "the summer of 1998", "fall 1997"
    const season = SEASONS.get(w);
    if (season && (the || /^(in|this|last|next|during|since|until|by|over|early|late|mid)$/.test(this.w(j - 1)))) {
      if (w === 'fall' && !the && this.w(j - 1) !== 'this' && this.w(j - 1) !== 'last' && this.w(j - 1) !== 'in') return null;
      // "the fall of Saigon", "the fall of the government": a collapse, not autumn
      if (w === 'fall' && this.w(j + 1) === 'of' && !this.year(j + 2)) return null;
      if (this.w(j + 1) === 'of') {
        const y = this.year(j + 2);
        if (y) return { last: y.last, meaning: { kind: 'calendar', season, y: y.y } };
      }
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'calendar', season, y: y.y } };
      // "the spring and early summer of 1943": the year named after the second season holds for both
      if (this.w(j + 1) === 'and') {
        const k = POSITION.has(this.w(j + 2)) ? j + 3 : j + 2;
        const shared = SEASONS.has(this.w(k)) && this.w(k + 1) === 'of' ? this.year(k + 2) : null;
        if (shared) return { last: j, meaning: { kind: 'calendar', season, y: shared.y } };
      }
      return { last: j, meaning: { kind: 'calendar', season } };
    }
    // holidays
    const h = HOLIDAYS.get(w.replace(/['’]s$/, ''));
    if (h && /^[A-Z]/.test(this.raw(j))) {
      let last = j;
      if (this.w(j + 1) === 'day' || this.w(j + 1) === 'eve') last++;
      const eve = this.w(j + 1) === 'eve';
      // "Christmas 1963", "Christmas Day 2007"
      const y = this.year(last + 1);
      return { last: y ? y.last : last, meaning: { kind: 'calendar', m: h[0], d: eve ? h[1] - 1 : h[1], y: y?.y } };
    }
    if ((w === 'new' && this.w(j + 1) === "year's" || w === 'new' && this.w(j + 1) === 'year' && this.w(j + 2) === "'s") && /^[A-Z]/.test(this.raw(j))) {
      const k = this.w(j + 1) === "year's" ? j + 1 : j + 2;
      const n = this.w(k + 1);
      if (n === 'day') return { last: k + 1, meaning: { kind: 'calendar', m: 1, d: 1, dir: 1 } };
      if (n === 'eve') return { last: k + 1, meaning: { kind: 'calendar', m: 12, d: 31 } };
      return null;
    }
    if (w === 'thanksgiving' && /^[A-Z]/.test(this.raw(j))) {
      const last = this.w(j + 1) === 'day' ? j + 1 : j;
      return { last, meaning: { kind: 'calendar', feast: 'thanksgiving' } };
    }
    // "Election Day" (capitalized: "election day" alone may be any country's)
    if (w === 'election' && this.raw(j) === 'Election' && this.raw(j + 1) === 'Day') {
      const y = this.year(j + 2);
      return { last: y ? y.last : j + 1, meaning: { kind: 'calendar', feast: 'election', y: y?.y } };
    }
    // "Easter", "Easter Sunday", "Easter 2024", "Easter week" (the week ending on Easter Sunday)
    if (w === 'easter' && this.raw(j) === 'Easter') {
      if (this.w(j + 1) === 'week') return { last: j + 1, meaning: { kind: 'calendar', feast: 'easter', weekOf: true } };
      const last = this.w(j + 1) === 'sunday' ? j + 1 : j;
      const y = this.year(last + 1);
      return { last: y ? y.last : last, meaning: { kind: 'calendar', feast: 'easter', y: y?.y } };
    }
    if (w === 'noon' || w === 'midnight' || w === 'midday') return this.clockTime(j);
    return null;
  }

  private isoDate(j: number): Match | null {
    if (!/^\d{4}$/.test(this.w(j)) || this.w(j + 1) !== '-' || !this.glued(j) || !this.glued(j + 1)) return null;
    const m = this.w(j + 2);
    if (!/^\d{2}$/.test(m) || +m < 1 || +m > 12) return null;
    if (this.w(j + 3) === '-' && this.glued(j + 2) && this.glued(j + 3) && /^\d{2}$/.test(this.w(j + 4)) && +this.w(j + 4) <= 31) {
      return { last: j + 4, meaning: { kind: 'calendar', y: +this.w(j), m: +m, d: +this.w(j + 4) } };
    }
    return { last: j + 2, meaning: { kind: 'calendar', y: +this.w(j), m: +m } };
  }

  private weekdayExpr(j: number, wd: number): Match {
    let k = j + 1;
    if (this.w(k) === ',') k++;
    const m = this.month(k);
    if (m) {
      const d = this.day(k + 1, true);
      if (d !== null) {
        let last = k + 1;
        let y: number | undefined;
        const yy = this.w(last + 1) === ',' ? this.year(last + 2) : this.year(last + 1);
        if (yy) {
          y = yy.y;
          last = yy.last;
        }
        return { last, meaning: { kind: 'calendar', y, m, d, wd } };
      }
    }
    // "Tuesday 13 August", "Thursday, 15 August 2024": the British order
    const dayFirst = this.day(k);
    const m2 = dayFirst !== null ? this.month(k + 1) : null;
    if (dayFirst !== null && m2) {
      const yy = this.year(k + 2) ?? (this.w(k + 2) === ',' && /^\d{4}$/.test(this.w(k + 3)) ? this.year(k + 3) : null);
      return { last: yy ? yy.last : k + 1, meaning: { kind: 'calendar', y: yy?.y, m: m2, d: dayFirst, wd } };
    }
    const part = PARTS_OF_DAY.get(this.w(j + 1));
    if (part) {
      if (this.w(j + 2) === 's' || this.w(j + 1).endsWith('s')) return { last: j + 1, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}T${part}` } };
      return { last: j + 1, meaning: { kind: 'calendar', wd, part } };
    }
    const pl = this.w(j + 1);
    // "could announce the names on Monday next week": that week's Monday
    const rel = pl === 'next' ? 1 : pl === 'last' ? -1 : pl === 'this' ? 0 : undefined;
    if (rel !== undefined && this.w(j + 2) === 'week') return { last: j + 2, meaning: { kind: 'calendar', wd, weekShift: rel } };
    if (pl === 'nights' || pl === 'mornings' || pl === 'evenings' || pl === 'afternoons') {
      return { last: j + 1, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}T${PARTS_OF_DAY.get(pl.slice(0, -1))}` } };
    }
    return { last: j, meaning: { kind: 'calendar', wd } };
  }

  private monthExpr(j: number, m: number, the: boolean): Match | null {
    let k = j + 1;
    const d = this.day(k, true);
    if (d !== null && !(this.w(k + 1) === ',' && false)) {
      // "Aug. 7, 1998", "August 7 1998"
      let y: { y: number; last: number } | null = null;
      if (this.w(k + 1) === ',') y = this.year(k + 2);
      else if (this.w(k + 1) === 'of' && /^\d{4}$/.test(this.w(k + 2))) y = this.year(k + 2); // "June 20 of 1792"
      else y = this.year(k + 1);
      return { last: y ? y.last : k, meaning: { kind: 'calendar', y: y?.y, m, d } };
    }
    if (the) return null;
    // "August 1988", "January this year", "July last year", "June, 1990"
    let y = this.year(k);
    if (!y && this.w(k) === ',' && /^\d{4}$/.test(this.w(k + 1))) y = this.year(k + 1);
    if (y) return { last: y.last, meaning: { kind: 'calendar', y: y.y, m } };
    if (this.w(k) === 'of' && /^\d{4}$/.test(this.w(k + 1))) {
      const yy = this.year(k + 1);
      if (yy) return { last: yy.last, meaning: { kind: 'calendar', y: yy.y, m } };
    }
    // "a referendum in December of that year", "in May of the following year": the year the text set
    if (this.w(k) === 'of') {
      const shift = CONTEXT_YEAR.get(this.w(k + 1) === 'the' ? this.w(k + 2) : this.w(k + 1));
      const unit = this.w(k + 1) === 'the' ? k + 3 : k + 2;
      if (shift !== undefined && (this.w(k + 1) === 'the') !== (this.w(k + 1) === 'that') && this.w(unit) === 'year') {
        return { last: unit, meaning: { kind: 'calendar', m, yShift: shift, yFromContext: true } };
      }
    }
    const rel = this.w(k);
    if ((rel === 'this' || rel === 'last' || rel === 'next') && this.w(k + 1) === 'year') {
      return { last: k + 1, meaning: { kind: 'calendar', m, yShift: rel === 'this' ? 0 : rel === 'last' ? -1 : 1 } };
    }
    // "the September contract", "October crude rose 44 cents", "December bonds": a futures contract's delivery
    // month, which has not expired yet whatever the tense (the current month included)
    if (CONTRACT_WORDS.has(rel) || (rel === 't' && this.w(k + 1) === '-') || this.contractAhead(k)) return { last: j, meaning: { kind: 'calendar', m, dir: 1 } };
    return { last: j, meaning: { kind: 'calendar', m } };
  }

  /** "September long gilt future", "December confederate bond futures contract": a contract noun within three words. */
  private contractAhead(k: number): boolean {
    for (let i = k; i < k + 3; i++) {
      const w = this.w(i);
      if (w === 'future' || w === 'futures' || w === 'contract' || w === 'contracts') return true;
      if (!/^[a-z-]+$/.test(this.raw(i))) return false;
    }
    return false;
  }

  private quarterExpr(j: number, the: boolean): Match | null {
    let k = j;
    let y: number | undefined;
    let yShift: number | undefined;
    let focusShift: number | undefined;
    const w = this.w(k);
    // year prefix: "1988", "this year's", "last year's", "next year's", "fiscal", "year-earlier"
    const yy = this.year(k);
    if (yy && (ORDINALS.has(this.w(yy.last + 1)) || /^(first|second|third|fourth)-(quarter|half)$/.test(this.w(yy.last + 1)))) {
      y = yy.y;
      k = yy.last + 1;
    } else if ((w === 'this' || w === 'last' || w === 'next') && this.w(k + 1) === 'year' && this.w(k + 2) === "'s") {
      yShift = w === 'this' ? 0 : w === 'last' ? -1 : 1;
      k += 3;
      if (this.w(k) === 'quarter' || this.w(k) === 'period') return { last: k, meaning: { kind: 'calendar', focusQuarter: true, yShift } };
    } else if (w === 'year-earlier' || w === 'year-ago') {
      focusShift = -1;
      k++;
    }
    if (this.w(k) === 'fiscal') k++;
    if (this.w(k) === 'fiscal-first') return this.quarterTail(k, 1, 'quarter', y, yShift, j);
    const t = this.w(k);
    const hy = /^(first|second|third|fourth|1st|2nd|3rd|4th)-(quarter|half)$/.exec(t);
    if (focusShift !== undefined) yShift = focusShift;
    if (hy) return this.quarterTail(k, ORDINALS.get(hy[1])!, hy[2], y, yShift, j, the);
    const ord = ORDINALS.get(t);
    if (ord !== undefined && t !== 'last') {
      const unit = this.w(k + 1);
      if (unit === 'quarter' || unit === 'half') return this.quarterTail(k + 1, ord, unit, y, yShift, j, the);
      // "the first nine months", "the first two years": durations
      return null;
    }
    if ((t === 'last' || t === 'latter') && this.w(k + 1) === 'half' && the) return this.quarterTail(k + 1, 2, 'half', y, yShift, j, the);
    if (focusShift !== undefined && !the) {
      // "year-earlier results": last year's (the year-ago quarter in a results story)
      return { last: j, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'dct', quarterly: true } };
    }
    if (/^q[1-4]$/.test(t) && /^Q/.test(this.raw(k))) return this.quarterTail(k, +t[1], 'quarter', y, yShift, j);
    // "H1 2024": only with its year, since "H1" alone is as often a visa or a road
    if (/^h[12]$/.test(t) && /^H/.test(this.raw(k)) && (y !== undefined || this.year(k + 1))) return this.quarterTail(k, +t[1], 'half', y, yShift, j);
    return null;
  }

  private quarterTail(k: number, n: number, unit: string, y: number | undefined, yShift: number | undefined, _start: number, the = false): Match | null {
    if (unit === 'half' && n > 2) return null;
    if (unit === 'quarter' && n > 4) return null;
    let last = k;
    // "of 1990", "of this year", "of next year"
    if (this.w(k + 1) === 'of') {
      const yy = this.year(k + 2);
      // "the last half of the '80s": TIMEX3 has no half-decade, so the whole is the decade
      const dec = unit === 'half' && this.w(k + 2) === 'the' ? this.decadeAt(k + 3) : null;
      if (dec) return { last: dec.last, meaning: { kind: 'fixed', type: 'DATE', value: dec.value } };
      if (yy) {
        y = yy.y;
        last = yy.last;
      } else if ((this.w(k + 2) === 'this' || this.w(k + 2) === 'last' || this.w(k + 2) === 'next') && this.w(k + 3) === 'year') {
        yShift = this.w(k + 2) === 'this' ? 0 : this.w(k + 2) === 'last' ? -1 : 1;
        last = k + 3;
      } else if (this.w(k + 2) === 'the' && this.w(k + 3) === 'year') {
        last = k + 3;
      }
    } else if (/^\d{4}$/.test(this.w(k + 1))) {
      const yy = this.year(k + 1);
      if (yy) {
        y = yy.y;
        last = yy.last;
      }
    }
    void the;
    const meaning: Meaning = unit === 'half' ? { kind: 'calendar', half: n, y, yShift } : { kind: 'calendar', q: n, y, yShift };
    return { last, meaning };
  }

  /** "today is", "it's", "this is" right before token i. */
  private todayIs(i: number): boolean {
    const verb = this.w(i - 1);
    const subject = this.w(i - 2);
    return (verb === 'is' || verb === "'s" || verb === '’s') && (subject === 'today' || subject === 'it' || subject === 'this');
  }

  /** A decade written with digits at token k: "1980s", "'80s" (one token or two). */
  private decadeAt(k: number): { last: number; value: string } | null {
    const w = this.w(k);
    const dec = /^(\d{3})0'?s$/.exec(w);
    if (dec) return { last: k, value: dec[1] };
    if (/^'\d0s$/.test(w)) return { last: k, value: '19' + w[1] };
    if ((w === "'" || w === '’') && /^\d0s$/.test(this.w(k + 1)) && this.glued(k)) {
      const d = this.w(k + 1)[0];
      return { last: k + 1, value: (d === '0' || d === '1' ? '20' : '19') + d };
    }
    return null;
  }

  // ---- clock times ----------------------------------------------------------------------------------------

  clockTime(i: number): Match | null {
    const w = this.w(i);
    let h: number;
    let min = 0;
    let k = i;
    if ((w === 'noon' || w === 'midday') && this.w(i - 1) === 'high') return null;
    if (w === 'noon' || w === 'midday') h = 12;
    else if (w === 'midnight') h = 24;
    else if (this.wireClock(i)) {
      h = +w.slice(0, 2);
      min = +w.slice(2);
      if (this.w(i + 1) === 'hours' || this.w(i + 1) === 'hrs') k++; // "at 2200 hours"
    } else {
      // "10:30", "10:30am", and the British "10.45 a.m." (the dot only with a.m. or p.m. after it)
      const dotted = /^(\d{1,2})\.(\d{2})$/.test(w) && /^[ap]\.?m\.?$/.test(this.w(k + 1));
      const hm = /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/.exec(dotted ? w.replace('.', ':') : w);
      if (!hm) return null;
      h = +hm[1];
      min = hm[2] ? +hm[2] : 0;
      let ampm = hm[3] ?? '';
      if (!ampm) {
        const n = this.w(k + 1);
        if (n === 'a.m.' || n === 'p.m.' || n === 'am' || n === 'pm' || n === 'a.m' || n === 'p.m') {
          ampm = n;
          k++;
        } else if ((n === 'a.' || n === 'p.') && this.w(k + 2) === 'm') {
          ampm = n + 'm';
          k += 2;
        } else if (!hm[2] && this.w(k + 1) === 'in' && this.w(k + 2) === 'the' && DAY_HALVES.has(this.w(k + 3)) && CLOCK_PREPOSITIONS.has(this.w(i - 1))) {
          // "will leave at 4 in the morning", "until 10 in the evening"
          ampm = DAY_HALVES.get(this.w(k + 3))!;
          k += 3;
        } else if (!hm[2]) return null;
        else if (this.w(k + 1) === "o'clock") k++;
        // a bare "2:39" is a clock time after "at", "by", "(" and the like or before a zone; in a results
        // list ("Subaru Impreza 2:39", "Koerts 0:06") it is a race time
        else if (!BARE_CLOCK_BEFORE.has(this.w(i - 1)) && !TIME_ZONES.has(this.w(k + 1)) && this.w(k + 1) !== 'local' && this.w(k + 1) !== 'hrs' && this.w(k + 1) !== 'hr' && this.w(k + 1) !== 'hours') return null;
      }
      if (h > 24 || min > 59) return null;
      if (ampm.startsWith('p') && h < 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
    }
    const time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    // time zone and a following day: "5 p.m. EST Nov. 9", "9 a.m. Tuesday", "noon Saturday", "10 p.m. yesterday"
    const zone = this.raw(k + 1);
    if (TIME_ZONES.has(zone.toLowerCase()) && zone === zone.toUpperCase()) k++;
    else if (this.w(k + 1) === 'local' && this.w(k + 2) === 'time') k += 2;
    else if (this.w(k + 1) === 'local' && this.w(k + 2) === '/') k++;
    let j = k + 1;
    // "occurred around 6.30 a.m. (2030 GMT) on Tuesday": the day after a bracketed restatement is this
    // time's day too, though the extent stops before the bracket
    const aside = this.w(j) === '(' && this.wireClock(j + 1) && this.w(j + 3) === ')';
    if (aside) j += 4;
    // "at 4 in the morning (4 a.m. EDT Thursday)": the day the restatement names
    if (!aside && this.w(j) === '(') {
      for (let b = j + 1; b < j + 7 && this.w(b) !== ')' && this.w(b) !== ''; b++) {
        const bwd = WEEKDAYS.get(this.w(b));
        if (bwd && /^[A-Z]/.test(this.raw(b)) && this.w(b).length > 3) {
          const bm = this.weekdayExpr(b, bwd);
          if (bm.meaning.kind === 'calendar' && !bm.meaning.part) return { last: k, meaning: { ...bm.meaning, time } };
        }
      }
    }
    if (this.w(j) === ',') j++;
    if (this.w(j) === 'on') j++;
    const wd = WEEKDAYS.get(this.w(j));
    if (wd && /^[A-Z]/.test(this.raw(j))) {
      const m = this.weekdayExpr(j, wd);
      if (m.meaning.kind === 'calendar' && !m.meaning.part) return { last: aside ? k : m.last, meaning: { ...m.meaning, time } };
    }
    if (aside) j = k + 1;
    const m = this.month(j);
    if (m) {
      const me = this.monthExpr(j, m, false);
      if (me && me.meaning.kind === 'calendar' && me.meaning.d !== undefined) return { last: me.last, meaning: { ...me.meaning, time } };
    }
    const dw = DAY_WORDS.get(this.w(j));
    if (dw !== undefined) return { last: j, meaning: { kind: 'shift', unit: 'day', n: dw, from: 'dct', part: time } };
    return { last: k, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part: time } };
  }

  /**
   * Four digits that read as hours and minutes followed by a time-zone word ("1516 GMT", "0800 UTC"): wire
   * copy writes clock times this way, so they are a time of day even where a year could stand.
   */
  wireClock(i: number): boolean {
    const w = this.w(i);
    if (w.length !== 4 || !DIGITS.test(w) || +w.slice(0, 2) > 23 || +w.slice(2) > 59) return false;
    const zone = this.raw(i + 1);
    if (TIME_ZONES.has(zone.toLowerCase()) && zone === zone.toUpperCase()) return true;
    // "play resumed at 1415 local time (1315 GMT)", "landed at 1503 (1203 GMT)", "at 1230 local / 1630 GMT"
    if (this.w(i + 1) === 'local' && this.w(i + 2) === 'time') return true;
    if ((this.w(i + 1) === '(' || (this.w(i + 1) === 'local' && this.w(i + 2) === '/')) && this.wireClock(i + (this.w(i + 1) === '(' ? 2 : 3))) return true;
    // military style: "at 2200 hours", "by 0600 hrs"
    const unit = this.w(i + 1);
    return (unit === 'hours' || unit === 'hrs') && CLOCK_PREPOSITIONS.has(this.w(i - 1)) && this.w(i + 2) !== 'of';
  }

  // ---- sets: "every day", "each Thursday", "each July" -----------------------------------------------------

  setExpr(i: number): Match | null {
    const w = this.w(i);
    if (w !== 'every' && w !== 'each' && w !== 'per') return null;
    let k = i + 1;
    let n = 1;
    if (w === 'every') {
      const num = this.number(k);
      if (num && num.value !== null && num.value > 1) {
        n = num.value;
        k = num.last + 1;
      } else if (this.w(k) === 'other') {
        n = 2;
        k++;
      }
    }
    const u = this.unit(k);
    if (u && (n > 1 ? u.plural : !u.plural)) {
      if (u.unit === 'weekend') return { last: k, meaning: { kind: 'fixed', type: 'SET', value: 'XXXX-WXX-WE' } };
      return { last: k, meaning: { kind: 'fixed', type: 'SET', value: durationValue(n, u.unit) } };
    }
    const wd = WEEKDAYS.get(this.w(k));
    if (wd && w !== 'per') {
      const part = PARTS_OF_DAY.get(this.w(k + 1));
      return { last: part ? k + 1 : k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}${part ? 'T' + part : ''}` } };
    }
    const m = MONTHS.get(this.w(k));
    if (m && w !== 'per' && /^[A-Z]/.test(this.raw(k))) return { last: k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-${String(m).padStart(2, '0')}` } };
    const part = PARTS_OF_DAY.get(this.w(k));
    if (part && w !== 'per') return { last: k, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-XX-XXT${part}` } };
    return null;
  }
}


/** "Q2", "H1", "FY2024": periods written as codes. */
const PERIOD_CODE = /^(?:[qh][1-4]|fy'?\d{2}(?:\d{2})?)$/;



/** Words after which "a second" is a length of time ("a second later", "a second or two"). */
const SECOND_AFTER = new Set(['later', 'earlier', 'ago', 'or', 'and', 'before', 'after', 'longer', 'more']);

/** "4 in the morning" is a.m., "10 in the evening" p.m. */
const DAY_HALVES = new Map([['morning', 'am'], ['afternoon', 'pm'], ['evening', 'pm']]);
/** Words after which a bare "10:57" is a time of day. */
const BARE_CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since', 'to', 'between', 'and', '(', '-', '–', 'past', 'approximately', 'roughly', 'nearly', 'almost', 'after']);
const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since']);
/** Nouns whose number is a label, not a year: "Room 1516", "Flight 1200", "Section 1983". */
const NUMBER_LABELS = new Set([
  'room', 'flight', 'route', 'highway', 'interstate', 'section', 'article', 'chapter', 'gate', 'suite', 'building',
  'apartment', 'unit', 'bus', 'train', 'model', 'version', 'resolution', 'bill', 'proposition', 'exit', 'platform',
  'channel', 'track', 'number', 'vol.', 'volume', 'rule', 'form', 'lot', 'box', 'block', 'row', 'seat', 'figure',
  'item', 'case', 'code', 'cell', 'ward', 'bed', 'pier', 'hangar', 'squadron', 'battalion', 'regiment', 'division',
]);
/** Words that may follow the second day of "April 24 and 25": the phrase goes on, no noun is counted. */
const RANGE_FOLLOWERS = new Set(['in', 'at', 'on', 'and', 'or', 'when', 'with', 'for', 'of', 'to', 'as', 'but', 'while', 'after', 'before', 'during', 'from', 'that', 'which', 'the', 'by']);
const OFFSET_WORDS = new Set(['later', 'earlier', 'after', 'before']);

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

/** Tokens first..last written as one hyphenated word ("third-quarter", "10-year"). */
function isCompound(tokens: readonly Token[], first: number, last: number): boolean {
  let hyphen = false;
  for (let k = first; k <= last; k++) {
    if (tokens[k].text.includes('-')) hyphen = true;
    if (k > first && tokens[k - 1].end !== tokens[k].start) return false;
  }
  return hyphen;
}

/** Half of one unit, written in the next smaller unit. */
const HALF_UNIT: Partial<Record<Unit, string>> = {
  century: 'P50Y', decade: 'P5Y', year: 'P6M', month: 'P15D', week: 'P3DT12H', day: 'PT12H', hour: 'PT30M', minute: 'PT30S',
};
/** Words before a clause-opening "one day" ("and one day China would pay", "that one day he will"). */
const ONE_DAY_OPENERS = new Set(['and', 'but', 'that', ',', '', 'said', 'hope', 'hopes', 'believe', 'believes', 'perhaps', 'maybe']);
const MODALS = new Set(['will', "'ll", 'would', 'could', 'may', 'might', 'shall', 'should', 'can']);

/** Words after which a four-digit number is a year even before a plural noun ("fiscal 1989 sales"). */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'of', 'until', 'from', 'to', 'for', 'fiscal', 'during', 'through', 'before', 'after', 'early', 'late', 'mid']);

const DECADE_WORDS = new Map([
  ['twenties', '2'], ['thirties', '3'], ['forties', '4'], ['fifties', '5'], ['sixties', '6'], ['seventies', '7'],
  ['eighties', '8'], ['nineties', '9'],
]);

/** "P2W", "PT3H", "P20Y" for two decades. */
export function durationValue(n: number | null, unit: Unit): string {
  if (unit === 'quarter' && n !== null) return `P${n}Q`;
  const code = UNIT_CODE_LOCAL[unit];
  if (n === null) return `P${code.x}`;
  const count = n * code.factor;
  return code.time ? `PT${count}${code.letter}` : `P${count}${code.letter}`;
}

const UNIT_CODE_LOCAL: Record<Unit, { letter: string; time: boolean; factor: number; x: string }> = {
  second: { letter: 'S', time: true, factor: 1, x: 'TXS' }, minute: { letter: 'M', time: true, factor: 1, x: 'TXM' },
  hour: { letter: 'H', time: true, factor: 1, x: 'TXH' }, day: { letter: 'D', time: false, factor: 1, x: 'XD' },
  week: { letter: 'W', time: false, factor: 1, x: 'XW' }, weekend: { letter: 'D', time: false, factor: 2, x: 'XD' },
  month: { letter: 'M', time: false, factor: 1, x: 'XM' }, quarter: { letter: 'Q', time: false, factor: 1, x: 'XQ' },
  half: { letter: 'M', time: false, factor: 6, x: 'XM' }, year: { letter: 'Y', time: false, factor: 1, x: 'XY' },
  decade: { letter: 'Y', time: false, factor: 10, x: 'XE' }, century: { letter: 'Y', time: false, factor: 100, x: 'XC' },
};
