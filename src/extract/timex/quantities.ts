import { AUXILIARIES, CLOSED_LENGTHS, COUNT_ADJECTIVES, DAY_WORDS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, PLACING_LEADS, SEASONS, STRETCH_ADJECTIVES, TIME_ZONES, WEEKDAYS, TENS, UNITS, VAGUE_COUNTS, YEAR_AGO_WORDS, type Unit } from './lexicon.js';
import { DIGITS, type Match } from './token-reader.js';
import { QuarterReader } from './quarters.js';
import { durationValue } from './duration-value.js';

/** Units a bare plural stretch "months of …" is counted in (not "hours of operation", "seconds of footage"). */
const STRETCH_UNITS: ReadonlySet<Unit> = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);
/** Words before a bare "months of …" that make it a stretch of time: prepositions and verbs of lasting or following. */
const STRETCH_LEADS: ReadonlySet<string> = new Set(['in', 'after', 'following', 'follows', 'followed', 'follow', 'for', 'with', 'amid', 'despite', 'over', 'through', 'throughout', 'during', 'by', 'ends', 'ended', 'end', 'ending', 'endured', 'spent', 'spend', 'took', 'take', 'takes', 'caps', 'capped', 'culminates', 'culminated', 'than', 'and', 'to']);
/** Verbs before a bare plural unit that measure a stretch by it: "could take months", "spent weeks". */
const TAKING_VERBS: ReadonlySet<string> = new Set(['take', 'takes', 'took', 'taking', 'taken', 'spend', 'spends', 'spent', 'spending', 'lasted', 'lasts', 'lasting', 'wait', 'waited', 'waiting']);
/** Words after such a plural that make it no stretch of its own: "took years off", "spent days of", "take hours ago". */
const NOT_MEASURED_AFTER: ReadonlySet<string> = new Set(['of', 'ago', 'later', 'earlier', 'old', 'before', 'after', 'off', 'from']);
/** Nouns after "days of" that make a measure or a kind of leave, not a stretch: "days of supply", "days of leave". */
const STRETCH_OF_NOT: ReadonlySet<string> = new Set(['age', 'old', 'supply', 'supplies', 'inventory', 'leave', 'vacation', 'holiday']);

/**
 * A whole count and a half of a unit, in the next smaller unit: "2 1/2 years" P2Y6M, "three and a half weeks"
 * P24DT12H, "one and a half decades" P15Y (TIMEX3 values carry no decimal fractions in TimeBank).
 */
export function halfLength(whole: number, unit: Unit): string | null {
  switch (unit) {
    case 'century': return `P${whole * 100 + 50}Y`;
    case 'decade': return `P${whole * 10 + 5}Y`;
    case 'year': return `P${whole}Y6M`;
    case 'quarter': return `P${whole * 3 + 1}M15D`;
    case 'month': return `P${whole}M15D`;
    case 'week': return `P${whole * 7 + 3}DT12H`;
    case 'day': return `P${whole}DT12H`;
    case 'hour': return `PT${whole}H30M`;
    case 'minute': return `PT${whole}M30S`;
    default: return null;
  }
}

/** A word before a bare "years ago" that counts it in a way the grammar does not read: "55 million", "Millions of", "17.2". */
const UNCOUNTED_AFTER = /^(?:.*\d.*|millions?|billions?|thousands?|hundreds?|of|and|or|m|bn|-)$/;

/** Units whose count back from "today" names a day: "71 years ago today", "six months ago today", "a week ago today". */
const TO_THE_DAY_UNITS: ReadonlySet<Unit> = new Set<Unit>(['year', 'month', 'week']);

/** Words before "a" and a unit that opens a call to stop with it: "Now wait a minute". */
const CALL_OPENERS: ReadonlySet<string> = new Set(['now', 'but', 'well', 'oh', 'so', 'just']);
/** Money named by its unit, an amount in a rate: "a dollar a day", "pennies a day". */
const CURRENCY_NOUNS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'cent', 'cents', 'penny', 'pennies', 'buck', 'bucks', 'euro', 'euros', 'dlrs']);
/** Words of an amount in a rate: "$5 million a year", "one thousand barrels a day", "millions of dollars a day". */
const LARGE_AMOUNTS: ReadonlySet<string> = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'thousands', 'hundreds', 'millions', 'billions', 'dozen', 'dozens', 'mln', 'bln', 'mn', 'bn', 'm']);
/** Spelled counts, an amount when things counted follow: "two meals a day", "nine minutes a day". */
const SPELLED_COUNTS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety',
]);

/** How many words back a rate looks for its count: "100,000 barrels of oil a day", "thousands of barrels of oil a day". */
const RATE_REACH = 5;
/** Most tokens inside a bracketed other measure of an amount: "(42,000 gallons)", "(3 million liters)". */
const MAX_BRACKETED = 8;
/** A figure, with its currency or its scale glued on: "5,000", "$5", "£3bn", "75billion". */
const AMOUNT = /^[$£€]?\d[\d,.]*(?:bn|m|k|billion|million|trillion|km|kms|mph|kph|kg|kgs|lb|lbs|mw|kw|gw|ft|mt|bpd)?$/;
/** Prepositions between a count and "a day" that make a length of it: "$33.6 billion over a decade". */
const RATE_BREAKS: ReadonlySet<string> = new Set(['over', 'by', 'for', 'in', 'within', 'during', 'about', 'around', 'after', 'before', 'than', 'nearly', 'almost', 'under', 'once']);

/** Nouns after a singular "year" that make it an age band: "the 30-50 year group", "the 18-24 year bracket". */
const AGE_BAND_NOUNS: ReadonlySet<string> = new Set(['group', 'groups', 'bracket', 'brackets']);
/**
 * Words after a count and its unit in the singular that are no noun it modifies: "the 95 minute of the match", "a
 * year ago", "two to three year old", "five-year of".
 */
export const NOT_A_MODIFIED_NOUN: ReadonlySet<string> = new Set([
  'of', 'ago', 'old', 'olds', 'later', 'earlier', 'after', 'before', 'and', 'or', 'to', 'in', 'on', 'at', 'for', 'from',
  'long', 'since', 'until', 'the', 'a', 'an', 'is', 'was', 'are', 'were', 'that', 'which',
]);

/** Adjectives after "the" that name one end of a stretch: "the early years", "the dying days", "the closing weeks". */
const STRETCH_PHASES: ReadonlySet<string> = new Set(['early', 'closing', 'dying', 'opening', 'initial', 'waning', 'twilight']);

/** Words before "another day", "another year" that make it a length. */
const ANOTHER_ONE_AFTER: ReadonlySet<string> = new Set(['for', 'least', 'about', 'nearly', 'almost', 'take', 'takes', 'took', 'taking', 'wait', 'waited', 'waiting', 'last', 'lasts', 'lasted', 'need', 'needs', 'needed', 'within', 'spend', 'spent', 'stay', 'stayed']);

/** Words after which "last" is the verb: "to last", "will last", "could not last", "didn't last". */
export const VERB_LAST_AFTER: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'would', "'d", 'could', 'can', 'may', 'might', 'should', 'must', 'shall', 'not', "n't", 'did', 'does', 'do', 'cannot']);
/** Direction words that may follow "or so": "a week or so ago", "a day or so later". */
const OR_SO_BEFORE: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'back', 'before', 'after', 'from', 'hence']);
/** Adverbs between a modal and the verb "last": "could also last months", "will probably last weeks". */
const ADVERBS_BEFORE_VERB_LAST: ReadonlySet<string> = new Set(['also', 'still', 'only', 'easily', 'probably', 'likely', 'even', 'well', 'now']);

/** Quantities of time: durations ("two years", "a decade") and "N units ago / later". */
export abstract class QuantityReader extends QuarterReader {
  /**
   * Whether "last" at k is the verb: after a modal or "to", perhaps with an adverb between ("could also last months"),
   * or before an article, which the adjective never stands before ("epidemics generally last a few weeks").
   */
  protected lastIsVerb(k: number): boolean {
    if (this.w(k) !== 'last') return false;
    if (this.w(k + 1) === 'a' || this.w(k + 1) === 'an') return true;
    return VERB_LAST_AFTER.has(this.w(k - 1)) || (ADVERBS_BEFORE_VERB_LAST.has(this.w(k - 1)) && VERB_LAST_AFTER.has(this.w(k - 2)));
  }

