import type { Sentence, Token } from '../../model/layers.js';
import type { Candidate, Meaning } from './meaning.js';
import { APPROX, APPROX_PAIRS, CLOSED_LENGTHS, DAY_WORDS, HOLIDAYS, LARGE_COUNT_PLURALS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PLACING_LEADS, POSITION, SEASONS, SINGLE_WORDS, UNITS, VAGUE_COUNTS, WEEKDAYS, WEEKDAY_PLURALS } from './lexicon.js';
import { DIGITS, plain, type Match } from './token-reader.js';
import { PERIOD_CODE, DECADE_WORDS, splitYearClose } from './years.js';
import { PhraseReader } from './fixed-phrases.js';
import { halfLength, NOT_A_MODIFIED_NOUN } from './quantities.js';
import { QUARTER_NOUNS_AFTER } from './months-and-days.js';
import { SEASON_NOUNS } from './calendar-dates.js';
import { mayIsPerson, namesPersonMay, namesSomething } from './names-like-times.js';
import { NAMED_DAYS } from './feasts.js';
import { PAST_WORDS } from './verb-frames.js';
import { hyphenedMonths } from './hyphened-months.js';

/**
 * Finds temporal expressions with a token-driven matcher: one left-to-right pass over each sentence; at a
 * token that can start an expression, a small recursive-descent grammar tries the expression shapes and
 * keeps the longest. No regular expression runs over the text, so nothing can backtrack.
 *
 * Extents follow TimeML/TE3: prepositions ("on", "in", "since") and trailing punctuation stay outside;
 * determiners and modifiers that belong to the expression ("the past two months", "early next year",
 * "about two years ago") stay inside.
 */
export function recognize(tokens: readonly Token[], sentences: readonly Sentence[]): Candidate[] {
  const out: Candidate[] = [];
  // every token is read at least once (startsHere), so all are lower-cased up front, into a packed array
  const lower = tokens.map(plain);
  const whole = new Reader(tokens, lower, 0, tokens.length);
  // "Theresa May" anywhere makes a bare "May" hers unless the words around it date it
  const personMay = namesPersonMay(whole, 0, tokens.length);
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si];
    const r = new Reader(tokens, lower, s.tokenStart, s.tokenEnd);
    let i = s.tokenStart;
    while (i < s.tokenEnd) {
      // "for April-June delivery", "January-June 1985": the two months of one hyphenated word, each an expression
      const range = hyphenedMonths(tokens, i, s.tokenEnd);
      if (range) {
        out.push({ first: i, last: i, sentence: si, meaning: { kind: 'calendar', m: range.from.m, y: range.from.y }, start: range.from.start, end: range.from.end });
        out.push({ first: i, last: range.last, sentence: si, meaning: { kind: 'calendar', m: range.to.m, y: range.to.y, rangeFrom: range.from.m }, start: range.to.start, end: range.to.end });
        i = range.last + 1;
        continue;
      }
      const m = r.startsHere(i) ? r.qualifiedAfter(i, r.splitYear(r.expression(i))) : null;
      // a name that holds a time word, read past whole: "the Loop Current"
      if (m && (namesSomething(r, i, m.last) || (personMay && mayIsPerson(r, i, m.last)))) {
        i = m.last + 1;
        continue;
      }
      if (m) {
        // "the third-quarter loss", "its two-year plan": TimeML leaves the determiner outside a hyphenated
        // modifier
        // ("the fall elections", "the summer offensive": a season before its noun is a modifier too)
        const seasonModifier = m.meaning.kind === 'calendar' && m.meaning.season !== undefined && m.last === i + 1 && SEASON_NOUNS.has(r.w(m.last + 1));
        // ("the 95 minute rant", "a three hour meeting": a count and a unit in the singular before a noun are a
        // modifier written without its hyphen, and TimeBank and WikiWars leave the article out 9 times in 11)
        // ("the late 20th-century naturalist": a position word before the hyphenated modifier is part of it)
        const compound = isCompound(tokens, i + 1, m.last) || (POSITION.has(r.w(i + 1)) && i + 1 < m.last && isCompound(tokens, i + 2, m.last));
        // ("in the second and fourth quarters": the article governs both periods, and TimeBank leaves it out of the first)
        const pairFirst = m.meaning.kind === 'calendar' && (m.meaning.q !== undefined || m.meaning.half !== undefined) && r.opensPairedPeriod(m.last);
        const first = DETERMINERS.has(r.w(i)) && i < m.last && (compound || seasonModifier || pairFirst || r.openModifier(i + 1, m.last)) ? i + 1 : i;
        out.push({ first, last: m.last, sentence: si, meaning: m.meaning, mod: m.mod });
        const matchStart = i;
        i = m.last + 1;
        // "April 24 and 25", "Oct. 5-6": the second day is a date of the same month
        const second = r.secondDay(m);
        const joined = second === null ? r.joinedPlural(m) : -1;
        if (second !== null) {
          if (second.year !== undefined && m.meaning.kind === 'calendar') out[out.length - 1].meaning = { ...m.meaning, y: second.year };
          out.push({ first: second.at, last: second.last, sentence: si, meaning: second.meaning });
          i = second.last + 1;
        } else if (joined >= 0) {
          const k = joined;
          // ("for weeks or months": a choice between two stretches is one uncertain length, as "two or three weeks" is)
          if (r.w(m.last + 1) === 'or') out[out.length - 1] = { ...out[out.length - 1], last: k, mod: m.mod ?? 'APPROX' };
          else out.push({ first: k, last: k, sentence: si, meaning: m.meaning.kind === 'duration' ? { kind: 'duration', n: null, unit: r.unit(k)!.unit } : m.meaning });
          i = k + 1;
        } else {
          // "between 16 April and 28 May 2004", "from 3 March to 5 April 2019": the written year of the range's
          // end is its start's too (the year before when the start's month comes later: "December 16 to January 8, 2004")
          const year = r.rangeEndYear(matchStart, m);
          if (year !== undefined && m.meaning.kind === 'calendar') out[out.length - 1].meaning = { ...m.meaning, y: year };
        }
      } else i++;
    }
  }
  return out;
}

