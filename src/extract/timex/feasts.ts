import { addDays, weekday, type Ymd } from './calendar.js';

/**
 * Days whose date moves from year to year, as news names them: "Thanksgiving", "Election Day", "Easter".
 * Each is given by a rule, not a date.
 */
export type Feast = 'thanksgiving' | 'election' | 'easter';

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
