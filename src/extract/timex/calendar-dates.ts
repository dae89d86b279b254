import { pad } from './calendar.js';
import { centuryIsName, sundayIsPaper, todayIsTitle } from './names-like-times.js';
import { BC_WORDS, CLOCK_WORDS, DAY_ORDINALS, DAY_WORDS, HOLIDAYS, MONTHS, PARTS_OF_DAY, POSITION, POSITION_NOUNS, POSSESSIVE_DETERMINERS, SEASONS, WEEKDAYS, WEEKDAY_PLURALS } from './lexicon.js';
import { DIGITS, possessiveEnd, type Match } from './token-reader.js';
import { DECADE_WORDS, yearOfTwoDigits } from './years.js';
import { NamedDateReader } from './weekday-and-month-dates.js';
import { NAMED_DAYS } from './feasts.js';

/** Calendar names as a whole: dates, ISO dates, day words, seasons, holidays and parts of the day, with their modifiers ("early next year"). */
/** Prepositions of time after which "end of July", "beginning of next year" may drop their article. */
const ARTICLELESS_POSITION_AFTER: ReadonlySet<string> = new Set(['by', 'at', 'until', 'till', 'before', 'from', 'since', 'through', 'towards', 'toward']);
/** Capitalized words before a weekday that name an event by it: "Bloody Sunday", "Black Wednesday". */
const NAMED_WEEKDAY_EVENTS: ReadonlySet<string> = new Set(['Bloody', 'Black']);
/** Words between "the" and a year that make its quarter the one compared with: "the same 1986 quarter". */
const COMPARED_PERIODS: ReadonlySet<string> = new Set(['same', 'comparable', 'corresponding', 'similar']);
/** Words after "the fiscal year" that bound it by a day or a month: "the fiscal year ended January 31", "beginning April 1". */
const FISCAL_YEAR_BOUNDS: ReadonlySet<string> = new Set(['ended', 'ending', 'ends', 'end', 'to', 'through', 'beginning', 'begins', 'begun', 'starting', 'starts', 'started', 'that', 'which', 'just']);
/** Verbs before a possessive that make its fiscal year a kind of year kept, not one year: "is changing its fiscal year". */
const CHANGING: ReadonlySet<string> = new Set(['change', 'changes', 'changed', 'changing']);

export abstract class CalendarReader extends NamedDateReader {
  calendar(i: number): Match | null {
    let j = i;
    let mod: string | undefined;
    let the = false;
    // position: "early", "late", "mid", "the end of", "the beginning of"
    // "the rest of this week", "the remainder of the year": what is left of the period, inside the expression as
    // WikiWars writes it ("the rest of 496", "most of the rest of the year"), with no mod of its own
    if (this.w(j) === 'the' && (this.w(j + 1) === 'rest' || this.w(j + 1) === 'remainder') && this.w(j + 2) === 'of') return this.periodOf(j + 3);
    // "the latter part of April", "the early part of the next decade": a part of the period, inside (WikiWars writes
    // "the latter part of the year"), with the edge it names as mod
    if (this.w(j) === 'the' && PART_EDGES.has(this.w(j + 1)) && this.w(j + 2) === 'part' && this.w(j + 3) === 'of') {
      const inner = this.periodOf(j + 4);
      return inner && { ...inner, mod: inner.mod ?? PART_EDGES.get(this.w(j + 1)) };
    }
    // ("at the end of March and beginning of April": the second of two such phrases may drop its article)
    const secondPosition = (this.w(j - 1) === 'and' || this.w(j - 1) === 'or') && POSITION_NOUNS.has(this.w(j)) && this.w(j + 1) === 'of' && this.positionPhraseBefore(j - 1);
    // ("should be sealed by end of July": the article dropped after a preposition of time)
    const articleless = !secondPosition && POSITION_NOUNS.has(this.w(j)) && this.w(j + 1) === 'of' && ARTICLELESS_POSITION_AFTER.has(this.w(j - 1));
    if (secondPosition || articleless || (this.w(j) === 'the' && POSITION_NOUNS.has(this.w(j + 1)) && this.w(j + 2) === 'of')) {
      // "At the end of the day, Americans would support a plan": "in the end", no day ("Protesters pray at the
      // end of the day." closes its sentence and is the evening)
      if (this.w(j - 1) === 'at' && this.w(j + 1) === 'end' && this.w(j + 3) === 'the' && this.w(j + 4) === 'day' && this.w(j + 5) !== '.' && this.w(j + 5) !== '') return null;
      if (secondPosition || articleless) j--;
      mod = POSITION_NOUNS.get(this.w(j + 1));
      j += 3;
      // ("by the start of the new year": the new year keeps its article inside)
      // ("by the end of the summer", "the end of summer": a season, with its article or without)
      const seasonAt = this.w(j) === 'the' && SEASONS.has(this.w(j + 1)) ? j + 1 : SEASONS.has(this.w(j)) ? j : -1;
      // ("by the end of the first quarter", "the start of the second half": a quarter or a half with its article)
      const theQuarter = this.w(j) === 'the' ? this.quarterExpr(j + 1, true) : null;
      // ("before the end of the fiscal year": the story's fiscal year, with its edge)
      const theFiscalYear = this.w(j) === 'the' && this.w(j + 1) === 'fiscal' ? this.calendarCore(j + 1, true) : null;
      const inner = this.theCurrent(j) ?? this.relative(j) ?? this.calendarCore(j, false) ?? this.single(j) ?? (this.w(j) === 'the' && this.w(j + 1) === 'new' ? this.calendarCore(j + 1, true) : null) ?? (seasonAt >= 0 ? this.calendarCore(seasonAt, true) : null) ?? theQuarter ?? theFiscalYear;
      // ("at the end of this year's season": the edge is the season's; the year alone is read after)
      if (inner && possessiveEnd(this.tokens, inner.last) >= 0) return null;
      if (inner && inner.meaning.kind !== 'duration') return { ...inner, mod };
      return null;
    }
    if (POSITION.has(this.w(j)) || this.w(j) === 'earlier' || this.w(j) === 'later') {
      const w = this.w(j);
      if (w === 'mid') {
        const mid = this.midPartOfDay(j);
        if (mid) return mid;
      }
      // "shares were up 1 % by early afternoon", "until late evening": a part of the day the text is on
      if ((w === 'early' || w === 'late') && PART_OF_DAY_LEADS.has(this.w(j - 1))) {
        const part = PARTS_OF_DAY.get(this.w(j + 1));
        if (part && part !== 'NI' && !/^[a-z]/.test(this.raw(j + 2))) {
          return { last: j + 1, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part, loose: true }, mod: POSITION.get(w) };
        }
      }
      mod = w === 'earlier' ? 'START' : w === 'later' ? 'END' : POSITION.get(w);
      let k = j + 1;
      if ((w === 'earlier' || w === 'later' || w === 'late' || w === 'early') && (this.w(k) === 'in' || this.w(k) === 'on')) k++;
      // ("Late in the year", "early in the new year": the current one, or the coming one, with its edge — not "late
      // in the day", as often an idiom's)
      const edgeOfCurrent = (w === 'early' || w === 'late') && k === j + 2 && this.w(k - 1) === 'in' ? this.theCurrentOrNew(k) : null;
      const inner = this.calendarCore(k, false) ?? this.dayWord(k) ?? (w === 'earlier' || w === 'later' ? this.theCurrent(k) : edgeOfCurrent) ?? this.partOfTheDay(j, k);
      // "Earlier Friday, …": the adverb stays outside a bare weekday, as TimeML annotators write it
      if (inner && (w === 'earlier' || w === 'later') && k === j + 1 && inner.meaning.kind === 'calendar' && inner.meaning.wd !== undefined && inner.meaning.m === undefined) return null;
      if (inner) return { ...inner, mod: inner.mod ?? mod };
      return null;
    }
    // "last Thanksgiving", "next Easter", "this Memorial Day weekend": the feast's last, next or this year's ("last"
    // stays inside, as TimeBank writes "last Thanksgiving")
    const which = this.w(j);
    if ((which === 'last' || which === 'next' || which === 'this') && this.feastAt(j + 1)) {
      const feast = this.calendarCore(j + 1, false);
      if (feast && feast.meaning.kind === 'calendar' && feast.meaning.y === undefined) {
        const meaning = which === 'this' ? { ...feast.meaning, yShift: 0 } : { ...feast.meaning, dir: which === 'last' ? (-1 as const) : (1 as const), firm: true };
        return { ...feast, meaning };
      }
    }
    // "lost the general election to Richard Nixon that November" (after "In 1972"): the month in the year the text set
    // ("said that November would be decisive": a conjunction before the month as a subject, left to the month)
    // ("Sloane noted that June yen futures set a new high": after a verb of saying "that" opens what was said)
    // ("had estimated on February 26 that January durable goods orders fell": after the date of a saying too)
    if (this.w(j) === 'that' && !SAYING_BEFORE_THAT.has(this.w(j - 1)) && !this.endsADate(j - 1)) {
      const tm = this.month(j + 1);
      if (tm && this.day(j + 2) === null && this.year(j + 2) === null && !VERBS_AFTER_A_SUBJECT.has(this.w(j + 2))) return { last: j + 1, meaning: { kind: 'calendar', m: tm, yShift: 0, yFromContext: true } };
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
    // (a copy only when the position adds a mod: most cores have none to add, and copying is what costs)
    if (core) return core.mod !== undefined || mod === undefined ? core : { ...core, mod };
    if (!the) return this.dayWord(j) ?? this.midPartOfDay(j);
    return null;
  }