/** Words that make a recurrence after them approximate: "about every 20-40 years", "approximately every hour". */
const APPROX_BEFORE_EVERY: ReadonlySet<string> = new Set(['about', 'roughly', 'approximately']);
/** Words of change before "over" that compare with the time after it: "earnings improvement over a year ago", "up 5 pct over a year earlier". */
const CHANGES_COMPARED: ReadonlySet<string> = new Set(['improvement', 'increase', 'increases', 'rise', 'rises', 'gain', 'gains', 'decline', 'declines', 'drop', 'fall', 'change', 'up', 'down', 'higher', 'lower', 'pct', 'percent', '%']);
/** Words that join a range's two counts: "three to four years", "seven or eight days", "10-20 minute". */
const COUNT_RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'or', '-', '–']);
/** Prepositions before "at least" and a point, and the bound they make of it: "until at least July 1988". */
const POINT_BOUNDS = new Map([['until', 'ON_OR_AFTER'], ['till', 'ON_OR_AFTER'], ['through', 'ON_OR_AFTER'], ['into', 'ON_OR_AFTER'], ['since', 'ON_OR_BEFORE']]);
/** Bounds written after a length: "four days or longer", "six months or more", "a week or less". */
const LENGTH_BOUNDS = new Map([['or longer', 'EQUAL_OR_MORE'], ['or more', 'EQUAL_OR_MORE'], ['or less', 'EQUAL_OR_LESS'], ['or shorter', 'EQUAL_OR_LESS']]);
/** Bounds written after a year: "1994 or later", "1990 and beyond", "1985 or earlier". */
const YEAR_BOUNDS = new Map([['or later', 'ON_OR_AFTER'], ['and beyond', 'ON_OR_AFTER'], ['and later', 'ON_OR_AFTER'], ['or earlier', 'ON_OR_BEFORE'], ['and earlier', 'ON_OR_BEFORE']]);

/** Words after a second plural unit that make it part of another phrase: "weeks or months of fighting", "years ago". */
const NOT_AFTER_JOINED_PLURAL = new Set(['of', 'ago', 'later', 'earlier', 'before', 'after', 'old', 'from']);

/** Words that join the two ends of a range of dates. */
const RANGE_LINKS = new Set(['and', 'to', 'through', 'until', 'till', '-', '–']);

/** Ordinals that make "half" a half of a year: "the first half", "the latter half". */
const HALF_ORDINALS: ReadonlySet<string> = new Set(['first', 'second', 'last', 'latter', '1st', '2nd']);

/** A year that may follow the second day of a range. */
const YEAR_AFTER_RANGE = /^(1[5-9]|20)\d\d$/;

/** The grammar's driver: where an expression may start, which shape is the longest, and the second day of a range. */
class Reader extends PhraseReader {
  startsHere(i: number): boolean {
    const w = this.w(i);
    const c = w.charCodeAt(0);
    if (isDigit(c)) return true;
    const kind = WORD_KINDS.get(w) ?? 0;
    // ("no more than a couple of days", "as long as a couple of weeks": a three-word bound reaches a word further)
    if ((kind & MODIFIER_ONLY_KIND) !== 0) return this.headWithin(i + 1, w === 'no' || w === 'as' ? 6 : 5) || (w === 'last' && this.elidedUnit(i) !== null);
    if ((c === 113 || c === 104 || c === 102) && w.length <= 7 && PERIOD_CODE.test(w)) return true; // q, h, f
    if ((kind & STARTER_KIND) !== 0) return true;
    // "not long ago"; "not more than seven years", "not less than a week"
    if (w === 'not') return (this.w(i + 1) === 'long' && this.w(i + 2) === 'ago') || ((this.w(i + 1) === 'more' || this.w(i + 1) === 'less') && this.w(i + 2) === 'than');
    // "half a century", "half an hour": half of one unit (not a head word of its own: "the second half" stays
    // what it was)
    if (w === 'half' && (this.w(i + 1) === 'a' || this.w(i + 1) === 'an')) return true;
    // "Good Friday", "Memorial Day", "Presidents' Day": capitalized, so "good" and "super" in running text cost nothing
    if ((kind & NAMED_FIRST_KIND) !== 0 && /^[A-Z]/.test(this.raw(i))) return true;
    return this.hyphenatedOrDecade(i, w);
  }

  /**
   * "third-quarter", "mid-1990s", "'80s", "' 80s": a hyphenated word or a decade written with an apostrophe. A
   * dash alone, the possessive "'s" and a quote mark before a word start nothing, and they are common enough
   * that trying every shape at each costs the stage a tenth of its time.
   */
  private hyphenatedOrDecade(i: number, w: string): boolean {
    if (w.charCodeAt(0) === 39) {
      if (w.length > 1) return isDigit(w.charCodeAt(1));
      return isDigit(this.w(i + 1).charCodeAt(0));
    }
    return w.includes('-') && w !== '-' && w !== '--';
  }