  /** A length of time, or a point counted by one ("a year ago"), read from token `i`; an age or an angle is neither. */
  quantity(i: number): Match | null {
    // ("at 27 degrees 14 minutes north": minutes of arc)
    if (this.w(i - 1) === 'degrees' || this.w(i - 1) === 'degree') return null;
    const m = this.countedStretch(i);
    if (!m) return null;
    const length = m.meaning.kind === 'duration' || (m.meaning.kind === 'fixed' && m.meaning.type === 'DURATION');
    if (length && this.ageOfSomeone(i, m.last)) return null;
    // ("for the previous 24-hour period", "the next 12-month period": a placed length written as a modifier keeps its
    // noun, which "the previous" belongs to)
    const placedModifier = length && m.last > i + 1 && this.w(m.last - 1) === '-' && this.glued(m.last - 1) && LENGTH_NOUNS.has(this.w(m.last + 1)) && (this.w(i) === 'the' || PLACING_LEADS.has(this.w(i)));
    return placedModifier ? { ...m, last: m.last + 1 } : m;
  }

  /**
   * "people under 60 years of age", "children aged 6 months to 18 years", "under the age of 25 years", "between
   * the ages of 30 and 50 years": how old someone is, no time (as "25 years old"; the news sample's annotators leave
   * "between 14 and 17 years of age" untagged, though WikiWars tags "26 years of age").
   */
  private ageOfSomeone(i: number, last: number): boolean {
    if (this.w(last + 1) === 'of' && this.w(last + 2) === 'age') return true;
    if (this.ageBefore(i - 1)) return true;
    // the second count of a pair whose first follows "aged" or "the ages of": "aged 6 months to 18 years", "aged 5-24
    // years"
    if (this.w(i - 1) !== 'to' && this.w(i - 1) !== 'and' && this.w(i - 1) !== '-' && this.w(i - 1) !== '–') return false;
    for (let k = i - 2; k >= i - 4 && k > this.from; k--) {
      if (this.ageBefore(k)) return true;
      if (!DIGITS.test(this.w(k)) && !NUMBER_WORDS.has(this.w(k)) && !UNITS.has(this.w(k))) return false;
    }
    return false;
  }

  /** Whether the phrase of a count ends at k, before "back", "before" or "after" closes it ("a few weeks back, he said"). */
  private endOfPhrase(k: number): boolean {
    const t = this.w(k);
    // ("up to three months before that is completed": "that" opens the clause the stretch runs up to, no time of its own)
    const thatAsTime = t === 'that' && !VERBS_AFTER_THAT_SUBJECT.has(this.w(k + 1));
    return t === '' || t === ',' || t === '.' || t === ';' || t === ':' || t === ')' || t === "''" || t === '"' || t === '”' || t === 'and' || t === 'when' || thatAsTime;
  }

  /** Whether the verb at k opens its clause, or follows a word that opens a call ("Now wait a minute"). */
  private opensCall(k: number): boolean {
    return k === this.from || !/^[a-z]/.test(this.raw(k - 1)) || (CALL_OPENERS.has(this.w(k - 1)) && (k - 1 === this.from || !/^[a-z]/.test(this.raw(k - 2))));
  }

  /** "aged" or "the age(s) of" at k, before a count of years ("in the age of 24-hour drinking" is an era). */
  private ageBefore(k: number): boolean {
    return this.w(k) === 'aged' || (this.w(k) === 'of' && (this.w(k - 1) === 'age' || this.w(k - 1) === 'ages') && this.w(k - 3) !== 'in');
  }

