import { pad } from './calendar.js';
import { CLOCK_WORDS, DAY_RANGE_LINKS, PARTS_OF_DAY, WEEKDAYS } from './lexicon.js';
import type { Match } from './token-reader.js';
import { CONTRACT_WORDS } from './months-and-days.js';
import { ATTACK_NOUNS } from './event-dates.js';
import { RelativeReader } from './relative.js';
import { yearOfTwoDigits } from './years.js';

/** "next week", "last week", "this week" after a weekday: the week it is in. */
const WEEK_WORDS: ReadonlyMap<string, number> = new Map([['next', 1], ['last', -1], ['this', 0]]);

/** Dates that start with a weekday or a month name: "Tuesday morning", "March 5, 1990", "May 1990". */
export abstract class NamedDateReader extends RelativeReader {
  /**
   * "September 11" or "11 September" read from `first` to `last` as the attacks of 2001: before a noun of them ("the
   * Sept. 11 attacks", "the 11 September hijackers"), whenever the text was written; after "after", "since", "before",
   * "of" ("the lessons of Sept. 11", "before 11 September"), when written after them (normalize decides by the
   * publication date); not a timeline's "Sept. 11 :" nor "the Sept. 11 board meeting". Null otherwise.
   */
  protected septemberElevenAttacks(first: number, last: number): Match | null {
    if (SEPTEMBER_11_NOUNS.has(this.w(last + 1)) || (this.w(last + 1) === '-' && this.w(last + 2) === 'style')) return { last, meaning: { kind: 'calendar', y: 2001, m: 9, d: 11, attacks: true } };
    // "compared the crisis with the attacks of Sept. 11 and called on …": the attacks, named before the date
    if (this.w(first - 1) === 'of' && ATTACK_NOUNS.has(this.w(first - 2))) return { last, meaning: { kind: 'calendar', m: 9, d: 11, attacks: true } };
    // (a noun after it is what the date names: "before the Sept. 11 deadline", "after Sept. 11 board meetings"; a
    // function word or a verb goes on with the sentence: "after Sept. 11 when the spotlight turned", "the threat
    // before Sept. 11 is excusable", "the emotion of Sept. 11 overwhelmed")
    const next = this.w(last + 1);
    const sentenceGoesOn = !/^[a-z]/.test(this.raw(last + 1)) || WORDS_AFTER_THE_ATTACKS.has(next) || /^[a-z]+ed$/.test(next);
    if (SEPTEMBER_11_BEFORE.has(this.w(first - 1)) && sentenceGoesOn && next !== ':' && next !== '-') {
      return { last, meaning: { kind: 'calendar', m: 9, d: 11, attacks: true } };
    }
    // "September 11 was one of those great earthquakes", "Just as Sept. 11 revolutionized our resolve": the day as
    // the subject of a verb of consequence (not "on September 11 was …", a date)
    if (ATTACKS_AS_SUBJECT.has(next) && !DATE_PREPOSITIONS.has(this.w(first - 1)) && !/^\d/.test(this.w(first - 1))) {
      return { last, meaning: { kind: 'calendar', m: 9, d: 11, attacks: true } };
    }
    return null;
  }