  /**
   * "the 1986/87 season", "fiscal 1987/88": a marketing or fiscal year written with the next year's last two digits
   * after a slash is one expression, valued by the year it starts in.
   */
  splitYear(m: Match | null): Match | null {
    if (!m || m.meaning.kind !== 'fixed' || m.meaning.type !== 'DATE' || !/^\d{4}$/.test(m.meaning.value) || !/^\d{4}$/.test(this.w(m.last))) return m;
    const next = this.w(m.last + 2);
    if (this.w(m.last + 1) !== '/' || !this.glued(m.last) || !this.glued(m.last + 1) || !/^\d{2}$/.test(next)) return m;
    return splitYearClose(m.meaning.value, next) !== undefined ? { ...m, last: m.last + 2 } : m;
  }

  /**
   * "recent weeks and months", "for days or even weeks": an unspecified stretch of one unit joined to another of
   * another unit. After "and" the second is an expression of its own, as TimeML writes conjoined times and the news
   * sample's annotators did ("recent weeks" and "months"), and stretches as the first does; after "or" the two are one
   * uncertain length (TimeBank: "weeks or months", `APPROX`). The second unit's index, or -1.
   */
  joinedPlural(m: Match): number {
    const vague = (m.meaning.kind === 'duration' && m.meaning.n === null) || (m.meaning.kind === 'fixed' && /^(?:PAST_REF|FUTURE_REF|PX)/.test(m.meaning.value));
    const first = this.unit(m.last);
    if (!vague || !first?.plural) return -1;
    const link = this.w(m.last + 1);
    if (link !== 'and' && link !== 'or') return -1;
    const k = this.w(m.last + 2) === 'even' ? m.last + 3 : m.last + 2;
    const second = this.unit(k);
    if (!second?.plural || second.unit === first.unit || second.unit === 'weekend' || NOT_AFTER_JOINED_PLURAL.has(this.w(k + 1))) return -1;
    return k;
  }

  /**
   * "a week or so", "the next two years or so", "a week or so ago": "or so" makes the time approximate, and TimeML
   * keeps it inside (TimeBank: "the next year or so", "the next two years or so", "a week or so ago"). So do the bounds
   * written after a length or a year: "four days or longer", "six months or more" (`EQUAL_OR_MORE`), "1994 or later",
   * "1990 and beyond" (`ON_OR_AFTER`, as TimeBank writes both).
   */
  qualifiedAfter(first: number, m: Match | null): Match | null {
    if (!m) return m;
    const duration = m.meaning.kind === 'duration' || (m.meaning.kind === 'fixed' && m.meaning.type === 'DURATION');
    const year = m.meaning.kind === 'fixed' && m.meaning.type === 'DATE' && /^\d{4}$/.test(m.meaning.value);
    const bound = `${this.w(m.last + 1)} ${this.w(m.last + 2)}`;
    const boundMod = duration ? LENGTH_BOUNDS.get(bound) : year ? YEAR_BOUNDS.get(bound) : undefined;
    // (not "35 pct in 1988 and later years", where "later" is the adjective of a noun)
    if (boundMod && !m.mod && !this.unit(m.last + 3)) return { ...m, last: m.last + 2, mod: boundMod };
    // ("erupts every five minutes or so": a recurrence roughly that often)
    if (m.meaning.kind === 'fixed' && m.meaning.type !== 'DURATION' && !(m.meaning.type === 'SET' && bound === 'or so')) return m;
    if (bound === 'or so') return { ...m, last: m.last + 2, mod: m.mod ?? 'APPROX' };
    // (read past already, before "ago" or "before": "a week or so ago", "a year or more before")
    for (let k = m.last - 1; k >= first; k--) {
      const inner = `${this.w(k)} ${this.w(k + 1)}`;
      const mod = inner === 'or so' ? 'APPROX' : LENGTH_BOUNDS.get(inner);
      if (mod) return { ...m, mod: m.mod ?? mod };
    }
    return m;
  }