  /**
   * "late in the morning", "early in the evening", "later in the afternoon": that part of the day the text is on,
   * with the modifier inside as in "late on Monday" (not "the night", more often an idiom's: "late in the night").
   */
  private partOfTheDay(j: number, k: number): Match | null {
    const part = this.w(k) === 'the' && this.w(k - 1) === 'in' && k === j + 2 ? PARTS_OF_DAY.get(this.w(k + 1)) : undefined;
    if (!part || part === 'NI' || this.w(k + 2) === 'of') return null;
    return { last: k + 1, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part } };
  }

  /**
   * The period at k that "the rest of", "the latter part of" take, read as it would be alone so that a part of it is
   * dated as it is ("this week", "the year", "1987"); not a length.
   */
  private periodOf(k: number): Match | null {
    const inner = this.calendar(k) ?? this.relative(k) ?? this.theCurrent(k);
    // ("the remainder of today's session": the rest is the session's; "today" alone is read after)
    return inner && inner.meaning.kind !== 'duration' && possessiveEnd(this.tokens, inner.last) < 0 ? inner : null;
  }

  /** Whether a phrase "the <end|beginning|…> of <a few words>" ends right before `link`: "the end of March and". */
  private positionPhraseBefore(link: number): boolean {
    for (let k = link - 2; k >= this.from && k >= link - 5; k--) {
      if (this.w(k) === 'of' && POSITION_NOUNS.has(this.w(k - 1)) && this.w(k - 2) === 'the') return true;
    }
    return false;
  }

  /** "the year", "the month", "the week" after "early in", "late in", or "the new year" there. */
  private theCurrentOrNew(i: number): Match | null {
    if (this.w(i) === 'the' && this.w(i + 1) === 'new' && this.w(i + 2) === 'year') return this.calendarCore(i + 1, true);
    const current = this.theCurrent(i);
    return current?.meaning.kind === 'shift' && current.meaning.unit !== 'day' ? current : null;
  }

  /** "the year", "the month", "the week", "the day" inside "the end of …", "earlier in …": the current one. */
  private theCurrent(i: number): Match | null {
    if (this.w(i) !== 'the') return null;
    const u = this.unit(i + 1);
    // ("the end of the second quarter of 1987", "at the end of the second": an ordinal, no current second)
    if (!u || u.plural || u.unit === 'weekend' || u.unit === 'second') return null;
    if (u.unit === 'quarter') return { last: i + 1, meaning: { kind: 'calendar', focusQuarter: true } };
    return { last: i + 1, meaning: { kind: 'shift', unit: u.unit, n: 0, from: u.unit === 'day' ? 'context' : 'dct', story: u.unit === 'year' || u.unit === 'month' || undefined } };
  }

  /**
   * "mid-afternoon", "mid afternoon yesterday", "mid-morning Tuesday": the middle of a part of the day, of the
   * day named after it or else of the day the text is on. The hyphenated adjectives "early-morning tweets",
   * "a late-afternoon meeting", "late-night tweets" read the same way, with their position as the mod; "late-night"
   * before a show, a host or a name is television's slot, no night ("late-night comedians", "a late-night BBC
   * Radio 4 announcer").
   */
  private midPartOfDay(i: number): Match | null {
    const w = this.w(i);
    let part: string | undefined;
    let last = i;
    let mod: string | undefined;
    const edge = /^(early|late)-(.+)$/.exec(w);
    if (w.startsWith('mid-')) part = PARTS_OF_DAY.get(w.slice(4));
    else if (w === 'mid') {
      part = PARTS_OF_DAY.get(this.w(i + 1));
      last = i + 1;
    } else if (edge && edge[2] !== 'overnight') {
      part = PARTS_OF_DAY.get(edge[2]);
      mod = POSITION.get(edge[1]);
      if (part === 'NI' && (BROADCAST_SLOT_NOUNS.has(this.w(i + 1)) || /^\p{Lu}/u.test(this.raw(i + 1)))) return null;
    }
    if (!part || (part === 'NI' && !mod)) return null;
    const offset = DAY_WORDS.get(this.w(last + 1));
    if (offset !== undefined && this.w(last + 1) !== 'tonight') return { last: last + 1, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct', part }, mod };
    const wd = WEEKDAYS.get(this.w(last + 1));
    if (wd && /^[A-Z]/.test(this.raw(last + 1)) && this.w(last + 1).length > 4) return { last: last + 1, meaning: { kind: 'calendar', wd, part }, mod };
    return { last, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'context', part, loose: true }, mod };
  }

  /** Whether "the fall" (its "fall" at j) stands where autumn does: after a preposition of time, before a season's noun or another season. */
  private autumnContext(j: number): boolean {
    const next = this.w(j + 1);
    let p = j - 1;
    if (p >= 0 && (this.w(p) === 'early' || this.w(p) === 'late' || this.w(p) === 'mid')) p--;
    if (p >= 0 && this.w(p) === 'the') p--;
    const prep = this.w(p);
    if (next === 'of' && this.year(j + 2) !== null) return true;
    // "By the fall, it was done", but "hit by the fall in oil prices"
    if (prep === 'by') return next !== 'in' && next !== 'to' && next !== 'from' && next !== 'of';
    // "compensated for the fall in January", "gave no reason for the fall but …": what is accounted for is a decline
    if (prep === 'for' && (next === 'in' || next === 'to' || ACCOUNTED_FOR.has(this.w(p - 1)))) return false;
    if (SEASON_PREPOSITIONS.has(prep)) return true;
    if (SEASON_NOUNS.has(next)) return true;
    return (next === 'and' || next === 'or') && SEASONS.has(this.w(j + 2));
  }

  /** Whether "1980's" at j reads as a decade: after "the", "early", "late", "mid", or joined to a decade before it. */
  private decadeBefore(j: number, the: boolean): boolean {
    const prev = this.w(j - 1);
    if (the || prev === 'early' || prev === 'late' || prev === 'mid' || prev === 'mid-') return true;
    if (prev !== 'and' && prev !== 'or' && prev !== 'to' && prev !== 'through') return false;
    const before = j - 2;
    if (/^\d{3}0'?s$/.test(this.w(before))) return true;
    // the decade before, split the same way: "1980 ' s and"
    for (let k = before - 2; k <= before - 1; k++) if (k >= 0 && /^\d{3}0$/.test(this.w(k)) && this.apostropheSAfter(k) === before) return true;
    return false;
  }

  /** Does talk of heat, poll numbers or prices come near token j ("highs in the 90s", "approval is in the 20s", "the stock can go to the mid 30s")? */
  private numberTalkBefore(j: number): boolean {
    for (let k = j - 1; k >= Math.max(this.from, j - 12); k--) if (NUMBER_TALK_WORDS.has(this.w(k))) return true;
    return NUMBER_TALK_WORDS.has(this.w(j + 1)) || NUMBER_TALK_WORDS.has(this.w(j + 2));
  }

  /**
   * The last token of an "'s" right after token j, or null: the tokenizer splits "1980's" into "1980" "'" "s", and
   * Timeline17's "the early 2000 's" stands the "'s" apart as well.
   */
  private apostropheSAfter(j: number): number | null {
    const quote = this.w(j + 1) === "'" || this.w(j + 1) === '’';
    return quote && this.w(j + 2) === 's' && this.glued(j + 1) ? j + 2 : null;
  }

  /** today, yesterday, tomorrow, tonight, optionally with a part of day ("yesterday morning"). */
  private dayWord(i: number): Match | null {
    const w = this.w(i);
    const offset = DAY_WORDS.get(w);
    if (offset === undefined) return null;
    // "USA Today", "the Today show", NBC's "Today" program
    if (todayIsTitle(this, i)) return null;
    // "in today's world", "today's youth", "many of today's personal computers": today as "these times", a
    // generic era the annotators leave out (TimeBank and AQUAINT 0 of 4; "today's editions", "today's quiz"
    // name the day and stay)
    if (w === 'today' && (this.w(i + 1) === "'s" || this.w(i + 1) === '’s') && this.genericEra(i + 2)) return null;
    // "every well drilled in the world today", "the world today would be different": the present era, as TimeML's
    // guidelines write it ("rallies all over the world today", "could end the world today" are the day)
    if (w === 'today' && this.w(i - 1) === 'world' && this.w(i - 2) === 'the' && !WORLD_TODAY_DAY.has(this.w(i - 3))) {
      return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    }
    // "racial struggles which, even today, inflame the streets", "Even today, the journey … is not complete": still,
    // in the present era, set off by a comma (the news sample's annotators 2 of 2; "And even today we were
    // videotaping" is the day)
    if (w === 'today' && this.w(i - 1) === 'even' && this.w(i + 1) === ',') return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "making larger discoveries than we do today", "far better off than we are today", "more resilient 30 years ago
    // than today": the present era set against another time
    if (w === 'today' && this.comparedWithNow(i)) return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'PRESENT_REF' } };
    // "hoping for a brighter tomorrow", "the leaders of tomorrow": the future at large, not the next day
    // ("as of tomorrow" is the day: "as" is no plural)
    if (w === 'tomorrow' && !PARTS_OF_DAY.has(this.w(i + 1)) && (GENERIC_TOMORROW_BEFORE.has(this.w(i - 1)) || (this.w(i - 1) === 'of' && /^[a-z]{2,}s$/.test(this.w(i - 2)) && !/ss$/.test(this.w(i - 2))))) {
      return { last: i, meaning: { kind: 'fixed', type: 'DATE', value: 'FUTURE_REF' } };
    }
    const part = PARTS_OF_DAY.get(this.w(i + 1)) ?? CLOCK_WORDS.get(this.w(i + 1));
    if (part) return { last: i + 1, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct', part } };
    if (w === 'tonight') return { last: i, meaning: { kind: 'shift', unit: 'day', n: 0, from: 'dct', part: 'NI' } };
    return { last: i, meaning: { kind: 'shift', unit: 'day', n: offset, from: 'dct' } };
  }

  /**
   * "today" at i closes a comparison: right after "than", or after "than" and a short clause that only repeats a
   * verb ("than we do", "than it is", "than is the case"), not "better than expected profits today".
   */
  private comparedWithNow(i: number): boolean {
    if (this.w(i - 1) === 'than') return true;
    if (!COMPARISON_VERBS.has(this.w(i - 1)) && this.w(i - 1) !== 'case') return false;
    for (let k = i - 2; k >= i - 5; k--) {
      const w = this.w(k);
      if (w === 'than') return true;
      if (!/^[a-z]+$/.test(w) || w === 'expected') return false;
    }
    return false;
  }

  /** A noun phrase after "today's" that names something of an era, not of a day ("world", "personal computers"). */
  private genericEra(i: number): boolean {
    for (let k = i; k < i + 3; k++) {
      if (ERA_NOUNS.has(this.w(k))) return true;
      if (!/^[a-z-]+$/.test(this.w(k))) return false;
    }
    return false;
  }

  /** A decade coordinated with one written with "the": "the 1960s and 1970s", "the early 1980s and 1990s". */
  private sharesArticle(j: number): boolean {
    if (!DECADE_LINKS.has(this.w(j - 1)) || !/^\d{3}0'?s$/.test(this.w(j - 2))) return false;
    return this.w(j - 3) === 'the' || (this.w(j - 4) === 'the' && POSITION.has(this.w(j - 3)));
  }

  /** The calendar expression proper; `the` says a determiner was consumed before it. */
  private calendarCore(j: number, the: boolean): Match | null {
    const w = this.w(j);
    // "the post-1959 politics", "pre-1990 levels": the year, with the side it points to
    const side = /^(pre|post)-(\d{4})$/.exec(w);
    if (side) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: side[2] }, mod: side[1] === 'pre' ? 'BEFORE' : 'AFTER' };
    // "mid-1990s", "mid-November", "mid-1996"; wire copy's "end-February", "end-March 1988", "end-1986", "end-year"
    // (and the same without its hyphen after a preposition: "debt at end 1986", "in the year to end March")
    // ("the quarter to end May 31", "scheduled to end April 30": before a day, "end" is the verb)
    const unhyphenated = w === 'end' && END_PREPOSITIONS.has(this.w(j - 1)) && (MONTHS.has(this.w(j + 1)) || /^\d{4}$/.test(this.w(j + 1))) && /^[A-Z0-9]/.test(this.raw(j + 1)) && this.day(j + 2) === null && this.spelledDay(j + 2) === null;
    // ("at end-\nSeptember 1986": a hyphen a line break parted from its month)
    const broken = !unhyphenated && (w === 'end' || w === 'mid') && this.w(j + 1) === '-' && this.glued(j) && !this.glued(j + 1) && MONTHS.has(this.w(j + 2)) && /^[A-Z]/.test(this.raw(j + 2));
    const hyphened = unhyphenated || broken ? null : /^(mid|early|late|end)-/.exec(w);
    const part = unhyphenated ? 'end' : broken ? w : hyphened?.[1];
    if (part) {
      if (unhyphenated) j++;
      if (broken) j += 2;
      const rest = hyphened ? w.slice(hyphened[0].length) : this.w(j);
      const pmod = part === 'mid' ? 'MID' : part === 'early' ? 'START' : 'END';
      if (part === 'end' && (rest === 'year' || rest === 'month')) return { last: j, meaning: { kind: 'shift', unit: rest, n: 0, from: 'dct' }, mod: 'END' };
      const mm = MONTHS.get(rest);
      if (mm) {
        // "mid-June 1944" ("in the year to end March, 1986", "after mid-November, 1985")
        const y = this.year(j + 1) ?? (this.w(j + 1) === ',' ? this.year(j + 2) : null);
        // "by mid-January next year", "in early-March last year": the month in the year named relative to the anchor's
        const ry = y ? null : this.relativeYearAt(j + 1);
        if (ry) return { last: ry.last, meaning: { kind: 'calendar', m: mm, yShift: ry.shift }, mod: pmod };
        return { last: y ? y.last : j, meaning: { kind: 'calendar', m: mm, y: y?.y }, mod: pmod };
      }
      if (/^\d{4}$/.test(rest)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: rest }, mod: pmod };
      const dec0 = /^(\d{3})0'?s$/.exec(rest);
      if (dec0) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: hundreds(dec0[1]) ?? (the ? dec0[1] : dec0[1] + 'X') }, mod: pmod };
      return null;
    }
    // years before the common era: "490 BC", "44 B.C."
    // ("In 2010 BC Hydro raised rates": British Columbia, so never a modern-looking year)
    if (DIGITS.test(w) && w.length <= 4 && +w > 0 && BC_WORDS.has(this.raw(j + 1)) && !(+w >= 1800 && +w <= 2100)) {
      return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: `BC${w.padStart(4, '0')}` } };
    }
    // "499-493 BC", "264 to 241 BC": the first year of a range before an era word is in that era too
    if (DIGITS.test(w) && w.length <= 4 && +w > 0 && !(+w >= 1800 && +w <= 2100)) {
      const k = this.w(j + 1) === 'to' || ((this.w(j + 1) === '-' || this.w(j + 1) === '–') && this.glued(j) && this.glued(j + 1)) ? j + 2 : -1;
      const second = k > 0 ? this.w(k) : '';
      if (DIGITS.test(second) && +second < +w && BC_WORDS.has(this.raw(k + 1))) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: `BC${w.padStart(4, '0')}` } };
    }
    // decades: "1990s", "the '80s", "the nineties"
    const dec = /^(\d{3})0'?s$/.exec(w);
    // ("1000s of miles", "10s of 1000s of people": thousands, a count, not the decade 1000–1009)
    // ("Bhopal ~ 1000s dead": the decade is written with its article, "the 1000s")
    if (dec && w.startsWith('1000') && (this.w(j + 1) === 'of' || !the)) return null;
    // ("Audi 4000S, 5000S sedan": models; news names no decade past the 2090s)
    if (dec && +dec[1] > 209) return null;
    // ("We don't need 1040s": tax forms; a decade before 1500 is written with its article, "the 1140s")
    if (dec && +dec[1] < 150 && !the && !this.sharesArticle(j)) return null;
    // ("the 1960s and 1970s": the second decade shares the first one's article)
    if (dec) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: hundreds(dec[1]) ?? (the || this.sharesArticle(j) ? dec[1] : dec[1] + 'X') } };
    // "the 1980's", "in the late 1970's", "the late 1980's and 1990's": a decade written the older way, split by
    // the tokenizer; "1990's budget" (the year's) stays a year
    const apostropheS = /^\d{3}0$/.test(w) ? this.apostropheSAfter(j) : null;
    if (apostropheS !== null && this.decadeBefore(j, the)) {
      // ("the 1600's", "the late 1800's": a round hundred is the century, as "the 1800s" is)
      return { last: apostropheS, meaning: { kind: 'fixed', type: 'DATE', value: hundreds(w.slice(0, 3)) ?? (the ? w.slice(0, 3) : w.slice(0, 3) + 'X') } };
    }
    if ((w === "'" || w === '’') && /^\d0s$/.test(this.w(j + 1)) && this.glued(j)) {
      const d = this.w(j + 1)[0];
      return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: (d === '0' || d === '1' ? '20' : '19') + d } };
    }
    if (/^'\d0s$/.test(w)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: '19' + w[1] } };
    // "the 90’s", "the 80's", "the 90s": a decade of the last century written with two digits ("highs in the 90s",
    // "temperatures in the 80s" are heat)
    // ("the pandemics in the 50s and 60s": the second shares the first one's article)
    const secondOfTwo = !the && /^[2-9]0s$/.test(w) && DECADE_LINKS.has(this.w(j - 1)) && /^[2-9]0s$/.test(this.w(j - 2)) && this.w(j - 3) === 'the';
    if ((the || secondOfTwo) && /^[2-9]0s?$/.test(w) && !this.numberTalkBefore(j)) {
      const last = w.endsWith('s') ? j : this.apostropheSAfter(j);
      if (last !== null) return { last, meaning: { kind: 'fixed', type: 'DATE', value: '19' + w[0] } };
    }
    if (the && DECADE_WORDS.has(w)) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: '19' + DECADE_WORDS.get(w) } };
    // centuries: "the 20th century", "11th century", "the nineteenth century", "eighteenth-century France",
    // "the 4th century BC" (an era word after it puts the century before the common era, as after a year)
    const century = this.centuryOrdinal(j, the);
    // "21st Century Fox", "20th Century Fox": a company
    if (century && centuryIsName(this, century.last)) return null;
    if (century) {
      const bc = BC_WORDS.has(this.raw(century.last + 1));
      return { last: bc ? century.last + 1 : century.last, meaning: { kind: 'fixed', type: 'DATE', value: (bc ? 'BC' : '') + pad(century.n - 1) } };
    }
    // quarters and halves: "third-quarter", "the third quarter of 1984", "the 1988 third quarter", "fiscal 1989"
    const q = this.quarterExpr(j, the);
    if (q) return q;
    // weekdays: "Friday", "Friday, Oct. 13", "Tuesday morning", "Mondays"
    const wd = WEEKDAYS.get(w);
    // "the Sunday Times", "the Mail on Sunday": newspapers
    if (wd && sundayIsPaper(this, j)) return null;
    // ("the 1972 Bloody Sunday massacre", "on Black Wednesday in 1992": a day named for what happened on it, whose date
    // the weekday alone does not give)
    if (wd && NAMED_WEEKDAY_EVENTS.has(this.raw(j - 1))) return null;
    // ("the talks will resume on tuesday": a weekday's whole name in small letters is the day still — only its
    // short forms, "sat", "wed", "sun", are other words)
    const wholeName = /^[a-z]+day$/.test(this.raw(j));
    // ("sold by Sun.", "the Baltimore Sun.", "from the Sun.": "Sun." ending a sentence is a name as often; "Sat." and
    // "Wed." verbs — the short form with its period is a day after a word that dates it or before its date)
    const shortWordLike = WORD_LIKE_WEEKDAYS.has(w.replace(/\.$/, '')) && !(WEEKDAY_LEADS.has(this.w(j - 1)) || this.w(j + 1) === ',' || /^\d/.test(this.w(j + 1)) || this.shortMonthAndDay(j + 1));
    if (wd && (/^[A-Z]/.test(this.raw(j)) || wholeName) && (w.length > 4 || w.endsWith('.')) && !shortWordLike) {
      if (the) return null;
      const day = this.weekdayExpr(j, wd);
      // "will be meeting the king later Thursday", "Later Tuesday, a crane lifted the box": the day the story is
      // written on, a day before or after the publication date at most, whichever way the verbs look
      const m = day.meaning;
      if ((this.w(j - 1) === 'later' || this.w(j - 1) === 'earlier') && m.kind === 'calendar' && m.m === undefined && m.d === undefined) return { ...day, meaning: { ...m, nearest: true } };
      return day;
    }
    // "Thu Jun 17 , 2010", "Tue, Oct. 5": a short weekday is one only before the date it names ("Sat" and "Wed" are
    // verbs, "Sun" a newspaper: those need a comma or a capitalized short month and its day after them, "Wed Oct 6")
    if (wd && !the && /^[A-Z]/.test(this.raw(j)) && (!WORD_LIKE_WEEKDAYS.has(w) || this.w(j + 1) === ',' || this.shortMonthAndDay(j + 1))) {
      const dated = this.weekdayExpr(j, wd);
      if (dated.meaning.kind === 'calendar' && dated.meaning.m !== undefined && dated.meaning.d !== undefined) return dated;
    }
    if (WEEKDAY_PLURALS.has(w) && /^[A-Z]/.test(this.raw(j))) {
      return { last: j, meaning: { kind: 'fixed', type: 'SET', value: `XXXX-WXX-${WEEKDAY_PLURALS.get(w)}` } };
    }
    // months
    const m = this.month(j);
    if (m) return this.monthExpr(j, m, the);
    // "the 13th of August (2024)", "on the first of May" (a spelled ordinal after "the"; the article stays outside,
    // as it does for "the 4th of July")
    const spelledOrdinal = (the || this.w(j - 1) === 'the') && DAY_ORDINALS.has(w);
    if ((/^\d{1,2}(st|nd|rd|th)$/.test(w) || spelledOrdinal) && this.w(j + 1) === 'of') {
      const mo = this.month(j + 2);
      const dn = this.day(j, spelledOrdinal);
      if (mo && dn !== null) {
        const y = this.yearOrAfterComma(j + 3);
        return { last: y ? y.last : j + 2, meaning: { kind: 'calendar', y: y?.y, m: mo, d: dn } };
      }
    }
    // "7 October 2023"
    const dd = this.day(j);
    if (dd !== null && !the) {
      // "12-14 July 1950", "from 15 to 22 February": the first day of a range takes the month (and year) written
      // after the second
      const link = this.w(j + 1);
      const joined = ((link === '-' || link === '–') && this.glued(j) && this.glued(j + 1)) || link === 'to' || link === 'and' || link === 'through';
      if (joined && this.day(j + 2) !== null) {
        const m3 = this.month(j + 3);
        if (m3 && this.day(j + 2)! > dd) {
          const y = this.year(j + 4);
          return { last: j, meaning: { kind: 'calendar', y: y?.y, m: m3, d: dd } };
        }
      }
      const m2 = this.month(j + 1);
      if (m2) {
        // "2 May 1777", "2 May, 1777"
        const y = this.yearOrAfterComma(j + 2);
        // "18 August last year", "16 June of last year"
        const ry = y ? null : this.relativeYearAt(j + 2);
        if (ry) return { last: ry.last, meaning: { kind: 'calendar', m: m2, d: dd, yShift: ry.shift } };
        // "died on 25 June that year": the day in the year the text set
        const cy = y ? null : this.contextYearAt(j + 2);
        if (cy) return { last: cy.last, meaning: { kind: 'calendar', m: m2, d: dd, yShift: cy.shift, yFromContext: true } };
        // "before 11 September", "the 11 September attacks"
        const attacks = !y && m2 === 9 && dd === 11 ? this.septemberElevenAttacks(j, j + 1) : null;
        if (attacks) return attacks;
        return { last: y ? y.last : j + 1, meaning: { kind: 'calendar', y: y?.y, m: m2, d: dd } };
      }
    }
    // years: "1998", "fiscal 1989", "nineteen ninety-seven", "the year two thousand"
    // "FY2024", "FY24": a fiscal year, written by its number
    const fy = /^FY'?(\d{2}|\d{4})$/.exec(this.raw(j));
    if (fy) return { last: j, meaning: { kind: 'fixed', type: 'DATE', value: fy[1].length === 4 ? fy[1] : `20${fy[1]}` } };
    // "calendar 1987", "fiscal year 1988", "calendar year 1986": the year, with the word that says which kind
    const calendarWord = w === 'calendar' && this.raw(j) === w;
    if (calendarWord || (w === 'fiscal' && this.w(j + 1) === 'year')) {
      const y = this.year(this.w(j + 1) === 'year' ? j + 2 : j + 1);
      if (y) return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
    }
    if (w === 'fiscal') {
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
      // "in the fiscal year ended January 31": a fiscal year's length, as TimeBank writes "the year ended"; "lower
      // earnings for the fiscal year", "before the end of the fiscal year": the one the story is in, as "the year" is
      // (TimeBank `1989`)
      // ("for its fiscal year ended July 31", "the first nine weeks of its fiscal year": a possessive, which TimeBank
      // leaves outside, determines it as "the" does)
      // (not the kind of year a company keeps, "changed its fiscal year to a calendar year", "its fiscal year end")
      const determined = the || (POSSESSIVE_DETERMINERS.has(this.w(j - 1)) && !CHANGING.has(this.w(j - 2)) && this.w(j + 2) !== 'end');
      const bound = FISCAL_YEAR_BOUNDS.has(this.w(j + 2)) || (this.w(j + 2) === ',' && FISCAL_YEAR_BOUNDS.has(this.w(j + 3)));
      if (this.w(j + 1) === 'year' && determined && bound) return { last: j + 1, meaning: { kind: 'duration', n: 1, unit: 'year' } };
      if (this.w(j + 1) === 'year' && determined) return { last: j + 1, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct', story: true } };
      return null;
    }
    if (w === 'year' && the) {
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
      // "before the year 2,000": after "the year" a number written as a count is the year still
      const counted = /^([12]),(\d{3})$/.exec(this.w(j + 1));
      if (counted) return { last: j + 1, meaning: { kind: 'fixed', type: 'DATE', value: counted[1] + counted[2] } };
    }
    const iso = this.isoDate(j) ?? this.slashDate(j);
    if (iso) return iso;
    // "the same 1986 quarter", "the comparable 1985 quarter": the year-earlier quarter, as "the 1988 quarter" is
    const compared = the && COMPARED_PERIODS.has(w) ? this.year(j + 1) : null;
    if (compared && this.w(compared.last + 1) === 'quarter') return { last: compared.last + 1, meaning: { kind: 'calendar', focusQuarter: true, y: compared.y } };
    // ("against a deficit of 494 mln dlrs in the same 1986 period": the whole phrase, valued by its year, since the period
    // is as often the months so far as a quarter)
    // ("up from 46,236 tonnes in the same 1985 month": the year here, its month the one the text is on, set by the tagger)
    if (compared && (this.w(compared.last + 1) === 'period' || this.w(compared.last + 1) === 'month')) return { last: compared.last + 1, meaning: { kind: 'fixed', type: 'DATE', value: String(compared.y) } };
    // "NOTE: qtr 1987 includes tax gain", "Qtr 1986 includes a gain": a results table's quarter of that year, the words
    // the other way round
    const qtrYear = w === 'qtr' && !the ? this.year(j + 1) : null;
    if (qtrYear) return { last: qtrYear.last, meaning: { kind: 'calendar', focusQuarter: true, y: qtrYear.y } };
    const y = this.year(j);
    if (y) {
      if (the) {
        // "the 1988 period", "the 1988 quarter": a year-earlier reporting period
        const n = this.w(y.last + 1);
        if (n === 'period' || n === 'quarter') return { last: y.last + 1, meaning: { kind: 'calendar', focusQuarter: true, y: y.y } };
        return null; // "the 2000 Olympics": TimeML tags only the year; let the bare-year rule take it
      }
      // "NOTE: 1986 qtr includes a gain": a results table's quarter of that year
      if (this.w(y.last + 1) === 'qtr') return { last: y.last + 1, meaning: { kind: 'calendar', focusQuarter: true, y: y.y } };
      // "at 1986 year end", "1986 year-end assets": the end of the year named, one expression
      const n1 = this.w(y.last + 1);
      const endAt = n1 === 'year-end' || n1 === 'end-year' ? y.last + 1 : n1 === 'year' && this.w(y.last + 2) === 'end' ? y.last + 2 : -1;
      if (endAt > 0) return { last: endAt, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) }, mod: 'END' };
      return { last: y.last, meaning: { kind: 'fixed', type: 'DATE', value: String(y.y) } };
    }
    // seasons: "summer", "the summer of 1998", "fall 1997"
    const season = SEASONS.get(w);
    // "the spring and summer of 1979", "summer and autumn 1918": two seasons joined by "and" are both seasons
    // ("prices fall and spring back": a bare "fall" before "and" is a verb)
    const before = this.w(j - 2);
    const paired = season !== undefined && !the && ((this.w(j - 1) === 'and' && SEASONS.has(before) && (before !== 'fall' || this.w(j - 3) === 'the')) || (this.w(j + 1) === 'and' && SEASONS.has(this.w(j + 2)) && w !== 'fall'));
    // "that fateful summer of 2014", "the bloody autumn of 1941": a season of a named year, whatever describes it
    // ("a fall of 1990 levels" is a decline)
    const ofYear = season !== undefined && w !== 'fall' && this.w(j + 1) === 'of' && this.year(j + 2) !== null;
    // ("the winter wheat which will be harvested next year", "spring barley": a crop sown in that season)
    if (season && CROPS.has(this.w(j + 1))) return null;
    // ("the condition of winter and spring crops": two seasons joined before a crop are kinds of it too)
    const cropAfterPair = this.w(j + 1) === 'and' ? this.w(j + 3) : this.w(j - 1) === 'and' ? this.w(j + 1) : '';
    if (paired && (CROPS.has(cropAfterPair) || cropAfterPair === 'crops' || cropAfterPair === 'grains')) return null;
    // "a dry autumn last year", "the summer last year": the season of the year named relative to the anchor's
    const relativeYear = season !== undefined && w !== 'fall' ? this.relativeYearAt(j + 1) : null;
    if (relativeYear) return { last: relativeYear.last, meaning: { kind: 'calendar', season, yShift: relativeYear.shift } };
    if (season && (the || paired || ofYear || /^(in|this|last|next|during|since|until|by|over|early|late|mid)$/.test(this.w(j - 1)))) {
      if (w === 'fall' && !the && !paired && this.w(j - 1) !== 'this' && this.w(j - 1) !== 'last' && this.w(j - 1) !== 'in') return null;
      // "the fall of Saigon", "the fall of the government": a collapse, not autumn
      if (w === 'fall' && this.w(j + 1) === 'of' && !this.year(j + 2)) return null;
      // "boosted by the fall in the dollar", "The fall was largely due to lower prices": a decline (the
      // Reuters-21578 bodies have some 80); "the fall" is autumn where a time adverbial has it ("in the fall",
      // "during the fall", "for the fall season", "the fall and winter")
      if (w === 'fall' && the && !this.autumnContext(j)) return null;
      if (this.w(j + 1) === 'of') {
        const y = this.year(j + 2);
        if (y) return { last: y.last, meaning: { kind: 'calendar', season, y: y.y } };
      }
      const y = this.year(j + 1);
      if (y) return { last: y.last, meaning: { kind: 'calendar', season, y: y.y } };
      // "the spring and early summer of 1943": the year named after the second season holds for both
      if (this.w(j + 1) === 'and') {
        const k = POSITION.has(this.w(j + 2)) ? j + 3 : j + 2;
        const shared = !SEASONS.has(this.w(k)) ? null : this.w(k + 1) === 'of' ? this.year(k + 2) : this.year(k + 1);
        if (shared) return { last: j, meaning: { kind: 'calendar', season, y: shared.y } };
      }
      return { last: j, meaning: { kind: 'calendar', season } };
    }
    // ("the Labor Day holiday weekend": "the" stays outside; the next token reads the day)
    const named = the ? null : this.namedDay(j);
    if (named) return this.feastTail(named);
    // holidays
    const h = HOLIDAYS.get(w.endsWith('s') ? w.replace(/['’]s$/, '') : w);
    if (h && /^[A-Z]/.test(this.raw(j))) {
      let last = j;
      // "Valentine's Day" tokenized "Valentine" "'s" "Day", or "Valentine" "'" "s" "Day" in text split by spaces
      if (this.w(j + 1) === "'s" && this.w(j + 2) === 'day') last++;
      else if (this.w(j + 1) === "'" && this.w(j + 2) === 's' && this.w(j + 3) === 'day' && this.glued(j + 1)) last += 2;
      // (or "Valentine s Day" where the apostrophe was lost)
      else if (this.w(j + 1) === 's' && this.w(j + 2) === 'day') last++;
      if (this.w(last + 1) === 'day' || this.w(last + 1) === 'eve') last++;
      // ("'We thought it would be slower,' Valentine said": a surname; the feast is "Valentine's" or "Valentine Day")
      if (w === 'valentine' && last === j) return null;
      const eve = this.w(last) === 'eve';
      // "Christmas 1963", "Christmas Day 2007"
      const y = this.year(last + 1);
      return this.feastTail({ last: y ? y.last : last, meaning: { kind: 'calendar', m: h[0], d: eve ? h[1] - 1 : h[1], y: y?.y } });
    }
    // "into the new year", "early in the New Year": the year about to begin or just begun ("the" stays inside, as
    // in "the year")
    if (the && w === 'new' && this.w(j + 1) === 'year' && this.w(j + 2) !== "'s") return { last: j + 1, meaning: { kind: 'shift', unit: 'year', n: 0, from: 'dct', newYear: true } };
    if ((w === 'new' && this.w(j + 1) === "year's" || w === 'new' && this.w(j + 1) === 'year' && this.w(j + 2) === "'s") && /^[A-Z]/.test(this.raw(j))) {
      const k = this.w(j + 1) === "year's" ? j + 1 : j + 2;
      const n = this.w(k + 1);
      if (n === 'day') return { last: k + 1, meaning: { kind: 'calendar', m: 1, d: 1, dir: 1 } };
      if (n === 'eve') return { last: k + 1, meaning: { kind: 'calendar', m: 12, d: 31 } };
      return null;
    }
    if (w === 'thanksgiving' && /^[A-Z]/.test(this.raw(j))) {
      const last = this.w(j + 1) === 'day' ? j + 1 : j;
      return this.feastTail({ last, meaning: { kind: 'calendar', feast: 'thanksgiving' } });
    }
    // "Election Day" (capitalized: "election day" alone may be any country's)
    if (w === 'election' && this.raw(j) === 'Election' && this.raw(j + 1) === 'Day') {
      const y = this.year(j + 2);
      return { last: y ? y.last : j + 1, meaning: { kind: 'calendar', feast: 'election', y: y?.y } };
    }
    // "Easter", "Easter Sunday", "Easter 2024", "Easter week" (the week ending on Easter Sunday), "Easter Monday"
    // ("the Easter Offensive": "the" stays outside, as WikiWars writes it; the next token reads the feast)
    if (w === 'easter' && this.raw(j) === 'Easter' && !the) {
      if (this.w(j + 1) === 'week') return { last: j + 1, meaning: { kind: 'calendar', feast: 'easter', weekOf: true } };
      // "On Easter Monday, the tanker broke in two": the day after, a holiday in much of Europe
      if (this.w(j + 1) === 'monday') {
        const ym = this.year(j + 2);
        return this.feastTail({ last: ym ? ym.last : j + 1, meaning: { kind: 'calendar', feast: 'easter-monday', y: ym?.y } });
      }
      const last = this.w(j + 1) === 'sunday' || this.raw(j + 1) === 'Day' ? j + 1 : j;
      const y = this.year(last + 1);
      return this.feastTail({ last: y ? y.last : last, meaning: { kind: 'calendar', feast: 'easter', y: y?.y } });
    }
    if (w === 'noon' || w === 'midnight' || w === 'midday') return this.clockTime(j);
    return null;
  }

  /**
   * A capitalized short month and a day number start at k, after no "the": "Wed Oct 6", "Sat Jun. 19", and a month
   * as short written out when a year closes the date, "Sat May 16 , 2009" (not "The Sun June 5 edition", the paper).
   */
  private shortMonthAndDay(k: number): boolean {
    const month = this.w(k).replace(/\.$/, '');
    if (month.length > 4 || !MONTHS.has(month) || !/^[A-Z]/.test(this.raw(k)) || !DIGITS.test(this.w(k + 1)) || this.w(k - 2) === 'the') return false;
    return !FULL_SHORT_MONTHS.has(month) || /^\d{4}$/.test(this.w(this.w(k + 2) === ',' ? k + 3 : k + 2));
  }

  /** A feast's name starts at k: "Christmas", "Thanksgiving", "Easter", "Memorial Day", "Valentine's Day". */
  private feastAt(k: number): boolean {
    if (!/^[A-Z]/.test(this.raw(k))) return false;
    const w = this.w(k);
    return HOLIDAYS.has(w.replace(/['’]s$/, '')) || w === 'thanksgiving' || w === 'easter' || (w === 'election' && this.raw(k + 1) === 'Day') || this.namedDay(k) !== null;
  }

  /** Whether the word at k closes a date: "on February 26", "on Tuesday", "yesterday". */
  private endsADate(k: number): boolean {
    const w = this.w(k);
    return /^\d{1,2}$/.test(w) || WEEKDAYS.has(w) || DAY_WORDS.has(w);
  }

  /**
   * What may follow a feast's match and belong to it: a year named relative to the anchor's ("Easter Day last year",
   * "Christmas of last year") or written ("Thanksgiving in 1991"), or "weekend" ("Memorial Day weekend", "the Thanksgiving holiday weekend": the weekend
   * the feast falls on or next to).
   */
  private feastTail(m: Match): Match {
    if (m.meaning.kind !== 'calendar') return m;
    // "Easter Day last year", "Christmas of last year": the feast of the year named relative to the anchor's
    const ry = m.meaning.y === undefined ? this.relativeYearAt(m.last + 1) : null;
    if (ry) return { last: ry.last, meaning: { ...m.meaning, yShift: ry.shift } };
    // "the day before Thanksgiving in 1991", "Christmas of 1914": the feast of the year written after it
    const written = m.meaning.y === undefined && (this.w(m.last + 1) === 'in' || this.w(m.last + 1) === 'of') ? this.year(m.last + 2) : null;
    if (written) return { last: written.last, meaning: { ...m.meaning, y: written.y } };
    const k = this.w(m.last + 1) === 'holiday' ? m.last + 2 : m.last + 1;
    if (this.w(k) !== 'weekend') return m;
    return { ...m, last: k, meaning: { ...m.meaning, weekendOf: true } };
  }

  /**
   * "Memorial Day", "Super Tuesday", "Good Friday", "Presidents' Day", "the Fourth of July", with a year after it
   * or not. The name's first word is capitalized; an apostrophe after a word ("Presidents' Day") is read past.
   */
  private namedDay(j: number): Match | null {
    if (!/^[A-Z]/.test(this.raw(j))) return null;
    for (const named of NAMED_DAYS) {
      let k = j;
      let ok = true;
      for (let n = 0; n < named.words.length && ok; n++) {
        if (n > 0 && /^'s?$/.test(this.w(k))) k++;
        const w = this.w(k).replace(/'$/, '');
        ok = w === named.words[n];
        k++;
      }
      // "the Fourth of July" needs its month capitalized ("the fourth of july" in a list is rare anyway)
      if (!ok || (named.md && !/^[A-Z]/.test(this.raw(k - 1)))) continue;
      // "Memorial Day 2010", "Labor Day of 1936"
      const y = this.year(k) ?? (this.w(k) === 'of' ? this.year(k + 1) : null);
      const last = y ? y.last : k - 1;
      if (named.md) return { last, meaning: { kind: 'calendar', m: named.md[0], d: named.md[1], y: y?.y } };
      return { last, meaning: { kind: 'calendar', feast: named.feast, y: y?.y } };
    }
    return null;
  }

  /**
   * A date written with slashes, American style: "9/11/2001", "11/8/16" (month first); and "9/11" alone, the attacks
   * of 2001 in a text written after them ("a 9/11 memorial ceremony"; not "the 9/11 Commission", a name). Other
   * slashed pairs without a year ("3/4", "24/7") are fractions and scores as often as dates, and are left alone.
   */
  private slashDate(j: number): Match | null {
    if (!/^\d{1,2}$/.test(this.w(j)) || this.w(j + 1) !== '/' || !this.glued(j) || !this.glued(j + 1) || !/^\d{1,2}$/.test(this.w(j + 2))) return null;
    const m = +this.w(j);
    const d = +this.w(j + 2);
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    if (this.w(j + 3) === '/' && this.glued(j + 2) && this.glued(j + 3) && /^(\d{2}|\d{4})$/.test(this.w(j + 4))) {
      const y = this.w(j + 4);
      return { last: j + 4, meaning: { kind: 'calendar', y: y.length === 4 ? +y : yearOfTwoDigits(+y), m, d } };
    }
    // (not the film "Fahrenheit 9/11")
    if (m === 9 && d === 11 && this.raw(j + 3) !== 'Commission' && this.raw(j - 1) !== 'Fahrenheit' && !(this.w(j + 3) === '/' && this.glued(j + 2))) return { last: j + 2, meaning: { kind: 'calendar', m, d, attacks: true } };
    return null;
  }

  private isoDate(j: number): Match | null {
    if (!/^\d{4}$/.test(this.w(j)) || this.w(j + 1) !== '-' || !this.glued(j) || !this.glued(j + 1)) return null;
    const m = this.w(j + 2);
    if (!/^\d{2}$/.test(m) || +m < 1 || +m > 12) return null;
    if (this.w(j + 3) === '-' && this.glued(j + 2) && this.glued(j + 3) && /^\d{2}$/.test(this.w(j + 4)) && +this.w(j + 4) <= 31) {
      return { last: j + 4, meaning: { kind: 'calendar', y: +this.w(j), m: +m, d: +this.w(j + 4) } };
    }
    // "the battle for Baghdad in 2006-07", "the 2007-08 season": two years, the second written with its last two
    // digits, not a month (a month written this way in running text is rare)
    if (+m === (+this.w(j) + 1) % 100) return null;
    return { last: j + 2, meaning: { kind: 'calendar', y: +this.w(j), m: +m } };
  }

  /**
   * An ordinal before "century" (digits or words, "-century" glued or not): the century's number and last token.
   * A spelled ordinal needs "the" or the hyphen: cricket's "his ninth century" is a hundred runs.
   */
  private centuryOrdinal(j: number, the: boolean): { n: number; last: number } | null {
    const w = this.w(j);
    const next = this.w(j + 1);
    // most tokens are no century: look at the regexes only when "century" is here or next
    if (!w.endsWith('century') && next !== 'century' && next !== '-century' && next !== '-') return null;
    const glued = /^([a-z0-9-]+?)-century$/.exec(w);
    const word = glued ? glued[1] : w;
    const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
    const n = digits ? +digits[1] : the || glued ? DAY_ORDINALS.get(word) : undefined;
    if (n === undefined || n < 1 || n > 21) return null;
    if (glued) return { n, last: j };
    if (this.w(j + 1) === 'century' || this.w(j + 1) === '-century') return { n, last: j + 1 };
    // "19th-century", split by the tokenizer into "19th", "-", "century"
    return this.w(j + 1) === '-' && this.glued(j) && this.glued(j + 1) && this.w(j + 2) === 'century' ? { n, last: j + 2 } : null;
  }
}

/** Words before "the world today" that make it a day's events around the world: "all over the world today". */
const WORLD_TODAY_DAY = new Set(['over', 'throughout', 'around', 'across', 'end', 'ends', 'ended']);

/** Nouns that make "today's" mean "of these times": "today's world", "today's youth", "today's computers". */
const ERA_NOUNS = new Set([
  'world', 'society', 'youth', 'generation', 'generations', 'young', 'children', 'kids', 'teenagers', 'computers',
  'technology', 'technologies', 'culture', 'standards',
]);

/** Verbs after a month that make it the subject of a clause "that" opens: "said that November would be decisive". */
const VERBS_AFTER_A_SUBJECT = new Set(['was', 'is', 'will', 'would', 'has', 'had', 'could', 'can', 'may', 'might', 'should', 'must', 'were', 'are', "'s", 'marks', 'marked', 'brings', 'brought', 'saw', 'sees']);

/** What goes before "the fall" of a season ("in the fall", "during the late fall"). */
const SEASON_PREPOSITIONS = new Set(['in', 'during', 'over', 'through', 'throughout', 'since', 'until', 'till', 'before', 'after', 'for', 'into']);
/** Words before "for the fall" that account for a decline: "the main reason for the fall", "compensated for the fall". */
const ACCOUNTED_FOR = new Set(['reason', 'reasons', 'explanation', 'compensated', 'compensate', 'offset', 'blamed', 'responsible']);
/** What follows "the fall" of a season ("the fall season", "the fall harvest"). */
export const SEASON_NOUNS: ReadonlySet<string> = new Set(['season', 'semester', 'term', 'session', 'campaign', 'election', 'elections', 'harvest', 'months', 'calendar', 'schedule', 'meeting', 'meetings', 'planting', 'sowing', 'sowings', 'crop', 'crops', 'collection', 'lineup']);

/** Words before "tomorrow" that make it the future at large: "a brighter tomorrow", "a better tomorrow". */
const GENERIC_TOMORROW_BEFORE: ReadonlySet<string> = new Set(['brighter', 'better', 'bright', 'brave', 'safer', 'greener']);

/** Nouns after "late-night" that make it a broadcasting slot: "late-night comedy shows", "late-night hosts". */
const BROADCAST_SLOT_NOUNS: ReadonlySet<string> = new Set([
  'show', 'shows', 'host', 'hosts', 'comedy', 'comedian', 'comedians', 'comic', 'comics', 'television', 'tv', 'talk',
  'radio', 'program', 'programs', 'programme', 'programmes', 'slot', 'audience', 'audiences', 'monologue', 'monologues',
]);
/** Verbs a comparison repeats before "today": "than we do today", "than they are today". */
const COMPARISON_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'am', 'do', 'does']);
/** Short weekdays that are also words ("Sun", "Sat", "Wed"): a weekday before a date only with a comma ("Sun, 15 Jun"). */
const WORD_LIKE_WEEKDAYS: ReadonlySet<string> = new Set(['sun', 'sat', 'wed']);
/** Words before a short weekday that make it the day: "on Sun.", "next Wed.". */
const WEEKDAY_LEADS: ReadonlySet<string> = new Set(['on', 'next', 'last', 'this', 'until', 'till', 'since', 'through', 'from', 'to', 'and', 'or', '-', '–']);
/** Month names as short as an abbreviation: not abbreviations. */
const FULL_SHORT_MONTHS: ReadonlySet<string> = new Set(['may', 'june', 'july']);
/** Prepositions before "early afternoon", "late evening" that make it a time of the day the text is on. */
const PART_OF_DAY_LEADS: ReadonlySet<string> = new Set(['by', 'in', 'until', 'till', 'since', 'from', 'around', 'about', 'before', 'after', 'through']);

/** Words of weather, polls and prices that make "the 90s" a temperature, a share or a price, not a decade ("The stock can go to the mid 30s"). */
const NUMBER_TALK_WORDS: ReadonlySet<string> = new Set(['temperature', 'temperatures', 'temps', 'high', 'highs', 'low', 'lows', 'degrees', 'heat', 'hot', 'weather', 'forecast', 'fahrenheit', 'thermometer', 'mercury', 'approval', 'rating', 'ratings', 'poll', 'polls', 'polling', 'percent', 'numbers', 'score', 'scores', 'points', 'stock', 'shares', 'price', 'prices', 'dlrs',
  // ("fell from the mid 30s earlier this month to 22.6 cents per bushel", "worth in the mid 30s", "readings in the middle
  // 30s": a price's or a temperature's range)
  'cents', 'cts', 'worth', 'ratio', 'readings', 'reading', 'mid', 'middle', 'upper', 'lower']);

/** Prepositions before which wire copy writes "end" for the end of a month or year without its hyphen: "at end 1986". */
const END_PREPOSITIONS = new Set(['at', 'by', 'to', 'from', 'until', 'till', 'since', 'before']);

/** Words that join two decades under one article: "the 1960s and 1970s". */
const DECADE_LINKS = new Set(['and', 'or', 'to', 'through']);
/**
 * "In the 1800s … In the 1900s … Now, in the 21st century": the hundreds of a century before ours name the century
 * (`18`, `19`), not its first decade; "the early 2000s" stays the decade (the news sample's annotators write `200`).
 */
function hundreds(decadeDigits: string): string | undefined {
  // (not "1000s", thousands far more often than the eleventh century: "10s of 1000s still remain")
  return /^1[1-9]0$/.test(decadeDigits) ? decadeDigits.slice(0, 2) : undefined;
}

/** Words before "part of" and the edge of the period they name: "the latter part of April", "the early part of 1987". */
const PART_EDGES = new Map([['early', 'START'], ['earlier', 'START'], ['first', 'START'], ['latter', 'END'], ['later', 'END'], ['last', 'END'], ['final', 'END'], ['closing', 'END'], ['middle', 'MID']]);

/** Verbs of saying and thinking after which "that" is a conjunction, not "that November". */
const SAYING_BEFORE_THAT = new Set(['said', 'says', 'say', 'noted', 'notes', 'added', 'adds', 'reported', 'reports', 'believes', 'believe', 'believed', 'thinks', 'think', 'thought', 'expects', 'expect', 'expected', 'hopes', 'hope', 'hoped', 'argued', 'argues', 'warned', 'warns', 'stated', 'announced', 'confirmed', 'insisted', 'explained', 'suggested', 'claimed', 'showed', 'shows', 'knew', 'know', 'knows', 'feared', 'fears', 'predicted', 'predicts', 'estimated', 'estimates', 'indicated', 'indicates']);

/** Crops named by the season they are sown in: "winter wheat", "spring barley". */
const CROPS = new Set(['wheat', 'barley', 'oats', 'rye', 'rapeseed', 'rape', 'durum', 'wheats']);