  protected override weekdayExpr(j: number, wd: number): Match {
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
      const yy = this.yearOrAfterComma(k + 2);
      return { last: yy ? yy.last : k + 1, meaning: { kind: 'calendar', y: yy?.y, m: m2, d: dayFirst, wd } };
    }
    // "Monday 16 to Friday 20 August": the day opening a range takes the month (and year) written after the one closing it
    if (dayFirst !== null && DAY_RANGE_LINKS.has(this.w(k + 1))) {
      const e = isWeekdayName(this.w(k + 2)) ? k + 3 : k + 2;
      const closing = this.day(e);
      const m3 = closing !== null && closing > dayFirst ? this.month(e + 1) : null;
      if (m3) return { last: k, meaning: { kind: 'calendar', y: this.year(e + 2)?.y, m: m3, d: dayFirst, wd } };
    }
    // "by Tuesday noon", "Friday midnight": the clock time named by its word, on that day
    const clockWord = CLOCK_WORDS.get(this.w(j + 1));
    if (clockWord) return { last: j + 1, meaning: { kind: 'calendar', wd, time: clockWord } };
    const part = PARTS_OF_DAY.get(this.w(j + 1));
    if (part) {
      if (this.w(j + 2) === 's' || this.w(j + 1).endsWith('s')) return { last: j + 1, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}T${part}` } };
      return { last: j + 1, meaning: { kind: 'calendar', wd, part } };
    }
    const pl = this.w(j + 1);
    // "could announce the names on Monday next week": that week's Monday
    const rel = WEEK_WORDS.get(pl);
    if (rel !== undefined && this.w(j + 2) === 'week') return { last: j + 2, meaning: { kind: 'calendar', wd, weekShift: rel } };
    // "on Monday of this week", "Friday of last week": the same, with "of" (not "released video on Monday of last
    // week's shooting", where the week is another noun's)
    const ofRel = pl === 'of' ? WEEK_WORDS.get(this.w(j + 2)) : undefined;
    if (ofRel !== undefined && this.w(j + 3) === 'week' && !/^['’]s$/.test(this.w(j + 4))) return { last: j + 3, meaning: { kind: 'calendar', wd, weekShift: ofRel } };
    // "talks in Vienna on Thursday and Friday next week": the first day of the pair is in that week too
    const pairRel = pl === 'and' || pl === 'or' ? WEEK_WORDS.get(this.w(j + 3)) : undefined;
    if (pairRel !== undefined && isWeekdayName(this.w(j + 2)) && this.w(j + 4) === 'week') return { last: j, meaning: { kind: 'calendar', wd, weekShift: pairRel } };
    if (pl === 'nights' || pl === 'mornings' || pl === 'evenings' || pl === 'afternoons') {
      return { last: j + 1, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${wd}T${PARTS_OF_DAY.get(pl.slice(0, -1))}` } };
    }
    return { last: j, meaning: { kind: 'calendar', wd } };
  }

  /** The year of a bracket opening at i that holds only it: "(2003)", "-LRB- 2003 -RRB-". */
  private bracketedYear(i: number): number | null {
    if (this.w(i) !== '(' && this.w(i) !== '-lrb-') return null;
    const y = this.year(i + 1);
    return y && (this.w(y.last + 1) === ')' || this.w(y.last + 1) === '-rrb-') ? y.y : null;
  }

  /** Two digits at k that no day can be (32–99), standing alone, read as a year: "Feb 86". */
  private twoDigitYear(k: number): number | null {
    const w = this.w(k);
    if (!/^\d{2}$/.test(w) || +w <= 31 || this.glued(k) || this.glued(k - 1)) return null;
    // (a table's head runs on to another head or its first row's name: "Feb 86 Sales 36,557"; not a price, "Apl 86 unch
    // May 85 unch", "June/Aug 60 stg over Sep", nor "June 90 day bank bills")
    if (!/^[A-Z]/.test(this.raw(k + 1)) && this.raw(k + 1) !== '') return null;
    return yearOfTwoDigits(+w);
  }

  protected override monthExpr(j: number, m: number, the: boolean): Match | null {
    const k = j + 1;
    const d = this.day(k, true);
    if (d !== null) {
      // "Aug. 7, 1998", "August 7 1998"
      let y: { y: number; last: number } | null = null;
      if (this.w(k + 1) === ',') y = this.year(k + 2);
      else if (this.w(k + 1) === 'of' && /^\d{4}$/.test(this.w(k + 2))) y = this.year(k + 2); // "June 20 of 1792"
      else y = this.year(k + 1);
      const attacks = !y && m === 9 && d === 11 ? this.septemberElevenAttacks(j, k) : null;
      if (attacks) return attacks;
      // "June 16 last year", "on June 16th of last year": the day in the year named relative to the anchor's
      const ry = y ? null : this.relativeYearAt(k + 1);
      if (ry) return { last: ry.last, meaning: { kind: 'calendar', m, d, yShift: ry.shift } };
      // "on June 25 that year": the day in the year the text set
      const cy = y ? null : this.contextYearAt(k + 1);
      if (cy) return { last: cy.last, meaning: { kind: 'calendar', m, d, yShift: cy.shift, yFromContext: true } };
      // "payable December 14 each year": that day of every year, one set
      if (!y && (this.w(k + 1) === 'each' || this.w(k + 1) === 'every') && this.w(k + 2) === 'year') return { last: k + 2, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-${pad(m)}-${pad(d)}` } };
      // "on April 8 (2003)": the year in brackets dates the day, and is tagged as itself
      const bracketed = y ? null : this.bracketedYear(k + 1);
      if (bracketed !== null) return { last: k, meaning: { kind: 'calendar', y: bracketed, m, d } };
      return { last: y ? y.last : k, meaning: { kind: 'calendar', y: y?.y, m, d } };
    }
    if (the) return null;
    // "August 1988", "January this year", "July last year", "June, 1990"
    const y = this.yearOrAfterComma(k);
    if (y) return { last: y.last, meaning: { kind: 'calendar', y: y.y, m } };
    // "Feb 87 Jan 87 Feb 86", a table's heads: two digits no day can be, after a capitalized month, are its year
    const short = this.twoDigitYear(k);
    if (short !== null && /^[A-Z]/.test(this.raw(j))) return { last: k, meaning: { kind: 'calendar', y: short, m } };
    if (this.w(k) === 'of' && /^\d{4}$/.test(this.w(k + 1))) {
      const yy = this.year(k + 1);
      if (yy) return { last: yy.last, meaning: { kind: 'calendar', y: yy.y, m } };
    }
    // "a referendum in December of that year", "in May of the following year", "demobilised in September that
    // year": the year the text set
    const cy = this.contextYearAt(k);
    if (cy) return { last: cy.last, meaning: { kind: 'calendar', m, yShift: cy.shift, yFromContext: true } };
    const listed = this.listEndYear(k, m);
    if (listed) return { last: j, meaning: { kind: 'calendar', m, ...listed } };
    // "between March and April 1918", "from May to July 1996", "March-April 1918": the first month of a range
    // takes the year written after the second
    const link = this.w(k);
    if (link === 'and' || link === 'to' || link === 'through' || ((link === '-' || link === '–') && this.glued(j) && this.glued(k))) {
      const m2 = this.month(k + 1);
      const y2 = m2 !== null && m2 > m ? this.yearOrAfterComma(k + 2) : null;
      if (y2) return { last: j, meaning: { kind: 'calendar', y: y2.y, m } };
    }
    // "July last year", "in March of last year"
    const ry = this.relativeYearAt(k);
    if (ry) return { last: ry.last, meaning: { kind: 'calendar', m, yShift: ry.shift } };
    // "above the 422 mln in February a year ago", "350,078 ounces in December a year earlier" (written in April 1987:
    // the December before December 1986): the most recent month of the name, a year back
    if ((this.w(k) === 'a' || this.w(k) === 'one') && this.w(k + 1) === 'year' && (this.w(k + 2) === 'ago' || this.w(k + 2) === 'earlier')) return { last: k + 2, meaning: { kind: 'calendar', m, dir: -1, yearBack: true } };
    const rel = this.w(k);
    // "the September contract", "October crude rose 44 cents", "December bonds": a futures contract's delivery
    // month, which has not expired yet whatever the tense (the current month included)
    // (not a month's figure of a good, "January wheat exports comprised 251,000 tonnes", nor a title, "the AWB's
    // February Wheat Australia publication")
    const figureOfAGood = NOT_A_CONTRACT_AFTER.has(this.w(k + 1)) || (this.w(k + 1) === 'market' && NOT_A_CONTRACT_AFTER.has(this.w(k + 2))) || /^[A-Z][a-z]/.test(this.raw(k + 1));
    if ((CONTRACT_WORDS.has(rel) && !figureOfAGood) || (rel === 't' && this.w(k + 1) === '-') || this.contractAhead(k)) return { last: j, meaning: { kind: 'calendar', m, dir: 1 } };
    return { last: j, meaning: { kind: 'calendar', m } };
  }

  /**
   * "in May, June and September 1989", "arriving in May, June and September of that year", "in May and September last
   * year": months listed in calendar order take the year the last one names (a pair with a number for its year is
   * read by the range rule after this).
   */
  private listEndYear(k: number, m: number): { y: number } | { yShift: number; yFromContext?: true } | null {
    let at = k;
    let previous = m;
    let commas = 0;
    for (let next = this.w(at) === ',' ? this.month(at + 1) : null; next !== null && next > previous; next = this.w(at) === ',' ? this.month(at + 1) : null) {
      previous = next;
      at += 2;
      commas++;
    }
    if (this.w(at) === ',' && commas > 0) at++;
    if (this.w(at) !== 'and' && this.w(at) !== 'or') return null;
    const last = this.month(at + 1);
    if (last === null || last <= previous) return null;
    const y = commas === 0 ? null : this.w(at + 2) === 'of' && /^\d{4}$/.test(this.w(at + 3)) ? this.year(at + 3) : this.yearOrAfterComma(at + 2);
    if (y) return { y: y.y };
    const cy = this.contextYearAt(at + 2);
    if (cy) return { yShift: cy.shift, yFromContext: true };
    const ry = this.relativeYearAt(at + 2);
    return ry ? { yShift: ry.shift } : null;
  }
}

/** Nouns after a month and a good that make them the month's figure, not a contract: "January wheat exports". */
// ("May cattle marketings were off 93 pct", "its April cocoa market report")
const NOT_A_CONTRACT_AFTER: ReadonlySet<string> = new Set(['exports', 'imports', 'production', 'output', 'crop', 'harvest', 'consumption', 'sales', 'purchases', 'shipments', 'arrivals', 'stocks',
  'marketings', 'slaughter', 'placements', 'report', 'reports', 'review', 'survey', 'estimate', 'estimates', 'forecast', 'figures']);

/** Nouns after which "September 11" names the attacks of 2001 ("the Sept. 11 attacks", "the September 11 commission"). */
const SEPTEMBER_11_NOUNS = new Set([...ATTACK_NOUNS, 'terrorism', 'hijackers', 'hijacker', 'commission', 'victim', 'victims', 'plot', 'plotters', 'era', 'families', 'memorial', 'anniversary', 'conspiracy', 'truther', 'truthers', 'responders', 'survivors', 'widows', 'museum']);

/** Words before a bare "September 11" that make it the attacks: "after", "since", "of", "like", "including". */
const SEPTEMBER_11_BEFORE = new Set(['after', 'following', 'since', 'of', 'like', 'including', 'post', 'before', 'to', 'by']);

/** Function words after "after September 11" that go on with the sentence rather than name a thing of that date. */
const WORDS_AFTER_THE_ATTACKS = new Set([
  'when', 'to', 'and', 'or', 'but', 'by', 'a', 'an', 'the', 'that', 'which', 'as', 'in', 'on', 'at', 'with', 'was', 'were',
  'is', 'are', 'has', 'had', 'have', 'could', 'would', 'will', 'we', 'he', 'she', 'they', 'it', 'i', 'there', 'this',
]);
/** Verbs whose subject "September 11" is the attacks: "September 11 was one of those great earthquakes". */
const ATTACKS_AS_SUBJECT = new Set(['was', 'changed', 'caused', 'gave', 'taught', 'showed', 'revolutionized', 'overwhelmed', 'transformed', 'brought', 'made', 'shattered', 'shook']);
/** Prepositions before a date of the calendar: "on September 11 was held …". */
const DATE_PREPOSITIONS = new Set(['on', 'by', 'until', 'till', 'from', 'through', 'before', 'after', 'since', 'for', 'of', 'to', 'and', 'or', ',']);
/** A weekday written out in full ("Tuesday", not "Tue."). */
function isWeekdayName(w: string): boolean {
  return WEEKDAYS.has(w) && w.endsWith('day');
}