  /** The day after "and", "or", "to", "through" or a dash that ends a month-and-day date ("April 24 and 25"). */
  secondDay(m: Match): { at: number; last: number; meaning: Meaning; year?: number } | null {
    const first = m.meaning;
    // "1915-17": the second year of a range, written with its last two digits
    if (first.kind === 'fixed' && first.type === 'DATE' && /^\d{4}$/.test(first.value) && DIGITS.test(this.w(m.last))) {
      const two = this.w(m.last + 2);
      if ((this.w(m.last + 1) === '-' || this.w(m.last + 1) === '–') && this.glued(m.last) && this.glued(m.last + 1) && /^\d{2}$/.test(two)) {
        const y = +first.value.slice(0, 2) * 100 + +two;
        if (y > +first.value) return { at: m.last + 2, last: m.last + 2, meaning: { kind: 'fixed', type: 'DATE', value: String(y) } };
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
    if (d === null || d <= first.d) return null;
    // ("HANOVER, Md., June 1 - 4th qtr ended March 31": after a dateline's dash, an ordinal of a quarter or a half)
    if (QUARTER_NOUNS_AFTER.has(after)) return null;
    // "from March 3 to 5, 2019", "between September 13 and 15 2003": a year after the second day is both days'
    const yearAt = after === ',' ? at + 2 : at + 1;
    const year = first.y === undefined && YEAR_AFTER_RANGE.test(this.w(yearAt)) ? +this.w(yearAt) : undefined;
    if (year !== undefined) return { at, last: yearAt, meaning: { ...first, d, y: year }, year };
    // ("an oil cloud June 23 to 27 similar to …": after "to", "through" or a dash the number closes the range before
    // any word but a plural noun, a number or a month — "24-25 April" is read from its month; after "and" or "or" it
    // may count the noun after it)
    if ((link === 'and' || link === 'or' || /s$|^percent$|^per$|^\d/.test(after) || MONTHS.has(after)) && /^[a-z0-9]/.test(after) && !RANGE_FOLLOWERS.has(after)) return null;
    return { at, last: at, meaning: { ...first, d } };
  }

  /** The year the range's end writes after "and", "to", "through", a dash or (after "from") "until", for a start at `start` with a month and no year. */
  rangeEndYear(start: number, m: Match): number | undefined {
    const first = m.meaning;
    // (not one whose year is said in words: "in July this year and July 1988" is two Julys)
    if (first.kind !== 'calendar' || first.m === undefined || first.y !== undefined || first.yShift !== undefined || first.wd !== undefined) return undefined;
    const link = this.w(m.last + 1);
    // ("January/December 1986": months joined by a slash share the year written after the second)
    const slash = link === '/' && this.glued(m.last) && this.glued(m.last + 1);
    if ((!RANGE_LINKS.has(link) && !slash) || !this.startsHere(m.last + 2)) return undefined;
    // "until" ends a range only after "from": "a cut set for December 1 until January 1, 2012" is postponed
    if ((link === 'until' || link === 'till') && this.w(start - 1) !== 'from') return undefined;
    const end = this.expression(m.last + 2)?.meaning;
    if (end?.kind !== 'calendar' || end.y === undefined || end.m === undefined || end.wd !== undefined) return undefined;
    // (a slash does not run across a year's end: "April/January 1986/87" is a season's months)
    if (slash && first.m > end.m) return undefined;
    return first.m <= end.m ? end.y : end.y - 1;
  }

  /**
   * Whether first..last is a count and a unit in the singular before a noun: "95 minute" of "the 95 minute rant"; the
   * noun may be a name or a figure ("in the seven year Iran/Iraq war", "The five year ETP ranges", "its 12 month 1987
   * sugar import quota", "over the six month London Interbank Offered Rate").
   */
  openModifier(first: number, last: number): boolean {
    const u = UNITS.get(this.w(last));
    if (!u || u.plural || last === first || this.number(first)?.last !== last - 1) return false;
    const next = this.raw(last + 1);
    return (/^[a-z]+$/.test(next) || /^(?:\p{Lu}|\d)/u.test(next)) && !NOT_A_MODIFIED_NOUN.has(next.toLowerCase());
  }

  /** Is there a token within `span` tokens from i that can head an expression? */
  private headWithin(i: number, span: number): boolean {
    for (let k = i; k < i + span && k < this.to; k++) {
      const w = this.w(k);
      const c = w.charCodeAt(0);
      if (isDigit(c)) return true;
      if (k === i && w === 'past') return true; // "the past"
      if (w === 'past' && (this.w(k - 1) === 'recent' || this.w(k - 1) === 'distant')) return true; // "the recent past"
      // "the first half", "the second half year" ("half" alone heads nothing: "half the shares")
      if (w === 'half' && HALF_ORDINALS.has(this.w(k - 1))) return true;
      const kind = WORD_KINDS.get(w) ?? 0;
      if ((kind & MODIFIER_ONLY_KIND) === 0 && ((kind & HEAD_KIND) !== 0 || this.hyphenatedOrDecade(k, w))) return true;
    }
    return false;
  }

  expression(i: number): Match | null {
    // "about two years ago", "more than four decades", "at least 30 days"
    const approx = this.approximation(i);
    if (approx) {
      // the longest reading after the modifier: "at least the first two quarters of 1990" is a half, not two quarters
      let core: Match | null = null;
      for (const m of [this.quantity(approx.next), this.clockTime(approx.next), this.calendar(approx.next)]) if (m && (!core || m.last > core.last)) core = m;
      // ("recurs about every 20-40 years": a recurrence roughly that often; "just about every year" is nearly every
      // one, and "goes around every year" a verb's particle)
      const roughly = APPROX_BEFORE_EVERY.has(this.w(i)) && this.w(i - 1) !== 'just';
      if (!core && roughly && this.w(approx.next) === 'every') core = this.setExpr(approx.next);
      // "around Wednesday" stays outside (TimeML annotators leave it out); "around 3 a.m. Sunday" is a time
      const weekdayOnly = core?.meaning.kind === 'calendar' && core.meaning.wd !== undefined && core.meaning.m === undefined && core.meaning.time === undefined;
      // "earnings will be less than the second quarter": before a period of the calendar, "less than" and "more than"
      // compare amounts, not lengths
      const comparesAmounts = core?.meaning.kind === 'calendar' && core.meaning.time === undefined && (approx.mod === 'LESS_THAN' || approx.mod === 'MORE_THAN');
      // "articles about yesterday's doings": before a day named by a word (today, yesterday …), "about" is a preposition
      const dayWord = DAY_WORDS.has(this.w(approx.next));
      // a point of the calendar: a date, or a year written out
      const point = core?.meaning.kind === 'calendar' || (core?.meaning.kind === 'fixed' && core.meaning.type === 'DATE' && /^\d/.test(core.meaning.value));
      // "over Christmas", "over Labor Day weekend": before a date "over" is "during", outside the expression, as
      // every "over" before a date in TimeBank, AQUAINT and WikiWars is ("over 10 years" is more than a length)
      // ("earnings improvement over a year ago": before a point counted back, "over" compares; "Over three years, they
      // had spent $39bn", "Over 87 days as the oil kept flowing": a length that opens its sentence before a comma or
      // a clause is the stretch something happened in)
      const openingStretch = this.w(i) === 'over' && this.opensSentence(i) && core?.meaning.kind === 'duration' && AFTER_AN_OPENING_STRETCH.has(this.w(core.last + 1));
      const comparedBack = core?.meaning.kind === 'shift' && CHANGES_COMPARED.has(this.w(i - 1));
      // ("averaged out the swings over past four months": a length its lead places, "the" left out, as "over the past
      // four months" is)
      const placedStretch = this.w(i) === 'over' && core?.meaning.kind === 'duration' && PLACING_LEADS.has(this.w(approx.next));
      const during = this.w(i) === 'over' && (point || comparedBack || openingStretch || placedStretch);
      // "affected birds up to 14 September", "up to December 1979": before a month or its day "up to" is "until", a
      // preposition outside, as WikiWars writes it ("up to 10 years" is a most)
      // ("has been in place up to 2009", "in the 24 hours up to midnight on Thursday": before a year, a day or a clock
      // time too)
      const until = this.w(i) === 'up' && point;
      // "disbursed over three to four years": before a range "over" is "during", outside, and bounds nothing
      const overRange = this.w(i) === 'over' && core?.meaning.kind === 'duration' && core.meaning.n === null && COUNT_RANGE_LINKS.has(this.w(approx.next + 1));
      if (overRange) return null;
      // ("until at least July 1988" ON_OR_AFTER, "since at least 2013" ON_OR_BEFORE: on a point of the calendar "at
      // least" bounds it the way its preposition looks)
      const mod = point && approx.mod === 'EQUAL_OR_MORE' ? POINT_BOUNDS.get(this.w(i - 1)) ?? approx.mod : approx.mod;
      // ("decisions made as long as a decade ago": a point counted back is no length to bound; it stands alone)
      const boundsNoLength = this.w(i) === 'as' && (this.w(i + 1) === 'long' || this.w(i + 1) === 'much') && core?.meaning.kind !== 'duration';
      if (core && !weekdayOnly && !dayWord && !during && !until && !comparesAmounts && !boundsNoLength) return { ...core, mod };
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
    // "the week before last", "the day after tomorrow", "the Thursday before last": read from the unit, so that
    // "the" stays outside as it does for "day before last Tuesday" (and "the year" is not read alone)
    if (this.w(i) === 'the' && this.beyondTheNearest(i + 1)) return null;
    const beyond = this.beyondTheNearest(i);
    if (beyond) return beyond;
    // "in the early hours of Sunday", "the wee hours of April 21": the small hours are that day's night, as the news
    // sample's annotators write it ("the early hours of Thursday" 2018-07-19TNI); a day that names its part itself
    // ("the early hours of Thursday morning", "of this morning") is left to stand alone, as AQUAINT writes it
    if (this.w(i) === 'the' && SMALL_HOURS.has(this.w(i + 1)) && this.w(i + 2) === 'hours' && this.w(i + 3) === 'of') {
      const inner = this.calendar(i + 4) ?? this.relative(i + 4);
      const im = inner?.meaning;
      const ofADay = im?.kind === 'calendar' ? (im.wd !== undefined || im.d !== undefined) && !im.time && !im.weekend : im?.kind === 'shift' && im.unit === 'day' && !im.zoned;
      if (inner && im && ofADay && (im.kind === 'calendar' || im.kind === 'shift') && im.part === undefined) return { last: inner.last, meaning: { ...im, part: 'NI' } };
    }
    // "on the evening of April 20", "the morning of Sept. 11": that part of that day (WikiWars writes "the early
    // morning hours of 30 April" as 1975-04-30TMO)
    const part = this.w(i) === 'the' && this.w(i + 2) === 'of' ? PARTS_OF_DAY.get(this.w(i + 1)) : undefined;
    if (part) {
      const inner = this.calendar(i + 3) ?? this.relative(i + 3);
      const im = inner?.meaning;
      if (inner && im?.kind === 'calendar' && (im.wd !== undefined || im.d !== undefined) && !im.time && !im.part && !im.weekend) return { last: inner.last, meaning: { ...im, part } };
    }
    let best: Match | null = null;
    for (const m of [this.single(i), this.quantity(i), this.relative(i), this.calendar(i), this.clockTime(i), this.setExpr(i)]) {
      if (m && (!best || m.last > best.last)) best = m;
    }
    return best && this.andAHalf(best);
  }

  /**
   * "week before last", "day before yesterday", "month after next", "Thursday before last": two steps from the
   * publication date, the one beyond the nearest ("the week before last" is two weeks back; "the Thursday before
   * last" is the Thursday a week before last Thursday).
   */
  private beyondTheNearest(i: number): Match | null {
    const link = this.w(i + 1);
    const end = this.w(i + 2);
    const back = link === 'before' && (end === 'last' || end === 'yesterday');
    const ahead = link === 'after' && (end === 'next' || end === 'tomorrow');
    if (!back && !ahead) return null;
    // ("the week before last year's election", "the day after next Tuesday's vote": "last" and "next" open a
    // date of their own, which the day-before reading takes)
    const after = this.w(i + 3);
    if ((end === 'last' || end === 'next') && (UNITS.has(after) || WEEKDAYS.has(after) || MONTHS.has(after) || SEASONS.has(after))) return null;
    const sign = back ? -1 : 1;
    const wd = WEEKDAYS.get(this.w(i));
    if (wd !== undefined && (end === 'last' || end === 'next')) return { last: i + 2, meaning: { kind: 'calendar', wd, dir: sign, offsetDays: 7 * sign } };
    const u = this.unit(i);
    if (!u || u.plural) return null;
    // (only a day is counted past yesterday or tomorrow: "the week before yesterday" is no usage)
    if (u.unit !== 'day' && (end === 'yesterday' || end === 'tomorrow')) return null;
    if (u.unit !== 'day' && u.unit !== 'week' && u.unit !== 'weekend' && u.unit !== 'month' && u.unit !== 'year') return null;
    return { last: i + 2, meaning: { kind: 'shift', unit: u.unit, n: 2 * sign, from: 'dct' } };
  }

  /**
   * "over the next year and a half", "in the past month and a half": one unit and a half after a relative position,
   * a length of one and a half units (as "a year and a half" is).
   */
  private andAHalf(m: Match): Match {
    const k = m.last + 1;
    if (this.w(k) !== 'and' || this.w(k + 1) !== 'a' || this.w(k + 2) !== 'half') return m;
    const meaning = m.meaning;
    if ((meaning.kind !== 'shift' && meaning.kind !== 'duration') || meaning.n !== 1) return m;
    const value = halfLength(1, meaning.unit);
    return value ? { last: k + 2, meaning: { kind: 'fixed', type: 'DURATION', value } } : m;
  }

  approximation(i: number): { next: number; mod: string } | null {
    if (!APPROX_FIRST.has(this.w(i))) return null;
    const two = `${this.w(i)} ${this.w(i + 1)}`;
    const three = `${two} ${this.w(i + 2)}`;
    if (APPROX_PAIRS.has(three)) return { next: i + 3, mod: APPROX_PAIRS.get(three)! };
    // ("some 300,000 more than a year earlier", "five pct less than a year ago": after an amount the comparison is the
    // amount's, and the expression starts after it)
    if (AMOUNT_COMPARISONS.has(two) && this.amountJustBefore(i)) return null;
    if (APPROX_PAIRS.has(two)) return { next: i + 2, mod: APPROX_PAIRS.get(two)! };
    const w = this.w(i);
    // "leaked into the Gulf over several months", "support over many years": "over" before a vague count is
    // "during", a preposition outside the expression, not "more than"
    if (w === 'over' && (VAGUE_AFTER_OVER.has(this.w(i + 1)) || (this.w(i + 1) === 'a' && VAGUE_AFTER_OVER_A.has(this.w(i + 2))))) return null;
    // "repayable over 20 years", "a rescheduling spread over four years", "a relationship forged over 12 years": after a
    // verb of spreading, paying off or building up, "over" is "during" again
    // ("He was out over 10 years ago": a point counted back is bounded still)
    // ("The rescheduling is over 10 years with five years grace": so after the spread thing and its verb "to be")
    // (or past an adverb: "to increase gradually over three years")
    if (w === 'over' && this.spreadBefore(i) && ![2, 3, 4].some((k) => this.w(i + k) === 'ago')) return null;
    // "will provide $31 billion over two years", "65 cities in 226 sorties over 42 days": after an amount "over" spreads
    // it across the length, "during" again (TimeBank and WikiWars leave it out), not "more than" (after a
    // preposition it is "more than" still: "edited down to 110 minutes from over 200 hours of footage")
    if (w === 'over' && !PREPOSITIONS_BEFORE_MORE_THAN.has(this.w(i - 1)) && this.countBefore(i) === 'amount') return null;
    // "exports to French firms over eight years", "a coal base price over four years": after a noun "over" is "during"
    // too; "more than" follows a preposition ("for over 20 years", "in over a year", "a maturity of over five years") or
    // a verb that has or takes a length ("the country has over two months of supplies", "took over three years"), and
    // any other verb keeps it as the spread rule above left it ("Output grew over 10 years")
    // (nor a point counted back, "founded over 100 years ago"; nor where a clause opens on the length, "where over a
    // decade of sanctions had left")
    if (w === 'over' && this.nounBeforeOver(i - 1) && this.countedUnitAfter(i + 1) && ![2, 3, 4, 5].some((k) => this.w(i + k) === 'ago')) return null;
    // ("over the last 18 days", "over these past weeks": "over" before a determiner is "during")
    if (APPROX.has(w) && !DETERMINERS_AFTER_APPROX.has(this.w(i + 1))) return { next: i + 1, mod: APPROX.get(w)! };
    return null;
  }

  /**
   * The word at k is a noun that "over" follows as "during" ("firms", "prices", "Europe"): a word of letters inside the
   * sentence, no verb form ("grew", "served", "delivered"), preposition, determiner or word that opens a clause.
   */
  private nounBeforeOver(k: number): boolean {
    const w = this.w(k);
    const raw = this.raw(k);
    if (!/^\p{L}+$/u.test(raw) || k <= this.from) return false;
    if (PREPOSITIONS_BEFORE_MORE_THAN.has(w) || LENGTH_VERBS_BEFORE_MORE_THAN.has(w) || CLAUSE_OPENERS_BEFORE_MORE_THAN.has(w)) return false;
    if (/^[A-Z]/.test(raw)) return true;
    return !/(?:ed|ing|ly|en)$/.test(w) && !PAST_WORDS.has(w) && !NOT_NOUNS_BEFORE_OVER.has(w);
  }

  /** A count and a unit of time from i: "eight years", "a year", "15-1/2 years", "10-years" (a length "over" may bound). */
  private countedUnitAfter(i: number): boolean {
    const first = this.w(i);
    if (/^\d+-(?:years?|months?|weeks?|days?)$/.test(first)) return true;
    const counted = /^\d[\d,./-]*$/.test(first) || NUMBER_WORDS.has(first) || first === 'a' || first === 'an';
    return counted && /^(?:years?|months?|weeks?|days?|hours?|decades?)$/.test(this.w(i + 1));
  }

  /** An amount ending right before i: "300,000", "six pct", "eight points" (not "30 to", "1,010 flights and add"). */
  private amountJustBefore(i: number): boolean {
    const figure = (k: number) => /^\d[\d,.]*$/.test(this.w(k)) || NUMBER_WORDS.has(this.w(k));
    return figure(i - 1) || (AMOUNT_UNITS_BEFORE_MORE.has(this.w(i - 1)) && figure(i - 2));
  }

  /** A verb of spreading before "over" at i, or the thing spread and its "is"/"was" or an adverb: "repayable over", "is over". */
  private spreadBefore(i: number): boolean {
    return SPREAD_OVER.has(this.w(i - 1)) || (SPREAD_OVER.has(this.w(i - 2)) && (this.w(i - 1) === 'is' || this.w(i - 1) === 'was' || /^[a-z]+ly$/.test(this.raw(i - 1))));
  }
}

const DETERMINERS_AFTER_APPROX = new Set(['the', 'these', 'those']);
/** Units of an amount right before such a comparison: "six pct less than", "eight points more than". */
const AMOUNT_UNITS_BEFORE_MORE: ReadonlySet<string> = new Set(['pct', 'percent', '%', 'points', 'point', 'dlrs', 'cts', 'cents', 'tonnes', 'mln', 'billion', 'million']);
/** Comparisons that, right after an amount, compare the amount: "300,000 more than a year earlier". */
const AMOUNT_COMPARISONS: ReadonlySet<string> = new Set(['more than', 'less than', 'fewer than']);
/** Words after "Over three years" opening a sentence that make it the stretch the sentence happened in. */
const AFTER_AN_OPENING_STRETCH: ReadonlySet<string> = new Set([',', 'at', 'as', 'while', 'when']);
/** "the early hours", "the small hours", "the wee hours": the hours after midnight. */
const SMALL_HOURS = new Set(['early', 'small', 'wee']);
const APPROX_FIRST = new Set([...APPROX.keys(), ...[...APPROX_PAIRS.keys()].map((k) => k.split(' ')[0])]);

/** First words of named days, with the apostrophe of "Presidents' Day". */
const NAMED_FIRST = new Set([...NAMED_DAYS.map((named) => named.words[0]), ...NAMED_DAYS.map((named) => `${named.words[0]}'`)]);

const STARTERS = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...UNITS.keys(), ...NUMBER_WORDS.keys(),
  ...SEASONS.keys(), ...SINGLE_WORDS.keys(), ...DAY_WORDS.keys(), ...APPROX.keys(), ...POSITION.keys(), ...HOLIDAYS.keys(),
  ...VAGUE_COUNTS.keys(), ...ORDINALS.keys(),
  'the', 'this', 'last', 'next', 'past', 'coming', 'earlier', 'later', 'recent', 'previous', 'following', 'current',
  'same', 'that', 'fiscal', 'calendar', 'every', 'each', 'noon', 'midnight', 'midday', 'more', 'less', 'at', 'up', 'fewer',
  'no', 'as', 'year-end', 'year-earlier', 'year-ago', 'future', 'right', 'these', 'its', 'thanksgiving', 'christmas',
  'election', 'easter',
  'new', 'end', 'beginning', 'start', 'middle', 'overnight', 'several', 'couple', 'nearly', 'within', 'tonight',
  'soon', 'fortnight', 'fortnights', 'then', 'then-current', 'per', 'night', 'month-end', 'date', 'year-to-date', 'month-to-date', 'week-to-date', 'another', 'little', 'just',
  'slightly', ...CLOSED_LENGTHS, 'present', 'those', 'midweek', 'mid-week', ...LARGE_COUNT_PLURALS,
]);

/**
 * Words that can only modify an expression ("the", "last", "about"): starting there is worth a parse only
 * when a word that can head one (a unit, a month, a number…) follows within a few tokens. This keeps the
 * matcher from trying every grammar shape at every "the" and "a" of the text.
 */
const MODIFIER_ONLY = new Set([
  'the', 'a', 'an', 'this', 'last', 'next', 'past', 'coming', 'earlier', 'later', 'recent', 'previous',
  'following', 'same', 'that', 'every', 'each', 'more', 'less', 'at', 'up', 'fewer', 'no', 'as', 'its', 'these', 'those',
  'right', 'about', 'around', 'roughly', 'approximately', 'some', 'nearly', 'almost', 'over', 'within', 'early',
  'late', 'mid', 'middle', 'end', 'beginning', 'start', 'several', 'few', 'many', 'numerous', 'couple', 'new', 'another', 'little', 'just', 'slightly',
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
]);

/** Words that can head an expression after a modifier (headWithin): the starters, parts of the day, decades, and nouns of a time. */
const HEADS = [...STARTERS, ...PARTS_OF_DAY.keys(), ...DECADE_WORDS.keys(), "year's", 'term', 'period', 'time', 'date', 'while', 'moment'];

const MODIFIER_ONLY_KIND = 1;
const STARTER_KIND = 2;
const HEAD_KIND = 4;
const NAMED_FIRST_KIND = 8;
/**
 * The word lists startsHere and headWithin consult, as bits of one table: they run at every token of the text, and
 * one lookup costs less than four.
 */
const WORD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  const mark = (words: Iterable<string>, kind: number) => {
    for (const w of words) kinds.set(w, (kinds.get(w) ?? 0) | kind);
  };
  mark(MODIFIER_ONLY, MODIFIER_ONLY_KIND);
  mark(STARTERS, STARTER_KIND);
  mark(HEADS, HEAD_KIND);
  mark(NAMED_FIRST, NAMED_FIRST_KIND);
  return kinds;
})();