  /** What quantity() reads, before the checks for an age, an angle and a modifier's noun. */
  private countedStretch(i: number): Match | null {
    let j = i;
    let lead = '';
    const w = this.w(j);
    // ("these past eight years", "those last few days": a demonstrative takes the article's place)
    if (w === 'the' || w === 'its' || w === 'each' || ((w === 'these' || w === 'those') && DEMONSTRATIVE_LEADS.has(this.w(i + 1)))) {
      j++;
      lead = 'the';
    }
    const d = this.w(j);
    // "is expected to last five weeks", "could last two days": the verb "last", not the adjective; the duration
    // is what follows it
    if (d === 'last' && !lead && this.lastIsVerb(i)) return null;
    // ("Following several weeks of protests, he resigned": "following" without "the" is a preposition, outside)
    if (d === 'following' && !lead) return null;
    // ("prophetic, coming a year before this outbreak": "coming" before an article is the verb)
    if (d === 'coming' && !lead && (this.w(j + 1) === 'a' || this.w(j + 1) === 'an')) return null;
    // ("its most recent 10-day sales period": "most recent" is the adjective TimeBank leaves out, as "the most recent
    // three-month period" keeps only "three-month")
    const mostRecentCount = d === 'recent' && this.w(i - 1) === 'most' && this.number(j + 1) !== null;
    // ("earnings over the trailing 12 months": the months just gone, as "the past 12 months" is)
    if (lead === 'the' && d === 'trailing' && this.number(j + 1)) {
      lead = 'past';
      j++;
    } else if (lead === 'the' && (d === 'preceding' || d === 'prior') && this.number(j + 1)) {
      // ("over the preceding six months", "versus 7.8 mln dlrs the prior nine months": the months before, as "the
      // previous six months" are)
      lead = 'previous';
      j++;
    } else if (d === 'past' || d === 'last' || d === 'next' || d === 'coming' || (d === 'upcoming' && lead === 'the') || d === 'first' || d === 'previous' || d === 'following' || d === 'latest' || (d === 'recent' && !mostRecentCount) || d === 'final' || d === 'remaining' || d === 'ensuing' || (lead === 'the' && STRETCH_PHASES.has(d))) {
      lead = d;
      j++;
    } else if (lead === 'the' && YEAR_AGO_WORDS.has(d)) {
      j++;
    }
    // "a profit of 64.2 mln dlrs in the year earlier", "a five-fold rise over the year before" ("a year earlier"
    // with its article); "the year earlier period" is the year-ago period, as "the year-earlier period" is
    if (lead === 'the' && j === i + 1 && d === 'year') {
      const off = this.w(j + 1);
      const closed = /^(?:[.,;:)!?'"”]+|and|)$/.test(this.w(j + 2));
      // ("in the comparable period the year prior": "prior" after the noun, as "before")
      if (off === 'earlier' || off === 'ago' || ((off === 'before' || off === 'prior') && closed)) {
        const noun = this.w(j + 2);
        if (noun === 'period' || noun === 'quarter') return { last: j + 2, meaning: { kind: 'calendar', focusQuarter: true, yShift: -1 } };
        // the year before the one the text is on: "net loss of 13.1 mln marks in 1985 after a net profit of 154.5
        // mln the year before" is 1984
        return { last: j + 1, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'context' } };
      }
    }
    // "versus 292,000 week ago and 316,000 a year ago", "UP 2.1 PCT FROM YEAR AGO": wire tables drop the article,
    // and the unit alone before "ago" is one of it
    if (!lead && j === i && WIRE_AGO_UNITS.has(d) && this.w(j + 1) === 'ago') return { last: j + 1, meaning: { kind: 'shift', unit: UNITS.get(d)!.unit, n: -1, from: 'dct', quarterly: true, ago: true } };
    // "nearly half a century", "half an hour": half of one unit
    if (this.w(j) === 'half' && (this.w(j + 1) === 'a' || this.w(j + 1) === 'an') && !lead) {
      const hu = this.unit(j + 2);
      // "half a century ago": that far back, counted in the next smaller unit
      const back = hu && !hu.plural && this.w(j + 3) === 'ago' ? HALF_SHIFT[hu.unit] : undefined;
      if (back) return { last: j + 3, meaning: { kind: 'shift', unit: back.unit, n: -back.n, from: 'dct' } };
      const value = hu && !hu.plural ? HALF_UNIT[hu.unit] : undefined;
      if (value) return { last: j + 2, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    // "over the past half century", "the next half hour", "a half century ago": half of one unit after a lead that
    // places it, or after "a"
    const halfAt = this.w(j) === 'half' && PLACING_LEADS.has(lead) ? j : this.w(j) === 'a' && this.w(j + 1) === 'half' && !lead ? j + 1 : -1;
    const halved = halfAt >= 0 ? this.unit(halfAt + 1) : null;
    if (halved && !halved.plural) {
      const back = this.w(halfAt + 2) === 'ago' && !lead ? HALF_SHIFT[halved.unit] : undefined;
      if (back) return { last: halfAt + 2, meaning: { kind: 'shift', unit: back.unit, n: -back.n, from: 'dct' } };
      const value = HALF_UNIT[halved.unit];
      if (value && this.w(halfAt + 2) !== 'ago') return { last: halfAt + 1, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    // "for another seven months", "at least another month": the count after "another", and one unit without one
    const another = this.w(j) === 'another' && !lead;
    if (another) j++;
    // "a further two months": "further" counts on as "another" does, inside
    // ("for an additional six months" likewise; "an additional five year term" is the article of its noun)
    else if (!lead && (this.w(j) === 'a' || this.w(j) === 'an') && (this.w(j + 1) === 'further' || this.w(j + 1) === 'additional') && this.countedLength(j + 2)) j += 2;
    // a single unit after "another" is a length only where a length is asked for: "for another day", "will take
    // another year" ("Another day he is sucking up to liberals" is some other day)
    const anotherOne = another && this.unit(j) !== null && !this.unit(j)!.plural && ANOTHER_ONE_AFTER.has(this.w(i - 1));
    // "the past few weeks", "the next several days"
    let num = anotherOne ? { value: 1, last: j - 1 } : this.number(j);
    if (another && !num) return null;
    // "criticized in some quarters", "praise from many quarters": groups of people, no stretch of time
    if (num && num.last === j && (this.w(j) === 'some' || this.w(j) === 'many') && !lead && this.w(j + 1) === 'quarters' && QUARTERS_OF_PEOPLE_BEFORE.has(this.w(i - 1)) && !this.quartersOfAYear(j + 2)) return null;
    // "two more weeks", "three straight months", "five consecutive quarters"
    if (num && COUNT_ADJECTIVES.has(this.w(num.last + 1)) && UNITS.has(this.w(num.last + 2))) num = { ...num, last: num.last + 1 };
    else if (num && num.value !== 1 && STRETCH_ADJECTIVES.has(this.w(num.last + 1)) && UNITS.get(this.w(num.last + 2))?.plural) num = { ...num, last: num.last + 1 };
    // hyphenated adjective: "two-year", "10-year", "16-hour", "day-long"
    const compound = num ? null : this.compoundQuantity(j);
    if (compound) {
      // ("the past half-century": half of one unit, placed)
      if (lead && lead !== 'the' && !(compound.n === 0.5 && PLACING_LEADS.has(lead))) return null;
      // ("a six-month old baby": an age, as "six-month-old" is)
      if (this.w(compound.last + 1) === 'old' && compound.unit !== 'hour' && compound.unit !== 'minute' && compound.unit !== 'second') return null;
      // "a half-century of military rule" (not "half-year results", the first half's figures)
      if (compound.n === 0.5) {
        if (compound.unit === 'year' && HALF_YEAR_REPORTS.has(this.w(compound.last + 1))) return null;
        const value = HALF_UNIT[compound.unit];
        return value ? { last: compound.last, meaning: { kind: 'fixed', type: 'DURATION', value } } : null;
      }
      return { last: compound.last, meaning: { kind: 'duration', n: compound.n, unit: compound.unit } };
    }
    // "two to three months", "seven or eight days", "the next 12 to 18 months": a range of lengths is one stretch of
    // its unit, how long left open (PXM), as TimeML's guidelines write it and the news sample's annotators did every
    // time (TimeBank, AQUAINT and WikiWars join 3 of their 5: "[two to three weeks]", "[the next 12 to 18 months]",
    // but "[two] to [six days]", "[ten] or [fifteen years]")
    const rangeLead = !lead || (lead !== 'the' && RANGE_LEADS.has(lead));
    // (a range read from its lead starts at the lead, "the next 12 to 18 months"; "last" the verb is no lead: "the
    // trial is likely to last four to six weeks")
    const verbLast = this.lastIsVerb(j - 1);
    if (num && num.value !== null && rangeLead && !(this.w(j) === 'a' || this.w(j) === 'an') && (lead || verbLast || !RANGE_LEADS.has(this.w(j - 1)))) {
      // ("a one - or two-year delay": the first count's hyphen left hanging before the link)
      const linkAt = this.w(num.last + 1) === '-' && (this.w(num.last + 2) === 'or' || this.w(num.last + 2) === 'to') ? num.last + 2 : num.last + 1;
      const link = this.w(linkAt);
      // ("lasts between four and seven days": the range "between" opens, "between" outside as a preposition)
      const between = link === 'and' && !lead && this.w(i - 1) === 'between';
      const joined = link === 'to' || link === 'or' || between || ((link === '-' || link === '–') && this.glued(num.last) && this.glued(num.last + 1));
      const end = joined ? this.rangeEnd(linkAt + 1) : null;
      const ru = end && end.value > num.value ? end : null;
      // ("2-3 days ago" and "five or 10 years from now" stay points in time, "25 to 38 years old" an age)
      const after = ru ? this.w(ru.last + 1) : '';
      const fromNow = after === 'from' && this.w(ru!.last + 2) === 'now';
      // a range in the singular before its noun modifies it: "a three to five-year textile pact", "a 10-20 minute
      // presentation"
      // ("a 15 to 20 year pay-out": the noun may be hyphenated)
      const modifier = ru !== null && !ru.plural && /^[a-z]+(?:-[a-z]+)*$/.test(this.raw(ru.last + 1)) && !NOT_A_MODIFIED_NOUN.has(after) && !AGE_BAND_NOUNS.has(after);
      // ("the factories work three to four days a week": some days of every week, a set as "three days a week" is)
      if (ru?.plural && ru.unit === 'day' && after === 'a' && this.w(ru.last + 2) === 'week') return { last: ru.last + 2, meaning: { kind: 'fixed', type: 'SET', value: 'P1W' } };
      // ("would take four or five months before it could resume": "before" opening what follows, as for one length)
      const beforeWhat = (after === 'before' || after === 'after') && /^[a-z]/.test(this.raw(ru!.last + 2));
      if ((ru?.plural || modifier) && ru!.unit !== 'weekend' && (!OFFSET_WORDS.has(after) || beforeWhat) && after !== 'ago' && after !== 'old' && !fromNow) return { last: ru!.last, meaning: { kind: 'duration', n: null, unit: ru!.unit } };
      // "just two or three months ago": the choice is one expression, as the news sample's annotators write it,
      // valued at the farther count
      if (ru?.plural && link === 'or' && after === 'ago') return { last: ru.last + 1, meaning: { kind: 'shift', unit: ru.unit, n: -ru.value, from: 'dct', ago: true } };
    }
    // "a day or two", "an hour or two": a short stretch, how long left open
    if (!lead && (this.w(j) === 'a' || this.w(j) === 'an') && this.w(j + 2) === 'or' && this.w(j + 3) === 'two') {
      const one = this.unit(j + 1);
      // ("happened a day or two ago": a point that far back, valued at the farther count as "two or three days ago" is)
      if (one && !one.plural && one.unit !== 'weekend' && this.w(j + 4) === 'ago') return { last: j + 4, meaning: { kind: 'shift', unit: one.unit, n: -2, from: 'dct', ago: true } };
      // ("it will be a day or two before we can have certainty": "before" opening a clause counts nothing back)
      const offset = OFFSET_WORDS.has(this.w(j + 4)) && !CLAUSE_SUBJECTS.has(this.w(j + 5));
      if (one && !one.plural && one.unit !== 'weekend' && !offset && this.w(j + 4) !== 'ago' && this.w(j + 4) !== 'from') return { last: j + 3, meaning: { kind: 'duration', n: null, unit: one.unit } };
    }
    let unitAt = num ? num.last + 1 : j;
    // "10" "-" "year" glued, or "2 1/2 years"
    if (num && this.w(unitAt) === '-' && this.glued(num.last) && this.glued(unitAt)) unitAt++;
    const u = this.unit(unitAt);
    if (!u) return null;
    if (!num) {
      // "for the first time in years", "have not been paid in months": a long, unspecified stretch ("lap
      // times in seconds" is a unit of measure)
      // ("the first presidential candidate in years to not release", but not "in years to come")
      const toVerb = this.w(unitAt + 1) === 'to' && this.w(unitAt + 2) !== 'come';
      if (!lead && u.plural && u.unit !== 'second' && unitAt === i && this.w(i - 1) === 'in' && (toVerb || /^[.,;:!?)"'`”]*$/.test(this.raw(unitAt + 1)))) {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // "in the years that followed": an unspecified stretch after the time the text is at ("the" outside, as
      // the annotators write it)
      if (!lead && unitAt === i && this.w(i - 1) === 'the' && u.plural && u.unit !== 'second' && (this.w(unitAt + 1) === 'that' || this.w(unitAt + 1) === 'which') && this.w(unitAt + 2) === 'followed') {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // "suspended his campaign days ago", "planned months ago": some time back, how long unsaid
      // ("55 million years ago", "Millions of years ago", "9.2 and 17.2 years ago" count what they do not say)
      // "Years from now, Isis too will be in decline": some time ahead
      if (!lead && u.plural && unitAt === i && !UNCOUNTED_AFTER.test(this.w(i - 1))) {
        if (this.w(unitAt + 1) === 'ago') return { last: unitAt + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
        if (this.w(unitAt + 1) === 'from' && this.w(unitAt + 2) === 'now') return { last: unitAt + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
        // "Weeks later, he left", "Years earlier": some time after or before the time the text is at, as "several
        // weeks later" is ("weeks later than planned" compares)
        const offset = this.w(unitAt + 1);
        // ("some years later", "a few weeks later" are read from their count, "some" no bound)
        if ((offset === 'later' || offset === 'earlier') && this.w(unitAt + 2) !== 'than' && STRETCH_UNITS.has(u.unit) && !this.opensNextExpression(unitAt + 2) && !VAGUE_COUNTS.has(this.w(i - 1)) && this.w(i - 1) !== 'a') {
          return { last: unitAt + 1, meaning: { kind: 'fixed', type: 'DATE', value: offset === 'later' ? 'FUTURE_REF' : 'PAST_REF' } };
        }
      }
      // "follows months of twists and turns", "after weeks of bombing", "Decades of frustration exploded": a long,
      // unspecified stretch of what follows (TimeBank and WikiWars tag it 7 times of 8)
      if (!lead && u.plural && unitAt === i && STRETCH_UNITS.has(u.unit) && this.w(unitAt + 1) === 'of' && /^[a-z]/.test(this.raw(unitAt + 2))
        && !STRETCH_OF_NOT.has(this.w(unitAt + 2)) && (this.opensSentence(i) || STRETCH_LEADS.has(this.w(i - 1)))) {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // "could take months", "spent weeks lobbying", "lasted years", "was weeks away from capturing": a long,
      // unspecified stretch that a verb of taking, spending or lasting measures, or that "away" puts ahead (the
      // news sample's annotators tag it, as they do "for months")
      const measured = TAKING_VERBS.has(this.w(i - 1)) || (this.w(unitAt + 1) === 'away' && this.w(unitAt + 2) === 'from');
      if (!lead && u.plural && unitAt === i && (STRETCH_UNITS.has(u.unit) || u.unit === 'hour') && measured && !NOT_MEASURED_AFTER.has(this.w(unitAt + 1))) {
        return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
      }
      // "over the next year or two": a stretch ahead of a length left open
      // (not "the next week or two weeks or three weeks", a list of lengths)
      if ((lead === 'next' || lead === 'past' || lead === 'last') && !u.plural && this.w(unitAt + 1) === 'or' && this.w(unitAt + 2) === 'two' && !this.unit(unitAt + 3)) return { last: unitAt + 2, meaning: { kind: 'duration', n: null, unit: u.unit } };
      // bare unit after a lead: "the past year", "the coming days", "recent years"
      if (!lead || lead === 'the') return null;
      return this.leadOnly(i, lead, u, unitAt);
    }
    if (lead === 'the' && num.value === 1 && (this.w(j) === 'a' || this.w(j) === 'an')) return null;
    if (u.unit === 'half' || (u.unit === 'quarter' && num.value === 1 && !lead && this.w(j) !== 'a')) return null;
    // "more than a quarter of the market", "a quarter of a million dollars": a fraction, not a period ("several
    // quarters of losses" and "a quarter of an hour" are periods)
    const quarterOfA = u.unit === 'quarter' && num.value === 1 && !lead && this.w(unitAt + 1) === 'of';
    const ofAUnit = quarterOfA && (this.w(unitAt + 2) === 'a' || this.w(unitAt + 2) === 'an') && this.unit(unitAt + 3) !== null;
    if (quarterOfA && !ofAUnit) return null;
    // "a quarter of an hour" PT15M, "a quarter of a century ago" 25 years back: a quarter of the unit after it
    const quarterOf = ofAUnit ? QUARTER_OF[this.unit(unitAt + 3)!.unit] : undefined;
    if (quarterOf) {
      const end = unitAt + 3;
      if (this.w(end + 1) === 'ago') return { last: end + 1, meaning: { kind: 'shift', unit: quarterOf.unit, n: -quarterOf.n, from: 'dct' } };
      return { last: end, meaning: { kind: 'duration', n: quarterOf.n, unit: quarterOf.unit } };
    }
    // "a quarter point cut", "a quarter percentage point", "a quarter ounce", "a quarter million", "a quarter as
    // powerful", "soared by a quarter", "a third or a quarter": a fraction, not three months ("in a quarter", "the
    // largest ever for a quarter" are); "a quarter century" is 25 years, as "a quarter of a century" is
    if (u.unit === 'quarter' && num.value === 1 && !u.plural && !lead && this.w(j) === 'a') {
      const after = this.w(unitAt + 1);
      if (after === 'century' || after === 'centuries') {
        if (this.w(unitAt + 2) === 'ago') return { last: unitAt + 2, meaning: { kind: 'shift', unit: 'year', n: -25, from: 'dct' } };
        return { last: unitAt + 1, meaning: { kind: 'duration', n: 25, unit: 'year' } };
      }
      // ("fell by over a quarter since 1998", "About a quarter dispersed": a bound before it)
      if (QUARTER_MEASURED.has(after) || this.w(j - 1) === 'by' || this.w(j - 1) === 'or' || FRACTION_BOUNDS.has(this.w(j - 1))) return null;
    }
    // "three quarters of the Axis troops", "three quarters of its food": a fraction ("the first two quarters of
    // 1990", "several quarters of losses" are periods)
    if (u.unit === 'quarter' && u.plural && !lead && num.value !== null && num.value < 4 && this.w(unitAt + 1) === 'of' && FRACTION_OF.has(this.w(unitAt + 2))) return null;
    // "one and a quarter lengths", "two and a quarter": a fraction after a whole number
    if (u.unit === 'quarter' && num.value === 1 && this.w(j - 1) === 'and' && (NUMBER_WORDS.has(this.w(j - 2)) || DIGITS.test(this.w(j - 2)))) return null;
    // ("runs the company on a day to day basis": the unit repeated after "to" is a manner of running, no length)
    // ("compared with a year on year rise of 2.7 pct": a kind of comparison, no length)
    if (!lead && num.value === 1 && (this.w(unitAt + 1) === 'to' || this.w(unitAt + 1) === 'on') && this.w(unitAt + 2) === this.w(unitAt)) return null;
    let last = unitAt;
    let n = num.value;
    if (n !== null && u.count) n *= u.count;
    // "a minute and a half", "two years and a half"
    if (n !== null && this.w(last + 1) === 'and' && (this.w(last + 2) === 'a' || this.w(last + 2) === 'one') && this.w(last + 3) === 'half') {
      n += 0.5;
      last += 3;
    }
    // ("a week or so ago": the approximation stands before the direction word, and stays inside)
    // ("six months or more ago": so does a bound)
    if (n !== null && this.w(last + 1) === 'or' && /^(?:so|more|less)$/.test(this.w(last + 2)) && OR_SO_BEFORE.has(this.w(last + 3))) last += 2;
    // trailing direction words
    const after = this.w(last + 1);
    const after2 = this.w(last + 2);
    if (!lead || lead === 'the') {
      // "three weeks ago", "a few weeks back, he said"
      // ("versus 6,000 week ago": a table's figure before its own "week ago", no count of weeks — a count takes the
      // plural)
      if (after === 'ago' && num.value !== null && num.value > 1 && !u.plural && last === unitAt) return null;
      if (after === 'ago' || (after === 'back' && this.endOfPhrase(last + 2))) {
        if (n === null) return { last: last + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
        // ("71 years ago today": the publication day's date that far back, a day)
        if (after === 'ago' && TO_THE_DAY_UNITS.has(u.unit) && this.w(last + 2) === 'today') return { last: last + 2, meaning: { kind: 'shift', unit: u.unit, n: -n, from: 'dct', ago: true, toTheDay: true } };
        return { last: last + 1, meaning: { kind: 'shift', unit: u.unit, n: -n, from: 'dct', quarterly: n === 1, ago: true } };
      }
      // ("another problem six months down the road", "a couple of years down the line": that far ahead, as "from now")
      const downTheRoad = after === 'down' && after2 === 'the' && (this.w(last + 3) === 'road' || this.w(last + 3) === 'line');
      if ((after === 'from' && after2 === 'now') || after === 'hence' || downTheRoad) {
        const end = after === 'hence' ? last + 1 : downTheRoad ? last + 3 : last + 2;
        if (n === null) return { last: end, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
        return { last: end, meaning: { kind: 'shift', unit: u.unit, n, from: 'dct' } };
      }
      // "over an hour later": a clock offset from a time the text rarely gives, so TimeML keeps the length
      const subDay = u.unit === 'hour' || u.unit === 'minute' || u.unit === 'second';
      // "a day later than originally scheduled", "six weeks earlier than planned": a difference between two
      // times, which TimeML keeps as the length ("later than" outside it)
      const comparison = (after === 'earlier' || after === 'later') && this.w(last + 2) === 'than';
      // ("which 10 days prior had precipitated", "Close to three decades prior ,": "prior" standing alone is "before";
      // "six mths prior figures", "four years prior notice" describe a noun)
      // ("in six mths prior.": a results note's prior-year period, its unit abbreviated)
      // ("52 mln acres five years prior to that": "prior to" and what ends the phrase, as "before that")
      const priorAlone = after === 'prior' && (!/^[a-z]/.test(this.raw(last + 2)) || AUXILIARIES.has(this.w(last + 2)) || (this.w(last + 2) === 'to' && this.endOfPhrase(last + 3))) && !ABBREVIATED_UNITS.test(this.w(last));
      if ((after === 'earlier' || after === 'later' || priorAlone || ((after === 'before' || after === 'after') && this.endOfPhrase(last + 2))) && n !== null && !lead && !subDay && !comparison) {
        const sign = after === 'earlier' || after === 'before' || after === 'prior' ? -1 : 1;
        // "a year earlier" in a results story compares with the year-ago quarter: count from the publication date
        if (u.unit === 'year' && n === 1 && sign < 0) return { last: last + 1, meaning: { kind: 'shift', unit: 'year', n: -1, from: 'dct', quarterly: true } };
        return { last: last + 1, meaning: { kind: 'shift', unit: u.unit, n: sign * n, from: 'context', offset: true } };
      }
      // "A few weeks earlier", "several years later": some time before or after the time the text is at, which
      // TimeML writes PAST_REF / FUTURE_REF (4 of the 6 in TimeBank, AQUAINT and WikiWars; the news sample's
      // annotators 2 of 2)
      // ("for several weeks earlier this fall": "earlier" opens the next expression)
      if ((after === 'earlier' || after === 'later') && n === null && num?.last !== undefined && !lead && !subDay && !comparison && !this.opensNextExpression(last + 2)) {
        return { last: last + 1, meaning: { kind: 'fixed', type: 'DATE', value: after === 'earlier' ? 'PAST_REF' : 'FUTURE_REF' } };
      }
    }
    // "coming weeks", "the coming few months": an unspecified stretch ahead ("the coming four months" is a
    // length, as "the next four months" is)
    if ((lead === 'coming' && n === null) || (lead === 'next' && n === null && this.w(i) !== 'the' && this.w(i) !== 'these')) {
      return { last, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    // "37 years old", "a three-and-a-half year old daughter", "600,000 11-year olds", "a six-month old baby": an age,
    // not a time
    if ((this.w(last + 1) === 'old' || this.w(last + 1) === 'olds') && (u.unit === 'year' || u.unit === 'month' || u.unit === 'week' || u.unit === 'day')) return null;
    // "2 1/2 years" is P2Y6M: write halves as the next smaller unit
    if (n !== null && n % 1 !== 0) {
      const whole = Math.floor(n);
      const value = halfLength(whole, u.unit);
      if (value) return { last, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    if (u.unit === 'weekend') return null;
    // "Wait a minute", "Hang on a second": a call to stop, no length of time (the imperative opens its clause: "we
    // had to wait a minute" is one)
    // ("Now wait a minute": a word that opens the call is part of it)
    const callToStop = (this.w(i - 1) === 'wait' && this.opensCall(i - 1)) || (this.w(i - 1) === 'on' && (this.w(i - 2) === 'hang' || this.w(i - 2) === 'hold') && this.opensCall(i - 2));
    if ((u.unit === 'minute' || u.unit === 'second') && n === 1 && !lead && callToStop) return null;
    // "Islam will one day be …", "and one day China would pay a high price": an unspecified future moment,
    // not a day's length
    const modalAfter = MODALS.has(this.w(last + 1)) || MODALS.has(this.w(last + 2)) || MODALS.has(this.w(last + 3));
    if (u.unit === 'day' && n === 1 && this.w(j) === 'one' && !lead && (MODALS.has(this.w(i - 1)) || (modalAfter && ONE_DAY_OPENERS.has(this.w(i - 1))))) {
      return { last, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    // "some day he hoped to get my life back", "Some day soon": some future day, no length ("for some days" is one)
    if (u.unit === 'day' && !u.plural && this.w(j) === 'some' && !lead && last === j + 1) return { last, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    // "One day he is a Muslim, one day Christian", "One day Farmer Abner took his Appaloosa", "hopes to one day be
    // reunited", "until one day everything sinks": some day, said of no day in particular and of no length
    // (TimeBank leaves "he one day follow" untagged); a length keeps its preposition or what it is counted from
    // ("in one day", "followed by one day", "one day after the attack", "from one day to the next")
    if (u.unit === 'day' && n === 1 && this.w(j) === 'one' && !lead && j === i && last === i + 1
      && !ONE_DAY_LENGTH_BEFORE.has(this.w(i - 1)) && !ONE_DAY_LENGTH_AFTER.has(this.w(last + 1))
      // ("had only been in the job one day", "live one day as a lion": how long, said by the verb before)
      && ![1, 2, 3, 4, 5].some((k) => ONE_DAY_LENGTH_VERBS.has(this.w(i - k)))) return null;
    // "a second group", "a second betrayal", "a second Bhopal", "a second- or third-tier issue", "for a second or third
    // time": the ordinal, not one second
    if (u.unit === 'second' && n === 1 && (this.w(j) === 'a' || this.w(j) === 'an') && !lead && this.ordinalSecond(last + 1)) return null;
    // ("beat Tauziat 6-4 / Second round": a capitalized "Second" opening a heading after a score is the ordinal)
    if (this.raw(last) === 'Second' && /^\p{L}/u.test(this.raw(last + 1))) return null;
    // ("On a day when BP registered its first success", "It was a day of mixed emotions", "began as a day of great
    // anticipation": a day named by what filled it, no length — "after a day of statements" is one)
    if (u.unit === 'day' && n === 1 && this.w(j) === 'a' && !lead && DAY_NAMED_BEFORE.has(this.w(i - 1)) && DAY_NAMED_AFTER.has(this.w(last + 1))) return null;
    // ("began looking ahead to a day when he could hang up his hat": a day looked toward, no length)
    if (u.unit === 'day' && n === 1 && this.w(j) === 'a' && !lead && (this.w(i - 1) === 'to' || this.w(i - 1) === 'toward' || this.w(i - 1) === 'towards') && this.w(last + 1) === 'when') return null;
    // "he called it a day", "set to call it a day": an idiom for stopping
    if (u.unit === 'day' && n === 1 && this.w(j) === 'a' && this.w(i - 1) === 'it' && /^call(?:s|ed|ing)?$/.test(this.w(i - 2))) return null;
    // "a day laborer", "a day job", "day care": a kind of work, not a day's length (Timeline17's CNN text)
    if (u.unit === 'day' && n === 1 && !u.plural && !lead && DAY_COMPOUNDS.has(this.w(last + 1))) return null;
    // "a year" after a count: "twice a year", "three times a week" is a recurring time (a SET); after an amount
    // it is the denominator of a rate ("$5 a year", "5,000 barrels a day", "100,000 barrels of oil a day", "12
    // hours a day"), which TimeBank and AQUAINT leave untagged nearly every time (and the news sample's
    // annotators, by their guidelines)
    if (num.value === 1 && (this.w(j) === 'a' || this.w(j) === 'an' || this.w(j) === 'per') && !lead) {
      const before = this.countBefore(i);
      if (before === 'frequency') return { last, meaning: { kind: 'fixed', type: 'SET', value: durationValue(1, u.unit) } };
      if (before === 'amount') return null;
    }
    // ("the 30-50 year group": an age band)
    if (u.unit === 'year' && !u.plural && AGE_BAND_NOUNS.has(this.w(last + 1))) return null;
    // "open seven days a week": every day, the whole phrase a set; "works three days a week", "one day a week": some
    // days of every week
    if (n !== null && n >= 1 && n <= 7 && u.unit === 'day' && (u.plural || n === 1) && !lead && this.w(last + 1) === 'a' && this.w(last + 2) === 'week') {
      return { last: last + 2, meaning: { kind: 'fixed', type: 'SET', value: n === 7 ? 'P1D' : 'P1W' } };
    }
    // "seven years and six months", "an hour and 13 minutes": one length in two units
    // ("the next 23 hours and 50 minutes": a lead places the whole length)
    const rest = n !== null ? this.smallerPart(last, u.unit) : null;
    if (rest) {
      // and a third part: "4 hours 39 minutes six seconds"
      const third = SUB_DAY.has(rest.unit) ? this.smallerPart(rest.last, rest.unit) : null;
      const value = joinLengths(n!, u.unit, rest.n, rest.unit) + (third ? durationValue(third.n, third.unit).slice(2) : '');
      return { last: third ? third.last : rest.last, meaning: { kind: 'fixed', type: 'DURATION', value } };
    }
    return { last, meaning: { kind: 'duration', n, unit: u.unit } };
  }

  /**
   * "some quarters of 1986", "many quarters of the year" at k: quarters of time; "in some quarters of a return in
   * inflation" (fears held in some circles) are not.
   */
  private quartersOfAYear(k: number): boolean {
    if (this.w(k) !== 'of') return false;
    const w = this.w(k + 1);
    return /^\d/.test(w) || w === 'fiscal' || w === 'this' || w === 'last' || w === 'next' || (w === 'the' && (this.w(k + 2) === 'year' || this.w(k + 2) === 'fiscal'));
  }

  /** Whether the word at k after "a second" makes it the ordinal: a noun or name after it, a hyphen, or another ordinal after "or". */
  private ordinalSecond(k: number): boolean {
    const next = this.raw(k);
    if (/^[a-z]/.test(next)) return !SECOND_AFTER.has(this.w(k)) || ((this.w(k) === 'or' || this.w(k) === 'and') && ORDINALS.has(this.w(k + 1)));
    return /^\p{Lu}/u.test(next) || next === '-';
  }

  /** "this fall", "in the week", "on Monday" at k: "earlier" / "later" before it belongs to that expression. */
  private opensNextExpression(k: number): boolean {
    const w2 = this.w(k);
    const w3 = this.w(k + 1);
    return (EARLIER_OPENS.has(w2) && timeWord(w3)) || ((w2 === 'in' || w2 === 'on') && (timeWord(w3) || (w3 === 'the' && timeWord(this.w(k + 2)))));
  }

  /** "and six months" after a length ending at `last` in a larger unit, not an age ("18 months and three months old"). */
  private smallerPart(last: number, unit: Unit): { n: number; unit: Unit; last: number } | null {
    if (!LENGTH_UNITS.includes(unit)) return null;
    // "4 hours 39 minutes six seconds", "five hours 51 minutes , 52 seconds": a race's or a clock's time runs its
    // parts together without "and" (only below a day, where the parts read as one time)
    const withAnd = this.w(last + 1) === 'and';
    const joined = withAnd ? last + 2 : SUB_DAY.has(unit) ? (this.w(last + 1) === ',' ? last + 2 : last + 1) : -1;
    if (joined < 0) return null;
    // ("32 minutes 31.081 seconds": a race's seconds carry their decimals)
    const decimalSeconds = /^\d+\.\d+$/.test(this.w(joined)) && this.unit(joined + 1)?.unit === 'second' ? { value: +this.w(joined), last: joined, approx: undefined } : null;
    const num = decimalSeconds ?? this.number(joined);
    if (!num || num.value === null || num.approx) return null;
    const u = this.unit(num.last + 1);
    if (!u || !LENGTH_UNITS.includes(u.unit) || LENGTH_UNITS.indexOf(u.unit) <= LENGTH_UNITS.indexOf(unit)) return null;
    if (!withAnd && (!SUB_DAY.has(u.unit) || !(decimalSeconds || DIGITS_OR_WORD.test(this.w(joined))))) return null;
    // ("in 24 hours and a second containment system": an ordinal)
    if (u.unit === 'second' && (this.w(joined) === 'a' || this.w(joined) === 'an')) return null;
    const after = this.w(num.last + 2);
    if (after === 'old' || after === 'ago' || OFFSET_WORDS.has(after) || after === '-') return null;
    return { n: num.value, unit: u.unit, last: num.last + 1 };
  }

  /**
   * A count of times ("twice", "three times") or an amount ("5,000 barrels of oil", "$5") within a few words
   * before i, with only lower-case words between; undefined when neither is.
   */
  protected countBefore(i: number): 'frequency' | 'amount' | undefined {
    // ("581,000 cubic feet of natural gas per day": "per" says rate, so its amount may stand a little further back)
    let reach = this.w(i) === 'per' ? RATE_REACH + 2 : RATE_REACH;
    for (let k = i - 1; k >= this.from && k >= i - reach; k--) {
      const w = this.w(k);
      // "798,000 gallons (3 million liters) a day", "1,000 barrels (42,000 gallons) of oil a day": the amount's other
      // measure, bracketed, is read past
      if (w === ')' || w === '-rrb-') {
        const open = this.bracketOpening(k);
        // ("500 Egyptian pounds (about $85) a month": the bracket holds the amount itself)
        if (open !== null && this.amountWithin(open + 1, k)) return 'amount';
        if (open !== null) {
          reach += k - open + 1;
          k = open;
        } else if (k !== i - 1) return undefined;
        continue;
      }
      // ("around 15,000 barrels , per day": a comma before "per" does not end the rate)
      // ("about 5,000 barrels , or 200,000 gallons , a day .": nor one closing the amount's other measure, set off by
      // commas, when the rate ends there)
      if (w === ',' && k === i - 1 && (this.w(i) === 'per' || (AMOUNT.test(this.w(k - 2)) && /^[a-z]+s$/.test(this.raw(k - 1)) && RATE_ENDS.has(this.w(i + 2))))) continue;
      if (w === 'times' || w === 'twice' || w === 'once') return 'frequency';
      // ("one barrel a minute", "sold one an hour": one thing counted per unit)
      if (w === 'one' && (k === i - 1 || (k === i - 2 && /^[a-z]+$/.test(this.raw(k + 1)) && !UNITS.has(this.w(k + 1))))) return 'amount';
      if (AMOUNT.test(w) || LARGE_AMOUNTS.has(w) || CURRENCY_NOUNS.has(w) || w === 'percent' || w === 'pct' || w === '%') return 'amount';
      // "an hour of fresh air a day": a length counted per day
      if (k < i - 1 && UNITS.has(w) && (this.w(k - 1) === 'an' || this.w(k - 1) === 'a') && this.w(k + 1) === 'of') return 'amount';
      // a spelled count of things ("three women a day", "two meals a day"), not of people ("a mother of three living
      // an hour outside Cairo")
      if (SPELLED_COUNTS.has(w) && (/s$/.test(this.w(k + 1)) || this.w(k + 1) === 'of' || LARGE_AMOUNTS.has(this.w(k + 1)))) return 'amount';
      // "six months or a year", "six months to a year", "three weeks and a day after": a second length, not a rate
      if ((w === 'or' || w === 'to' || w === 'and') && this.unit(k - 1)) return undefined;
      // ("250 kWh per month", "100 MW a day": a figure's unit of measure, written in capitals, is part of the amount)
      // (not a clock time's zone: "00.02 BST A year after")
      // ("two billion Ecus a year": a currency's name after the scale word)
      // ("200 mln European currency units per year": a capitalized word of the thing counted, right after the amount)
      const namedThing = /^[A-Za-z]{1,4}$/.test(this.raw(k)) || (/^[A-Z][a-z]+$/.test(this.raw(k)) && !MONTHS.has(w) && !WEEKDAYS.has(w));
      if (namedThing && /[A-Z]/.test(this.raw(k)) && !TIME_ZONES.has(this.w(k)) && k > this.from && (AMOUNT.test(this.w(k - 1)) || LARGE_AMOUNTS.has(this.w(k - 1)))) return 'amount';
      // ("130 mln dlrs' worth of exports a year": the possessive's apostrophe standing alone is read past)
      if (this.raw(k) === "'" && k < i - 1) continue;
      // ("a 660-ton per day capacity": a hyphenated measure is an amount, not a length's "10-year")
      if (w === '-' && k === i - 2 && AMOUNT.test(this.w(k - 1)) && this.glued(k - 1) && this.glued(k) && !this.unit(k + 1)) return 'amount';
      // ("$33.6 billion over a decade", "330 pesos for a day's work", "$5 in about a day" are lengths: the
      // preposition leads to the unit; one further back is inside the amount: "1.4 mln dlrs in revenues a year")
      // (hyphenated words inside it too, "one mln long-distance calls per month", but not a length's: "a 6.25 pct
      // eight-year bullet indicates a week of active trading")
      if (!/^[a-z]+(?:-[a-z]+)*$/.test(this.raw(k)) || (w.includes('-') && this.compoundQuantity(k)) || (RATE_BREAKS.has(w) && this.onlyBreaksBetween(k + 1, i))) return undefined;
    }
    return undefined;
  }

  /** Whether every token from..to-1 is a preposition or adverb that may stand between an amount and a length. */
  private onlyBreaksBetween(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (!RATE_BREAKS.has(this.w(j))) return false;
    return true;
  }

  /** Whether a figure stands among the tokens from..to-1: "(about $85)", "(42,000 gallons)". */
  private amountWithin(from: number, to: number): boolean {
    for (let j = from; j < to; j++) if (AMOUNT.test(this.w(j))) return true;
    return false;
  }

  /** The opening bracket of the short aside that closes at k, or null when none opens within a few tokens. */
  private bracketOpening(k: number): number | null {
    for (let j = k - 1; j >= this.from && j >= k - MAX_BRACKETED; j--) if (this.w(j) === '(' || this.w(j) === '-lrb-') return j;
    return null;
  }

  /** Does a day, month or date start at k ("Thursday morning", "May 1", "this morning", "1945")? */
  private startsTime(k: number): boolean {
    const w = this.w(k);
    const n = this.w(k + 1);
    return WEEKDAYS.has(w) || MONTHS.has(w) || DAY_WORDS.has(w) || DIGITS.test(w) || ((w === 'this' || w === 'that' || w === 'the') && (WEEKDAYS.has(n) || n === 'morning' || n === 'day'));
  }

  private leadOnly(i: number, lead: string, u: { unit: Unit; plural: boolean; count?: number }, unitAt: number): Match | null {
    const the = this.w(i) === 'the' || this.w(i) === 'these' || this.w(i) === 'those';
    if (lead === 'upcoming') lead = 'coming';
    if (lead === 'coming' || (lead === 'next' && u.plural)) {
      // ("the coming decade" is the ten years ahead, as "the next decade" is: see relative())
      if (!u.plural && (u.unit === 'decade' || u.unit === 'century') && the) return { last: unitAt, meaning: { kind: 'duration', n: 1, unit: u.unit } };
      // ("in the coming fortnight": the two weeks ahead, a length, as no calendar names a fortnight)
      if (u.count && !u.plural) return { last: unitAt, meaning: { kind: 'duration', n: u.count, unit: u.unit } };
      if (!u.plural) return { last: unitAt, meaning: { kind: 'shift', unit: u.unit, n: 1, from: 'dct' } };
      return { last: unitAt, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    // ("the following days", "the ensuing decades"; "residents following months of false starts" is a verb)
    if (lead === 'recent' || ((lead === 'past' || lead === 'last' || ((lead === 'ensuing' || lead === 'following') && the)) && u.plural)) {
      if (!u.plural) return null;
      return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
    }
    // "in the first hours of the ground war", "the early years of the war", "the final years of Vietnamization":
    // an unspecified stretch at one end of what follows ("the early hours of Thursday morning" is that morning)
    if ((lead === 'first' || lead === 'final' || STRETCH_PHASES.has(lead)) && the && u.plural && !(this.w(unitAt + 1) === 'of' && this.startsTime(unitAt + 2))) {
      return { last: unitAt, meaning: { kind: 'duration', n: null, unit: u.unit } };
    }
    if ((lead === 'past' || lead === 'last') && the) {
      // "pulled out at the last minute", "Don't leave it to the last minute": an idiom for "late", no minute's length
      if (lead === 'last' && u.unit === 'minute' && LAST_MINUTE_BEFORE.has(this.w(i - 1))) return null;
      // ("The last day for trading shall be June 26", "until the last day of the statement period": the final day of
      // something, not the day just gone)
      if (lead === 'last' && u.unit === 'day' && !u.plural && (this.w(unitAt + 1) === 'of' || this.w(unitAt + 1) === 'for')) return null;
      // ("energy sources from the last century": the century before this one, a date read by relative(); "over",
      // "during", "throughout" and "for" the last century keep the hundred years just gone)
      if (lead === 'last' && u.unit === 'century' && !u.plural && !STRETCH_PREPOSITIONS.has(this.w(i - 1))) return null;
      return { last: unitAt, meaning: { kind: 'duration', n: u.count ?? 1, unit: u.unit } };
    }
    return null; // "last year", "next week" are calendar positions: see relative()
  }

  /** Whether a count stands at k, not before a unit in the singular: "six months", "one or two days" (not "five year term"). */
  private countedLength(k: number): boolean {
    const num = this.number(k);
    const u = num ? this.unit(num.last + 1) : null;
    return !!num?.value && !(u && !u.plural);
  }

  /** The second end of a range of lengths at i, "three weeks" or glued "five-year", with its unit's last token. */
  private rangeEnd(i: number): { value: number; unit: Unit; plural: boolean; last: number } | null {
    const second = this.number(i);
    if (second && second.value !== null) {
      const u = this.unit(second.last + 1);
      return u ? { value: second.value, unit: u.unit, plural: u.plural, last: second.last + 1 } : null;
    }
    const compound = this.compoundQuantity(i);
    return compound && compound.n !== null ? { value: compound.n, unit: compound.unit, plural: false, last: compound.last } : null;
  }

  /** "two-year", "10-year", "30-day", "day-long", "weeklong", "decades-long", "8-month-old" */
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
    } else if (CLOSED_LENGTHS.has(w)) {
      // "an hourlong show", "a weeklong visit": "day-long" written as one word
      parts = [w.slice(0, -'long'.length), 'long'];
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
    // "a quarter-century of rule", "been a quarter-century since": 25 years, as "a quarter century" is (TimeBank
    // leaves the modifier of "its quarter-century low" untagged)
    if (parts[0] === 'quarter' && u.unit === 'century') return this.w(i - 1) === 'a' ? { n: 25, unit: 'year', last } : null;
    let n: number | null;
    if (DIGITS.test(parts[0])) n = +parts[0];
    else if (parts[0].includes('-')) {
      const [t, o] = parts[0].split('-');
      n = TENS.has(t) && NUMBER_WORDS.has(o) ? NUMBER_WORDS.get(t)! + NUMBER_WORDS.get(o)! : NaN;
    } else if (parts[0] === 'several' || parts[0] === 'multi') n = null;
    else if (parts[0] === 'half') n = 0.5;
    else n = NUMBER_WORDS.get(parts[0]) ?? NaN;
    if (n !== null && (Number.isNaN(n) || n <= 0)) return null;
    if (parts[0] === 'a' || parts[0] === 'an') return null;
    return { n, unit: u.unit, last };
  }
}

/** Bounds before "a quarter" that make it a fraction: "about a quarter", "by over a quarter". */
const FRACTION_BOUNDS: ReadonlySet<string> = new Set(['about', 'roughly', 'over', 'nearly', 'almost', 'some', 'around', 'than', 'approximately']);
/** Units written short in results tables: "six mths", "qtr", "wks". */
const ABBREVIATED_UNITS = /^(?:mths?|mos|qtrs?|wks?|yrs?)$/;
/** Prepositions before "some quarters", "many quarters" that make them groups of people ("in some quarters"). */
const QUARTERS_OF_PEOPLE_BEFORE = new Set(['in', 'from', 'among', 'across']);
/** Units that can be joined into one length, largest first. */
const LENGTH_UNITS: readonly Unit[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/**
 * "P7Y6M", "PT1H13M", "P16D", "P3DT4H": the two lengths' values run together (weeks become days, which TIMEX3 does
 * not mix with other units).
 */
function joinLengths(n1: number, u1: Unit, n2: number, u2: Unit): string {
  if (u1 === 'week' && u2 === 'day') return durationValue(n1 * 7 + n2, 'day');
  const first = u1 === 'week' ? durationValue(n1 * 7, 'day') : durationValue(n1, u1);
  const second = durationValue(n2, u2);
  // the second part without its "P", and without its "T" when the first part has one already
  return first + (first.includes('T') ? second.slice(2) : second.slice(1));
}

/** Nouns after which "a day" names a kind of work ("a day laborer", "day care"), not a length. */
const DAY_COMPOUNDS = new Set(['laborer', 'laborers', 'labourer', 'labourers', 'job', 'jobs', 'care', 'trader', 'traders']);
/** Words after which "a second" is a length of time ("a second later", "a second or two"). */
const SECOND_AFTER = new Set(['later', 'earlier', 'ago', 'or', 'and', 'before', 'after', 'longer', 'more']);

export const OFFSET_WORDS = new Set(['later', 'earlier', 'after', 'before']);
/** Words before "a day" that make it a day named by what it held: "On a day when", "It was a day of". */
const DAY_NAMED_BEFORE: ReadonlySet<string> = new Set(['on', 'was', 'is', 'be', 'been', 'as', "'s"]);
/** Words after such "a day": "a day when", "a day of mixed emotions", "a day which began". */
const DAY_NAMED_AFTER: ReadonlySet<string> = new Set(['when', 'of', 'which', 'that', 'for', 'to']);
/** Pronouns that open a clause after "before" or "after": "a day or two before we can have certainty". */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['we', 'i', 'you', 'he', 'she', 'it', 'they']);
/** Tokens that may end a rate's unit: "200,000 gallons , a day ." */
const RATE_ENDS: ReadonlySet<string> = new Set(['.', ',', ';', ':', ')', '-rrb-', '']);
/** Prepositions that make "the last century" the hundred years just gone: "over the last century". */
const STRETCH_PREPOSITIONS: ReadonlySet<string> = new Set(['over', 'during', 'throughout', 'for']);
/** Verbs after "that" that make it the subject of a clause ("before that is completed"), not the time "before that". */
const VERBS_AFTER_THAT_SUBJECT: ReadonlySet<string> = new Set([...AUXILIARIES, 'might', 'happens', 'happened', 'gets', 'got']);

/** Units below a day, whose counts a time runs together without "and". */
const SUB_DAY: ReadonlySet<Unit> = new Set<Unit>(['hour', 'minute', 'second']);
/** A count a joined part may start with: digits or a number word. */
const DIGITS_OR_WORD = /^(\d+|[a-z]+(-[a-z]+)?)$/;

/** Words after "three quarters of" that make it a fraction of something: "of the troops", "of its food". */
const FRACTION_OF = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'all', 'a', 'an', 'those', 'these', 'them', 'this', 'that', 'it']);

/** Words before a count that make "N to M units" one stretch: "the next 12 to 18 months". */
const DEMONSTRATIVE_LEADS = new Set(['past', 'last', 'next', 'coming', 'first', 'final']);
const RANGE_LEADS = new Set(['next', 'past', 'last', 'coming', 'first', 'previous', 'following', 'latest', 'recent', 'final', 'remaining', 'ensuing']);

/** What a company reports for a "half-year": its first half's figures, no length. */
const HALF_YEAR_REPORTS = new Set(['results', 'figures', 'profit', 'profits', 'earnings', 'report', 'accounts', 'loss', 'losses', 'revenue', 'sales', 'dividend', 'numbers']);

/** Half of one unit as a shift in the next smaller unit: "half a century ago" is 50 years back. */
/** Nouns a length written as a modifier names: "the previous 24-hour period". */
const LENGTH_NOUNS: ReadonlySet<string> = new Set(['period', 'window', 'span', 'stretch', 'cycle']);
const HALF_SHIFT: Partial<Record<Unit, { unit: Unit; n: number }>> = {
  century: { unit: 'year', n: 50 }, decade: { unit: 'year', n: 5 }, year: { unit: 'month', n: 6 }, day: { unit: 'hour', n: 12 }, hour: { unit: 'minute', n: 30 },
};

/** Words after "earlier" / "later" that make it open an expression of its own: "earlier this fall", "later in the year". */
const EARLIER_OPENS = new Set(['this', 'that', 'last', 'next']);
/** A word that names or counts a time: a unit, season, part of day, month, weekday or number. */
const timeWord = (w: string) => UNITS.has(w) || SEASONS.has(w) || PARTS_OF_DAY.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || DIGITS.test(w);
/** A quarter of one unit in a smaller one: "a quarter of a century" is 25 years. */
const QUARTER_OF: Partial<Record<Unit, { unit: Unit; n: number }>> = {
  century: { unit: 'year', n: 25 }, decade: { unit: 'month', n: 30 }, year: { unit: 'month', n: 3 }, day: { unit: 'hour', n: 6 }, hour: { unit: 'minute', n: 15 },
};

/** Words "a quarter" measures or compares as a fraction: "a quarter point", "a quarter million", "a quarter as …". */
const QUARTER_MEASURED = new Set(['point', 'points', 'percentage', 'percent', 'pct', 'ounce', 'ounces', 'pound', 'pounds', 'mile', 'miles',
  'inch', 'inches', 'million', 'billion', 'trillion', 'as', 'share', 'stake', 'cent', 'cents']);

/** Half of one unit, written in the next smaller unit. */
const HALF_UNIT: Partial<Record<Unit, string>> = {
  century: 'P50Y', decade: 'P5Y', year: 'P6M', month: 'P15D', week: 'P3DT12H', day: 'PT12H', hour: 'PT30M', minute: 'PT30S',
};

/** Words before "one day" that make it a length: "in one day", "for one day", "followed by one day", "spent one day". */
const ONE_DAY_LENGTH_BEFORE = new Set([
  'in', 'for', 'from', 'within', 'of', 'on', 'over', 'than', 'by', 'after', 'before', 'just', 'only', 'about', 'nearly',
  'almost', 'least', 'most', 'spent', 'spend', 'spends', 'spending', 'take', 'takes', 'took', 'taken', 'taking', 'lasted',
  'lasts', 'last', 'lasting', 'per', 'every', 'each', 'the', 'a', 'an', 'that', 'this', 'same', 'first', 'another',
]);
/** Words after "one day" that make it a length or a point counted from something: "one day after", "one day of the week". */
const ONE_DAY_LENGTH_AFTER = new Set(['after', 'before', 'later', 'earlier', 'ago', 'of', 'to', 'in', 'for', 'apart', 'old', 'long', 'off', 'a', 'per', 'each', 'every', 'late', 'early', 'ahead', 'behind', 'short', 'more', 'less', 'or']);

/** Words before "the last minute" as an idiom: "at the last minute", "to the last minute", "until the last minute". */
export const LAST_MINUTE_BEFORE: ReadonlySet<string> = new Set(['at', 'to', 'until', 'till', 'til']);

/** Words a little before "one day" that ask how long: "had only been in the job one day", "live one day as a lion". */
const ONE_DAY_LENGTH_VERBS = new Set(['been', 'only', 'stayed', 'lasted', 'waited', 'live', 'lived']);

/** Words before a clause-opening "one day" ("and one day China would pay", "that one day he will"). */
const ONE_DAY_OPENERS = new Set(['and', 'but', 'that', ',', '', 'said', 'hope', 'hopes', 'believe', 'believes', 'perhaps', 'maybe']);

const MODALS = new Set(['will', "'ll", 'would', 'could', 'may', 'might', 'shall', 'should', 'can']);

/** Units that wire tables put before "ago" without an article: "vs 292,000 week ago", "FROM YEAR AGO". */
const WIRE_AGO_UNITS = new Set(['week', 'month', 'year']);
