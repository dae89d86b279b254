import { DAY_WORDS, LARGE_COUNT_PLURALS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, POSSESSIVE_DETERMINERS, SINGLE_WORDS, UNITS, VAGUE_COUNTS, WEEKDAYS } from './lexicon.js';
import type { Match } from './token-reader.js';
import type { Unit } from './lexicon.js';
import { OFFSET_WORDS } from './quantities.js';
import { SetReader } from './sets.js';
import { nowIsName } from './names-like-times.js';

/** Words after an adverb of frequency that end the rate it closes: "500,000 people annually with a fatality rate". */
const RATE_WORD_AFTER: ReadonlySet<string> = new Set([
  'with', 'over', 'through', 'that', 'which', 'from', 'in', 'on', 'for', 'to', 'and', 'or', 'but', 'by', 'until', 'till',
  'since', 'as', 'at', 'of', 'worldwide', 'compared', 'according', 'while', 'into', 'because', 'so', 'when', 'if',
  'across', 'around', 'during', 'under', 'up', 'out', 'is', 'are', 'was', 'were', 'comes', 'came',
]);

/** Words that describe a newspaper before "daily": "the business daily", "the financial daily, Boersenzeitung,". */
const PAPER_KINDS = new Set(['business', 'financial', 'economic', 'local', 'national', 'regional', 'evening', 'morning', 'independent', 'official',
  'semi-official', 'government', 'conservative', 'liberal', 'leftist', 'left-wing', 'right-wing', 'leading', 'influential', 'popular', 'mass-circulation', 'english-language',
  'party', 'communist', 'army', 'opposition', 'state-run', 'state-owned', 'pro-government', 'provincial', 'municipal', 'city', 'trade']);

/** Verbs a paper is the subject of: "The daily said", "the weekly reported". */
const PAPER_REPORTS = new Set(['said', 'says', 'reported', 'reports', 'quoted', 'wrote', 'writes', 'added', 'claimed', 'cited', 'carried', 'did', 'warned', 'noted']);

/** What a night brings, after "overnight": "overnight losses", "overnight rain", "overnight fighting". */
const OVERNIGHT_EVENTS = new Set(['losses', 'loss', 'gains', 'gain', 'trading', 'trade', 'session', 'rain', 'rains', 'snow', 'storm', 'storms', 'frost',
  'fighting', 'clashes', 'raid', 'raids', 'attack', 'attacks', 'shelling', 'bombing', 'bombardment', 'violence', 'riots', 'rioting', 'talks',
  'negotiations', 'vigil', 'protests', 'decline', 'declines', 'rally', 'rise', 'fall', 'drop', 'sell-off', 'selloff', 'developments', 'news']);
/** A market's or a figure's moves before "overnight": "the dollar firmed overnight", "shares fell overnight". */
const MARKET_MOVES = new Set(['rose', 'fell', 'firmed', 'eased', 'gained', 'lost', 'dropped', 'climbed', 'slipped', 'rallied', 'tumbled',
  'plunged', 'slumped', 'surged', 'jumped', 'advanced', 'declined', 'weakened', 'strengthened', 'steadied', 'recovered', 'edged']);

/** Most words of a newspaper's name after "daily" or "weekly". */
const MAX_PAPER_NAME = 4;
/** Words that may follow a newspaper's name ("… said", "… quoting", "La Jornada and …"). */
const AFTER_A_PAPER = new Set(['said', 'says', 'reported', 'reports', 'quoted', 'quoting', 'wrote', 'writes', 'and', 'or', 'that', 'which', 'newspaper', 'has', 'had', 'is', 'was', 'cited', 'citing', 'published',
  // "quoted by the daily Politiken as saying", "told the daily Al-Ittihad he was confident", "the local daily La
  // Nacion yesterday", "the Japanese daily Asahi by Fumio Watanabe"
  'as', 'by', 'he', 'she', 'it', 'they', 'yesterday', 'today', 'carried', 'printed', 'ran', 'claimed', 'are', 'were', 'there', 'did', 'warned', 'noted']);
/** Small words inside a paper's name: "Depeche du Midi", "Corriere della Sera". */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['du', 'de', 'des', 'la', 'le', 'della', 'del', 'di', 'van', 'von']);
/** What a paper prints, after "in an": "told the business weekly Wirtschaftswoche in an interview". */
const PAPER_PIECES = new Set(['interview', 'editorial', 'article', 'report', 'commentary']);
/** A name that opens with the Arabic article in small letters: "al-Qabas", "al-Sharq". */
const ARABIC_ARTICLE_NAME = /^(?:al|el|an|ad|as|ash|at|ar)-\p{Lu}/u;