/** Prepositions after which "over" is "more than": "from over 200 hours", "for over a year". */
const PREPOSITIONS_BEFORE_MORE_THAN = new Set(['from', 'for', 'of', 'to', 'in', 'at', 'with', 'by', 'after', 'within']);
/** Words before "over" that are no noun: verbs of the present and function words ("It rises over", "the over"). */
const NOT_NOUNS_BEFORE_OVER: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'rise', 'rises', 'grow', 'grows', 'fall', 'falls', 'run', 'runs', 'serve', 'serves', 'live', 'lives', 'work', 'works', 'stay', 'stays', 'go', 'goes', 'come', 'comes', 'get', 'gets', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'not', 'than']);
/** Words that open a clause or qualify a figure before "over" as "more than": "where over a decade of sanctions", "well over". */
const CLAUSE_OPENERS_BEFORE_MORE_THAN: ReadonlySet<string> = new Set(['where', 'when', 'while', 'and', 'but', 'or', 'that', 'which', 'since', 'as', 'well', 'just', 'only', 'still', 'now', 'already']);
/** Verbs that have, take or measure a length before "over" as "more than": "has over two months", "took over a year". */
const LENGTH_VERBS_BEFORE_MORE_THAN: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'having', 'took', 'take', 'takes', 'taking', 'taken', 'lasted', 'last', 'lasts', 'spent', 'spend', 'spends',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'lasting', 'needs', 'need', 'needed', 'required', 'requires', 'require', 'waited', 'wait',
]);
/** The same after "a": "over a number of years", "over a few days", "over a couple of weeks". */
const VAGUE_AFTER_OVER_A = new Set(['number', 'few', 'couple']);
/**
 * Verbs (and "installments") that spread what they do across the length after "over": "repayable over 20 years",
 * "phased over three years"; the particles of such verbs ("stretched out over 12 years", "to write down over 10
 * years"); and what is paid off, written off or cut across it ("reschedule Bolivia's debt over 10 years", "lowers
 * payments over four years", "write off loan losses over ten years", "dairy output cuts over two years").
 */
