import type { TimexType } from '../../model/layers.js';
import type { Unit } from './lexicon.js';
import type { Direction } from './tense.js';
import type { Feast } from './feasts.js';

/**
 * What a recognized expression says, before it is anchored. Recognition (recognize.ts) builds one of these
 * from the words; normalization (normalize.ts) turns it into a TIMEX3 value using the publication date, the
 * date the text last set, and the tense around the expression.
 */
export type Meaning =
  /** Already a value: "1990", "PRESENT_REF", "P2W", a SET. */
  | {
      kind: 'fixed';
      type: TimexType;
      value: string;
      /** Only where the verb does not look back: "will soon move" is FUTURE_REF, "was soon released" no time. */
      notPast?: boolean;
    }
  /** A length of time: n units (n null = unspecified, "several years"). */
  | { kind: 'duration'; n: number | null; unit: Unit; minutes?: number }
  /** n units away from the publication date ("two weeks ago", "last month") or from the date the text last set ("the next day"). */
  | {
      kind: 'shift';
      unit: Unit;
      n: number;
      from: 'dct' | 'context';
      part?: string;
      /** A clock time written with its zone ("0753 GMT", "10:55 a.m. ET", "1300 local time"): the style of wire copy. */
      zoned?: boolean;
      quarterly?: boolean;
      /** "the year", "the end of the year": in a history, the year its story has reached. */
      story?: boolean;
      /** "two weeks ago", "a few weeks back": counted back from the publication day itself, not from its week. */
      ago?: boolean;
      /** "that day", "that same day", "the same day": points back at the time the text set, at its precision. */
      anaphor?: boolean;
      /** "the new year": the coming one when said in the second half of a year, else the one just begun (n is 0). */
      newYear?: boolean;
      /**
       * "by early afternoon", "mid afternoon": a part of the day the text is on, with no "that" tying it to a day
       * the text set — so a day set more than a week from publication gives way to the publication day.
       */
      loose?: boolean;
      /**
       * "in the next week", "within the next month": a stretch that follows the one the text is on when the clause
       * tells a story in the past, else one that follows the present ("a chance to shut the well in the next week").
       */
      window?: boolean;
      /** "twenty-one years later", "a month after": a count of units off the time the text is at. */
      offset?: boolean;
      /** "the previous business day", "the next trading day": days counted over weekdays only. */
      business?: boolean;
      /** "71 years ago today": the publication day's date that many units back, a day. */
      toTheDay?: boolean;
      /** "the coming financial year": a year of accounts named by the year it starts in, the Commonwealth's and Japan's way. */
      financial?: boolean;
      /**
       * "the current year", "the current fiscal year", "this crop year": a year that may be one of accounts or of a
       * crop, named like a financial year where the text names its years by the two they span ("1987/88").
       */
      accounts?: boolean;
      /** "the same date in 1993": the day the text set, moved to that year. */
      inYear?: number;
    }
  /** A calendar position, possibly missing its year or week ("December", "Tuesday", "the third quarter"). */
  | {
      kind: 'calendar';
      y?: number;
      /** Year relative to the anchor's ("this year's third quarter" 0, "last year's" −1). */
      yShift?: number;
      /** `yShift` counts from the year the text last set ("December of that year", "May of the following year"). */
      yFromContext?: boolean;
      m?: number;
      d?: number;
      wd?: number;
      q?: number;
      half?: number;
      season?: string;
      /** Part of day (MO, AF, EV, NI) or a clock time `HH:MM`. */
      part?: string;
      time?: string;
      /** Forced direction ("last April", "next Friday"); otherwise the tense decides. */
      dir?: Direction;
      /** The forced direction admits no near date the other way ("the quarter ended Oct. 31" has ended). */
      firm?: boolean;
      /** A day given by a rule ("Thanksgiving", "Election Day", "Easter"), not by month and day. */
      feast?: Feast;
      /** Resolve against the date the text last set rather than the publication date. */
      from?: 'context';
      /** "the day before last Tuesday's hearing", "the day after Christmas": days off the named date. */
      offsetDays?: number;
      /** "Monday next week", "Friday last week": the weekday `wd` of the week this many weeks from the anchor's. */
      weekShift?: number;
      /** "in February a year ago", "December a year earlier": a year before the most recent month of that name. */
      yearBack?: boolean;
      /** "the week of March 6": the week holding the date. */
      weekOf?: boolean;
      /** "the first week of August" 1, "the last week of March" −1: that week of the month `m`. */
      weekOfMonth?: number;
      /** "the last day of January": the month's last day. */
      lastDayOfMonth?: boolean;
      /** "Memorial Day weekend": the weekend of the date's week, or the one just before a Monday. */
      weekendOf?: boolean;
      /** "the weekend": the weekend around the Saturday `wd` resolves to. */
      weekend?: boolean;
      /** "the quarter", "the year-ago period": the quarter the article reports on. */
      focusQuarter?: boolean;
      /** "the fourth quarter ending April 30": its end is named after it (a fiscal quarter may be meant). */
      endNamed?: boolean;
      /** "the June quarter": the quarter month `m` closes, whose year is read as the month's is. */
      closesQuarter?: boolean;
      /** The second of two periods joined before their period word ("fourth quarters" of "the third and fourth quarters"): in the first's year. */
      pairedSecond?: boolean;
      /** The end of a range of months in one hyphenated word ("June" of "April-June"), whose start is this month: in the start's year, or the next one's when it comes earlier in the year. */
      rangeFrom?: number;
      /** "this quarter": the one publication falls in, except what a story tells, without looking ahead, in the two months after a quarter closed. */
      thisQuarter?: boolean;
      /** "after September 11", "9/11", "the Sept. 11 attacks": the attacks of 2001, in a text written after them. */
      attacks?: boolean;
      /** The weekday nearest the anchor, either way: a live page's "(Update 1:50 a.m. Wednesday in Cairo …)". */
      nearest?: boolean;
    };

export interface Candidate {
  /** Inclusive token range of the expression. */
  first: number;
  last: number;
  /** Index of the sentence it lies in. */
  sentence: number;
  meaning: Meaning;
  mod?: string;
  /** Character offsets, for an expression that is part of a token ("April" of "April-June"); otherwise its tokens'. */
  start?: number;
  end?: number;
}