/** Single words and fixed phrases: "now", "soon", "the future", "for years", "year-end". */
export abstract class PhraseReader extends SetReader {
  /** Whether a name starts at `at` and nothing but a verb of saying, a conjunction or punctuation follows it. */
  private namesAPaper(at: number): boolean {
    // "The Milan daily, Il Giornale, said", "he told Oslo's business daily, Dagens Naeringsliv.": the name set off by
    // a comma after a paper described by its city or kind (not "flights depart daily, Monday to Friday")
    const apposition = this.w(at) === ',' && (/^\p{Lu}/u.test(this.raw(at - 2)) || PAPER_KINDS.has(this.w(at - 2)));
    if (apposition) at++;
    // ("A pro-government Bengali daily "Dainik Janata" reported": the name in quotation marks)
    const quoted = /^(?:"|``|“)$/.test(this.raw(at));
    if (quoted) at++;
    let k = at;
    // ("the Kuwaiti daily al-Qabas", "Lebanese daily al-Joumhouria": Arabic names keep their article in small letters)
    // ("the southern French daily Depeche du Midi": a particle inside the name, before its next capitalized word)
    const nameWord = (j: number) => /^\p{Lu}/u.test(this.raw(j)) || ARABIC_ARTICLE_NAME.test(this.raw(j)) || (j > at && NAME_PARTICLES.has(this.raw(j)) && /^\p{Lu}/u.test(this.raw(j + 1)));
    while (k < this.to && k - at < MAX_PAPER_NAME && nameWord(k)) k++;
    if (k === at) return false;
    // ("flights run daily Monday in Paris": a day or a month is no paper's name)
    if (WEEKDAYS.has(this.w(at)) || MONTHS.has(this.w(at))) return false;
    if (quoted) {
      if (!/^(?:"|''|”)$/.test(this.raw(k))) return false;
      k++;
    }
    const after = this.raw(k);
    if (apposition) return k >= this.to || after === ',' || after === '.';
    // ("He attends daily Mass in the chapel" is a frequency: only what a paper prints follows "in")
    const printedIn = after === 'in' && (this.w(k + 1) === 'an' || this.w(k + 1) === 'a' || this.w(k + 1) === 'its') && PAPER_PIECES.has(this.w(k + 2));
    return k >= this.to || !/^[a-z]/.test(after) || AFTER_A_PAPER.has(after) || printedIn;
  }

  /**
   * Whether the word at k is a noun the phrase before it describes: "the long term effects", "the future
   * management", "the past generation" (a lower-case word that is no verb, adverb or function word).
   */
  private nounAfter(k: number): boolean {
    const next = this.w(k);
    return /^[a-z]+$/.test(this.raw(k)) && !AFTER_AT_PRESENT.has(next) && !next.endsWith('ed') && !next.endsWith('ly');
  }

  /**
   * Whether "the long term" at i describes the noun after it: "the long term effects of oil", "the long term interests
   * of its shareholders" — not before a verb, "the long term looked more secure", nor after "in" or "over", where the
   * words after are the clause it frames, "in the near term demand and supply are balanced", save the idiom "in the
   * long term interests of".
   */
  private termBeforeNoun(i: number): boolean {
    const next = this.w(i + 3);
    const framing = (this.w(i - 1) === 'in' || this.w(i - 1) === 'over') && next !== 'interest' && next !== 'interests';
    return this.nounAfter(i + 3) && !framing;
  }

  /**
   * "according to a Hong Kong daily.", "the Tokyo business daily said": a paper named by its city or country, its
   * kind word the noun ending the phrase — an article or possessive, capitalized words (and a kind), then the word.
   */
  private paperOfAPlace(i: number): boolean {
    if (this.w(i) !== 'daily' && this.w(i) !== 'weekly') return false;
    const after = this.raw(i + 1);
    if (!(i + 1 >= this.to || /^[.,;:)'"]/.test(after) || AFTER_A_PAPER.has(after))) return false;
    let k = i - 1;
    if (PAPER_KINDS.has(this.w(k))) k--;
    // ("The daily said", after the paper was named: the noun alone, the subject of a report)
    if (this.w(k) === 'the' && PAPER_REPORTS.has(this.w(i + 1))) return true;
    const lastName = k;
    while (k > this.from && /^\p{Lu}/u.test(this.raw(k))) k--;
    // ("Le Soir daily quoted CGER vice-president": the paper's name itself, then a verb of its reporting)
    return k < lastName && (this.w(k) === 'a' || this.w(k) === 'the' || this.w(k) === "'s" || PAPER_REPORTS.has(this.w(i + 1)));
  }

  /**
   * A capitalized frequency word inside a sentence is part of a title: "People's Daily", "Daily Variety", "the
   * Weekly Standard"; so is one after an opening quote with a capitalized word after it: NBC's "Nightly News",
   * "Daily Show" host.
   */
  private titleWord(i: number): boolean {
    if (!/^[A-Z]/.test(this.raw(i)) || i === this.from) return false;
    const before = this.raw(i - 1);
    if (!/^[.!?:"'`“‘(\-–—]+$/.test(before)) return true;
    return /^["“'‘`]+$/.test(before) && /^[A-Z][a-z]/.test(this.raw(i)) && /^[A-Z][a-z]/.test(this.raw(i + 1));
  }

  override single(i: number): Match | null {
    const w = this.w(i);
    const n1 = this.w(i + 1);
    const fixed = SINGLE_WORDS.get(w);
    if (fixed && fixed.type === 'SET' && this.titleWord(i)) return null;
    // ("(Daily Telegraph Plc)", "the Daily Mail said", "Weekly Standard": the first word of a capitalized name)
    if (fixed && fixed.type === 'SET' && /^[A-Z][a-z]+$/.test(this.raw(i)) && /^[A-Z][a-z]/.test(this.raw(i + 1)) && !WEEKDAYS.has(n1) && !MONTHS.has(n1)) return null;
    // "Apocalypse Now", "Democracy Now", "Larry King Now", "Real News Right Now", "Current TV": a capitalized "Now" or
    // "Right Now" right after a capitalized word inside the sentence, or a capitalized "Current" there, ends or
    // opens a name
    if (nowIsName(this, i)) return null;
    // "the respected business daily Kommersant, reported", "the Rome daily Il Messaggero said": a newspaper, named
    // right after it ("Israel's weekly Cabinet meeting", "the daily White House briefing" are frequencies)
    if (fixed && fixed.type === 'SET' && /^[a-z]+$/.test(this.raw(i)) && (this.namesAPaper(i + 1) || this.paperOfAPlace(i))) return null;
    // ("plans to convert to a monthly.": a paper, a noun after its article with nothing after it)
    if (fixed && fixed.type === 'SET' && (this.w(i - 1) === 'a' || this.w(i - 1) === 'the') && /^(?:daily|weekly|monthly)$/.test(w) && /^[.,;:)]?$/.test(n1)) return null;
    // "5,500 hourly workers", "hourly employees": a pay category, no recurring time ("hourly earnings" is one)
    if (w === 'hourly' && HOURLY_PAID.has(n1)) return null;
    // "collecting about 15,000 barrels daily", "756,000 gallons of oil daily": the denominator of a rate, left
    // untagged as "5,000 barrels a day" is ("the estimated daily spill of 5,000 barrels", "320 million monthly
    // active users": an adjective of the noun after it, whatever was counted before)
    const closesRate = fixed?.type === 'SET' && (!/^[a-z]/.test(this.raw(i + 1)) || RATE_WORD_AFTER.has(this.w(i + 1)));
    if (closesRate && this.countBefore(i) === 'amount') return null;
    // "some media outrage now and again", "(every) now and then": from time to time, no time
    if (w === 'now' && n1 === 'and' && (this.w(i + 2) === 'again' || this.w(i + 2) === 'then')) return null;
    // "As recently as one month ago": only links to the time after it, as "as soon as Tuesday" does
    if (w === 'recently' && this.w(i - 1) === 'as' && n1 === 'as') return null;
    if (fixed) {
      // "now that he is in a confrontation" stays a time: TimeBank, AQUAINT and WikiWars all tag it
      return { last: i, meaning: { kind: 'fixed', ...fixed } };
    }
    // "will soon move", "healthy enough soon": an unspecified near future ("as soon as Tuesday", "soon after
    // the vote" only link to another time); "as soon as possible" is one too
    if (w === 'soon' && this.w(i - 1) !== 'as' && n1 !== 'after' && n1 !== 'afterwards' && n1 !== 'thereafter' && n1 !== 'as' && n1 !== 'enough') {
      return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF', notPast: true } };
    }
    // "depressed by overnight losses in New York", "the dollar firmed overnight", "overnight rain": the night before
    // the day the text is on (TimeBank writes 1989-10-26TNI for Friday's story; the news sample's annotators tag it
    // four times) — only before what a night brings or after a market's move, since "overnight" is as often
    // "suddenly" ("made him famous overnight", "it did not happen overnight") or a kind ("overnight rates")
    if (w === 'overnight' && (OVERNIGHT_EVENTS.has(n1) || MARKET_MOVES.has(this.w(i - 1)))) {
      return { last: i, meaning: { kind: 'shift', unit: 'day', n: -1, from: 'context', part: 'NI' } };
    }
    if (w === 'as' && n1 === 'soon' && this.w(i + 2) === 'as' && this.w(i + 3) === 'possible') return { last: i + 3, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    // "were dashed Friday. Dealers placed heavy buy orders in the morning": that part of the day the text is on
    // ("in the night" is left out: "refusing to go quietly in the night")
    const dayPart = w === 'the' && (this.w(i - 1) === 'in' || this.w(i - 1) === 'during') ? PARTS_OF_DAY.get(n1) : undefined;
    if (dayPart && dayPart !== 'NI' && this.w(i + 2) !== 'of' && this.w(i + 2) !== "'s") return { last: i + 1, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part: dayPart } };
    // "moved only at night", "the city is quiet at night": night in general (WikiWars tags it XXXX-XX-XXTNI 8
    // times); "at night on Tuesday", "at night Tuesday" name a night and are read with the day
    if (w === 'night' && this.w(i - 1) === 'at' && !NAMES_A_NIGHT.has(n1) && !WEEKDAYS.has(n1) && !DAY_WORDS.has(n1) && !MONTHS.has(n1) && !/\d/.test(n1)) {
      return { last: i, meaning: { kind: 'fixed', type: 'TIME', value: 'XXXX-XX-XXTNI' } };
    }
    // "Year to date available seat miles totaled 1.24 billion", "receipts week to date", "year-to-date sales": the year
    // (week, month) so far, the one the text is on, whole (not the bare "date" of "to date" after it)
    // ("For the year to date, sales rose": with its article)
    const at = w === 'the' ? i + 1 : i;
    const hyphenated = SO_FAR_UNITS.get(this.w(at));
    const spaced = this.w(at + 1) === 'to' && this.w(at + 2) === 'date' ? SO_FAR_UNITS.get(`${this.w(at)}-to-date`) : undefined;
    const soFar = hyphenated ?? spaced;
    if (soFar) return { last: hyphenated ? at : at + 2, meaning: { kind: 'shift', unit: soFar, n: 0, from: 'dct' } };
    // "the largest operation in Indochina to date", "have failed to date": up to now ("to" stays outside, as
    // WikiWars writes it 2 of 2; "up to date" is an idiom)
    if (w === 'date' && this.w(i - 1) === 'to' && this.w(i - 2) !== 'up' && !DATED_PERSON.has(n1)) return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "twice as high a dividend this year as last", "this week and last": "last" stands for last year, week, month
    const elided = w === 'last' ? this.elidedUnit(i) : null;
    if (elided) return { last: i, meaning: { kind: 'shift', unit: elided, n: -1, from: 'dct' } };
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
    // "On the last day of 1986", "the first day of 1987": the year's own last or first day
    const ofYear = (n1 === 'last' || n1 === 'first') && this.w(i + 2) === 'day' && this.w(i + 3) === 'of' ? this.year(i + 4) : null;
    if (ofYear) return { last: ofYear.last, meaning: { kind: 'fixed', type: 'DATE', value: `${ofYear.y}-${n1 === 'last' ? '12-31' : '01-01'}` } };
    // "speaking in London on the second day of a UK state visit", "came on the second day of a military offensive":
    // the day the text is on, as news tells it (a history's "on the first day of the war" is the day its story reached)
    // ("on the last day of the talks" too, as the news sample's annotators date "the first day of bankruptcy hearings")
    if (w === 'the' && ORDINALS.has(n1) && this.w(i + 2) === 'day' && this.w(i + 3) === 'of' && this.w(i - 1) === 'on') {
      return { last: i + 2, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context' } };
    }
    // "at a later date": an unspecified future; "for a while": an unspecified length
    if (w === 'a' && n1 === 'later' && this.w(i + 2) === 'date') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    if (w === 'a' && n1 === 'while' && this.w(i - 1) === 'for') return { last: i + 1, meaning: { kind: 'fixed', type: 'DURATION', value: 'PXX' } };
    // "There was a time, not long ago, when the US called the shots"
    if (w === 'not' && n1 === 'long' && this.w(i + 2) === 'ago') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    if (w === 'right' && n1 === 'now') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "held in Syria at present", "At present there are no cases", "To this day, I have no idea": now ("the present
    // crisis" is left out, as "at the moment" is; TimeBank and AQUAINT have neither phrase)
    if (w === 'present' && this.w(i - 1) === 'at' && (!/^[a-z]+$/.test(this.raw(i + 1)) || AFTER_AT_PRESENT.has(n1))) return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "Trump tweeted in the early morning hours", "killed in a road accident in the early hours": the small hours of
    // the day the text is on ("the early hours of Friday" leaves them out: TimeBank tags only the day after them)
    if (w === 'the' && EARLY_HOURS.has(n1)) {
      const hours = this.w(i + 2) === 'morning' ? i + 3 : i + 2;
      if (this.w(hours) === 'hours' && this.w(hours + 1) !== 'of') return { last: hours, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part: 'MO' } };
    }
    // "present-day Belize", "in present day Ondo State", "from the ice age to the present day": now (WikiWars tags
    // both spellings)
    if (w === 'present-day' || (w === 'present' && this.raw(i + 1) === 'day')) return { last: w === 'present' ? i + 1 : i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'the' && n1 === 'present' && this.raw(i + 2) === 'day' && this.w(i + 3) !== 'of') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'this' && this.raw(i + 1) === 'day' && this.w(i - 1) === 'to' && this.w(i + 2) !== 'of') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'these' && n1 === 'days') return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "changed his mind twice in a matter of days", "a matter of hours": an unspecified length of those units
    if (w === 'a' && n1 === 'matter' && this.w(i + 2) === 'of') {
      const u = UNITS.get(this.w(i + 3));
      if (u?.plural) return { last: i + 3, meaning: { kind: 'duration', n: null, unit: u.unit } };
    }
    // "Landfall is expected mid-week", "a midweek meeting": the middle of the publication week
    if (w === 'midweek' || w === 'mid-week') return { last: i, meaning: { kind: 'shift', unit: 'week', n: 0, from: 'dct' }, mod: 'MID' };
    // "Millions of years ago", "thousands of years ago": some time back, as "years ago" is
    if (LARGE_COUNT_PLURALS.has(w) && n1 === 'of' && UNITS.get(this.w(i + 2))?.plural && this.w(i + 3) === 'ago') return { last: i + 3, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    // "the then current market price": current as of a past time
    if ((w === 'then' && n1 === 'current') || w === 'then-current') return { last: w === 'then' ? i + 1 : i, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    // "the current account deficit" (and "current accounts" at a bank) is the balance of payments, no time: the
    // Reuters-21578 bodies have it 117 times; "current assets", "current liabilities" and the Japanese "current
    // profit" (recurring profit, 25 times) are accounting lines, whatever period they are reported for
    // ("BACK {current} of {total} NEXT": a page template's placeholder, 35 times in Timeline17's BBC pages)
    // (each read only at "current", which this reader meets at a twentieth of the tokens it is tried at)
    const current = w === 'current';
    const placeholder = current && (this.w(i - 1) === '{' || this.w(i - 1) === '-lcb-') && (n1 === '}' || n1 === '-rcb-');
    // ("a powerful ocean current that could take it", "a huge current of differing opinions": the noun, a flow — the
    // adjective stands before its noun)
    // ("the Gulf 's loop current", "a rip current": a flow named by a noun before it)
    // ("the Peru current", "the Humboldt current": a flow named by a place)
    const namedFlow = current && /^[A-Z][a-z]/.test(this.raw(i - 1)) && this.w(i - 2) === 'the' && /^[a-z]/.test(this.raw(i));
    // ("temperature, pressure, current, fluid flow": a noun in a list, between commas)
    const listedNoun = current && this.w(i - 1) === ',' && n1 === ',';
    // ("Net 7.72 billion vs 10.38 billion Current 16.81 billion vs 20.84 billion", "net 14 billion, current 30 billion and
    // sales 740 billion": a Japanese company's current profit, a line of its results between figures)
    const profitLine = current && /^\d/.test(n1) && (this.w(i + 2) === 'billion' || this.w(i + 2) === 'mln') && (this.w(i - 1) === 'billion' || this.w(i - 1) === 'mln' || (this.w(i - 1) === ',' && (this.w(i - 2) === 'billion' || this.w(i - 2) === 'mln')));
    // ("cancellation of 1.8 mln dlrs of current and deferred interest": what is due now, against what is put off, no time)
    const deferredToo = current && (n1 === 'and' || n1 === 'or') && this.w(i + 2) === 'deferred';
    // ("the current 1988 fiscal year", "the current 1986/87 year": the year named is the time; "current" only qualifies it)
    const beforeAYear = current && this.year(i + 1) !== null;
    if (current && !placeholder && !namedFlow && !listedNoun && !profitLine && !beforeAYear && !UNITS.has(n1) && n1 !== 'fiscal' && !ACCOUNTING_CURRENT_TERMS.has(n1) && !deferredToo && !CURRENT_AS_NOUN_BEFORE.has(n1) && !FLOW_NOUNS.has(this.w(i - 1))) return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    if (w === 'the') {
      // ("the future management of the firm", "of the past generation": an adjective before its noun; "in the past"
      // frames the clause after it, "have in the past said", "In the future perhaps")
      const describes = (n1 === 'future' || n1 === 'past') && this.w(i - 1) !== 'in' && this.nounAfter(i + 2);
      if (n1 === 'future' && !describes) return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      const n2 = this.w(i + 2);
      if ((n1 === 'near' || n1 === 'distant' || n1 === 'foreseeable' || n1 === 'immediate') && n2 === 'future') return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      // ("The Long Term Credit Bank of Japan": capitalized before a capitalized word, a name)
      const inName = /^[A-Z]/.test(this.raw(i + 2)) && /^[A-Z]/.test(this.raw(i + 3));
      if ((n1 === 'near' || n1 === 'short' || n1 === 'long') && n2 === 'term' && !this.termBeforeNoun(i) && !inName) return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
      if (n1 === 'past' && !this.startsQuantityOrUnit(i + 2) && !describes) return { last: i + 1, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
      // "than they were in the recent past", "in the distant past"
      if ((n1 === 'recent' || n1 === 'distant' || n1 === 'not-too-distant') && n2 === 'past' && !this.startsQuantityOrUnit(i + 3)) return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: 'PAST_REF' } };
    }
    // "for years", "within weeks", "for centuries", "may last decades": an unspecified stretch
    const bare = UNITS.get(w);
    const prev = this.w(i - 1);
    const lastsFor = bare?.plural === true && this.lastIsVerb(i - 1);
    if (bare?.plural && (prev === 'for' || prev === 'within' || lastsFor) && bare.unit !== 'weekend') {
      return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    }
    // "The process occurs over a period of years"
    if (bare?.plural && bare.unit !== 'weekend' && prev === 'of' && this.w(i - 2) === 'period') return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    // "Despite his decades in public service", "cited her years as secretary of State", "his months in jail": how long
    // someone spent somewhere (the news sample's annotators 2 of 2)
    if (bare?.plural && POSSESSIVE_DETERMINERS.has(prev) && SPANS_OF_A_LIFE.has(bare.unit) && SPENT_AS.has(n1)) {
      return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    }
    // "Hours later, …", "minutes after the blast", "just days before the vote": an unspecified offset, kept as
    // its length the way TimeML keeps "three days later"
    if (bare?.plural && bare.unit !== 'weekend' && OFFSET_WORDS.has(n1) && (prev === '' || prev === ',' || this.offsetCanFollow(i - 1))) {
      return { last: i, meaning: { kind: 'duration', n: null, unit: bare.unit } };
    }
    // ("at the time" is left untagged: TimeBank tags it once in four, the news sample's annotators never)
    if (w === 'the' && n1 === 'years' && (prev === 'over' || prev === 'through')) return { last: i + 1, meaning: { kind: 'duration', n: null, unit: 'year' } };
    if (w === 'the' && UNITS.get(n1)?.plural && this.w(i + 2) === 'ahead') return { last: i + 2, meaning: { kind: 'duration', n: null, unit: UNITS.get(n1)!.unit } };
    if (w === 'the' && (n1 === 'full' || n1 === 'entire' || n1 === 'whole') && this.w(i + 2) === 'year') {
      // ("The full year 1986 was better": the year it names)
      const named = this.year(i + 3);
      if (named) return { last: named.last, meaning: { kind: 'fixed', type: 'DATE', value: String(named.y) } };
      // ("Revenues for the full year ended December 31, 1986 were 5.5 mln dlrs": the year that closed on the day named)
      const closedIn = this.yearClosedAfter(i + 3);
      if (closedIn !== undefined) return { last: i + 2, meaning: { kind: 'fixed', type: 'DATE', value: String(closedIn) } };
      return { last: i + 2, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct', story: true } };
    }
    // "At month's end, UN forces held 135,000 prisoners", "by month-end": the end of the month the text is on
    if (w === 'month-end' || (w === 'month' && n1 === "'s" && this.w(i + 2) === 'end')) {
      return { last: w === 'month-end' ? i : i + 2, meaning: { kind: 'shift', unit: 'month', n: 0, from: 'context' }, mod: 'END' };
    }
    // ("by the year end", "at the year end": the article comes along, as in "the end of the year")
    const theYearEnd = w === 'the' && n1 === 'year' && this.w(i + 2) === 'end';
    if (w === 'year-end' || (w === 'year' && n1 === 'end') || (w === 'year' && n1 === "'s" && this.w(i + 2) === 'end') || theYearEnd) {
      const last = w === 'year-end' ? i : n1 === 'end' ? i + 1 : i + 2;
      // "from 1.3 billion dlrs at year-end 1985": the end of the year it names
      const named = this.year(last + 1);
      if (named) return { last: named.last, meaning: { kind: 'fixed', type: 'DATE', value: String(named.y) }, mod: 'END' };
      return { last, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct' }, mod: 'END' };
    }
    return null;
  }

  /**
   * Whether a bare "days after", "hours later" at k + 1 is an offset of its own after the word at k: after "just",
   * "and" or the verb or noun before it ("erased Clinton's email archive days after news of it broke"), not after a
   * word that counts or qualifies the unit ("the days after", "the first days after", "trading days after").
   */
  private offsetCanFollow(k: number): boolean {
    const w = this.w(k);
    return /^[a-z]+$/i.test(this.raw(k)) && !NOT_BEFORE_AN_OFFSET.has(w) && !NUMBER_WORDS.has(w) && !VAGUE_COUNTS.has(w) && !ORDINALS.has(w);
  }

  /** The year of a closing day named in full at k: "ended December 31, 1986", "ending Dec 31 1986". */
  private yearClosedAfter(k: number): number | undefined {
    if (this.w(k) !== 'ended' && this.w(k) !== 'ending') return undefined;
    if (!MONTHS.has(this.w(k + 1).replace(/\.$/, '')) || !/^\d{1,2}$/.test(this.w(k + 2))) return undefined;
    const at = this.w(k + 3) === ',' ? k + 4 : k + 3;
    return this.year(at)?.y;
  }

  private startsQuantityOrUnit(i: number): boolean {
    const w = this.w(i);
    // ("during the past three-year period": a length written as one hyphenated word)
    return UNITS.has(w) || this.number(i) !== null || VAGUE_COUNTS.has(w) || w === 'few' || /-(?:year|month|week|day|hour|minute|decade|quarter|century)$/.test(w);
  }

  /** The unit "last" at i stands for after "this year as", "this week and" (and nothing follows but punctuation). */
  elidedUnit(i: number): Unit | null {
    if (!ELLIPSIS_LINKS.has(this.w(i - 1)) || this.w(i - 3) !== 'this' || !/^[.,;:!?)"'`”]*$/.test(this.raw(i + 1))) return null;
    const u = UNITS.get(this.w(i - 2));
    return u && !u.plural && u.unit !== 'weekend' ? u.unit : null;
  }

  /** "today is", "it's", "this is" right before token i. */
  private todayIs(i: number): boolean {
    const verb = this.w(i - 1);
    const subject = this.w(i - 2);
    return (verb === 'is' || verb === "'s" || verb === '’s') && (subject === 'today' || subject === 'it' || subject === 'this');
  }
}

/** Possessives before "years", "decades" that make them a span of someone's life: "his decades in public service". */
const SPANS_OF_A_LIFE: ReadonlySet<Unit> = new Set(['year', 'decade', 'month', 'week']);
/** Words after such a span that tell where or as what it was spent. */
const SPENT_AS = new Set(['in', 'as', 'at', 'on', 'with', 'under', 'inside', 'behind', 'abroad', 'away']);
/**
 * Words that may follow a time noun standing as an adverb, "at present" or "in the long term", rather than as an
 * adjective before its noun ("at present levels", "the long term effects").
 */
const AFTER_AT_PRESENT = new Set([
  'there', 'it', 'we', 'they', 'he', 'she', 'i', 'you', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his',
  'her', 'our', 'and', 'but', 'or', 'in', 'on', 'at', 'to', 'for', 'is', 'are', 'was', 'no', 'only', 'some', 'many',
  'most', 'all', 'none', 'nobody', 'nothing', 'be', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'can',
  'with', 'as', 'because', 'while', 'if', 'than', 'yet', 'when', 'so', 'by', 'from', 'of', 'a', 'an',
  // (verbs and adverbs a subject "the future" or "the past" takes: "the future holds", "the past has shown")
  'have', 'has', 'had', 'been', 'holds', 'hold', 'looks', 'lies', 'belongs', 'depends', 'remains', 'seems', 'appears',
  'half', 'very', 'now', 'here', 'before', 'during', 'where', 'what', 'who', 'still', 'always', 'never', 'not',
  'which', 'were', 'even', 'more', 'thanks', 'do', 'does', 'did', 'instead', 'without', 'between', 'perhaps', 'due',
  'coming', 'going',
]);
/** Adjectives of "the early hours", "the small hours", "the wee hours". */
const EARLY_HOURS = new Set(['early', 'small', 'wee']);
/** Words that qualify a bare plural unit (number words are tested apart), so "days after" right after them is no offset of its own. */
const NOT_BEFORE_AN_OFFSET = new Set([
  'the', 'these', 'those', 'of', 'more', 'less', 'fewer', 'past', 'next', 'coming', 'final', 'early', 'recent',
  'following', 'previous', 'preceding', 'other', 'same', 'couple', 'countless', 'trading', 'business', 'working',
  'calendar', 'school', 'man', 'many', 'all', 'dozens', 'hundreds', 'thousands', 'in', 'for', 'within',
]);
/** Words after "at night" that tie it to one night ("at night on Tuesday", "at night last week"). */
const NAMES_A_NIGHT = new Set(['on', 'of', 'last', 'this', 'next', 'that', 'before', 'after']);

/** A period so far, hyphenated or not ("year to date", "year-to-date", "month-to-date"), by its unit. */
const SO_FAR_UNITS: ReadonlyMap<string, Unit> = new Map([['year-to-date', 'year'], ['month-to-date', 'month'], ['week-to-date', 'week']]);
/** Objects after "to date" that make it the verb ("went on to date her"). */
const DATED_PERSON = new Set(['her', 'him', 'them', 'me', 'us', 'you', 'the', 'a', 'an', 'his', 'someone', 'anyone', 'each', 'other', 'women', 'men']);

/** Words that join "this year" to an elided "last": "this year as last", "this week and last". */
const ELLIPSIS_LINKS = new Set(['as', 'than', 'and', 'or']);

/** People paid by the hour, after "hourly": "hourly workers", "hourly employees". */
const HOURLY_PAID: ReadonlySet<string> = new Set(['workers', 'employees', 'retirees', 'staff', 'personnel', 'workforce', 'worker', 'employee']);
/** Nouns that name a flow before "current": "loop current", "rip current", "ocean current". */
const FLOW_NOUNS: ReadonlySet<string> = new Set(['loop', 'ocean', 'rip', 'electric', 'electrical', 'alternating', 'sea', 'tidal', 'jet', 'gulf']);
/** Accounting terms "current" opens: "the current account", "current assets", "parent company current profit". */
// ("restrict current spending", "a hold-down on current expenditure": a budget's recurrent outlays, against capital ones)
// ("reclassified as a current liability", "a current external deficit": the balance of payments; "in current
// dollars": nominal ones, no time; "Australia's current deficit narrowed", "companies reported current deficits": the
// current account's, or a Japanese company's recurring loss)
const ACCOUNTING_CURRENT_TERMS: ReadonlySet<string> = new Set(['account', 'accounts', 'assets', 'liability', 'liabilities', 'external', 'dollars', 'profit', 'profits', 'loss', 'losses', 'spending', 'expenditure', 'expenditures', 'deficit', 'deficits', 'surplus', 'surpluses']);
/** Words after "current" that show it is the noun (a flow), not the adjective of time: "a current that", "a current of". */
// ("oil swept up in the current might take eight days": an adjective does not stand before a verb)
// ("a debtor that is current on interest": up to date with payments, no time)
const CURRENT_AS_NOUN_BEFORE: ReadonlySet<string> = new Set(['of', 'that', 'which', 'to', 'from', 'in', 'on', '.', ';', ':', 'might', 'could', 'would', 'will', 'can', 'should', 'must', 'is', 'was', 'has', 'had', 'are', 'were']);
