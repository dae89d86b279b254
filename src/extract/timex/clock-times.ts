import { pad } from './calendar.js';
import { CLOCK_WORDS, DAY_WORDS, MONTHS, NUMBER_WORDS, PARTS_OF_DAY, TIME_ZONES, WEEKDAYS } from './lexicon.js';
import { fourDigitTime, type Match } from './token-reader.js';
import { CalendarReader } from './calendar-dates.js';

/** Clock times: "10:30 a.m.", "noon", "1516 GMT", "4 in the morning", "six o'clock", with the day that follows them. */
export abstract class ClockReader extends CalendarReader {
  override clockTime(i: number): Match | null {
    const w = this.w(i);
    let h: number;
    let min = 0;
    let k = i;
    let today = false;
    const named = CLOCK_WORDS.get(w);
    if (named && w !== 'midnight' && this.w(i - 1) === 'high') return null;
    if (named) h = +named.slice(0, 2);
    else if (this.wireClock(i)) {
      h = +w.slice(0, 2);
      min = +w.slice(2);
      if (this.w(i + 1) === 'hours' || this.w(i + 1) === 'hrs') k++; // "at 2200 hours"
    } else {
      // "10:30", "10:30am", and the British "10.45 a.m." and "18.32 BST" (the dot only with a.m., p.m. or a time
      // zone in capitals after it: "rose to 18.32" is a price)
      const dotted = /^(\d{1,2})\.(\d{2})$/.test(w) && (/^[ap]\.?m\.?$/.test(this.w(k + 1)) || (isZone(this.raw(k + 1)) && this.raw(k + 1) === this.raw(k + 1).toUpperCase()));
      // "six o'clock": an hour spelled out is a clock time only with "o'clock"
      const spelled = this.w(i + 1) === "o'clock" ? NUMBER_WORDS.get(w) : undefined;
      const hm = spelled !== undefined && spelled <= 12 ? ['', String(spelled)] : /^(\d{1,2})(?::(\d{2}))?(a\.?m\.?|p\.?m\.?)?$/.exec(dotted ? w.replace('.', ':') : w);
      if (!hm) return null;
      h = +hm[1];
      min = hm[2] ? +hm[2] : 0;
      let ampm = hm[3] ?? '';
      if (!ampm) {
        // "by 6 o'clock this afternoon", "at 10:30 o'clock"
        const oclock = this.w(k + 1) === "o'clock";
        // "the BBC's Ten O'Clock News", "the Six or Ten o'clock news", "the One O'Clock Club": a programme's name
        if (oclock && (PROGRAMMES.has(this.w(k + 2)) || (/^O/.test(this.raw(k + 1)) && /^[A-Z][a-z]/.test(this.raw(k + 2))))) return null;
        if (oclock) k++;
        const n = this.w(k + 1);
        const said = hm[2] || oclock || CLOCK_PREPOSITIONS.has(this.w(i - 1));
        if (!oclock && (n === 'a.m.' || n === 'p.m.' || n === 'am' || n === 'pm' || n === 'a.m' || n === 'p.m')) {
          ampm = n;
          k++;
        } else if (!oclock && (n === 'a.' || n === 'p.') && this.w(k + 2) === 'm') {
          ampm = n + 'm';
          k += 2;
        } else if (this.w(k + 1) === 'this' && DAY_HALVES.has(this.w(k + 2)) && said) {
          // "At 2:30 this afternoon", "at 10 this morning": that half of the publication day
          ampm = DAY_HALVES.get(this.w(k + 2))!;
          k += 2;
          today = true;
        } else if (this.w(k + 1) === 'in' && this.w(k + 2) === 'the' && DAY_HALVES.has(this.w(k + 3)) && said) {
          // "will leave at 4 in the morning", "until 10 in the evening", "By 9:00 in the morning the square was full"
          ampm = DAY_HALVES.get(this.w(k + 3))!;
          k += 3;
        } else if (oclock) {
          // the hour as said
        } else if (!hm[2]) return null;
        // a bare "2:39" is a clock time after "at", "by", "(" and the like or before a zone; in a results
        // list ("Subaru Impreza 2:39", "Koerts 0:06") it is a race time
        else if (!BARE_CLOCK_BEFORE.has(this.w(i - 1)) && !TIME_ZONES.has(this.w(k + 1)) && this.w(k + 1) !== 'local' && this.w(k + 1) !== 'hrs' && this.w(k + 1) !== 'hr' && this.w(k + 1) !== 'hours' && this.placeTime(k + 1) === 0) return null;
      }
      if (h > 24 || min > 59) return null;
      // "6 .00 pm" split by a tokenizer leaves "00 pm": no hour of a twelve-hour clock
      if (ampm && h === 0 && !hm[2]) return null;
      if (ampm.startsWith('p') && h < 12) h += 12;
      if (ampm.startsWith('a') && h === 12) h = 0;
    }
    const time = `${pad(h)}:${pad(min)}`;
    // time zone and a following day: "5 p.m. EST Nov. 9", "9 a.m. Tuesday", "noon Saturday", "10 p.m. yesterday"
    const zone = isZone(this.raw(k + 1));
    const localTime = this.w(k + 1) === 'local' && this.w(k + 2) === 'time';
    const zoned = zone || localTime;
    if (zone) k++;
    else if (localTime) k += 2;
    else if (this.w(k + 1) === 'local' && this.w(k + 2) === '/') k++;
    else k += this.placeClock(k + 1);
    let j = k + 1;
    // "until midnight (EST) March 24": a zone in brackets is read past, to the day after it, which is this time's day;
    // the extent stops before the bracket
    const zoneAside = !zoned && this.w(j) === '(' && isZone(this.raw(j + 1)) && this.w(j + 2) === ')';
    if (zoneAside) j += 3;
    // "occurred around 6.30 a.m. (2030 GMT) on Tuesday": the day after a bracketed restatement is this
    // time's day too, though the extent stops before the bracket
    // ("struck Chile at 1:11 p.m. (11:11 a.m. ET) Saturday": any clock time restated in brackets)
    const asideEnd = this.restatedClockEnd(j);
    const aside = asideEnd > 0;
    if (aside) j = asideEnd + 1;
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
    const comma = this.w(j) === ',';
    if (comma) j++;
    // "At 11 a.m. on 11 November 1918", "at about 1pm on Sunday": the day after "on" is this time's day, but an
    // expression of its own (as WikiWars and the news sample write it), so the extent stops before "on"
    const on = this.w(j) === 'on';
    if (on) j++;
    const wd = WEEKDAYS.get(this.w(j));
    if (wd && /^[A-Z]/.test(this.raw(j))) {
      const m = this.weekdayExpr(j, wd);
      // "(Update 1:50 a.m. Wednesday in Cairo, 6:50 p.m. ET Tuesday)": a live page stamps its entries within a day
      // or two of its date, either side (Cairo runs ahead of the page's American date)
      const nearest = this.updateStamp(i) && m.meaning.kind === 'calendar' && m.meaning.dir === undefined ? true : undefined;
      // ("16:10 UK time , Wednesday , 8 July 2009": a byline's date after a comma is an expression of its own)
      // ("about 10 p.m. CDT Tuesday night": the part of the day the clock already places is part of it)
      if (m.meaning.kind === 'calendar') return { last: aside || zoneAside || on || comma ? k : m.last, meaning: { ...m.meaning, part: undefined, time, nearest } };
    }
    // "It was 1.22 am last Monday", "at 9 a.m. next Tuesday": that named day
    const rel = this.w(j) === 'last' ? -1 : this.w(j) === 'next' ? 1 : this.w(j) === 'this' ? 0 : undefined;
    const relDay = rel !== undefined ? WEEKDAYS.get(this.w(j + 1)) : undefined;
    if (!aside && rel !== undefined && relDay && /^[A-Z]/.test(this.raw(j + 1))) {
      return { last: zoneAside ? k : j + 1, meaning: { kind: 'calendar', wd: relDay, dir: rel as -1 | 0 | 1, time } };
    }
    if (aside) j = k + 1;
    const m = this.month(j);
    if (m) {
      const me = this.monthExpr(j, m, false);
      if (me && me.meaning.kind === 'calendar' && me.meaning.d !== undefined) return { last: on || zoneAside ? k : me.last, meaning: { ...me.meaning, time } };
    }
    // "At 16:12 26th Apr 2009 , maxx756 wrote", "At 7:05 pm on 25 Nov 2009": the day written first, then its month
    const dayFirst = aside ? null : this.day(j);
    const dayMonth = dayFirst !== null ? this.month(j + 1) : null;
    if (dayFirst !== null && dayMonth) {
      const y = this.year(j + 2);
      return { last: on || zoneAside ? k : y ? y.last : j + 1, meaning: { kind: 'calendar', y: y?.y, m: dayMonth, d: dayFirst, time } };
    }
    const dw = DAY_WORDS.get(this.w(j));
    // "9 a.m. yesterday morning": the part of the day after the day word is part of it
    if (dw !== undefined) return { last: zoneAside ? k : PARTS_OF_DAY.has(this.w(j + 1)) ? j + 1 : j, meaning: { kind: 'shift', unit: 'day', n: dw, from: 'dct', part: time } };
    // "at 8am this morning", "at 11 p.m. last night": the part of the day names the day
    if (!aside && this.w(j) === 'this' && PARTS_OF_DAY.has(this.w(j + 1))) return { last: j + 1, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part: time } };
    if (!aside && this.w(j) === 'last' && (this.w(j + 1) === 'night' || this.w(j + 1) === 'evening')) return { last: j + 1, meaning: { kind: 'shift', unit: 'day', n: -1, from: 'dct', part: time } };
    // "The leak wasn't noticed until 11:45 the next morning", "at 9 a.m. the following day": the day after the one
    // the text is on
    if (!aside && this.w(j) === 'the' && (this.w(j + 1) === 'next' || this.w(j + 1) === 'following') && (this.w(j + 2) === 'day' || PARTS_OF_DAY.has(this.w(j + 2)))) {
      return { last: j + 2, meaning: { kind: 'shift', unit: 'day', n: 1, from: 'context', part: time } };
    }
    // "___. 1:20 p.m. Vermont Sen. Bernie Sanders is making …": a bare time opening a sentence stamps an entry of a
    // live page, on the publication day, whatever date the entry before it named; so does one after "Update" or
    // "Updated (at)" ("(Updated 7:40 p.m. (0240 in Egypt)) A senior U.S. official …", CNN's live pages)
    if (today || i === this.from || this.updateStamp(i)) return { last: k, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part: time } };
    return { last: k, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part: time, zoned } };
  }

  /** How many tokens a place's clock after a time takes from k: "UK time", "New York City time", "local Chicago time"; or 0. */
  private placeClock(k: number): number {
    const place = this.placeTime(k);
    if (place > 0 || this.w(k) !== 'local') return place;
    const after = this.placeTime(k + 1);
    return after > 0 ? 1 + after : 0;
  }

  /**
   * How many tokens a place's clock starting at k takes — "UK time", "Moscow time", "New York time", "New York City
   * time": up to three capitalized words, then "time" — or 0.
   */
  private placeTime(k: number): number {
    for (let n = 1; n <= MAX_PLACE_WORDS; n++) {
      if (this.w(k + n) !== 'time') continue;
      for (let p = k; p < k + n; p++) if (!namesPlaceTime(this.raw(p), 'time') || (n > 1 && NOT_A_PLACE.has(this.w(p)))) return 0;
      return n + 1;
    }
    return 0;
  }

  /**
   * The closing bracket of a clock time restated in brackets at j ("(2030 GMT)", "(11:11 a.m. ET)", PTB's "-LRB- 5
   * a.m. ET -RRB-"), or the zone of one restated after a slash ("/1400 GMT"), or -1.
   */
  private restatedClockEnd(j: number): number {
    // ("will strike on 1000 EDT/1400 GMT on Thursday": restated after a slash, with its zone)
    if (this.w(j) === '/' && this.wireClock(j + 1) && isZone(this.raw(j + 2))) return j + 2;
    if (this.w(j) !== '(' && this.w(j) !== '-lrb-') return -1;
    const first = this.w(j + 1);
    if (!this.wireClock(j + 1) && !/^\d{1,2}(?:[:.]\d{2})?(?:[ap]\.?m\.?)?$/.test(first)) return -1;
    for (let b = j + 2; b <= j + 5; b++) if (this.w(b) === ')' || this.w(b) === '-rrb-') return b;
    return -1;
  }

  /** Whether the clock time at i follows a live page's "Update", "Updated" or "Updated at". */
  private updateStamp(i: number): boolean {
    const before = this.w(i - 1) === 'at' ? i - 2 : i - 1;
    return /^update[ds]?$/.test(this.w(before)) && /^[A-Z]/.test(this.raw(before));
  }

  /**
   * Four digits that read as hours and minutes followed by a time-zone word ("1516 GMT", "0800 UTC"): wire
   * copy writes clock times this way, so they are a time of day even where a year could stand.
   */
  override wireClock(i: number): boolean {
    const w = this.w(i);
    if (!fourDigitTime(w)) return false;
    // ("set to begin at 1530 EST.": a zone the tokenizer joined to the sentence's full stop still makes the clock,
    // which then stands alone, the stop outside)
    if (isZone(this.raw(i + 1)) || isZone(this.raw(i + 1).replace(/^([A-Z]{2,4})\.$/, '$1'))) return true;
    // "play resumed at 1415 local time (1315 GMT)", "landed at 1503 (1203 GMT)", "at 1230 local / 1630 GMT"
    if (this.w(i + 1) === 'local' && this.w(i + 2) === 'time') return true;
    // "2100 local Chicago time"
    if (this.w(i + 1) === 'local' && namesPlaceTime(this.raw(i + 2), this.w(i + 3))) return true;
    // "from 1800 to 2100 local Chicago time", "between 0900 and 1700 GMT": the first clock of a range of clocks (or of
    // two offered: "held open until about 2000 or 2100 EST")
    if ((this.w(i + 1) === 'to' || this.w(i + 1) === 'and' || this.w(i + 1) === 'or' || this.w(i + 1) === '-') && this.wireClock(i + 2)) return true;
    // ("trades to 1500 local (0600 GMT)")
    const restated = this.w(i + 1) === '(' ? i + 2 : this.w(i + 1) === 'local' && (this.w(i + 2) === '/' || this.w(i + 2) === '(') ? i + 3 : -1;
    if (restated > 0 && this.wireClock(restated)) return true;
    // military style: "at 2200 hours", "by 0600 hrs"
    const unit = this.w(i + 1);
    if (unit !== 'hours' && unit !== 'hrs') return false;
    // "shall be 1330 hrs london time", "1330 hrs local time"
    if (this.w(i + 3) === 'time' && /^[a-z]+$/.test(this.w(i + 2))) return true;
    // "as of 1223 hrs EDT", "1000 hrs cdt", "(1200 hrs GMT March 15)"
    if (isZone(this.raw(i + 2))) return true;
    // ("a council meeting is set for 1900 hours local")
    if (this.w(i + 2) === 'local') return true;
    // ("between 1700 and 2100 hrs central U.S. time": the end of a range of clocks)
    const rangeEnd = (this.w(i - 1) === 'and' || this.w(i - 1) === 'to') && /^\d{4}$/.test(this.w(i - 2));
    return (CLOCK_PREPOSITIONS.has(this.w(i - 1)) || rangeEnd) && this.w(i + 2) !== 'of';
  }
}

