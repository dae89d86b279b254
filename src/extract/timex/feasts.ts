import { addDays, weekday, type Ymd } from './calendar.js';

/**
 * Days whose date moves from year to year, as news names them: "Thanksgiving", "Election Day", "Easter".
 * Each is given by a rule, not a date.
 */
export type Feast = 'thanksgiving' | 'election' | 'easter' | 'easter-monday' | 'good-friday' | 'memorial' | 'labor' | 'mlk' | 'presidents' | 'super-tuesday';

/**
 * The days news names by their feast's name, as lower-cased words (the first capitalized in the text):
 * movable ones by rule, fixed ones by month and day. US days, since the US press names them this way most.
 */
export const NAMED_DAYS: readonly { words: readonly string[]; feast?: Feast; md?: readonly [number, number] }[] = [
  { words: ['good', 'friday'], feast: 'good-friday' },
  { words: ['memorial', 'day'], feast: 'memorial' },
  { words: ['labor', 'day'], feast: 'labor' },
  { words: ['martin', 'luther', 'king', 'day'], feast: 'mlk' },
  { words: ['martin', 'luther', 'king', 'jr.', 'day'], feast: 'mlk' },
  { words: ['mlk', 'day'], feast: 'mlk' },
  { words: ['presidents', 'day'], feast: 'presidents' },
  { words: ['super', 'tuesday'], feast: 'super-tuesday' },
  { words: ['veterans', 'day'], md: [11, 11] },
  { words: ['fourth', 'of', 'july'], md: [7, 4] },
];

export function feastDay(feast: Feast, y: number): Ymd {
  switch (feast) {
    case 'thanksgiving':
      // United States: the fourth Thursday of November
      return { y, m: 11, d: nthWeekday(y, 11, 4, 4) };
    case 'election':
      // United States general elections: the Tuesday after the first Monday of November
      return addDays({ y, m: 11, d: nthWeekday(y, 11, 1, 1) }, 1);
    case 'easter':
      return easterSunday(y);
    case 'good-friday':
      return addDays(easterSunday(y), -2);
    case 'easter-monday':
      return addDays(easterSunday(y), 1);
    case 'memorial':
      // the last Monday of May
      return { y, m: 5, d: nthWeekday(y, 5, 1, 4) + (nthWeekday(y, 5, 1, 5) <= 31 ? 7 : 0) };
    case 'labor':
      return { y, m: 9, d: nthWeekday(y, 9, 1, 1) };
    case 'mlk':
      return { y, m: 1, d: nthWeekday(y, 1, 1, 3) };
    case 'presidents':
      return { y, m: 2, d: nthWeekday(y, 2, 1, 3) };
    case 'super-tuesday': {
      // the primaries of a presidential year (every fourth year): the first Tuesday of March, but February 5
      // in 2008, when the states had moved theirs forward
      const py = y - (((y % 4) + 4) % 4);
      return py === 2008 ? { y: 2008, m: 2, d: 5 } : { y: py, m: 3, d: nthWeekday(py, 3, 2, 1) };
    }
  }
}

/** The n-th given weekday (1 = Monday … 7 = Sunday) of a month, as a day of the month. */
function nthWeekday(y: number, m: number, wd: number, n: number): number {
  const first = weekday({ y, m, d: 1 });
  return 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
}

/** Western Easter Sunday by the Gregorian computus (the anonymous algorithm published by Nature in 1876). */
function easterSunday(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