const SPREAD_OVER: ReadonlySet<string> = new Set([
  'spread', 'repayable', 'payable', 'paid', 'repaid', 'amortized', 'amortised', 'phased', 'disbursed', 'accumulated',
  'accrued', 'rescheduled', 'reschedule', 'rescheduling', 'expanded', 'forged', 'built', 'stretched', 'staggered',
  'distributed', 'rise', 'grow', 'installments', 'instalments', 'out', 'down', 'debt', 'payments', 'repayments', 'losses',
  'subsidies', 'cuts', 'reductions',
  // ("to gradually increase over three years to 75 pct", "the balance on a monthly basis over 28 months", "the swap
  // will be made via its unit over two years")
  'increase', 'increased', 'basis', 'made',
]);
/** Vague counts after which "over" means "during": "over several months", "over many years", "over recent weeks", "over coming quarters". */
const VAGUE_AFTER_OVER = new Set(['several', 'many', 'some', 'recent', 'numerous', 'countless', 'successive', 'consecutive', 'coming', 'upcoming']);

/** Words that may follow the second day of "April 24 and 25": the phrase goes on, no noun is counted. */
const RANGE_FOLLOWERS = new Set(['in', 'at', 'on', 'and', 'or', 'when', 'with', 'for', 'of', 'to', 'as', 'but', 'while', 'after', 'before', 'during', 'from', 'that', 'which', 'the', 'by']);

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Tokens first..last written as one hyphenated word ("third-quarter", "10-year") or a closed one ("weeklong"). */
function isCompound(tokens: readonly Token[], first: number, last: number): boolean {
  let hyphen = false;
  for (let k = first; k <= last; k++) {
    if (tokens[k].text.includes('-') || CLOSED_LENGTHS.has(tokens[k].text.toLowerCase())) hyphen = true;
    if (k > first && tokens[k - 1].end !== tokens[k].start) return false;
  }
  return hyphen;
}