/** Most words of a place's name before "time": "New York City time". */
const MAX_PLACE_WORDS = 3;
/** Capitalized words that open a sentence rather than name a place: "at 10 a.m. The time …". */
const NOT_A_PLACE = new Set(['the', 'a', 'an', 'this', 'that', 'at', 'by', 'on', 'in']);

/** "UK time", "Moscow time", "Eastern time" at k: a place's clock named by a capitalized word (not a day or a month: "Monday time"). */
function namesPlaceTime(raw: string, lowerNext: string): boolean {
  return lowerNext === 'time' && /^[A-Z][A-Za-z]*$/.test(raw) && !WEEKDAYS.has(raw.toLowerCase()) && !MONTHS.has(raw.toLowerCase());
}

/**
 * A time-zone word: in capitals ("GMT", "EST", "WAT"), or in small letters where it is no English word ("1330 hrs
 * london time (1230 gmt)"; "west", "cat", "eat" are words).
 */
function isZone(raw: string): boolean {
  const lower = raw.toLowerCase();
  return TIME_ZONES.has(lower) && (raw === raw.toUpperCase() || LOWER_CASE_ZONES.has(raw));
}
const LOWER_CASE_ZONES = new Set(['gmt', 'utc', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'bst', 'cet', 'cest', 'jst', 'msk']);

/** "4 in the morning" is a.m., "10 in the evening" p.m. */
/** What an hour "o'clock" can name: "the Ten O'Clock News", "the six o'clock bulletin". */
const PROGRAMMES = new Set(['news', 'bulletin', 'show', 'programme', 'program', 'club']);
const DAY_HALVES = new Map([['morning', 'am'], ['afternoon', 'pm'], ['evening', 'pm']]);

/** Words after which a bare "10:57" is a time of day. */
const BARE_CLOCK_BEFORE = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since', 'to', 'between', 'and', '(', '-', '–', 'past', 'approximately', 'roughly', 'nearly', 'almost', 'after']);

const CLOCK_PREPOSITIONS = new Set(['at', 'by', 'until', 'till', 'from', 'before', 'after', 'around', 'about', 'since']);
